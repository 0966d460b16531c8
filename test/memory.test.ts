/**
 * Bounded retention: what a finding holds must not keep the scanner's round text alive. V8 keeps
 * the whole parent of a sliced substring, so a finding whose `secret` is a slice of a round pins
 * that round (about 560 KiB): on a 1 GiB file with a key every 3 MB that was 295 MiB of RSS.
 * Measured on the objects (heap bytes after a full GC), not on time.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ContentScanner, loadPatterns } from '../src/index.js';
import type { Finding } from '../src/index.js';
import { makeKeys, randomAlnum, rng } from './helpers.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const set = loadPatterns();

/** Heap bytes in use after full collections (external memory too: a large string may live there). */
function settledHeap(): number {
  for (let i = 0; i < 3; i++) gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
}

/** `rounds` blocks of 600 KB of code-like text, each with one id + secret pair. */
function* blocks(rounds: number): Generator<Buffer> {
  const next = rng(16);
  for (let r = 0; r < rounds; r++) {
    const lines: string[] = [];
    let size = 0;
    while (size < 600_000) {
      const line = `const v${lines.length} = compute("${randomAlnum(40, next)}", ${r}); // ${randomAlnum(12, next)}`;
      lines.push(line);
      size += line.length + 1;
    }
    const k = makeKeys(1000 + r);
    lines.splice(lines.length >> 1, 0, `accessKeyId = "${k.aliId}"`, `accessKeySecret = "${k.aliSecret}"`);
    yield Buffer.from(lines.join('\n') + '\n', 'latin1');
  }
}

describe('memory', () => {
  it('findings do not retain the text they were cut from', () => {
    const rounds = 40;
    const findings: Finding[] = [];
    const before = settledHeap();
    let scanner: ContentScanner | undefined = new ContentScanner(set);
    let scanned = 0;
    for (const block of blocks(rounds)) {
      scanned += block.length;
      // Pushed in 512 KiB chunks, as a tree scan reads a large file.
      for (let i = 0; i < block.length; i += 1 << 19) {
        for (const f of scanner.push(block.subarray(i, i + (1 << 19)))) findings.push(f);
      }
    }
    for (const f of scanner.end()) findings.push(f);
    scanner = undefined;
    const retained = settledHeap() - before;
    expect(findings.length).toBe(2 * rounds);
    expect(scanned).toBeGreaterThan(rounds * 600_000);
    // Each finding may hold about 1 KiB of its own (strings, a pair, a position). Retaining one
    // round's text per finding would be 40 x 2 x 560 KiB, about 45 MB.
    expect(retained).toBeLessThan(findings.length * 1024 + 2 * 1024 * 1024);
  }, 60_000);
});
