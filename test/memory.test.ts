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
import { git, initRepo, makeKeys, randomAlnum, rng, tempDir } from './helpers.js';
import { gitOutput } from '../src/sources/git-run.js';
import { spawnStagedDiff } from '../src/sources/staged-start.js';
import { readFileChunksSync, READ_CHUNK } from '../src/sources/files.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

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

/**
 * ContentScanner.release() lets a reader read every chunk of a large file into one buffer
 * (sources/files.ts): once it returns, the scanner holds nothing of the chunks pushed, so
 * overwriting them must change nothing. Checked against fresh chunks, at chunk sizes that leave
 * pieces pending (small), use a chunk as the round's buffer (one piece), split chunks into
 * rounds (512 KiB), and keep the first bytes in the BOM decoder (1 and 2 bytes).
 */
describe('release: the scanner keeps no pushed chunk', () => {
  const next = rng(23);
  const lines: string[] = [];
  for (let i = 0; lines.join('\n').length < 1_200_000; i++) {
    if (i % 900 === 450) {
      const k = makeKeys(2000 + i);
      lines.push(`accessKeyId = "${k.aliId}"`, `accessKeySecret = "${k.aliSecret}"`, `tc = { SecretId: "${k.tcId}", SecretKey: "${k.tcKey}" } // 腾讯云`);
    } else lines.push(`const v${i} = compute("${randomAlnum(30, next)}", ${i}); // ${randomAlnum(8, next)} 注释`);
  }
  const text = lines.join('\n') + '\n';
  const brief = (f: Finding) => `${f.ruleId}@${f.line}:${f.column}-${f.endColumn}/${f.pair ? `${f.pair.line}:${f.pair.column}` : '-'}/${f.secret}`;

  function scan(data: Buffer, sizes: number[], reuse: boolean): string[] {
    const scanner = new ContentScanner(set);
    const out: Finding[] = [];
    const shared = Buffer.alloc(Math.max(...sizes));
    let at = 0;
    for (let i = 0; at < data.length; i++) {
      const n = Math.min(sizes[Math.min(i, sizes.length - 1)] as number, data.length - at);
      const chunk = reuse ? shared.subarray(0, n) : Buffer.from(data.subarray(at, at + n));
      if (reuse) data.copy(chunk, 0, at, at + n);
      at += n;
      for (const f of scanner.push(chunk)) out.push(f);
      if (reuse) {
        scanner.release();
        // What a reader's next read does to the buffer; garbage a kept reference would see.
        shared.fill(0x41);
      }
    }
    for (const f of scanner.end()) out.push(f);
    return out.map(brief);
  }

  for (const [name, data] of [
    ['UTF-8', Buffer.from(text, 'utf8')],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
    ['UTF-16LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.slice(0, 300_000), 'utf16le')])],
  ] as const) {
    it(`${name}: the same findings from one reused buffer as from fresh chunks`, () => {
      const expected = scan(data, [1 << 19], false);
      expect(expected.length).toBeGreaterThan(4);
      for (const sizes of [[1 << 19], [4096], [1, 1, 1 << 16], [2, 70_000], [200_000]]) {
        expect(scan(data, sizes, true), `chunks of ${sizes.join(', ')}`).toEqual(expected);
      }
    }, 120_000);
  }
});

describe('readFileChunksSync with release', () => {
  it('reads a large file into one buffer, letting the sink go before each reuse', () => {
    const { dir, cleanup } = tempDir('scan-keys-release-');
    try {
      const data = Buffer.from(randomAlnum(3 * READ_CHUNK + 12345, rng(5)), 'latin1');
      writeFileSync(join(dir, 'big.txt'), data);
      const events: string[] = [];
      const copies: Buffer[] = [];
      const buffers = new Set<ArrayBufferLike>();
      const outcome = readFileChunksSync({ path: join(dir, 'big.txt'), display: 'big.txt', explicit: true }, 1 << 30, (chunk) => {
        events.push(`chunk ${chunk.length}`);
        copies.push(Buffer.from(chunk));
        buffers.add(chunk.buffer);
      }, { release: () => events.push('release') });
      expect(outcome).toEqual({ kind: 'read', size: data.length });
      expect(Buffer.concat(copies).equals(data)).toBe(true);
      // Every chunk after a full one is read into the same memory, after release.
      expect(events).toEqual(['chunk 524288', 'release', 'chunk 524288', 'release', 'chunk 524288', 'release', 'chunk 12345']);
      expect(buffers.size).toBe(1);
    } finally {
      cleanup();
    }
  });
});

describe('git memory', () => {
  it('every git the scan starts has bounded caches, whatever the repository config says', async () => {
    const { dir, cleanup } = tempDir('scan-keys-gitmem-');
    try {
      initRepo(dir);
      git(dir, 'config', 'core.deltaBaseCacheLimit', '1g');
      git(dir, 'config', 'core.packedGitLimit', '8g');
      const value = async (key: string) => (await gitOutput(dir, ['config', '--get', key])).toString().trim();
      expect(await value('core.deltaBaseCacheLimit')).toBe('16m');
      expect(await value('core.packedGitLimit')).toBe('32m');
      expect(await value('core.packedGitWindowSize')).toBe('8m');
      // The staged diff, which the bin starts before the rest loads, is started with them too.
      const diff = spawnStagedDiff(dir);
      const closed = new Promise((done) => diff.on('close', done));
      diff.stdout.resume();
      diff.stderr.resume();
      diff.stdin.end();
      const args = diff.spawnargs.slice(1);
      await closed;
      expect(args.slice(0, 6)).toEqual(['-c', 'core.deltaBaseCacheLimit=16m', '-c', 'core.packedGitLimit=32m', '-c', 'core.packedGitWindowSize=8m']);
    } finally {
      cleanup();
    }
  });
});
