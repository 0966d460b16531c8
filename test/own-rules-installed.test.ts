/**
 * A new project with scan-keys installed and no .gitignore yet gets no finding from scan-keys'
 * own files (its rule examples in node_modules/scan-keys/patterns/*.json): the real package
 * (`npm pack` of this repository), installed by the real npm into a real git repository, run with
 * `npx scan-keys`. A key of the project's own is still found, so the scan did run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { git, initRepo, makeKeys, ROOT, tempDir } from './helpers.js';

const TIMEOUT = 300_000;

function run(cmd: string, args: string[], cwd: string) {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, npm_config_update_notifier: 'false' };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(cmd, args, { cwd, env: env as NodeJS.ProcessEnv, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

function npx(cwd: string, ...args: string[]) {
  return run('npx', ['--no-install', 'scan-keys', ...args], cwd);
}

describe('scan-keys installed in a new project without .gitignore', () => {
  const tmp = tempDir('scan-keys-installed-');
  const project = join(tmp.dir, 'project');

  beforeAll(() => {
    // dist/ is built by `pretest`; pack what is there without running prepare again.
    const packed = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', tmp.dir], ROOT);
    if (packed.status !== 0) throw new Error(`npm pack failed: ${packed.stderr}`);
    const tarball = join(tmp.dir, (JSON.parse(packed.stdout) as Array<{ filename: string }>)[0]!.filename);
    run('mkdir', ['-p', project], tmp.dir);
    initRepo(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'new-project', version: '1.0.0', private: true }, null, 2));
    const installed = run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], project);
    if (installed.status !== 0) throw new Error(`npm install failed: ${installed.stderr}`);
  }, TIMEOUT);

  afterAll(() => tmp.cleanup());

  it('the rule files are there, full of example keys', () => {
    expect(existsSync(join(project, 'node_modules', 'scan-keys', 'patterns', 'alibaba.json'))).toBe(true);
    expect(existsSync(join(project, '.gitignore'))).toBe(false);
  });

  it('npx scan-keys . exits 0 (node_modules untracked and not ignored)', () => {
    const r = npx(project, '.');
    expect(r.stderr).toBe('');
    expect(r.status, r.stdout).toBe(0);
  }, TIMEOUT);

  it('npx scan-keys node_modules/scan-keys (named outright) exits 0 and says the rule files are rule data', () => {
    const r = npx(project, '--verbose', 'node_modules/scan-keys');
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout + r.stderr).toMatch(/patterns\/alibaba\.json: scan-keys rule data/);
  }, TIMEOUT);

  it('after git add -A (node_modules staged): --staged and . both exit 0', () => {
    git(project, 'add', '-A');
    expect(git(project, 'ls-files', 'node_modules/scan-keys/patterns')).toMatch(/alibaba\.json/);
    const staged = npx(project, '--staged');
    expect(staged.status, staged.stdout + staged.stderr).toBe(0);
    const tree = npx(project, '.');
    expect(tree.status, tree.stdout + tree.stderr).toBe(0);
    git(project, 'reset', '-q');
  }, TIMEOUT);

  it('a key of the project itself is still found (exit 1)', () => {
    const k = makeKeys(14);
    writeFileSync(join(project, 'config.js'), `module.exports = { accessKeyId: '${k.aliId}', accessKeySecret: '${k.aliSecret}' };\n`);
    const r = npx(project, '.');
    expect(r.status, r.stdout + r.stderr).toBe(1);
    expect(r.stdout).toMatch(/config\.js/);
    expect(r.stdout).not.toMatch(/node_modules/);
  }, TIMEOUT);
});
