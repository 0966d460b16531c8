/**
 * Property tests (fast-check): a key planted anywhere in random content, at any chunking and at
 * every position around the scanner's internal round boundaries, is found exactly once with the
 * right line and column; arbitrary bytes never throw; masking never shows more than documented.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TextDecoder } from 'node:util';
import { ContentScanner, loadPatterns, maskSecret } from '../src/index.js';
import { MIN_ROUND_BYTES } from '../src/detect/scanner.js';
import { shownSecret } from '../src/report/present.js';
import type { Finding } from '../src/index.js';
import { makeKeys, rng } from './helpers.js';

const set = loadPatterns();
const decoder = new TextDecoder();

/** Expected 1-based line and column of byte offset `at`, as an editor decoding UTF-8 shows it. */
function position(data: Uint8Array, at: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i++) {
    if (data[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: [...decoder.decode(data.subarray(lineStart, at))].length + 1 };
}

function scan(data: Uint8Array, cuts: number[]): Finding[] {
  const scanner = new ContentScanner(set);
  const out: Finding[] = [];
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    if (cut <= from || cut >= data.length) continue;
    out.push(...scanner.push(data.subarray(from, cut)));
    from = cut;
  }
  out.push(...scanner.push(data.subarray(from)), ...scanner.end());
  return out;
}

/** Content that cannot itself form a key: no upper case, no long letter/digit runs, no NUL. */
const piece = fc.constantFrom('a', 'q', 'z', '7', ' ', ' ', '\n', '\r\n', '\t', '=', ':', '"', '.', 'é', '中', '😀', 'ß', '\u00a0');
const textContent = fc.array(piece, { maxLength: 400 }).map((a) => Buffer.from(a.join(''), 'utf8'));
/** Raw bytes (invalid UTF-8 included) with letters and digits turned into '.', and never NUL. */
const byteContent = fc
  .uint8Array({ maxLength: 400 })
  .map((a) => Buffer.from(Array.from(a, (b) => (b === 0 || /[A-Za-z0-9]/.test(String.fromCharCode(b)) ? 0x2e : b))));

function keyFor(kind: number, seed: number): { value: string; ruleId: string } {
  const k = makeKeys(seed);
  return [
    { value: k.aliId, ruleId: 'alibaba-access-key-id' },
    { value: k.aliIdShort, ruleId: 'alibaba-access-key-id' },
    { value: k.tcId, ruleId: 'tencent-secret-id' },
  ][kind % 3] as { value: string; ruleId: string };
}

function plant(content: Buffer, offset: number, key: string): { data: Buffer; at: number } {
  const o = Math.min(offset, content.length);
  // 'x' first so random bytes never start with a BOM; spaces so the key is not glued to a run.
  const data = Buffer.concat([Buffer.from('x'), content.subarray(0, o), Buffer.from(` ${key} `), content.subarray(o)]);
  return { data, at: 1 + o + 1 };
}

describe('a planted key is found exactly once, at the right place', () => {
  for (const [name, content] of [
    ['UTF-8 text', textContent],
    ['arbitrary bytes (invalid UTF-8)', byteContent],
  ] as const) {
    it(`in random ${name}, at any offset and any chunking`, () => {
      fc.assert(
        fc.property(content, fc.nat(), fc.nat(2), fc.integer({ min: 1, max: 1e9 }), fc.array(fc.nat(), { maxLength: 6 }), (c, off, kind, seed, cuts) => {
          const key = keyFor(kind, seed);
          const { data, at } = plant(c, off % (c.length + 1), key.value);
          const found = scan(data, cuts.map((x) => x % (data.length + 1)));
          const hits = found.filter((f) => f.secret === key.value);
          expect(hits).toHaveLength(1);
          const want = position(data, at);
          expect(hits[0]).toMatchObject({ ruleId: key.ruleId, line: want.line, column: want.column, endColumn: want.column + key.value.length });
        }),
        { numRuns: 300 },
      );
    });
  }

  /** ~150 KiB of filler without keys; multi-byte characters so round boundaries split them. */
  function filler(size: number): Buffer {
    const next = rng(99);
    const words = ['abc', 'zz9', 'é', '中文', '😀', 'q', '\n', '\r\n', ' ', ' ', '=', '"'];
    const parts: string[] = [];
    let n = 0;
    while (n < size) {
      const w = words[Math.floor(next() * words.length)] as string;
      parts.push(w);
      n += Buffer.byteLength(w);
    }
    return Buffer.from(parts.join('')).subarray(0, size);
  }

  it('at every byte position around the internal round boundaries (one push, then chunked)', () => {
    const probe = new ContentScanner(set);
    const reserve = probe.reserveBytes;
    const size = reserve + MIN_ROUND_BYTES + 20_000;
    const base = filler(size);
    const k = makeKeys(5);
    // Pushed whole, round 1 owns [0, size - reserve) and keeps from about size - 2 * reserve.
    const ownEnd = size - reserve;
    const keepFrom = ownEnd - reserve;
    const line = `${k.aliId}\nsecret = ${k.aliSecret}\n`;
    let checked = 0;
    for (const boundary of [ownEnd, keepFrom]) {
      for (let o = boundary - line.length - 8; o <= boundary + 8; o++) {
        // Overwrite in place, so the boundaries stay put; a cut multi-byte character is fine.
        const data = Buffer.from(base);
        data.write(` ${line} `, o, 'latin1');
        const idAt = o + 1;
        const secretAt = idAt + k.aliId.length + '\nsecret = '.length;
        for (const cuts of [[], [boundary], [o + 3], [boundary - 1, boundary + 1]]) {
          const found = scan(data, cuts);
          const id = found.filter((f) => f.secret === k.aliId);
          const secret = found.filter((f) => f.secret === k.aliSecret);
          expect(id, `o=${o} cuts=${cuts}`).toHaveLength(1);
          expect(secret, `o=${o} cuts=${cuts}`).toHaveLength(1);
          const pi = position(data, idAt);
          const ps = position(data, secretAt);
          expect([id[0]!.line, id[0]!.column, secret[0]!.line, secret[0]!.column]).toEqual([pi.line, pi.column, ps.line, ps.column]);
          expect(id[0]!.pair).toMatchObject({ line: ps.line, column: ps.column });
          expect(found.length, `o=${o}`).toBe(2);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(400);
  });

  it('around round boundaries for random filler, offsets and chunk sizes', () => {
    const k = makeKeys(6);
    const reserve = new ContentScanner(set).reserveBytes;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1 << 17 }), fc.integer({ min: -200, max: 200 }), fc.boolean(), (chunk, delta, useKeep) => {
        const size = reserve + MIN_ROUND_BYTES + 1000;
        const data = filler(size);
        const o = size - reserve - (useKeep ? reserve : 0) + delta;
        data.write(` ${k.tcId} `, o, 'latin1');
        const cuts: number[] = [];
        for (let i = chunk; i < size; i += chunk) cuts.push(i);
        const hits = scan(data, cuts).filter((f) => f.secret === k.tcId);
        expect(hits).toHaveLength(1);
        const want = position(data, o + 1);
        expect([hits[0]!.line, hits[0]!.column]).toEqual([want.line, want.column]);
      }),
      { numRuns: 60 },
    );
  });
});

describe('robustness', () => {
  it('arbitrary bytes (with or without a BOM), at any chunking, never throw', () => {
    const boms = fc.constantFrom([], [0xff, 0xfe], [0xfe, 0xff], [0xef, 0xbb, 0xbf]);
    fc.assert(
      fc.property(boms, fc.uint8Array({ maxLength: 3000 }), fc.array(fc.nat(), { maxLength: 8 }), (bom, bytes, cuts) => {
        const data = Buffer.concat([Buffer.from(bom), bytes]);
        const scanner = new ContentScanner(set);
        expect(() => scan(data, cuts.map((c) => c % (data.length + 1)))).not.toThrow();
        expect(() => [...scanner.push(data), ...scanner.end()]).not.toThrow();
        expect(scanner.bytes).toBe(data.length);
      }),
      { numRuns: 500 },
    );
  });

  it('random text made of key-like pieces never throws and every finding points at its value', () => {
    const k = makeKeys(8);
    const parts = fc.constantFrom(k.aliId, k.aliSecret, k.tcId, k.tcKey, 'LTAI', 'AKID', 'CAIS', 'STS.', 'aliyun', 'tencent', 'secret = ', '=', '+', '/', '\n', ' ', '中', '\r\n', '"');
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 80 }), (a) => {
        const data = Buffer.from(a.join(''));
        for (const f of scan(data, [])) {
          const where = Buffer.from(data).indexOf(f.secret, f.offset);
          expect(where).toBe(f.offset);
          expect(position(data, f.offset)).toEqual({ line: f.line, column: f.column });
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('masking', () => {
  const prefixes = ['', 'LTAI', 'AKID', 'STS.', 'CAIS'];
  const alnum = fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'), minLength: 1, maxLength: 200 });

  it('shows at most the public prefix and min(4, a quarter of the rest) trailing characters', () => {
    fc.assert(
      fc.property(fc.constantFrom(...prefixes), alnum, (prefix, body) => {
        const value = prefix + body;
        const masked = maskSecret(value, prefix);
        const rest = value.length - prefix.length;
        const tail = Math.min(4, Math.floor(rest / 4));
        expect(masked.startsWith(prefix)).toBe(true);
        const shown = masked.slice(prefix.length).replace(/^\*+/, '');
        expect(shown.length).toBeLessThanOrEqual(tail);
        expect(value.endsWith(shown)).toBe(true);
        expect(masked.slice(prefix.length, masked.length - shown.length)).toMatch(/^\**$/);
        if (body.length >= 8) expect(masked).not.toContain(body.slice(0, 8));
      }),
      { numRuns: 1000 },
    );
  });

  it('reporters never show a secret kind with its first characters, whatever it starts with', () => {
    fc.assert(
      fc.property(fc.constantFrom(...prefixes), alnum, fc.constantFrom('access-key-secret', 'sts-access-key-secret', 'access-key-id', 'security-token'), (prefix, body, kind) => {
        const secret = prefix + body;
        const f = { secret, kind } as Finding;
        const shown = shownSecret(f, false);
        const isSecret = kind.endsWith('secret');
        const visible = shown.replace(/\*/g, '');
        const rest = isSecret ? secret.length : secret.length - prefix.length;
        expect(visible.length).toBeLessThanOrEqual((isSecret ? 0 : prefix.length) + Math.min(4, Math.floor(rest / 4)));
        expect(shownSecret(f, true)).toBe(secret);
      }),
      { numRuns: 500 },
    );
  });
});
