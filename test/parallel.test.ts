/** The parallel tree scan (worker threads, built code) gives exactly what the in-thread scan gives. */
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeKeys, randomAlnum, rng, ROOT, tempDir } from './helpers.js';

// Workers run the compiled worker (dist/scan-worker.js), so this test uses the built package,
// which `npm test` builds first.
const dist = (await import(join(ROOT, 'dist', 'index.js'))) as typeof import('../src/index.js');
const { scanPaths } = (await import(join(ROOT, 'dist', 'scan.js'))) as typeof import('../src/scan.js');
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

  it('fails closed: a read error inside a worker rejects with the same InputError as in-thread', async () => {
    const { scanParallel } = (await import(join(ROOT, 'dist', 'scan-parallel.js'))) as typeof import('../src/scan-parallel.js');
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
