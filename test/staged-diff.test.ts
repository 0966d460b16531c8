/**
 * The staged diff carries the staged blobs (sources/staged.ts): on real repositories, the content
 * it gives is the index blob byte for byte, and the added lines are those of a zero-context diff.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { symlinkSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { git, initRepo, makeKeys, tempDir } from './helpers.js';
import { pairText, staged, json, write } from './git-helpers.js';
import { DIFF_ARGS, parseStagedDiff, readStagedDiff } from '../src/sources/staged.js';
import { blobId } from '../src/scan/staged.js';

const k = makeKeys(41);
let dir: string;
let cleanup: () => void;

beforeEach(() => {
  ({ dir, cleanup } = tempDir('scan-keys-diff-'));
  initRepo(dir);
});
afterEach(() => cleanup());

function blob(oid: string): Buffer {
  return spawnSync('git', ['cat-file', 'blob', oid], { cwd: dir }).stdout;
}

/** Added lines per path from `git diff --cached --unified=0` hunk headers (what the parser used to read). */
function zeroContextAdded(): Map<string, number[]> {
  const out = git(dir, '-c', 'core.quotePath=false', 'diff', '--cached', '--unified=0', '--text', '-M', '--no-color', '--no-ext-diff');
  const added = new Map<string, number[]>();
  let path = '';
  for (const line of out.split('\n')) {
    const file = /^\+\+\+ b\/(.*)$/.exec(line);
    if (file) path = file[1] as string;
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk) {
      const first = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      const lines = added.get(path) ?? [];
      for (let i = 0; i < count; i++) lines.push(first + i);
      added.set(path, lines);
    }
  }
  return added;
}

const lines = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join('\n') + '\n';

describe('staged diff with whole-file context', () => {
  it('gives each staged blob byte for byte, and the same added lines as a zero-context diff', async () => {
    write(dir, 'modified.txt', lines(30, (i) => `line ${i}`));
    write(dir, 'no-eol-then-eol.txt', 'a\nb');
    write(dir, 'eol-then-no-eol.txt', 'a\nb\n');
    write(dir, 'crlf.txt', 'one\r\ntwo\r\n');
    write(dir, 'blank.txt', 'a\n\n\nb\n');
    write(dir, 'renamed-old.txt', lines(20, (i) => `row ${i} of a file long enough to be a rename`));
    write(dir, 'copied-from.txt', lines(20, (i) => `setting${i}=value ${i}`));
    write(dir, 'was-file', 'plain\n');
    symlinkSync('modified.txt', join(dir, 'was-link'));
    write(dir, 'deleted.txt', 'bye\n');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '--no-verify', '-m', 'base');
    // A user config the diff must not follow.
    git(dir, 'config', 'diff.suppressBlankEmpty', 'true');

    write(dir, 'modified.txt', lines(30, (i) => (i % 7 === 3 ? `changed ${i}` : `line ${i}`)) + 'new last line');
    write(dir, 'no-eol-then-eol.txt', 'a\nb\nc\n');
    write(dir, 'eol-then-no-eol.txt', 'a\nb\nc');
    write(dir, 'crlf.txt', 'one\r\nkey\r\ntwo\r\n');
    write(dir, 'blank.txt', 'a\n\nadded\n\nb\n\n');
    git(dir, 'mv', 'renamed-old.txt', 'renamed-new.txt');
    write(dir, 'renamed-new.txt', lines(20, (i) => `row ${i} of a file long enough to be a rename`) + pairText(k));
    write(dir, 'copied-from.txt', lines(20, (i) => `setting${i}=value ${i}`) + 'more=1\n');
    write(dir, 'copy.txt', lines(20, (i) => `setting${i}=value ${i}`) + 'copy=2\n');
    write(dir, 'new.txt', 'diff --git a/x b/x\n@@ -1 +1 @@\n\\ No newline at end of file\n+plus\n-minus\n');
    write(dir, 'new-no-eol.txt', 'only line');
    write(dir, 'empty.txt', '');
    write(dir, 'binary.bin', Buffer.from([0, 1, 2, 10, 13, 0, 255, 10, 43, 45, 32, 0]));
    write(dir, 'utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('key=value\nother\n', 'utf16le')]));
    unlinkSync(join(dir, 'was-file'));
    symlinkSync('modified.txt', join(dir, 'was-file'));
    unlinkSync(join(dir, 'was-link'));
    write(dir, 'was-link', 'now a file\n');
    unlinkSync(join(dir, 'deleted.txt'));
    git(dir, 'add', '-A');

    const entries = await readStagedDiff(dir);
    const byPath = new Map(entries.map((e) => [e.path, e]));
    expect(byPath.get('renamed-new.txt')?.status).toBe('R');
    // A copy is an addition: every line it holds is new at its path (as a range scan sees it).
    expect(byPath.get('copy.txt')?.status).toBe('A');
    expect(byPath.get('was-file')?.status).toBe('T');
    expect(byPath.get('was-link')?.status).toBe('T');
    expect(byPath.get('deleted.txt')?.status).toBe('D');

    const zero = zeroContextAdded();
    const withAdded = entries.filter((e) => e.added.length > 0);
    expect(withAdded.map((e) => e.path).sort()).toEqual([...zero.keys()].sort());
    for (const e of withAdded) {
      expect(e.content, e.path).toBeDefined();
      expect(blobId(e.content as Buffer, e.oid), e.path).toBe(e.oid);
      expect((e.content as Buffer).equals(blob(e.oid)), e.path).toBe(true);
      const expanded = e.added.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => a + i));
      expect(expanded, e.path).toEqual(zero.get(e.path));
    }
    expect(byPath.get('empty.txt')?.added).toEqual([]);
    expect(byPath.get('deleted.txt')?.content).toBeUndefined();
  });

  it('pins the options a user config could change', () => {
    expect(DIFF_ARGS).toContain('diff.suppressBlankEmpty=false');
    expect(DIFF_ARGS.some((a) => /^--unified=\d{6,}$/.test(a))).toBe(true);
  });

  it('refuses a patch whose sections do not match the entries', () => {
    const raw = ':100644 100644 ' + 'a'.repeat(40) + ' ' + 'b'.repeat(40) + ' M\0f\0\0';
    expect(() => parseStagedDiff(Buffer.from(raw))).toThrow(/1 patch sections expected for 1 staged entries, got 0/);
  });
});

describe('scan-keys --staged on a type change', () => {
  it('a symbolic link replaced by a file with a key blocks; a file replaced by a link is skipped', () => {
    write(dir, 'keep.txt', 'x\n');
    symlinkSync('keep.txt', join(dir, 'settings.properties'));
    write(dir, 'plain.txt', 'x\n');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '--no-verify', '-m', 'base');
    unlinkSync(join(dir, 'settings.properties'));
    write(dir, 'settings.properties', pairText(k));
    unlinkSync(join(dir, 'plain.txt'));
    symlinkSync('keep.txt', join(dir, 'plain.txt'));
    git(dir, 'add', '-A');
    const r = staged(dir, '--format', 'json', '--verbose');
    expect(r.status).toBe(1);
    expect(json(r).findings.map((f) => [f.file, f.line])).toEqual([
      ['settings.properties', 2],
      ['settings.properties', 3],
    ]);
    expect(r.stderr).toContain('skipped plain.txt: symbolic link');
  });
});
