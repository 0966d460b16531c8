/**
 * The pre-commit framework, for real: the installed `pre-commit` (Debian's package, which .ci/run
 * installs: 3.0.4 on Debian 12) and the current release (pip-installed into a throwaway virtualenv
 * where pip can reach a package index; skipped loudly where it cannot). Each one validates our
 * .pre-commit-hooks.yaml, installs the hooks from a clone of the commit under test
 * (`language: node`: pre-commit runs npm in that clone, `npm pack`, and installs the tarball with the
 * system node), then a real `git commit` goes through the installed git hook.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { git, initRepo, makeKeys, tempDir } from './helpers.js';
import { pairText, write } from './git-helpers.js';
import { checkoutCopy } from './checkout.js';

const k = makeKeys(91);
/** Installing a hook environment runs npm twice (about 25 s here, more under load). */
const SETUP_TIMEOUT = 600_000;
const STEP_TIMEOUT = 180_000;

let root: { dir: string; cleanup(): void };
let source: { dir: string; commit: string };
beforeAll(() => {
  root = tempDir('scan-keys-pre-commit-');
  source = checkoutCopy(join(root.dir, 'scan-keys'));
}, STEP_TIMEOUT);
afterAll(() => root?.cleanup(), STEP_TIMEOUT);

interface Run {
  status: number | null;
  out: string;
}

/** The environment of a developer's shell: no GIT_* from a surrounding hook, pre-commit's cache in the test's dir. */
function env(home: string, extraPath?: string): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, PRE_COMMIT_HOME: home, NO_COLOR: '1', PRE_COMMIT_COLOR: 'never' };
  for (const name of Object.keys(e)) if (name.startsWith('GIT_')) delete e[name];
  if (extraPath) e.PATH = `${extraPath}:${e.PATH ?? ''}`;
  return e;
}

function run(cmd: string, args: string[], cwd: string, environment: NodeJS.ProcessEnv, timeout = STEP_TIMEOUT): Run {
  const r = spawnSync(cmd, args, { cwd, env: environment, encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, out: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? `\n${r.error.message}` : ''}` };
}

/** Debian's pre-commit, on PATH. */
function installed(): { exe?: string; version?: string; why?: string } {
  const r = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
  if (r.status === 0) return { exe: 'pre-commit', version: r.stdout.trim() };
  return { why: 'no `pre-commit` on PATH (.ci/run installs Debian\'s package: apt-get install pre-commit)' };
}

/** The current release from the package index, in a throwaway virtualenv. */
function current(dir: string): { exe?: string; version?: string; why?: string } {
  const venv = join(dir, 'venv');
  const mk = spawnSync('python3', ['-m', 'venv', venv], { encoding: 'utf8', timeout: STEP_TIMEOUT });
  if (mk.status !== 0) return { why: `python3 -m venv failed: ${(mk.stderr || String(mk.error)).trim().split('\n').pop()}` };
  const pip = spawnSync(join(venv, 'bin', 'pip'), ['install', '--disable-pip-version-check', '--no-input', '--retries', '1', '--timeout', '30', 'pre-commit'], { encoding: 'utf8', timeout: STEP_TIMEOUT });
  const exe = join(venv, 'bin', 'pre-commit');
  if (pip.status !== 0 || !existsSync(exe)) return { why: `pip cannot install pre-commit here (no package index reachable?): ${(pip.stderr || String(pip.error)).trim().split('\n').pop()}` };
  const v = spawnSync(exe, ['--version'], { encoding: 'utf8' });
  return { exe, version: v.stdout.trim() };
}

const VARIANTS = [
  { label: "the installed pre-commit (Debian's package)", find: () => installed(), requiredInCi: true },
  { label: 'the current pre-commit release (pip)', find: (dir: string) => current(dir), requiredInCi: false },
];

describe.each(VARIANTS)('pre-commit framework: $label', ({ label, find, requiredInCi }) => {
  let tool: { exe?: string; version?: string; why?: string } = {};
  let proj: string;
  let home: string;
  let e: NodeJS.ProcessEnv;

  const skipUnlessTool = (ctx: { skip: (note?: string) => void }) => {
    if (tool.exe) return;
    if (requiredInCi && process.env.CI) throw new Error(`${label}: ${tool.why} (required in CI)`);
    ctx.skip(tool.why);
  };

  beforeAll(() => {
    const base = join(root.dir, label.replace(/\W+/g, '-'));
    mkdirSync(base, { recursive: true });
    tool = find(base);
    if (!tool.exe) {
      console.warn(`\n*** SKIPPED: ${label}: ${tool.why}. The pre-commit framework is NOT tested with it here. ***\n`);
      return;
    }
    console.log(`pre-commit framework test with ${tool.version} (${tool.exe})`);
    home = join(base, 'pre-commit-home');
    proj = join(base, 'project');
    mkdirSync(proj);
    initRepo(proj);
    // pre-commit installs into .git/hooks and refuses to while core.hooksPath is set (initRepo sets
    // one so that a machine's global hooks never run in tests): a user's repository has none.
    git(proj, 'config', '--unset', 'core.hooksPath');
    e = env(home);
    // What the README tells users to write, pointing at the commit under test.
    write(
      proj,
      '.pre-commit-config.yaml',
      `repos:\n  - repo: ${source.dir}\n    rev: ${source.commit}\n    hooks:\n      - id: scan-keys\n      - id: scan-keys-files\n        stages: [manual]\n`,
    );
  }, SETUP_TIMEOUT);

  it('accepts the manifest without warnings, installs the git hook and both hook environments', (ctx) => {
    skipUnlessTool(ctx);
    const exe = tool.exe as string;
    const manifest = run(exe, ['validate-manifest', join(source.dir, '.pre-commit-hooks.yaml')], proj, e);
    expect(manifest.status, manifest.out).toBe(0);
    expect(manifest.out).not.toMatch(/warning|deprecated/i);
    const install = run(exe, ['install'], proj, e);
    expect(install.status, install.out).toBe(0);
    expect(install.out).toContain('pre-commit installed at .git/hooks/pre-commit');
    // The slow part (npm install, npm pack, npm install -g of the tarball), on its own for a clear failure.
    const hooks = run(exe, ['install-hooks'], proj, e, SETUP_TIMEOUT);
    expect(hooks.status, hooks.out).toBe(0);
    expect(hooks.out).not.toMatch(/warning|deprecated|ENOENT|error/i);
  }, SETUP_TIMEOUT);

  it('a clean commit passes through the hook', (ctx) => {
    skipUnlessTool(ctx);
    write(proj, 'README.md', '# demo\n');
    git(proj, 'add', '-A');
    const r = run('git', ['commit', '-m', 'clean'], proj, e);
    expect(r.status, r.out).toBe(0);
    expect(r.out).toMatch(/scan-keys \(staged changes\)\.+Passed/);
    expect(git(proj, 'rev-list', '--count', 'HEAD').trim()).toBe('1');
  }, STEP_TIMEOUT);

  it('a commit that adds a key fails, with the finding (masked) on the terminal', (ctx) => {
    skipUnlessTool(ctx);
    write(proj, 'config/app.properties', pairText(k));
    git(proj, 'add', '-A');
    const r = run('git', ['commit', '-m', 'add a key'], proj, e);
    expect(r.status, r.out).toBe(1);
    expect(r.out).toMatch(/scan-keys \(staged changes\)\.+Failed/);
    expect(r.out).toContain('config/app.properties');
    expect(r.out).toContain('Alibaba Cloud AccessKey ID');
    expect(r.out).toContain('Alibaba Cloud AccessKey Secret');
    expect(r.out).not.toContain(k.aliId);
    expect(r.out).not.toContain(k.aliSecret);
    expect(git(proj, 'rev-list', '--count', 'HEAD').trim()).toBe('1');
  }, STEP_TIMEOUT);

  it('`pre-commit run scan-keys-files --all-files --hook-stage manual` finds a key in a committed file', (ctx) => {
    skipUnlessTool(ctx);
    const exe = tool.exe as string;
    // The key gets in anyway (--no-verify), as it would in a repository that had no hook.
    git(proj, 'commit', '-q', '--no-verify', '-m', 'key committed without the hook');
    const r = run(exe, ['run', 'scan-keys-files', '--all-files', '--hook-stage', 'manual'], proj, e);
    expect(r.status, r.out).toBe(1);
    expect(r.out).toMatch(/scan-keys \(files\)\.+Failed/);
    expect(r.out).toContain('config/app.properties');
    expect(r.out).toMatch(/2 findings/);
    expect(r.out).not.toContain(k.aliSecret);
    // The same run with the key gone passes: the files hook reads the work tree it is given.
    write(proj, 'config/app.properties', 'region=cn-hangzhou\n');
    git(proj, 'commit', '-q', '-am', 'key removed');
    const clean = run(exe, ['run', 'scan-keys-files', '--all-files', '--hook-stage', 'manual'], proj, e);
    expect(clean.status, clean.out).toBe(0);
    expect(clean.out).toMatch(/scan-keys \(files\)\.+Passed/);
  }, STEP_TIMEOUT);
});
