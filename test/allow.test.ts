/** Inline allow markers (in the scanner) and config allow entries by value and fingerprint. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPatterns } from '../src/patterns/load.js';
import { ContentScanner, scanText } from '../src/detect/scanner.js';
import { isInlineAllowed, MARKER_WINDOW } from '../src/detect/inline-allow.js';
import { makeKeys, runCli, tempDir } from './helpers.js';

const rules = loadPatterns();
const k = makeKeys(31);
const ids = (text: string, options = {}) => scanText(rules, text, 'f', options).map((f) => `${f.line}:${f.secret === k.aliId ? 'a' : f.secret === k.tcId ? 't' : '?'}`);

describe('inline allow markers', () => {
  it('scan-keys:allow on the same line, in any comment syntax', () => {
    expect(ids(`id = "${k.aliId}" # scan-keys:allow\n`)).toEqual([]);
    expect(ids(`id = "${k.aliId}"; // scan-keys:allow: sample from the docs\n`)).toEqual([]);
    expect(ids(`<!-- scan-keys:allow --> <id>${k.aliId}</id>\n`)).toEqual([]);
    expect(ids(`id = "${k.aliId}" /* scan-keys:allow */\nnext = "${k.tcId}"\n`)).toEqual(['2:t']);
  });

  it('scan-keys:allow-next-line on the line before only', () => {
    const text = `# scan-keys:allow-next-line\nid = ${k.aliId}\nid2 = ${k.tcId}\n`;
    expect(ids(text)).toEqual(['3:t']);
    // The next-line marker does not allow its own line.
    expect(ids(`id = ${k.aliId} # scan-keys:allow-next-line\n`)).toEqual(['1:a']);
    // Two lines up is too far.
    expect(ids(`# scan-keys:allow-next-line\n\nid = ${k.aliId}\n`)).toEqual(['3:a']);
  });

  it('honours gitleaks:allow and pragma: allowlist secret (and detect-secrets nextline)', () => {
    expect(ids(`id = ${k.aliId} # gitleaks:allow\n`)).toEqual([]);
    expect(ids(`id = ${k.aliId}  # pragma: allowlist secret\n`)).toEqual([]);
    expect(ids(`# pragma: allowlist nextline secret\nid = ${k.aliId}\n`)).toEqual([]);
  });

  it('works with CRLF line ends and across chunk boundaries', () => {
    expect(ids(`# scan-keys:allow-next-line\r\nid = ${k.aliId}\r\nx = ${k.tcId} # scan-keys:allow\r\n`)).toEqual([]);
    const filler = 'x'.repeat(100) + '\n';
    const text = filler.repeat(2000) + `// scan-keys:allow-next-line\nid = ${k.aliId}\n` + filler.repeat(2000) + `id = ${k.tcId}\n`;
    for (const size of [1, 7, 4096, 65536]) {
      const scanner = new ContentScanner(rules, { file: 'f' });
      const data = Buffer.from(text);
      const found = [];
      for (let i = 0; i < data.length; i += size) found.push(...scanner.push(data.subarray(i, i + size)));
      found.push(...scanner.end());
      expect(found.map((f) => f.line)).toEqual([4003]);
    }
  });

  it('inlineAllow: false ignores every marker', () => {
    expect(ids(`id = ${k.aliId} # scan-keys:allow\n`, { inlineAllow: false })).toEqual(['1:a']);
  });

  it('looks at a bounded window, however long the line', () => {
    const s = 'scan-keys:allow' + ' '.repeat(MARKER_WINDOW + 10) + k.aliId;
    expect(isInlineAllowed(s, s.length - k.aliId.length, s.length)).toBe(false);
    const near = 'scan-keys:allow' + ' '.repeat(10) + k.aliId;
    expect(isInlineAllowed(near, near.length - k.aliId.length, near.length)).toBe(true);
  });
});

describe('allow on the command line', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(() => cleanup());

  it('--no-inline-allow reports marked values (audits)', () => {
    writeFileSync(join(dir, 'a.txt'), `aliyun id ${k.aliId} # scan-keys:allow\n`);
    expect(runCli(['.'], { cwd: dir }).status).toBe(0);
    expect(runCli(['.', '--no-inline-allow'], { cwd: dir }).status).toBe(1);
  });

  it('config allow by value expression and by fingerprint, listed with --verbose', () => {
    writeFileSync(join(dir, 'a.txt'), `aliyun id ${k.aliId}\ntencent ${k.tcId}\n`);
    const before = JSON.parse(runCli(['.', '--format', 'json'], { cwd: dir }).stdout);
    const tc = before.findings.find((f: { ruleId: string }) => f.ruleId === 'tencent-secret-id');
    writeFileSync(
      join(dir, '.scan-keys.json'),
      JSON.stringify({
        allow: [
          { value: `^${k.aliId.slice(0, 10)}`, reason: 'documentation sample' },
          { fingerprint: tc.fingerprint, reason: 'revoked' },
        ],
      }),
    );
    const r = runCli(['.', '--verbose'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/allowed a\.txt:1:11 alibaba-access-key-id \(documentation sample\)/);
    expect(r.stderr).toMatch(/allowed a\.txt:2:9 tencent-secret-id \(revoked\)/);
  });

  it('config allow by path skips the file', () => {
    writeFileSync(join(dir, 'a.txt'), `aliyun id ${k.aliId}\n`);
    writeFileSync(join(dir, '.scan-keys.json'), JSON.stringify({ allow: [{ path: '*.txt', reason: 'samples' }] }));
    expect(runCli(['.'], { cwd: dir }).status).toBe(0);
  });
});
