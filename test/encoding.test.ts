/**
 * Encodings: UTF-16 LE/BE with a BOM are decoded and scanned (positions in the decoded text), a
 * UTF-8 BOM is dropped, invalid UTF-8 is scanned as bytes with columns as an editor shows them
 * (one U+FFFD per invalid sequence), UTF-16 without a BOM is binary (NUL bytes) and skipped.
 */
import { describe, expect, it } from 'vitest';
import { TextDecoder } from 'node:util';
import { ContentScanner, loadPatterns, scanBuffer } from '../src/index.js';
import { BomDecoder } from '../src/detect/transcode.js';
import { codePoints, utf8Boundary } from '../src/detect/scanner.js';
import type { Finding } from '../src/index.js';
import { makeKeys } from './helpers.js';

const set = loadPatterns();
const k = makeKeys(21);
const at = (f: Finding) => `${f.ruleId}@${f.line}:${f.column}-${f.endColumn}`;

function utf16(text: string, be: boolean, bom = true): Buffer {
  const le = Buffer.from(text, 'utf16le');
  const body = be ? Buffer.from(le).swap16() : le;
  return Buffer.concat([bom ? Buffer.from(be ? [0xfe, 0xff] : [0xff, 0xfe]) : Buffer.alloc(0), body]);
}

function scanChunks(data: Buffer, size: number): { findings: Finding[]; scanner: ContentScanner } {
  const scanner = new ContentScanner(set);
  const findings: Finding[] = [];
  for (let i = 0; i < data.length; i += size) findings.push(...scanner.push(data.subarray(i, i + size)));
  findings.push(...scanner.end());
  return { findings, scanner };
}

const text = `# 阿里云 aliyun — ключ 😀\r\naccessKeyId = "${k.aliId}"\r\naccessKeySecret: ${k.aliSecret}\r\n`;
const expected = ['alibaba-access-key-id@2:16-40', 'alibaba-access-key-secret@3:18-48'];

describe('UTF-16 with a byte-order mark', () => {
  it('the UTF-8 reference reads as expected', () => {
    expect(scanBuffer(set, Buffer.from(text)).findings.map(at)).toEqual(expected);
  });

  for (const be of [false, true]) {
    const name = be ? 'UTF-16 BE' : 'UTF-16 LE';
    it(`${name}: decoded and scanned, line/column in the decoded text, at any chunking`, () => {
      const data = utf16(text, be);
      for (const size of [1, 2, 3, 5, 7, 64, 1 << 20]) {
        const { findings, scanner } = scanChunks(data, size);
        expect(findings.map(at), `chunk ${size}`).toEqual(expected);
        expect(scanner.encoding).toBe(be ? 'utf-16be' : 'utf-16le');
        expect(scanner.isBinary).toBe(false);
        expect(scanner.lines).toBe(3);
        expect(scanner.bytes).toBe(data.length);
      }
    });

    it(`${name}: a surrogate pair or code unit split at every byte across two chunks`, () => {
      const data = utf16(`😀😀 id=${k.tcId} 😀`, be);
      for (let cut = 0; cut <= data.length; cut++) {
        const scanner = new ContentScanner(set);
        const got = [...scanner.push(data.subarray(0, cut)), ...scanner.push(data.subarray(cut)), ...scanner.end()];
        expect(got.map(at), `cut ${cut}`).toEqual(['tencent-secret-id@1:7-43']);
      }
    });

    it(`${name}: large input crossing analysis rounds`, () => {
      const pad = 'filler — текст 中文\n'.repeat(20_000);
      const data = utf16(`${pad}id: ${k.aliId}\n${pad}`, be);
      const { findings } = scanChunks(data, 65_537);
      expect(findings.map(at)).toEqual([`alibaba-access-key-id@20001:5-29`]);
    });
  }

  it('a truncated final code unit becomes U+FFFD, never an exception', () => {
    const d = new BomDecoder();
    const out = Buffer.concat([d.push(Buffer.from([0xfe, 0xff, 0x00, 0x41, 0x00])), d.end()]);
    expect(out.toString('utf8')).toBe('A\ufffd');
    const l = new BomDecoder();
    const lo = Buffer.concat([l.push(Buffer.from([0xff, 0xfe, 0x3d, 0xd8])), l.end()]); // lone high surrogate
    expect(lo.toString('utf8')).toBe('\ufffd');
  });

  it('UTF-16 without a BOM has NUL bytes: skipped as binary (documented)', () => {
    const r = scanBuffer(set, utf16(`id=${k.aliId}\n`, false, false));
    expect(r.binary).toBe(true);
    expect(r.findings).toEqual([]);
  });
});

describe('UTF-8 BOM and invalid UTF-8', () => {
  it('a UTF-8 BOM is dropped: columns count from the first character', () => {
    const data = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    for (const size of [1, 2, 4, 1 << 20]) expect(scanChunks(data, size).findings.map(at)).toEqual(expected);
    expect(scanBuffer(set, Buffer.from([0xef, 0xbb, 0xbf, 0x41, 0x3d, ...Buffer.from(k.aliId)])).findings.map(at)).toEqual(['alibaba-access-key-id@1:3-27']);
  });

  it('invalid UTF-8 is scanned as bytes; each invalid sequence is one column, as an editor shows it', () => {
    // stray continuation, truncated 3-byte sequence, overlong, surrogate, invalid lead, valid 4-byte
    const junk = [[0x80], [0xe4, 0xb8], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xff], [0xf0, 0x9f, 0x98, 0x80], [0xf4, 0x90, 0x80, 0x80]];
    for (const j of junk) {
      const prefix = Buffer.from([0x61, ...j, 0x20]);
      const data = Buffer.concat([Buffer.from('x\n'), prefix, Buffer.from(k.aliId), Buffer.from('\n')]);
      const col = [...new TextDecoder().decode(prefix)].length + 1;
      const [f] = scanBuffer(set, data).findings;
      expect(f && at(f), `bytes ${j.map((b) => b.toString(16)).join(' ')}`).toBe(`alibaba-access-key-id@2:${col}-${col + 24}`);
    }
  });

  it('codePoints agrees with TextDecoder on every 1-4 byte sequence of interesting bytes', () => {
    const bytes = [0x41, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xe1, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff];
    let level: number[][] = [[]];
    const seqs: number[][] = [];
    for (let len = 0; len < 4; len++) {
      level = level.flatMap((x) => bytes.map((b) => [...x, b]));
      seqs.push(...level);
    }
    const wrong: string[] = [];
    const decoder = new TextDecoder();
    for (const s of seqs) {
      const buf = Buffer.from([...s, 0x20]);
      const latin = buf.toString('latin1');
      const want = [...decoder.decode(buf)].length;
      if (codePoints(latin, 0, buf.length, true) !== want) wrong.push(`count ${s}`);
      // A boundary found inside the sequence splits it where a decoder would be at rest.
      for (let p = 0; p <= buf.length; p++) {
        const b = utf8Boundary(buf, p);
        if (b > p || p - b > 3 || codePoints(latin, 0, b, true) + codePoints(latin, b, buf.length, true) !== want) wrong.push(`boundary ${s} @${p}`);
      }
    }
    expect(seqs.length).toBeGreaterThan(100_000);
    expect(wrong.slice(0, 10)).toEqual([]);
  });
});
