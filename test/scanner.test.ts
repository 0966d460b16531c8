import { describe, expect, it } from 'vitest';
import { ContentScanner, loadPatterns, maskSecret, scanBuffer, scanText } from '../src/index.js';
import type { Finding } from '../src/index.js';
import { makeKeys, randomAlnum, rng } from './helpers.js';

const set = loadPatterns();
const k = makeKeys(7);

function scanChunked(data: Buffer, chunkSize: number): Finding[] {
  const scanner = new ContentScanner(set);
  const out: Finding[] = [];
  for (let i = 0; i < data.length; i += chunkSize) out.push(...scanner.push(data.subarray(i, i + chunkSize)));
  out.push(...scanner.end());
  return out;
}

const brief = (f: Finding) => `${f.ruleId}@${f.line}:${f.column}-${f.endColumn}/${f.severity}/${f.pair ? `${f.pair.line}:${f.pair.column}` : '-'}`;

/** ~200 KiB of code-like text with id/secret pairs every few KiB. */
function corpus(seed: number): { data: Buffer; planted: number } {
  const next = rng(seed);
  const lines: string[] = [];
  let planted = 0;
  while (lines.join('\n').length < 200_000) {
    const r = next();
    if (r < 0.02) {
      const keys = makeKeys(Math.floor(next() * 1e9));
      lines.push(`  accessKeyId: "${keys.aliId}",`, `  accessKeySecret: "${keys.aliSecret}",`);
      planted += 2;
    } else if (r < 0.03) {
      lines.push(`x = ${randomAlnum(Math.floor(next() * 3000), next)}`);
    } else {
      lines.push(`const v${lines.length} = compute("${randomAlnum(Math.floor(next() * 20), next)}"); // 注释 ${'é'.repeat(Math.floor(next() * 3))}`);
    }
  }
  return { data: Buffer.from(lines.join('\n'), 'utf8'), planted };
}

describe('ContentScanner', () => {
  it('finds every key exactly once whatever the chunk size', { timeout: 120_000 }, () => {
    const { data, planted } = corpus(42);
    const whole = scanBuffer(set, data).findings.map(brief);
    expect(whole.length).toBe(planted);
    for (const size of [1, 7, 100, 1000, 4096, 8191, 8192, 10_007, 65_536, 1 << 20]) {
      if (size === 1) continue; // covered below on a smaller input
      expect(scanChunked(data, size).map(brief), `chunk size ${size}`).toEqual(whole);
    }
  });

  it('finds a key split at every byte position around a chunk boundary', () => {
    const pad = 'a = 1;\n'.repeat(3000);
    const text = `${pad}id = "${k.aliId}"\nsecret = "${k.aliSecret}"\n${pad}`;
    const data = Buffer.from(text);
    const expected = scanBuffer(set, data).findings.map(brief);
    expect(expected).toHaveLength(2);
    const keyAt = text.indexOf(k.aliId);
    for (let cut = keyAt - 30; cut <= keyAt + 60; cut++) {
      const scanner = new ContentScanner(set);
      const got = [...scanner.push(data.subarray(0, cut)), ...scanner.push(data.subarray(cut)), ...scanner.end()];
      expect(got.map(brief), `cut at ${cut}`).toEqual(expected);
    }
  });

  it('works one byte at a time', () => {
    const text = `// héllo\nid="${k.tcId}"\nkey="${k.tcKey}"\n`;
    expect(scanChunked(Buffer.from(text), 1).map(brief)).toEqual(scanText(set, text).map(brief));
  });

  it('keeps memory bounded on a large single-line input', () => {
    const scanner = new ContentScanner(set);
    const chunk = Buffer.from(randomAlnum(1 << 16, rng(3)).replace(/LTAI|AKID|CAIS/g, 'xxxx') + '+');
    let maxBuffered = 0;
    for (let i = 0; i < 320; i++) {
      scanner.push(chunk);
      maxBuffered = Math.max(maxBuffered, scanner.bufferedBytes);
    }
    scanner.push(Buffer.from(` ${k.aliId} `));
    const found = scanner.end();
    expect(found.map((f) => f.ruleId)).toEqual(['alibaba-access-key-id']);
    expect(found[0]!.line).toBe(1);
    expect(found[0]!.column).toBe(320 * chunk.length + 2);
    expect(maxBuffered).toBeLessThan(3 * chunk.length + 64 * 1024);
  });

  it('counts lines the same with LF and CRLF', () => {
    const lf = `a\nb\nid: ${k.aliId}\nsecret: ${k.aliSecret}\n`;
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = scanText(set, lf).map(brief);
    expect(a).toEqual([
      `alibaba-access-key-id@3:5-29/critical/4:9`,
      `alibaba-access-key-secret@4:9-39/critical/3:5`,
    ]);
    expect(scanText(set, crlf).map(brief)).toEqual(a);
  });

  it('counts columns in characters on lines with Chinese text', () => {
    const text = `# 阿里云密钥\n密钥 = "${k.aliId}"\n`;
    const [f] = scanText(set, text);
    expect(f!.line).toBe(2);
    expect(f!.column).toBe('密钥 = "'.length + 1);
  });

  it('skips content with a NUL byte in the first 8 KiB as binary', () => {
    const data = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00]), Buffer.from(` ${k.aliId} `)]);
    const r = scanBuffer(set, data);
    expect(r.binary).toBe(true);
    expect(r.findings).toEqual([]);
  });

  it('still scans text whose NUL byte comes after the first 8 KiB', () => {
    const data = Buffer.concat([Buffer.from('x'.repeat(9000) + '\n'), Buffer.from([0]), Buffer.from(`\n${k.aliId}\n`)]);
    const r = scanBuffer(set, data);
    expect(r.binary).toBe(false);
    expect(r.findings.map((f) => f.line)).toEqual([3]);
  });

  it('counts lines of the input', () => {
    expect(scanBuffer(set, Buffer.from('a\nb\n')).lines).toBe(2);
    expect(scanBuffer(set, Buffer.from('a\nb')).lines).toBe(2);
    expect(scanBuffer(set, Buffer.alloc(0)).lines).toBe(0);
  });
});

describe('detection', () => {
  it('reports a lone ID as high and a pair as critical, linked both ways', () => {
    const lone = scanText(set, `id = "${k.aliId}"`);
    expect(lone.map((f) => [f.ruleId, f.severity, f.confidence])).toEqual([['alibaba-access-key-id', 'high', 'prefix']]);
    const pair = scanText(set, `getProfile("cn-hangzhou", "${k.aliId}", "${k.aliSecret}")`);
    expect(pair.map((f) => f.severity)).toEqual(['critical', 'critical']);
    expect(pair[0]!.pair!.fingerprint).toBe(pair[1]!.fingerprint);
    expect(pair[1]!.pair!.fingerprint).toBe(pair[0]!.fingerprint);
  });

  it('never reports a bare 30/32-character string without an ID or a secret-like name', () => {
    expect(scanText(set, `hash = "${k.aliSecret}" // alibaba`)).toEqual([]);
    expect(scanText(set, `value: ${k.tcKey}`)).toEqual([]);
    expect(scanText(set, `secretKey = "${k.tcKey}"`)).toEqual([]);
  });

  it('reports a secret assigned to a secret-like name near a provider word', () => {
    const f = scanText(set, `# aliyun\naccess_key_secret = ${k.aliSecret}`);
    expect(f.map((x) => [x.ruleId, x.confidence, x.severity])).toEqual([['alibaba-access-key-secret', 'context', 'high']]);
    const t = scanText(set, `TENCENTCLOUD_SECRET_KEY=${k.tcKey}`);
    expect(t.map((x) => x.ruleId)).toEqual(['tencent-secret-key']);
  });

  it('does not pair across too many lines', () => {
    const filler = 'filler line\n'.repeat(8);
    const f = scanText(set, `id: ${k.aliId}\n${filler}${k.aliSecret}\n`);
    expect(f.map((x) => x.ruleId)).toEqual(['alibaba-access-key-id']);
  });

  it('rejects prefixes glued inside longer alphanumeric runs', () => {
    expect(scanText(set, `x${k.aliId}`)).toEqual([]);
    expect(scanText(set, `${k.aliId}x`)).toEqual([]);
    expect(scanText(set, `9${k.tcId}`)).toEqual([]);
  });

  it('marks an ID in a pre-signed OSS URL low and public', () => {
    const url = `https://b.oss-cn-hangzhou.aliyuncs.com/o?OSSAccessKeyId=${k.aliId}&Expires=1700000000&Signature=abc%3D`;
    const [f] = scanText(set, url);
    expect(f!.severity).toBe('low');
    expect(f!.isPublic).toBe(true);
  });

  it('ignores placeholders and documentation keys', () => {
    for (const text of ['LTAI****************', 'yourAccessKeyId', '${ALIBABA_CLOUD_ACCESS_KEY_ID}', 'AKID' + 'x'.repeat(32), 'AKID' + 'EXAMPLE'.repeat(5) + 'X']) {
      expect(scanText(set, `key = "${text}"`), text).toEqual([]);
    }
  });

  it('fingerprints are stable and do not contain the secret', () => {
    const [a] = scanText(set, `id=${k.aliId}`);
    const [b] = scanText(set, `\n\n  other=${k.aliId}`);
    expect(a!.fingerprint).toBe(b!.fingerprint);
    expect(a!.fingerprint).not.toContain(k.aliId.slice(4, 10));
  });
});

describe('maskSecret', () => {
  it('shows at most the public prefix and the last 4 characters', () => {
    const masked = maskSecret(k.aliId, 'LTAI');
    expect(masked.startsWith('LTAI')).toBe(true);
    expect(masked.endsWith(k.aliId.slice(-4))).toBe(true);
    expect(masked.replace(/\*/g, '').length).toBe(8);
    const s = maskSecret(k.aliSecret);
    expect(s.replace(/\*/g, '')).toBe(k.aliSecret.slice(-4));
  });

  it('reveals at most a quarter of a short value', () => {
    expect(maskSecret('LTAIabcdefgh', 'LTAI').replace(/\*/g, '')).toBe('LTAIgh');
  });
});
