/**
 * The per-finding commit count of a range scan (`in N commits`) against a brute-force count (one
 * `cat-file` of every commit × path), on random histories with branches, merges that take a file
 * from either side or resolve it anew, deletions, symbolic links, submodules and a path that
 * becomes a directory. Histories are written with `git fast-import` (one process, any DAG).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { git, initRepo, makeKeys, rng, tempDir } from './helpers.js';
import { pairText } from './git-helpers.js';
import { loadPatterns } from '../src/patterns/load.js';
import { scanRange, type RangeSpec } from '../src/scan/range.js';

const rules = loadPatterns();
let dir: string;
let cleanup: () => void;

beforeEach(() => {
  ({ dir, cleanup } = tempDir('scan-keys-count-'));
  initRepo(dir);
});
afterEach(() => cleanup());

type Entry = { mode: '100644' | '100755' | '120000' | '160000'; text: string };
type Tree = Map<string, Entry>;

const PATHS = ['app.properties', 'conf/b.env', 'c.txt', 'link', 'sub', 'x y.properties', '配置.env'];

/** A random DAG of `commits` commits on 3 branches, written with fast-import; returns the commit ids in order. */
function randomHistory(seed: number, commits: number): string[] {
  const next = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const keys = [makeKeys(seed * 7 + 1), makeKeys(seed * 7 + 2), makeKeys(seed * 7 + 3)];
  const texts = [...keys.map((k) => `name=demo\n${pairText(k)}`), 'name=demo\n', 'other\n', `x\n${pairText(keys[0]!)}y\n`];
  const randomEntry = (path: string): Entry | undefined => {
    const r = next();
    if (r < 0.2) return undefined;
    if (path === 'link' && r < 0.5) return { mode: '120000', text: pick(texts) };
    if (path === 'sub' && r < 0.5) return { mode: '160000', text: '' };
    return { mode: r < 0.3 ? '100755' : '100644', text: pick(texts) };
  };
  const branches = ['main', 'b1', 'b2'];
  const tips = new Map<string, { mark: number; tree: Tree }>();
  const parts: string[] = [];
  const data = (s: string) => parts.push(`data ${Buffer.byteLength(s)}\n${s}\n`);
  for (let c = 1; c <= commits; c++) {
    const branch = c === 1 ? 'main' : pick(branches);
    const tip = tips.get(branch) ?? tips.get('main');
    const others = [...tips].filter(([b]) => b !== branch).map(([, t]) => t);
    const mergeFrom = tip && others.length > 0 && next() < 0.3 ? pick(others) : undefined;
    const tree: Tree = new Map(tip?.tree ?? []);
    if (mergeFrom) {
      // Each path from either side, or resolved anew.
      for (const p of PATHS) {
        const r = next();
        const e = r < 0.4 ? tip?.tree.get(p) : r < 0.8 ? mergeFrom.tree.get(p) : randomEntry(p);
        if (e) tree.set(p, e);
        else tree.delete(p);
      }
    } else {
      for (let n = 1 + Math.floor(next() * 2); n > 0; n--) {
        const p = pick(PATHS);
        const e = randomEntry(p);
        if (e) tree.set(p, e);
        else tree.delete(p);
      }
    }
    // c.txt is sometimes a directory (c.txt/inner) instead of a file.
    if (next() < 0.1) {
      tree.delete('c.txt');
      tree.set('c.txt/inner', { mode: '100644', text: pick(texts) });
    } else if (tree.has('c.txt')) tree.delete('c.txt/inner');
    parts.push(`commit refs/heads/${branch}\nmark :${c}\ncommitter T <t@example.invalid> ${1700000000 + c * 60} +0000\n`);
    data(`c${c}`);
    if (tip) parts.push(`from :${tip.mark}\n`);
    if (mergeFrom) parts.push(`merge :${mergeFrom.mark}\n`);
    parts.push('deleteall\n');
    for (const [p, e] of tree) {
      if (e.mode === '160000') parts.push(`M 160000 ${'ab'.repeat(20)} "${p}"\n`);
      else {
        parts.push(`M ${e.mode} inline "${p}"\n`);
        data(e.text);
      }
    }
    tips.set(branch, { mark: c, tree });
  }
  parts.push('done\n');
  const r = spawnSync('git', ['fast-import', '--quiet', '--done'], { cwd: dir, input: parts.join(''), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  git(dir, 'reset', '-q', '--hard', 'main');
  return git(dir, 'rev-list', '--all', '--topo-order', '--reverse').trim().split('\n');
}

/** For each (path, secret): commits of `revs` whose blob at path holds the secret, one cat-file per commit × path. */
function bruteCount(revs: string[], path: string, secret: string): number {
  const commits = git(dir, 'rev-list', ...revs, '--').trim().split('\n').filter(Boolean);
  const out = spawnSync('git', ['cat-file', '--batch'], { cwd: dir, input: commits.map((c) => `${c}:${path}\n`).join('') });
  const buf = out.stdout;
  let n = 0;
  let at = 0;
  for (let k = 0; k < commits.length; k++) {
    const nl = buf.indexOf(0x0a, at);
    const header = buf.subarray(at, nl).toString('utf8').split(' ');
    at = nl + 1;
    if (!/^\d+$/.test(header[header.length - 1] as string)) continue; // "<name> missing" (a name may hold spaces)
    const size = Number(header[2]);
    if (header[1] === 'blob' && buf.subarray(at, at + size).includes(Buffer.from(secret, 'latin1'))) n++;
    at += size + 1;
  }
  return Math.max(1, n);
}

async function expectBruteCounts(spec: RangeSpec, revs: string[]): Promise<number> {
  const r = await scanRange({ rules, cwd: dir, spec, presentAtHead: false });
  const got = r.findings.map((f) => [f.file, f.line, f.commit?.count]);
  const want = r.findings.map((f) => [f.file, f.line, bruteCount(revs, f.file, f.secret)]);
  expect(got).toEqual(want);
  return r.findings.length;
}

describe('commit counts of range findings', () => {
  for (const seed of [1, 2, 3, 4]) {
    it(`equal a brute-force count on a random history with merges (seed ${seed})`, async () => {
      const commits = randomHistory(seed, 40);
      // Settings that would change what `git log` lists for a path.
      for (const [key, value] of [['log.follow', 'true'], ['diff.renames', 'copies'], ['diff.ignoreSubmodules', 'all']] as const) git(dir, 'config', key, value);
      const found = await expectBruteCounts({ history: true }, ['--all']);
      expect(found).toBeGreaterThan(0);
      // A range whose boundary commits have parents outside it.
      const mid = commits[Math.floor(commits.length / 2)] as string;
      await expectBruteCounts({ since: mid }, [`${mid}..HEAD`]);
      await expectBruteCounts({ range: `${commits[5]}...main` }, [`${commits[5]}...main`]);
    });
  }

  it('more files with findings than one walk takes (64) are counted in several walks', async () => {
    const keys = makeKeys(63);
    const files = Array.from({ length: 70 }, (_, i) => `f${String(i).padStart(2, '0')}.env`);
    for (const [i, f] of files.entries()) writeFileSync(join(dir, f), `# aliyun\naccessKeyId=${keys.aliId}\naccessKeySecret=${keys.aliSecret}\nn=${i}\n`);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '--no-verify', '-m', 'c1');
    writeFileSync(join(dir, 'f00.env'), 'gone\n');
    git(dir, 'commit', '-q', '--no-verify', '-am', 'c2');
    const r = await scanRange({ rules, cwd: dir, spec: { history: true }, presentAtHead: false });
    expect(new Set(r.findings.map((f) => f.file)).size).toBe(70);
    expect(r.findings.map((f) => [f.file, f.commit?.count])).toEqual(r.findings.map((f) => [f.file, f.file === 'f00.env' ? 1 : 2]));
  });

  it('log.follow=true in the user config changes nothing (a file renamed away and back)', async () => {
    const k = makeKeys(62);
    writeFileSync(join(dir, 'b.txt'), pairText(k));
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '--no-verify', '-m', 'c1');
    git(dir, 'mv', 'b.txt', 'd.txt');
    git(dir, 'commit', '-q', '--no-verify', '-m', 'c2');
    git(dir, 'mv', 'd.txt', 'b.txt');
    git(dir, 'commit', '-q', '--no-verify', '-m', 'c3');
    git(dir, 'config', 'log.follow', 'true');
    const r = await scanRange({ rules, cwd: dir, spec: { history: true }, presentAtHead: false });
    expect(r.findings.map((f) => [f.file, f.commit?.count])).toEqual([
      ['b.txt', 2],
      ['b.txt', 2],
    ]);
  });

  it('paths git would read as pathspec magic (`:/`) or a glob are matched literally', async () => {
    const k = makeKeys(61);
    const commit = (files: Record<string, string>) => {
      for (const [p, t] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, p)), { recursive: true });
        writeFileSync(join(dir, p), t);
      }
      git(dir, 'add', '-A');
      git(dir, 'commit', '-q', '--no-verify', '-m', 'c');
    };
    commit({ ':/k.env': pairText(k), '[ab].env': pairText(k) });
    commit({ 'k.env': 'x\n', 'a.env': 'x\n' }); // what `:/k.env` and `[ab].env` mean as pathspecs
    commit({ README: 'x\n' });
    const r = await scanRange({ rules, cwd: dir, spec: { history: true }, presentAtHead: false });
    expect(r.findings.map((f) => [f.file, f.commit?.count])).toEqual([
      [':/k.env', 3],
      [':/k.env', 3],
      ['[ab].env', 3],
      ['[ab].env', 3],
    ]);
  });
});
