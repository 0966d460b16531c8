/**
 * `scan-keys install` / `uninstall`, and end to end: the installed hook makes a real `git commit`
 * fail with the finding and succeed once the key is gone (husky v9 layout and plain .git/hooks).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, git, initRepo, makeKeys, runCli, tempDir } from './helpers.js';
import { gitRun, pairText, write } from './git-helpers.js';

const k = makeKeys(41);
let dir: string;
let cleanup: () => void;

beforeEach(() => {
  ({ dir, cleanup } = tempDir('scan-keys-install-'));
  initRepo(dir);
});
afterEach(() => cleanup());

const isExecutable = (file: string) => (statSync(file).mode & 0o111) === 0o111;

describe('scan-keys install (plain git hooks)', () => {
  it('writes an executable pre-commit hook; twice changes nothing; uninstall removes it', () => {
    const hook = join(dir, '.git', 'hooks', 'pre-commit');
    const first = runCli(['install'], { cwd: dir });
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('installed the pre-commit hook');
    expect(isExecutable(hook)).toBe(true);
    const text = readFileSync(hook, 'utf8');
    const second = runCli(['install'], { cwd: dir });
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('already installed');
    expect(readFileSync(hook, 'utf8')).toBe(text);
    expect(runCli(['uninstall'], { cwd: dir }).status).toBe(0);
    expect(existsSync(hook)).toBe(false);
    expect(runCli(['uninstall'], { cwd: dir }).stdout).toContain('not installed');
  });

  it('chains an existing hook (it runs first) and uninstall puts it back byte for byte', () => {
    const hook = join(dir, '.git', 'hooks', 'pre-commit');
    const mine = '#!/bin/sh\necho ran >> "$(git rev-parse --git-dir)/chained.log"\n';
    write(dir, '.git/hooks/pre-commit', mine);
    chmodSync(join(dir, '.git/hooks/pre-commit'), 0o755);
    const r = runCli(['install'], { cwd: dir });
    expect(r.stdout).toContain('pre-commit.scan-keys-chained');
    expect(readFileSync(join(dir, '.git', 'hooks', 'pre-commit.scan-keys-chained'), 'utf8')).toBe(mine);
    runCli(['install'], { cwd: dir });
    expect(existsSync(join(dir, '.git', 'hooks', 'pre-commit.scan-keys-chained'))).toBe(true);
    write(dir, 'a.txt', 'a\n');
    git(dir, 'add', '-A');
    expect(gitRun(dir, ['commit', '-m', 'a']).status).toBe(0);
    expect(readFileSync(join(dir, '.git', 'chained.log'), 'utf8')).toBe('ran\n');
    runCli(['uninstall'], { cwd: dir });
    expect(readFileSync(hook, 'utf8')).toBe(mine);
    expect(existsSync(join(dir, '.git', 'hooks', 'pre-commit.scan-keys-chained'))).toBe(false);
  });

  it('a failing chained hook still blocks the commit', () => {
    write(dir, '.git/hooks/pre-commit', '#!/bin/sh\nexit 3\n');
    chmodSync(join(dir, '.git/hooks/pre-commit'), 0o755);
    runCli(['install'], { cwd: dir });
    write(dir, 'a.txt', 'a\n');
    git(dir, 'add', '-A');
    expect(gitRun(dir, ['commit', '-m', 'a']).status).not.toBe(0);
  });

  it('honours core.hooksPath', () => {
    git(dir, 'config', 'core.hooksPath', 'githooks');
    runCli(['install'], { cwd: dir });
    expect(isExecutable(join(dir, 'githooks', 'pre-commit'))).toBe(true);
    expect(existsSync(join(dir, '.git', 'hooks', 'pre-commit'))).toBe(false);
  });

  it('from a linked worktree, installs where git looks for hooks (the common hooks directory)', () => {
    write(dir, 'a.txt', 'a\n');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'a');
    const wt = join(dir, '..', `${dir.split('/').pop()}-wt`);
    git(dir, 'worktree', 'add', '-q', wt);
    try {
      runCli(['install'], { cwd: wt });
      const hooks = git(wt, 'rev-parse', '--git-path', 'hooks').trim();
      expect(existsSync(join(wt, hooks, 'pre-commit')) || existsSync(join(hooks, 'pre-commit'))).toBe(true);
      write(wt, 'leak.properties', pairText(k));
      git(wt, 'add', '-A');
      expect(gitRun(wt, ['commit', '-m', 'leak']).status).not.toBe(0);
    } finally {
      git(dir, 'worktree', 'remove', '--force', wt);
    }
  });

  it('end to end: the hook makes git commit fail with the finding, then succeed once the key is removed', () => {
    runCli(['install'], { cwd: dir });
    write(dir, 'config/app.properties', pairText(k));
    git(dir, 'add', '-A');
    const bad = gitRun(dir, ['commit', '-m', 'leak'], { NO_COLOR: '1' });
    expect(bad.status).not.toBe(0);
    expect(bad.stderr + bad.stdout).toMatch(/config\/app\.properties[\s\S]*Alibaba Cloud AccessKey ID/);
    expect(bad.stderr + bad.stdout).not.toContain(k.aliSecret);
    expect(gitRun(dir, ['rev-parse', '--verify', '-q', 'HEAD']).status).not.toBe(0);
    write(dir, 'config/app.properties', 'accessKeyId=${ALIBABA_CLOUD_ACCESS_KEY_ID}\n');
    git(dir, 'add', '-A');
    const good = gitRun(dir, ['commit', '-m', 'no leak']);
    expect(good.status).toBe(0);
    expect(good.stderr + good.stdout).toContain('no credentials found');
  });
});

describe('scan-keys install (husky v9)', () => {
  it('appends one marked line to an existing .husky/pre-commit; twice changes nothing; uninstall restores it', () => {
    const original = 'npm test\n';
    write(dir, '.husky/pre-commit', original);
    const r = runCli(['install'], { cwd: dir });
    expect(r.status).toBe(0);
    const file = join(dir, '.husky', 'pre-commit');
    expect(readFileSync(file, 'utf8')).toBe('npm test\nnpx --no-install scan-keys --staged # scan-keys\n');
    expect(isExecutable(file)).toBe(true);
    expect(runCli(['install'], { cwd: dir }).stdout).toContain('already installed');
    expect(readFileSync(file, 'utf8')).toBe('npm test\nnpx --no-install scan-keys --staged # scan-keys\n');
    expect(existsSync(join(dir, '.git', 'hooks', 'pre-commit'))).toBe(false);
    runCli(['uninstall'], { cwd: dir });
    expect(readFileSync(file, 'utf8')).toBe(original);
  });

  it('husky only in package.json: creates .husky/pre-commit; uninstall deletes what it created', () => {
    write(dir, 'package.json', JSON.stringify({ name: 'x', devDependencies: { husky: '^9.1.0' } }));
    runCli(['install'], { cwd: dir });
    const file = join(dir, '.husky', 'pre-commit');
    expect(readFileSync(file, 'utf8')).toContain('npx --no-install scan-keys --staged # scan-keys');
    runCli(['uninstall'], { cwd: dir });
    expect(existsSync(file)).toBe(false);
  });

  it('end to end with core.hooksPath=.husky and npx resolving scan-keys from node_modules/.bin', () => {
    write(dir, 'package.json', JSON.stringify({ name: 'x', private: true, devDependencies: { husky: '^9.1.0', 'scan-keys': '*' } }));
    write(dir, '.gitignore', 'node_modules/\n');
    // As `npm install` would leave it: the package's bin linked into node_modules/.bin.
    mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
    symlinkSync(BIN, join(dir, 'node_modules', '.bin', 'scan-keys'));
    write(dir, '.husky/pre-commit', 'echo husky-ran\n');
    git(dir, 'config', 'core.hooksPath', '.husky');
    expect(runCli(['install'], { cwd: dir }).status).toBe(0);
    write(dir, 'secrets.env', pairText(k));
    git(dir, 'add', '-A');
    const bad = gitRun(dir, ['commit', '-m', 'leak'], { NO_COLOR: '1' });
    expect(bad.status).not.toBe(0);
    expect(bad.stderr + bad.stdout).toContain('husky-ran');
    expect(bad.stderr + bad.stdout).toMatch(/secrets\.env[\s\S]*Alibaba Cloud AccessKey/);
    writeFileSync(join(dir, 'secrets.env'), 'ALIBABA_CLOUD_ACCESS_KEY_ID=\n');
    git(dir, 'add', '-A');
    const good = gitRun(dir, ['commit', '-m', 'clean']);
    expect(good.status).toBe(0);
    expect(good.stderr + good.stdout).toContain('no credentials found');
  });

  it('outside a repository: exit 2', () => {
    const outside = tempDir('scan-keys-nogit-');
    try {
      const r = runCli(['install'], { cwd: outside.dir, env: { GIT_CEILING_DIRECTORIES: outside.dir } });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/not inside a git repository/);
    } finally {
      outside.cleanup();
    }
  });
});
