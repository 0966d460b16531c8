/**
 * Fail closed: a crash anywhere (a reporter, the scanner, writing the report) is exit 2 with one
 * line on stderr and nothing on stdout, never 0, and the line never carries a secret.
 * (Signals, git failures and unreadable input are in inputs.test.ts and unreadable.test.ts.)
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeKeys, tempDir, runMain } from './helpers.js';

const crash = vi.hoisted(() => ({ reporter: undefined as unknown, scannerOn: undefined as string | undefined, message: 'boom' }));

vi.mock('../src/report/json.js', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../src/report/json.js')>();
  return {
    ...orig,
    renderJson: (...args: Parameters<typeof orig.renderJson>) => {
      if (crash.reporter !== undefined) throw crash.reporter;
      return orig.renderJson(...args);
    },
    renderJsonChunks: (...args: Parameters<typeof orig.renderJsonChunks>) => {
      if (crash.reporter !== undefined) throw crash.reporter;
      return orig.renderJsonChunks(...args);
    },
  };
});

vi.mock('../src/detect/analyze.js', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../src/detect/analyze.js')>();
  return {
    ...orig,
    analyzeText: (...args: Parameters<typeof orig.analyzeText>) => {
      if (crash.scannerOn && args[0].includes(crash.scannerOn)) throw new TypeError(crash.message);
      return orig.analyzeText(...args);
    },
  };
});

const { main } = await import('../src/cli/main.js');

const k = makeKeys(55);
let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  crash.reporter = undefined;
  crash.scannerOn = undefined;
  crash.message = 'boom';
});
afterEach(() => cleanup());

const run = (args: string[]) => runMain(main, args, dir);

describe('a crash is exit 2 with one line', () => {
  it('inside a reporter (an Error with a multi-line message)', async () => {
    writeFileSync(join(dir, 'a.env'), `id=${k.aliId}\n`);
    crash.reporter = new RangeError('reporter exploded\n    at somewhere (x.js:1:1)');
    const r = await run(['.', '--format', 'json']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'scan-keys: internal error: reporter exploded\n' });
  });

  it('inside a reporter (something thrown that is not an Error)', async () => {
    writeFileSync(join(dir, 'a.txt'), 'clean\n');
    crash.reporter = 'a string';
    const r = await run(['.', '--format', 'json']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'scan-keys: internal error: a string\n' });
  });

  it('inside the scanner, on a clean file (would otherwise have been exit 0)', async () => {
    writeFileSync(join(dir, 'a.txt'), 'CRASH_HERE but nothing secret\n');
    writeFileSync(join(dir, 'b.txt'), 'fine\n');
    crash.scannerOn = 'CRASH_HERE';
    const r = await run(['.']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'scan-keys: internal error: boom\n' });
  });

  it('inside the scanner, with a message that quotes a key: the key is not printed', async () => {
    writeFileSync(join(dir, 'a.txt'), `CRASH_HERE ${k.aliSecret}\n`);
    crash.scannerOn = 'CRASH_HERE';
    crash.message = `cannot handle value ${k.aliSecret} near ${k.aliId}`;
    const r = await run(['.']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect(r.stderr).not.toContain(k.aliSecret);
    expect(r.stderr).not.toContain(k.aliId);
    expect(r.stderr).not.toContain(k.aliSecret.slice(0, 10));
  });

  it('writing the report fails (--output is a directory): exit 2 naming it', async () => {
    writeFileSync(join(dir, 'a.txt'), 'fine\n');
    mkdirSync(join(dir, 'out'));
    const r = await run(['.', '--output', 'out']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^scan-keys: internal error: EISDIR.*out'\n$/);
  });

  it('standard input that fails mid-stream', async () => {
    let stderr = '';
    const code = await main(['-'], {
      stdout: { write: () => true },
      stderr: { write: (s: string) => (stderr += s) },
      stdin: (async function* () {
        yield Buffer.from('partial');
        throw Object.assign(new Error('read EIO'), { code: 'EIO' });
      })(),
      env: {},
      cwd: dir,
    });
    expect(code).toBe(2);
    expect(stderr).toBe('scan-keys: internal error: read EIO\n');
  });
});
