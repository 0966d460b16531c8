/** `--since`, `--range`, `--history` on repositories with a known history. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { git, initRepo, makeKeys, runCli, tempDir } from './helpers.js';
import { gitRun, json, pairText, write } from './git-helpers.js';

const k = makeKeys(51);
const m = makeKeys(52);
let dir: string;
let cleanup: () => void;

beforeEach(() => {
  ({ dir, cleanup } = tempDir('scan-keys-range-'));
  initRepo(dir);
});
afterEach(() => cleanup());

let tick = 0;
function commit(message: string): string {
  tick++;
  const date = `2024-01-${String(tick).padStart(2, '0')}T10:00:00+08:00`;
  git(dir, 'add', '-A');
  const r = gitRun(dir, ['commit', '-q', '--no-verify', '-m', message], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  if (r.status !== 0) throw new Error(r.stderr);
  return git(dir, 'rev-parse', 'HEAD').trim();
}

/** c1 base; c2 adds a key pair; c3 edits another file; c4 edits the key's file; c5 removes the key. */
function knownHistory(): string[] {
  write(dir, 'README', 'demo\n');
  write(dir, 'app.properties', 'name=demo\n');
  const c1 = commit('c1 base');
  write(dir, 'app.properties', `name=demo\n${pairText(k)}`);
  const c2 = commit('c2 adds a key');
  write(dir, 'README', 'demo\nmore\n');
  const c3 = commit('c3 other file');
  write(dir, 'app.properties', `name=demo\n${pairText(k)}region=cn-hangzhou\n`);
  const c4 = commit('c4 edits the file');
  write(dir, 'app.properties', 'name=demo\nregion=cn-hangzhou\n');
  const c5 = commit('c5 removes the key');
  return [c1, c2, c3, c4, c5];
}

describe('--history / --since / --range', () => {
  it('a key added in commit 2, kept in 3 and 4, removed in 5 is reported once, at commit 2, with count 3', () => {
    const [, c2] = knownHistory();
    const r = runCli(['--history', '--format', 'json'], { cwd: dir });
    expect(r.status).toBe(1);
    const doc = json(r);
    expect(doc.findings.map((f) => [f.ruleId, f.file, f.line])).toEqual([
      ['alibaba-access-key-id', 'app.properties', 3],
      ['alibaba-access-key-secret', 'app.properties', 4],
    ]);
    for (const f of doc.findings) {
      expect(f.commit).toEqual({ sha: c2, author: 'Test <test@example.invalid>', date: '2024-01-02T10:00:00+08:00', count: 3 });
    }
    const text = runCli(['--history'], { cwd: dir });
    expect(text.stdout).toContain(`commit ${c2!.slice(0, 10)} by Test <test@example.invalid>, 2024-01-02, in 3 commits`);
  });

  it('--since REV scans REV..HEAD; --range A..B only what those commits add', () => {
    const [c1, c2, , , c5] = knownHistory();
    const since = runCli(['--since', c1!, '--format', 'json'], { cwd: dir });
    expect(since.status).toBe(1);
    expect(json(since).findings.every((f) => f.commit?.sha === c2)).toBe(true);
    const after = runCli(['--range', `${c2}..${c5}`], { cwd: dir });
    expect(after.status).toBe(0);
    expect(after.stdout).toContain('no credentials found');
    const onlyC2 = runCli(['--range', `${c1}..${c2}`, '--format', 'json'], { cwd: dir });
    expect(json(onlyC2).findings.map((f) => f.commit?.count)).toEqual([1, 1]);
  });

  it('a key typed only in a merge conflict resolution is found by --history, at the merge commit', () => {
    write(dir, 'shared.txt', 'one\ntwo\nthree\n');
    commit('base');
    git(dir, 'checkout', '-q', '-b', 'feature');
    write(dir, 'shared.txt', 'one\nfeature two\nthree\n');
    write(dir, 'feature.properties', pairText(m));
    const feature = commit('feature (with its own key)');
    git(dir, 'checkout', '-q', 'main');
    write(dir, 'shared.txt', 'one\nmain two\nthree\n');
    commit('main');
    expect(gitRun(dir, ['merge', 'feature']).status).not.toBe(0);
    write(dir, 'shared.txt', `one\n# aliyun\naccessKeyId=${k.aliId}\naccessKeySecret=${k.aliSecret}\nthree\n`);
    const merge = commit('merge feature, resolving the conflict');
    // Plain `git log -p` shows no patch for the merge: the resolution's key is invisible there.
    expect(git(dir, 'log', '-p', '--format=%H')).not.toContain(k.aliSecret);
    const r = runCli(['--history', '--format', 'json'], { cwd: dir });
    expect(r.status).toBe(1);
    const doc = json(r);
    const byFile = (file: string) => doc.findings.filter((f) => f.file === file);
    expect(byFile('shared.txt').map((f) => [f.line, f.commit?.sha])).toEqual([
      [3, merge],
      [4, merge],
    ]);
    // The branch's own key is reported at the branch commit, not again at the merge.
    expect(byFile('feature.properties').map((f) => f.commit?.sha)).toEqual([feature, feature]);
  });

  it('hostile config (noprefix, mnemonicPrefix, colour, quotePath, external diff, textconv, showRoot) changes nothing', () => {
    write(dir, '配置.env', `name=x\n${pairText(k)}`);
    const c1 = commit('root commit holds a key');
    for (const [key, value] of [
      ['diff.noprefix', 'true'],
      ['diff.mnemonicPrefix', 'true'],
      ['color.ui', 'always'],
      ['core.quotePath', 'true'],
      ['diff.external', 'false'],
      ['log.showRoot', 'false'],
      ['diff.hide.textconv', 'sed s/./x/g'],
      ['log.showSignature', 'true'],
    ] as const) {
      git(dir, 'config', key, value);
    }
    write(dir, '.git/info/attributes', '*.env diff=hide\n');
    const r = runCli(['--history', '--format', 'json'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(json(r).findings.map((f) => [f.file, f.line, f.commit?.sha])).toEqual([
      ['配置.env', 3, c1],
      ['配置.env', 4, c1],
    ]);
  });

  it('a shallow clone that lacks the base: exit 2, telling to fetch more history', () => {
    const [c1] = knownHistory();
    const clone = tempDir('scan-keys-shallow-');
    try {
      const target = join(clone.dir, 'c');
      git(clone.dir, 'clone', '-q', '--depth', '1', `file://${dir}`, target);
      const r = runCli(['--since', c1!], { cwd: target });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('fetch-depth: 0');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(runCli(['--range', `${c1}..HEAD`], { cwd: target }).status).toBe(2);
    } finally {
      clone.cleanup();
    }
  });

  it('unknown revisions and revisions that look like options are errors (exit 2), never a pass', () => {
    knownHistory();
    expect(runCli(['--since', 'no-such-branch'], { cwd: dir }).stderr).toMatch(/unknown revision no-such-branch/);
    expect(runCli(['--since', 'no-such-branch'], { cwd: dir }).status).toBe(2);
    expect(runCli(['--range', '--output=x..HEAD'], { cwd: dir }).status).toBe(2);
  });
});
