/**
 * The package as published: `npm pack` of the commit under test, the tarball installed into fresh
 * projects with npm (its dependencies from the registry, or npm's cache), then what a user runs:
 * `npx scan-keys .`, husky (the real package) with `npx scan-keys install`, the plain git hook, and
 * real `git commit`s. Also what the tarball holds (only what it needs) and its size.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { git, initRepo, makeKeys, tempDir } from './helpers.js';
import { pairText, write } from './git-helpers.js';
import { checkoutCopy } from './checkout.js';

const k = makeKeys(93);
/** npm installs (cached downloads, but a loaded 2-core machine): generous. */
const NPM_TIMEOUT = 300_000;

let root: { dir: string; cleanup(): void };
let tarball: string;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  out: string;
}

function userEnv(): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
  for (const name of Object.keys(e)) if (name.startsWith('GIT_') || name === 'FORCE_COLOR') delete e[name];
  return e;
}

function run(cmd: string, args: string[], cwd: string, timeout = NPM_TIMEOUT): Run {
  const r = spawnSync(cmd, args, { cwd, env: userEnv(), encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 });
  const stdout = r.stdout ?? '';
  const stderr = `${r.stderr ?? ''}${r.error ? `\n${r.error.message}` : ''}`;
  return { status: r.status, stdout, stderr, out: stdout + stderr };
}

function ok(r: Run, what: string): Run {
  expect(r.status, `${what} failed:\n${r.out}`).toBe(0);
  return r;
}

/** A fresh npm project in a git repository, with scan-keys installed from the tarball. */
function project(name: string, gitignore: boolean): string {
  const dir = join(root.dir, name);
  ok(run('mkdir', ['-p', dir], root.dir), 'mkdir');
  initRepo(dir);
  ok(run('npm', ['init', '-y'], dir), 'npm init');
  // A project whose own tests pass (husky's default hook runs `npm test`).
  ok(run('npm', ['pkg', 'set', 'scripts.test=node -e 0'], dir), 'npm pkg set');
  if (gitignore) write(dir, '.gitignore', 'node_modules/\n');
  ok(run('npm', ['install', '--save-dev', '--prefer-offline', tarball], dir), `npm install ${tarball}`);
  return dir;
}

beforeAll(() => {
  root = tempDir('scan-keys-pack-');
  const source = checkoutCopy(join(root.dir, 'scan-keys'));
  // pre-commit's `language: node` reads `npm pack`'s standard output as the tarball's name.
  const pack = ok(run('npm', ['pack', '--pack-destination', root.dir], source.dir), 'npm pack');
  const name = JSON.parse(readFileSync(join(source.dir, 'package.json'), 'utf8')) as { name: string; version: string };
  expect(pack.stdout).toBe(`${name.name}-${name.version}.tgz\n`);
  tarball = join(root.dir, pack.stdout.trim());
}, NPM_TIMEOUT);
afterAll(() => root?.cleanup(), NPM_TIMEOUT);

describe('the packed package', () => {
  it('holds what it needs and nothing else (no tests, bench, sources, action, scripts)', () => {
    const listing = run('tar', ['-tzf', tarball], root.dir);
    ok(listing, 'tar -t');
    const files = listing.stdout.split('\n').filter(Boolean).map((f) => f.replace(/^package\//, ''));
    for (const f of files) expect(f, 'a file outside the allowed set').toMatch(/^(bin\/[^/]+|dist\/.+\.(js|cjs|d\.ts)|patterns\/[^/]+\.json|config\.schema\.json|package\.json|README\.md|LICENSE)$/);
    for (const f of ['bin/scan-keys.js', 'bin/package.json', 'dist/index.js', 'dist/index.d.ts', 'dist/cli/main.js', 'dist/cjs/cli.cjs', 'dist/scan/worker.js', 'patterns/schema.json', 'patterns/alibaba.json', 'patterns/tencent.json', 'config.schema.json', 'LICENSE', 'README.md']) {
      expect(files).toContain(f);
    }
    const size = statSync(tarball).size;
    console.log(`npm pack: ${files.length} files, ${(size / 1024).toFixed(1)} KiB packed`);
    expect(size).toBeGreaterThan(0);
  });

  it('a project with a .gitignore: `npx scan-keys .` is clean, then finds a key; husky blocks the commit', () => {
    const dir = project('with-gitignore', true);
    const clean = run('npx', ['--no-install', 'scan-keys', '.'], dir, 60_000);
    expect(clean.status, clean.out).toBe(0);
    expect(clean.stdout).toContain('no credentials found');

    write(dir, 'config/app.properties', pairText(k));
    const found = run('npx', ['--no-install', 'scan-keys', '.'], dir, 60_000);
    expect(found.status, found.out).toBe(1);
    expect(found.stdout).toContain('config/app.properties');
    expect(found.out).not.toContain(k.aliSecret);

    // husky, the real package, as the README says.
    ok(run('npm', ['install', '--save-dev', '--prefer-offline', 'husky'], dir), 'npm install husky');
    ok(run('npx', ['--no-install', 'husky', 'init'], dir, 60_000), 'husky init');
    const install = ok(run('npx', ['--no-install', 'scan-keys', 'install'], dir, 60_000), 'scan-keys install');
    expect(install.out).toContain('.husky/pre-commit');
    expect(readFileSync(join(dir, '.husky', 'pre-commit'), 'utf8')).toMatch(/^npx --no-install scan-keys --staged # scan-keys$/m);

    git(dir, 'add', '.gitignore', 'package.json', 'package-lock.json', '.husky');
    const first = run('git', ['commit', '-m', 'set up husky'], dir, 60_000);
    expect(first.status, first.out).toBe(0);
    git(dir, 'add', 'config/app.properties');
    const blocked = run('git', ['commit', '-m', 'add a key'], dir, 60_000);
    expect(blocked.status, blocked.out).toBe(1);
    expect(blocked.out).toContain('config/app.properties');
    expect(blocked.out).toContain('Alibaba Cloud AccessKey ID');
    expect(blocked.out).not.toContain(k.aliSecret);
    expect(blocked.out).toContain('husky - pre-commit script failed');
    expect(git(dir, 'rev-list', '--count', 'HEAD').trim()).toBe('1');
  }, NPM_TIMEOUT * 2);

});

describe('the packed package in a project without a .gitignore', () => {
  let dir: string;
  beforeAll(() => {
    dir = project('no-gitignore', false);
  }, NPM_TIMEOUT);

  it('`npx scan-keys .` is clean', () => {
    // node_modules/ is untracked and not ignored here, so the scan reads it, scan-keys's own rule
    // files included (patterns/*.json hold the rules' key-shaped examples). This must be clean:
    // it depends on the precision fix (issue 14) that stops the rule files from matching.
    const clean = run('npx', ['--no-install', 'scan-keys', '.'], dir, 120_000);
    expect(clean.status, clean.out).toBe(0);
  }, 120_000);

  it('`npx scan-keys install` (no husky): the plain git hook blocks a commit that adds a key', () => {
    const install = ok(run('npx', ['--no-install', 'scan-keys', 'install'], dir, 60_000), 'scan-keys install');
    expect(install.out).toContain('.git/hooks/pre-commit');
    write(dir, 'README.md', '# demo\n');
    git(dir, 'add', 'README.md', 'package.json');
    const first = run('git', ['commit', '-m', 'readme'], dir, 60_000);
    expect(first.status, first.out).toBe(0);
    write(dir, '.env', `TENCENTCLOUD_SECRET_ID=${k.tcId}\nTENCENTCLOUD_SECRET_KEY=${k.tcKey}\n`);
    git(dir, 'add', '.env');
    const blocked = run('git', ['commit', '-m', 'add a key'], dir, 60_000);
    expect(blocked.status, blocked.out).toBe(1);
    expect(blocked.out).toContain('.env');
    expect(blocked.out).toContain('Tencent Cloud');
    expect(blocked.out).not.toContain(k.tcKey);
    expect(git(dir, 'rev-list', '--count', 'HEAD').trim()).toBe('1');
  }, 120_000);
});
