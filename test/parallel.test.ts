/** The parallel tree scan (worker threads, built code) gives exactly what the in-thread scan gives. */
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeKeys, randomAlnum, rng, ROOT, tempDir } from './helpers.js';

// Workers run the compiled worker (dist/scan/worker.js), so this test uses the built package,
// which `npm test` builds first.
const dist = (await import(join(ROOT, 'dist', 'index.js'))) as typeof import('../src/index.js');
const { scanPaths } = (await import(join(ROOT, 'dist', 'scan', 'tree.js'))) as typeof import('../src/scan/tree.js');
const { InputError } = (await import(join(ROOT, 'dist', 'sources', 'files.js'))) as typeof import('../src/sources/files.js');

describe('parallel tree scan', () => {
  it('finds the same keys, stats and skips as the in-thread scan', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const next = rng(5);
      for (let i = 0; i < 600; i++) {
        mkdirSync(join(dir, `d${i % 17}`), { recursive: true });
        let text = `// file ${i}\nconst v = "${randomAlnum(20, next)}";\n`;
        if (i % 50 === 7) {
          const k = makeKeys(i);
          text += `accessKeyId: "${k.aliId}"\naccessKeySecret: "${k.aliSecret}"\n`;
        }
        writeFileSync(join(dir, `d${i % 17}`, `f${i}.ts`), text);
      }
      writeFileSync(join(dir, 'bin.dat'), Buffer.from([0, 1, 2, 3]));
      const rules = dist.loadPatterns();
      const serial = await scanPaths(['.'], { rules, root: dir, workers: 0 });
      const parallel = await scanPaths(['.'], { rules, root: dir, workers: 2 });
      const shape = (r: typeof serial) => ({ findings: r.findings.map(({ file, line, column, ruleId, severity, fingerprint, pair }) => ({ file, line, column, ruleId, severity, fingerprint, pair })), files: r.stats.files, bytes: r.stats.bytes, lines: r.stats.lines, skipped: r.skipped });
      expect(serial.findings.length).toBe(24);
      expect(shape(parallel)).toEqual(shape(serial));
    } finally {
      cleanup();
    }
  });

  it('three files on two workers: each file scanned once, the same findings as in-thread', async () => {
    const { scanParallel } = (await import(join(ROOT, 'dist', 'scan', 'parallel.js'))) as typeof import('../src/scan/parallel.js');
    const { dir, cleanup } = tempDir();
    try {
      const rules = dist.loadPatterns();
      const targets = [0, 1, 2].map((i) => {
        const k = makeKeys(100 + i);
        writeFileSync(join(dir, `big${i}.env`), `${'filler line\n'.repeat(2000)}accessKeyId=${k.aliId}\n`);
        return { path: join(dir, `big${i}.env`), display: `big${i}.env`, explicit: true };
      });
      const init = { sources: rules.sources, maxFileSize: 1 << 20, inlineAllow: true, skipUnreadable: false };
      const perFile = new Map<string, number>();
      await scanParallel(targets, init, 2, (t, scan) => perFile.set(t.display, scan.findings.length));
      expect([...perFile].sort()).toEqual([['big0.env', 1], ['big1.env', 1], ['big2.env', 1]]);
      const serial = await scanPaths(targets.map((t) => t.path), { rules, root: dir, workers: 0 });
      const parallel = await scanPaths(targets.map((t) => t.path), { rules, root: dir, workers: 2 });
      expect(parallel.findings.map((f) => [f.file, f.line, f.fingerprint])).toEqual(serial.findings.map((f) => [f.file, f.line, f.fingerprint]));
    } finally {
      cleanup();
    }
  });

  it('sends a few files one per message, so that every worker gets one; many files 64 at a time', async () => {
    const { batchSizeFor } = (await import(join(ROOT, 'dist', 'scan', 'parallel.js'))) as typeof import('../src/scan/parallel.js');
    expect(batchSizeFor(3, 2)).toBe(1);
    expect(Math.ceil(3 / batchSizeFor(3, 2))).toBeGreaterThanOrEqual(2);
    expect(batchSizeFor(40, 2)).toBe(10);
    expect(batchSizeFor(20000, 2)).toBe(64);
  });

  it('uses workers for a few files only when they are large', async () => {
    const { workerCount, PARALLEL_MIN_BYTES, PARALLEL_MIN_FILES } = (await import(join(ROOT, 'dist', 'scan', 'parallel.js'))) as typeof import('../src/scan/parallel.js');
    const { availableParallelism } = await import('node:os');
    const cores = availableParallelism();
    const many = workerCount(PARALLEL_MIN_FILES);
    // Many files: this thread scans too, so one worker fewer than cores; a few large files: one per core.
    expect(many).toBe(cores < 2 ? 0 : Math.min(cores - 1, 7));
    const few = cores < 2 ? 0 : Math.min(cores, 8);
    expect(workerCount(3, undefined, () => PARALLEL_MIN_BYTES - 1)).toBe(0);
    // One large file: one worker, whose young generation is capped (memory, not speed).
    expect(workerCount(1, undefined, () => 10 * PARALLEL_MIN_BYTES)).toBe(1);
    expect(workerCount(1, undefined, () => PARALLEL_MIN_BYTES - 1)).toBe(0);
    expect(workerCount(3, undefined, () => PARALLEL_MIN_BYTES)).toBe(few);
    expect(workerCount(3, 0, () => PARALLEL_MIN_BYTES)).toBe(0);
    // Many files never need their sizes.
    expect(workerCount(PARALLEL_MIN_FILES, undefined, () => { throw new Error('sizes asked for'); })).toBe(many);
  });

  it('fails closed: a read error inside a worker rejects with the same InputError as in-thread', async () => {
    const { scanParallel } = (await import(join(ROOT, 'dist', 'scan', 'parallel.js'))) as typeof import('../src/scan/parallel.js');
    const { dir, cleanup } = tempDir();
    try {
      const rules = dist.loadPatterns();
      const init = { sources: rules.sources, maxFileSize: 1 << 20, inlineAllow: true, skipUnreadable: false };
      // Named explicitly and gone by the time it is read: an error, never a silent skip.
      const gone = { path: join(dir, 'gone.env'), display: 'gone.env', explicit: true };
      const seen: string[] = [];
      const run = scanParallel([gone], init, 1, (t) => seen.push(t.display));
      await expect(run).rejects.toBeInstanceOf(InputError);
      await expect(run).rejects.toThrow('cannot read gone.env: ENOENT');
      expect(seen).toEqual([]);
    } finally {
      cleanup();
    }
  });
});
