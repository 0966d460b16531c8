/**
 * The staged diff's raw entries are held compactly (sources/staged.ts StagedEntryList: typed
 * arrays and byte pools, not an object per entry). What it gives back must be exactly what git's
 * raw output says, entry by entry and in order: statuses, rename scores, modes, object ids (SHA-1
 * and SHA-256) and paths whatever bytes they hold. Checked against an independent reading of
 * `git diff --cached --raw -z` on real repositories.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { configureRepo, git, initRepo, tempDir } from './helpers.js';
import { write } from './git-helpers.js';
import { DIFF_ARGS, readStagedDiff, streamStagedDiff, type StagedEntry } from '../src/sources/staged.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir('scan-keys-entries-')));
afterEach(() => cleanup());

type RawEntry = Pick<StagedEntry, 'status' | 'score' | 'srcMode' | 'dstMode' | 'oid' | 'path' | 'srcPath'>;

/** The raw part as git writes it, read token by token (NUL-separated), with the scan's own diff options. */
function gitRaw(): RawEntry[] {
  const args = DIFF_ARGS.filter((a) => a !== '-p' && !a.startsWith('--unified='));
  const out = spawnSync('git', args, { cwd: dir }).stdout;
  const tokens: Buffer[] = [];
  for (let at = 0; at < out.length; ) {
    const end = out.indexOf(0, at);
    tokens.push(out.subarray(at, end));
    at = end + 1;
  }
  const entries: RawEntry[] = [];
  for (let t = 0; t < tokens.length; ) {
    const [srcMode, dstMode, , oid, field] = (tokens[t++] as Buffer).toString('latin1').slice(1).split(' ') as [string, string, string, string, string];
    const status = field[0] as StagedEntry['status'];
    const e: RawEntry = { status, srcMode, dstMode, oid, path: '' };
    if (status === 'R' || status === 'C') {
      e.score = Number(field.slice(1));
      e.srcPath = (tokens[t++] as Buffer).toString('utf8');
    }
    e.path = (tokens[t++] as Buffer).toString('utf8');
    entries.push(e);
  }
  return entries;
}

const fields = ({ status, score, srcMode, dstMode, oid, path, srcPath }: StagedEntry): RawEntry => ({
  status,
  srcMode,
  dstMode,
  oid,
  path,
  ...(score !== undefined ? { score } : {}),
  ...(srcPath !== undefined ? { srcPath } : {}),
});

/** The entries three ways: handed out with their contents, from the raw list's objects, and from its accessors. */
async function threeWays(): Promise<RawEntry[][]> {
  const handed = (await readStagedDiff(dir)).map(fields);
  const stream = streamStagedDiff(dir);
  const list = await stream.raw();
  stream.stop();
  if (!list) throw new Error('no raw list');
  const objects = [...list].map(fields);
  const accessors = Array.from({ length: list.length }, (_, i) => ({
    status: list.status(i),
    srcMode: list.mode(i, 'src').toString(8).padStart(6, '0'),
    dstMode: list.mode(i, 'dst').toString(8).padStart(6, '0'),
    oid: list.oid(i),
    path: list.path(i),
  }));
  return [handed, objects, accessors];
}

const ODD_NAMES = [
  'with space.txt',
  'quote"d.txt',
  "apos'trophe.txt",
  'new\nline.txt',
  'tab\there.txt',
  'back\\slash.txt',
  '配置/密钥.properties',
  'emoji-🔑.env',
  '-leading-dash.txt',
  'a'.repeat(200) + '.txt',
];

describe('the compact staged entry list', () => {
  it('gives what git wrote: renames, deletions, modes, type changes, submodules, unmerged paths, odd names', async () => {
    initRepo(dir);
    const body = (tag: string) => Array.from({ length: 30 }, (_, i) => `${tag} line ${i} long enough to be recognised`).join('\n') + '\n';
    write(dir, 'conflict.txt', 'base\n');
    write(dir, 'moved.txt', body('moved'));
    write(dir, 'moved-edited.txt', body('edited'));
    write(dir, 'gone.txt', 'bye\n');
    write(dir, 'script.sh', 'echo hi\n');
    write(dir, 'becomes-link', 'plain\n');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '--no-verify', '-m', 'base');
    git(dir, 'checkout', '-q', '-b', 'side');
    write(dir, 'conflict.txt', 'side\n');
    git(dir, 'commit', '-q', '--no-verify', '-am', 'side');
    git(dir, 'checkout', '-q', 'main');
    write(dir, 'conflict.txt', 'main\n');
    git(dir, 'commit', '-q', '--no-verify', '-am', 'main');
    expect(spawnSync('git', ['merge', '-q', 'side'], { cwd: dir }).status).not.toBe(0);

    git(dir, 'mv', 'moved.txt', 'renamed.txt');
    git(dir, 'mv', 'moved-edited.txt', 'renamed edited.txt');
    write(dir, 'renamed edited.txt', body('edited') + 'one more line\n');
    unlinkSync(join(dir, 'gone.txt'));
    chmodSync(join(dir, 'script.sh'), 0o755);
    unlinkSync(join(dir, 'becomes-link'));
    symlinkSync('script.sh', join(dir, 'becomes-link'));
    for (const [i, name] of ODD_NAMES.entries()) write(dir, name, `value ${i}\n`);
    // A name that is not UTF-8: decoded as before (replacement characters), never dropped.
    writeFileSync(Buffer.from(join(dir, 'latin1-\xe9.txt'), 'latin1'), 'bytes\n');
    write(dir, 'empty.txt', '');
    git(dir, 'add', '-A', '--', '.', ':!conflict.txt');
    git(dir, 'update-index', '--add', '--cacheinfo', `160000,${'1'.repeat(40)},vendor/sub`);

    const expected = gitRaw();
    const byPath = new Map(expected.map((e) => [e.path, e]));
    // The cases are there (else this test would check less than it says).
    expect(byPath.get('renamed.txt')).toMatchObject({ status: 'R', score: 100, srcPath: 'moved.txt' });
    expect(byPath.get('renamed edited.txt')).toMatchObject({ status: 'R', srcPath: 'moved-edited.txt' });
    expect(byPath.get('renamed edited.txt')?.score).toBeLessThan(100);
    expect(byPath.get('gone.txt')).toMatchObject({ status: 'D', dstMode: '000000', oid: '0'.repeat(40) });
    expect(byPath.get('script.sh')).toMatchObject({ status: 'M', srcMode: '100644', dstMode: '100755' });
    expect(byPath.get('becomes-link')).toMatchObject({ status: 'T', srcMode: '100644', dstMode: '120000' });
    expect(byPath.get('vendor/sub')).toMatchObject({ status: 'A', dstMode: '160000', oid: '1'.repeat(40) });
    expect(byPath.get('conflict.txt')).toMatchObject({ status: 'U', dstMode: '000000' });
    for (const name of ODD_NAMES) expect(byPath.has(name), name).toBe(true);
    expect(expected.some((e) => e.path.startsWith('latin1-\ufffd'))).toBe(true);

    const [handed, objects, accessors] = await threeWays();
    expect(handed).toEqual(expected);
    expect(objects).toEqual(expected);
    expect(accessors).toEqual(expected.map(({ score: _s, srcPath: _p, ...rest }) => rest));
  });

  it('holds SHA-256 object ids whole', async () => {
    git(dir, 'init', '-q', '-b', 'main', '--object-format=sha256');
    configureRepo(dir);
    write(dir, 'a.txt', Array.from({ length: 20 }, (_, i) => `row ${i} of a file long enough`).join('\n') + '\n');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '--no-verify', '-m', 'base');
    git(dir, 'mv', 'a.txt', 'b.txt');
    write(dir, 'c.txt', 'new\n');
    git(dir, 'add', '-A');

    const expected = gitRaw();
    expect(expected.map((e) => [e.status, e.oid.length])).toEqual([
      ['R', 64],
      ['A', 64],
    ]);
    const [handed, objects] = await threeWays();
    expect(handed).toEqual(expected);
    expect(objects).toEqual(expected);
  });

  it('gives thousands of entries back in order, with their contents', async () => {
    initRepo(dir);
    for (let i = 0; i < 3000; i++) write(dir, `d${i % 37}/f-${i}.txt`, `file ${i}\n`);
    git(dir, 'add', '-A');
    const expected = gitRaw();
    expect(expected).toHaveLength(3000);
    const entries = await readStagedDiff(dir);
    expect(entries.map(fields)).toEqual(expected);
    for (const e of entries) expect(e.content?.toString(), e.path).toBe(`file ${e.path.replace(/^.*f-(\d+)\.txt$/, '$1')}\n`);
  }, 60_000);
});
