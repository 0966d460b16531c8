/**
 * Nothing leaks: a scan of a directory full of keys, in every output format, to stdout and to
 * --output, with and without --verbose, prints no full value (and no 8-character piece of one
 * beyond what masking shows) on stdout, stderr or in the report file. --show-secrets is the only
 * way to see values, and the test checks that it does show them (so the check can fail).
 * Error paths that may quote input (a config file holding a key) are redacted too.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { makeKeys, randomAlnum, runCli, tempDir } from './helpers.js';

/** Every --format choice: add new reporters here. */
const FORMATS = ['text', 'json', 'sarif', 'github', 'html'] as const;

const k = makeKeys(77);
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const keys = {
  aliId: k.aliId,
  aliIdShort: k.aliIdShort,
  aliSecret: k.aliSecret,
  stsId: 'STS.' + randomAlnum(28, k.next),
  stsSecret: randomAlnum(44, k.next),
  stsToken: 'CA' + 'IS' + randomAlnum(200, k.next, B64),
  tcId: k.tcId,
  tcKey: k.tcKey,
  tcTmpId: 'AK' + 'ID' + randomAlnum(64, k.next),
  tcTmpKey: randomAlnum(43, k.next, B64) + '=',
};
const values = Object.values(keys);

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  mkdirSync(join(dir, 'conf'));
  writeFileSync(join(dir, 'conf', 'aliyun.properties'), `# aliyun\naccessKeyId=${keys.aliId}\naccessKeySecret=${keys.aliSecret}\nother=${keys.aliIdShort}\n`);
  writeFileSync(
    join(dir, 'conf', 'sts.json'),
    JSON.stringify({ provider: 'aliyun', AccessKeyId: keys.stsId, AccessKeySecret: keys.stsSecret, SecurityToken: keys.stsToken }, null, 2),
  );
  writeFileSync(join(dir, '.env'), `TENCENTCLOUD_SECRET_ID=${keys.tcId}\nTENCENTCLOUD_SECRET_KEY=${keys.tcKey}\n`);
  writeFileSync(join(dir, 'tmp.py'), `# tencent cloud temporary\ntmpSecretId = "${keys.tcTmpId}"\ntmpSecretKey = "${keys.tcTmpKey}"\n`);
  writeFileSync(join(dir, 'bin.dat'), Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from(keys.aliId)]));
});
afterEach(() => cleanup());

/** Every 8-character piece of a value's secret part (what masking would hide). */
function pieces(value: string): string[] {
  const body = value.replace(/^(LTAI|AKID|STS\.|CAIS)/, '');
  const out: string[] = [];
  for (let i = 0; i + 8 <= body.length - 4; i++) out.push(body.slice(i, i + 8));
  return out;
}

function assertNoLeak(where: string, text: string): void {
  for (const v of values) {
    expect(text.includes(v), `${where} contains a full value`).toBe(false);
    const leaked = pieces(v).find((p) => text.includes(p));
    expect(leaked, `${where} contains part of a value`).toBeUndefined();
  }
}

describe('no output format prints a secret', () => {
  it('the fixture holds a finding for every planted value (the check below can fail)', () => {
    const r = runCli(['.', '--format', 'json', '--show-secrets', '--fail-on', 'low'], { cwd: dir });
    expect(r.status).toBe(1);
    const shown = (JSON.parse(r.stdout) as { findings: Array<{ secret: string }> }).findings.map((f) => f.secret);
    for (const [name, v] of Object.entries(keys)) expect(shown, name).toContain(v);
  });

  for (const format of FORMATS) {
    for (const extra of [[], ['--verbose'], ['--verbose', '--fail-on', 'low', '--color']]) {
      it(`--format ${format} ${extra.join(' ')}: stdout and stderr`, () => {
        const r = runCli(['.', '--format', format, ...extra], { cwd: dir });
        expect(r.status).toBe(1);
        assertNoLeak('stdout', r.stdout);
        assertNoLeak('stderr', r.stderr);
      });
    }

    it(`--format ${format} --output FILE: the file and both streams`, () => {
      const r = runCli(['.', '--format', format, '--output', 'report.out', '--verbose'], { cwd: dir });
      expect(r.status).toBe(1);
      assertNoLeak('report file', readFileSync(join(dir, 'report.out'), 'utf8'));
      assertNoLeak('stdout', r.stdout);
      assertNoLeak('stderr', r.stderr);
    });

    it(`--format ${format} --show-secrets prints them (the only way)`, () => {
      const r = runCli(['.', '--format', format, '--show-secrets', '--fail-on', 'low'], { cwd: dir });
      for (const v of values) expect(r.stdout).toContain(v);
    });
  }

  it('standard input, masked the same way', () => {
    const r = runCli(['-', '--verbose'], { cwd: dir, input: readFileSync(join(dir, 'conf', 'aliyun.properties')) });
    expect(r.status).toBe(1);
    assertNoLeak('stdout', r.stdout);
    assertNoLeak('stderr', r.stderr);
  });
});

describe('error messages never quote a secret', () => {
  it('a config file that is invalid JSON around a key: exit 2, one line, no part of the key', () => {
    writeFileSync(join(dir, 'bad.json'), `{"exclude": [${keys.aliSecret}]}`);
    const r = runCli(['.', '--config', 'bad.json'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^scan-keys: bad\.json: invalid JSON/);
    assertNoLeak('stderr', r.stderr);
  });

  it('a config file with a key where a pattern belongs: exit 2, the key masked', () => {
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ exclude: [keys.aliId], nope: keys.tcId }));
    const r = runCli(['.', '--config', 'bad.json'], { cwd: dir });
    expect(r.status).toBe(2);
    assertNoLeak('stderr', r.stderr);
  });

  it('a missing path that is a key: masked in the error', () => {
    const r = runCli([keys.aliId], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^scan-keys: no such file or directory: LTAI\*+/);
    assertNoLeak('stderr', r.stderr);
  });
});
