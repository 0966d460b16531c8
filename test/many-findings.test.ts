/**
 * Hostile input: any number of findings. A leaked dump or a log can hold hundreds of thousands of
 * keys; appending them with `push(...list)` overflowed the stack past ~120,000, and a JSON report
 * of a million findings (1.1 GB) is larger than one string can be. Each run here is the real CLI;
 * the work is bounded by the input sizes, and the timeouts are generous so that a loaded machine
 * is slow, never failing (a 1,000,000-key JSON report took about 90 s on the 2-core machine).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, rng, runCli, tempDir } from './helpers.js';
import { TestRepo } from './git-helpers.js';

// Consonants and digits, never the same character twice in a row: no placeholder word ("fake",
// "example") and no run of five can appear; and no tail that counts (`…98765`), which reads as a
// hand-redacted example and makes its neighbours examples too (filters.ts hasRedactedTail), so
// every generated key is a finding.
const ALPHABET = 'BCDFGHJKLMNPQRSTVWXZbcdfghjklmnpqrstvwxz0123456789';

/** The last five characters step by +1 or -1 each time (`12345`, `edcba`). */
function countingTail(key: string): boolean {
  const t = key.slice(-5);
  let up = true;
  let down = true;
  for (let i = 1; i < t.length; i++) {
    const d = t.charCodeAt(i) - t.charCodeAt(i - 1);
    if (d !== 1) up = false;
    if (d !== -1) down = false;
  }
  return up || down;
}

function keyLines(n: number, seed: number): string[] {
  const next = rng(seed);
  const out: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    let key = 'LTAI' + '5t';
    let last = '';
    while (key.length < 24) {
      const c = ALPHABET[Math.floor(next() * ALPHABET.length)] as string;
      if (c === last || (key.length === 23 && countingTail(key + c))) continue;
      key += c;
      last = c;
    }
    out[i] = `id=${key}`;
  }
  return out;
}

/** Occurrences of `needle` in `text`. */
function count(text: string, needle: string): number {
  let n = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) n++;
  return n;
}

let work: { dir: string; cleanup(): void };
beforeAll(() => {
  work = tempDir('scan-keys-many-');
});
afterAll(() => work.cleanup());

describe('any number of findings', () => {
  it('a 5.6 MB file of 200,000 AccessKey IDs: every finding in text, JSON and SARIF', { timeout: 600_000 }, () => {
    const file = join(work.dir, 'dump.txt');
    writeFileSync(file, keyLines(200_000, 1801).join('\n') + '\n');
    for (const format of ['text', 'json', 'sarif'] as const) {
      const out = join(work.dir, `report.${format}`);
      const r = runCli(['dump.txt', '--format', format, '-o', out], { cwd: work.dir });
      expect(r.stderr, format).toBe('');
      expect(r.status, format).toBe(1);
      const text = readFileSync(out, 'utf8');
      if (format === 'text') {
        expect(count(text, 'Alibaba Cloud AccessKey ID  LTAI')).toBe(200_000);
        expect(text).toContain('200000 findings (200000 high) in 1 file');
      } else if (format === 'json') {
        const doc = JSON.parse(text) as { findings: Array<{ line: number }>; stats: { lines: number } };
        expect(doc.findings).toHaveLength(200_000);
        expect(doc.findings[199_999]?.line).toBe(200_000);
        expect(doc.stats.lines).toBe(200_000);
      } else {
        const doc = JSON.parse(text) as { runs: Array<{ results: unknown[] }> };
        expect(doc.runs[0]?.results).toHaveLength(200_000);
      }
    }
  });

  it('a file of 1,000,000 keys: a JSON report of every one (1.1 GB, written in pieces)', { timeout: 900_000 }, async () => {
    writeFileSync(join(work.dir, 'million.txt'), keyLines(1_000_000, 1802).join('\n') + '\n');
    // Read as it is written, counted without holding the report.
    const needle = '"fingerprint": "';
    const { status, found, tail, stderr } = await new Promise<{ status: number | null; found: number; tail: string; stderr: string }>((done, fail) => {
      const child = spawn(process.execPath, [BIN, 'million.txt', '--format', 'json'], { cwd: work.dir, env: { ...process.env, NO_COLOR: '1' } });
      let found = 0;
      let carry = '';
      let stderr = '';
      child.stdout.setEncoding('latin1');
      child.stdout.on('data', (d: string) => {
        const text = carry + d;
        found += count(text, needle);
        // Keep a tail shorter than the needle, so a needle split across chunks counts once.
        carry = text.slice(-(needle.length - 1));
        if (count(carry, needle) > 0) carry = '';
      });
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('error', fail);
      child.on('close', (status) => done({ status, found, tail: carry, stderr }));
    });
    expect(stderr).toBe('');
    expect(status).toBe(1);
    expect(found).toBe(1_000_000);
    expect(tail.endsWith('}\n')).toBe(true);
  });

  it('a history with 100,000 findings: each once, at the commit that added it, with its count', { timeout: 600_000 }, () => {
    const repo = new TestRepo({ dir: join(work.dir, 'repo'), init: false });
    spawnSync('git', ['init', '-q', '-b', 'main', repo.dir]);
    TestRepo.configure(repo.dir);
    // Ten commits, each appending 10,000 keys to one file (git fast-import: seconds, not minutes).
    const lines = keyLines(100_000, 1803);
    let stream = '';
    for (let c = 0; c < 10; c++) {
      const content = lines.slice(0, (c + 1) * 10_000).join('\n') + '\n';
      stream += `commit refs/heads/main\ncommitter T <t@example.invalid> ${1_700_000_000 + c} +0000\ndata 2\nc\n`;
      stream += `M 100644 inline keys.txt\ndata ${Buffer.byteLength(content)}\n${content}\n`;
    }
    const imported = spawnSync('git', ['fast-import', '--quiet'], { cwd: repo.dir, input: stream, maxBuffer: 1 << 30 });
    expect(imported.status, String(imported.stderr)).toBe(0);
    repo.git('checkout', '-q', 'main');
    const out = join(work.dir, 'history.json');
    const r = repo.scan(['--history', '--format', 'json', '-o', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const doc = JSON.parse(readFileSync(out, 'utf8')) as { findings: Array<{ line: number; commit: { count: number }; presentAtHead: boolean }> };
    expect(doc.findings).toHaveLength(100_000);
    // The key on line L was added by commit ceil(L / 10,000) and is held by every later one.
    for (const f of doc.findings) expect(f.commit.count).toBe(10 - Math.floor((f.line - 1) / 10_000));
    expect(doc.findings.every((f) => f.presentAtHead)).toBe(true);
  });
});
