/**
 * Unusual layouts and concurrency, on real repositories through the real CLI (and the installed
 * hook where a hook applies). Each gives the right answer or exits 2; none passes a key.
 */
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeKeys, runCliAsync } from './helpers.js';
import { json, pairText, TestRepo, useTestRepo } from './git-helpers.js';

const k = makeKeys(185);
const repo = useTestRepo({ prefix: 'scan-keys-layout-' });
const files = (r: ReturnType<TestRepo['scan']>) => json(r).findings.map((f) => f.file);

describe('unusual layouts', { timeout: 240_000 }, () => {
  it('GIT_DIR and GIT_WORK_TREE set by the caller (a bare "dotfiles" repository and a separate home)', () => {
    const r = repo();
    const bare = r.path('dotfiles.git');
    const home = r.path('home');
    mkdirSync(home);
    r.git('init', '-q', '--bare', bare);
    const env = { GIT_DIR: bare, GIT_WORK_TREE: home };
    const g = (...args: string[]) => {
      const out = r.run(['-c', 'user.name=T', '-c', 'user.email=t@example.invalid', ...args], env);
      if (out.status !== 0) throw new Error(out.stderr);
    };
    writeFileSync(join(home, '.bashrc'), 'export PATH\n');
    g('add', '.bashrc');
    g('commit', '-q', '-m', 'rc');
    writeFileSync(join(home, '.aliyun.env'), pairText(k));
    g('add', '.aliyun.env');
    const staged = r.scan(['--staged', '--format', 'json'], env);
    expect(staged.status).toBe(1);
    expect(files(staged)).toEqual(['.aliyun.env', '.aliyun.env']);
    g('commit', '-q', '-m', 'keys');
    const range = r.scan(['--range', 'HEAD~1..HEAD', '--format', 'json'], env);
    expect(range.status).toBe(1);
    expect(files(range)).toEqual(['.aliyun.env', '.aliyun.env']);
  });

  it('core.worktree: the work tree elsewhere than the git directory', () => {
    const r = repo();
    const work = r.path('elsewhere');
    mkdirSync(work);
    r.git('config', 'core.worktree', work);
    writeFileSync(join(work, 'app.env'), pairText(k));
    r.git('add', '-A');
    const out = r.scan(['--staged', '--format', 'json']);
    expect(out.status).toBe(1);
    expect(files(out)).toEqual(['app.env', 'app.env']);
  });

  it('a linked worktree: the installed hook blocks there, and a range scan there finds the key', () => {
    const r = repo();
    r.write('README', 'x\n');
    r.commit('c1');
    r.installHook();
    const linked = r.path('../' + 'linked-' + Date.now().toString(36));
    r.git('worktree', 'add', '-q', '-b', 'side', linked);
    const w = new TestRepo({ dir: linked, init: false });
    try {
      w.write('app.env', pairText(k));
      w.git('add', '-A');
      const hook = w.commitRun('keys');
      expect(hook.status).not.toBe(0);
      expect(hook.stdout + hook.stderr).toContain('app.env');
      w.commit('keys');
      const out = w.scan(['--range', 'HEAD~1..HEAD', '--format', 'json']);
      expect(files(out)).toEqual(['app.env', 'app.env']);
    } finally {
      r.run(['worktree', 'remove', '--force', linked]);
    }
  });

  it('a sparse checkout: a staged key inside the cone blocks; history outside it is still scanned', () => {
    const r = repo();
    r.write('in/a.txt', 'a\n');
    r.write('out/b.env', pairText(k));
    r.commit('c1');
    r.git('sparse-checkout', 'set', 'in');
    const other = makeKeys(186);
    r.write('in/c.env', pairText(other));
    r.git('add', '-A');
    const staged = r.scan(['--staged', '--format', 'json']);
    expect(staged.status).toBe(1);
    expect(files(staged)).toEqual(['in/c.env', 'in/c.env']);
    r.commit('c2');
    const history = r.scan(['--history', '--format', 'json']);
    expect(new Set(files(history))).toEqual(new Set(['in/c.env', 'out/b.env']));
  });

  it('a submodule committed from inside: its own hook scan sees its files', () => {
    const r = repo();
    const sub = new TestRepo({ prefix: 'scan-keys-sub-' });
    try {
      sub.write('s.txt', 's\n');
      sub.commit('s1');
      r.run(['-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', sub.dir, 'mod']);
      r.commit('add submodule');
      const inside = new TestRepo({ dir: r.path('mod'), init: false });
      TestRepo.configure(inside.dir);
      inside.write('key.env', pairText(k));
      inside.git('add', '-A');
      const out = inside.scan(['--staged', '--format', 'json']);
      expect(out.status).toBe(1);
      expect(files(out)).toEqual(['key.env', 'key.env']);
      inside.commit('key');
      // The superproject sees a submodule bump: a commit id, skipped and named, never a crash.
      r.git('add', '-A');
      const outer = r.scan(['--staged', '--format', 'json']);
      expect(outer.status).toBe(0);
      expect(json(outer).skipped).toEqual([{ file: 'mod', reason: expect.stringContaining('submodule') }]);
    } finally {
      sub.cleanup();
    }
  });

  it('core.autocrlf=true and a CRLF file: the key is found on its line in the hook and the range', () => {
    const r = repo();
    r.git('config', 'core.autocrlf', 'true');
    r.write('win.env', pairText(k).replace(/\n/g, '\r\n'));
    r.git('add', '-A');
    const staged = r.scan(['--staged', '--format', 'json']);
    expect(json(staged).findings.map((f) => [f.file, f.line])).toEqual([['win.env', 2], ['win.env', 3]]);
    r.commit('crlf');
    const range = r.scan(['--history', '--format', 'json']);
    expect(json(range).findings.map((f) => [f.file, f.line])).toEqual([['win.env', 2], ['win.env', 3]]);
  });

  it('paths with ":" and "*" and a default branch that is not main', () => {
    const r = new TestRepo({ prefix: 'scan-keys-trunk-', branch: 'trunk' });
    try {
      r.write('a:b.env', pairText(k));
      r.write('star*.env', pairText(makeKeys(187)));
      r.git('add', '-A');
      const staged = r.scan(['--staged', '--format', 'json']);
      expect(new Set(files(staged))).toEqual(new Set(['a:b.env', 'star*.env']));
      r.commit('odd names');
      r.write('a:b.env', pairText(k) + 'more=1\n');
      r.commit('edit');
      const history = r.scan(['--history', '--format', 'json']);
      expect(new Set(files(history))).toEqual(new Set(['a:b.env', 'star*.env']));
      // count walks the paths with :(literal) pathspecs: "*" matches only itself.
      expect(json(history).findings.find((f) => f.file === 'a:b.env')?.commit?.count).toBe(2);
      expect(json(history).findings.find((f) => f.file === 'star*.env')?.commit?.count).toBe(2);
    } finally {
      r.cleanup();
    }
  });

  it("a repository owned by another user (safe.directory): exit 2 with git's advice, not a pass", () => {
    if (process.getuid?.() !== 0) return; // needs root to give the repository away
    const r = repo();
    r.write('app.env', pairText(k));
    r.git('add', '-A');
    // nobody:nogroup owns the whole tree, so git refuses it for root.
    expect(spawnSync('chown', ['-R', '65534:65534', r.dir]).status).toBe(0);
    for (const args of [['--staged'], ['--history'], ['.']]) {
      const out = r.scan(args, { GIT_CONFIG_GLOBAL: '/dev/null' });
      expect(out.status, args.join(' ')).toBe(2);
      expect(out.stderr, args.join(' ')).toMatch(/dubious ownership|safe\.directory/);
    }
  });
});

describe('concurrency', { timeout: 240_000 }, () => {
  it('two hooks at once in two linked worktrees of one repository: both block their own key', async () => {
    const r = repo();
    r.write('README', 'x\n');
    r.commit('c1');
    r.installHook();
    const trees = [0, 1].map((i) => {
      const dir = r.path(`../wt-${i}-${Date.now().toString(36)}`);
      r.git('worktree', 'add', '-q', '-b', `w${i}`, dir);
      const t = new TestRepo({ dir, init: false });
      t.write(`k${i}.env`, pairText(makeKeys(190 + i)));
      t.git('add', '-A');
      return t;
    });
    try {
      const commits = await Promise.all(trees.map((t) => gitAsync(t.dir, ['commit', '-q', '-m', 'keys'])));
      for (const [i, c] of commits.entries()) {
        expect(c.status, c.stderr).not.toBe(0);
        expect(c.stdout + c.stderr).toContain(`k${i}.env`);
      }
    } finally {
      for (const t of trees) r.run(['worktree', 'remove', '--force', t.dir]);
    }
  });

  it('a hook while another process holds index.lock: the scan still reads the index (right answer), the commit waits for the lock', () => {
    const r = repo();
    r.write('README', 'x\n');
    r.commit('c1');
    r.write('app.env', pairText(k));
    r.git('add', '-A');
    writeFileSync(r.path('.git/index.lock'), '');
    const out = r.scan(['--staged', '--format', 'json']);
    expect([1, 2]).toContain(out.status);
    if (out.status === 1) expect(files(out)).toEqual(['app.env', 'app.env']);
    r.installHook();
    const commit = r.commitRun('keys');
    expect(commit.status).not.toBe(0); // git refuses (lock) or the hook blocks: never committed
    expect(r.run(['rev-list', '--count', 'HEAD']).stdout.trim()).toBe('1');
  });

  it('a scan while git gc repacks: the right findings or exit 2, never a pass', async () => {
    const r = repo();
    for (let i = 0; i < 30; i++) {
      r.write(`f${i}.txt`, `file ${i}\n`.repeat(50));
      if (i % 10 === 0) r.write(`key${i}.env`, pairText(makeKeys(200 + i)));
      r.commit(`c${i}`);
    }
    const gc = gitAsync(r.dir, ['gc', '--aggressive', '--prune=now', '-q']);
    const scans = await Promise.all([0, 1, 2].map(() => runCliAsync(['--history', '--format', 'json'], { cwd: r.dir })));
    await gc;
    for (const s of scans) {
      expect([1, 2]).toContain(s.status);
      if (s.status === 1) expect(new Set(json(s).findings.map((f) => f.file))).toEqual(new Set(['key0.env', 'key10.env', 'key20.env']));
    }
  });
});

function gitAsync(cwd: string, args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn('git', args, { cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

