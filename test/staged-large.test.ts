/**
 * A large staged change (a project's first commit): new files are scanned by worker threads from
 * the work tree, each standing for its staged blob only if its bytes hash to the blob's id. The
 * result must be exactly the one-thread scan of the diff's blobs, whatever the work tree holds.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { git, initRepo, makeKeys, randomAlnum, rng, ROOT, tempDir } from './helpers.js';
import { pairText, write } from './git-helpers.js';

// Workers run the compiled worker (dist/scan/worker.js): this test uses the built package.
const dist = (await import(join(ROOT, 'dist', 'index.js'))) as typeof import('../src/index.js');
const { scanStaged } = (await import(join(ROOT, 'dist', 'scan', 'staged.js'))) as typeof import('../src/scan/staged.js');

/** The staged scan of `dir` in this thread; the same scan on two workers must give the same result. */
async function serialEqualsParallel(dir: string) {
  const rules = dist.loadPatterns();
  const serial = await scanStaged({ rules, cwd: dir, workers: 0 });
  const parallel = await scanStaged({ rules, cwd: dir, workers: 2 });
  const shape = (r: typeof serial) => ({
    findings: r.findings.map(({ file, line, column, ruleId, fingerprint }) => ({ file, line, column, ruleId, fingerprint })),
    stats: { files: r.stats.files, bytes: r.stats.bytes, lines: r.stats.lines, skipped: r.stats.skipped },
    skipped: r.skipped,
  });
  expect(shape(parallel)).toEqual(shape(serial));
  return serial;
}

describe('--staged, a large change on worker threads', () => {
  it('gives what the one-thread scan gives: staged blobs, not the work tree; edits, renames and skips as before', async () => {
    const { dir, cleanup } = tempDir('scan-keys-staged-large-');
    try {
      initRepo(dir);
      const next = rng(9);
      write(dir, 'old/settings.py', 'name = "demo"\n');
      write(dir, 'old/moved.py', `${'x = 1\n'.repeat(40)}`);
      git(dir, 'add', '-A');
      git(dir, 'commit', '-q', '--no-verify', '-m', 'base');
      // 300 new files, a key pair in every 50th.
      for (let i = 0; i < 300; i++) {
        let text = `// file ${i}\nconst v = "${randomAlnum(20, next)}";\n`;
        if (i % 50 === 7) text += pairText(makeKeys(i));
        write(dir, `src/d${i % 7}/f${i}.ts`, text);
      }
      write(dir, 'blob.bin', Buffer.from([0, 1, 2, 3, 0x41]));
      write(dir, 'lfs.bin', 'version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n');
      // An edit and a rename with an edit: added lines from the diff, not whole files.
      write(dir, 'old/settings.py', `name = "demo"\n${pairText(makeKeys(401))}`);
      mkdirSync(join(dir, 'new'));
      git(dir, 'mv', 'old/moved.py', 'new/moved.py');
      write(dir, 'new/moved.py', `${'x = 1\n'.repeat(40)}${pairText(makeKeys(402))}`);
      // Staged with a key, the key then removed from the work tree: the staged blob still holds it.
      write(dir, 'src/staged-key.env', pairText(makeKeys(403)));
      // Staged clean, a key then added to the work tree only: not in the commit.
      write(dir, 'src/later-key.env', 'name=demo\n');
      git(dir, 'add', '-A');
      write(dir, 'src/staged-key.env', 'name=demo\n');
      write(dir, 'src/later-key.env', `name=demo\n${pairText(makeKeys(404))}`);
      // Staged, then replaced by a symbolic link in the work tree: the blob is read from git.
      write(dir, 'src/linked.env', pairText(makeKeys(405)));
      git(dir, 'add', 'src/linked.env');
      rmSync(join(dir, 'src', 'linked.env'));
      symlinkSync('staged-key.env', join(dir, 'src', 'linked.env'));

      const serial = await serialEqualsParallel(dir);
      const files = [...new Set(serial.findings.map((f) => f.file))].sort();
      const planted = [7, 57, 107, 157, 207, 257].map((i) => `src/d${i % 7}/f${i}.ts`);
      expect(files).toEqual(['new/moved.py', 'old/settings.py', ...planted, 'src/linked.env', 'src/staged-key.env'].sort());
      // Only the added lines of the edit and the rename.
      expect(serial.findings.filter((f) => f.file === 'new/moved.py').every((f) => f.line > 40)).toBe(true);
      expect(serial.skipped.map((s) => s.file).sort()).toEqual(['blob.bin', 'lfs.bin']);
      expect(serial.stats.files).toBe(300 + 5);
    } finally {
      cleanup();
    }
  }, 60_000);

  it('a first commit (every entry a new file, no second diff): the same as the one-thread scan, files edited since `git add` read from git', async () => {
    const { dir, cleanup } = tempDir('scan-keys-staged-first-');
    try {
      initRepo(dir);
      const next = rng(10);
      for (let i = 0; i < 400; i++) {
        let text = `# file ${i}\nname = "${randomAlnum(20, next)}"\n`;
        if (i % 80 === 3) text += pairText(makeKeys(500 + i));
        write(dir, `pkg/m${i % 5}/file ${i}.py`, text);
      }
      git(dir, 'add', '-A');
      // Staged with a key, then cleaned in the work tree; staged clean, then a key added.
      write(dir, 'pkg/m3/file 3.py', 'name = "clean now"\n');
      write(dir, 'pkg/m0/file 10.py', `name = "x"\n${pairText(makeKeys(600))}`);
      const serial = await serialEqualsParallel(dir);
      expect([...new Set(serial.findings.map((f) => f.file))].sort()).toEqual([3, 83, 163, 243, 323].map((i) => `pkg/m${i % 5}/file ${i}.py`).sort());
      expect(serial.stats.files).toBe(400);
    } finally {
      cleanup();
    }
  }, 60_000);
});
