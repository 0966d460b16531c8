/** End to end: spawn bin/scan-keys.js on temporary directories and check output and exit codes. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { initRepo, makeKeys, ROOT, runCli, tempDir } from './helpers.js';

const k = makeKeys(11);
let dir: string;
let cleanup: () => void;

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
});
afterEach(() => cleanup());

function plantLeaks(): void {
  mkdirSync(join(dir, 'config'));
  writeFileSync(join(dir, 'config', 'app.properties'), `# aliyun\naccessKeyId=${k.aliId}\naccessKeySecret=${k.aliSecret}\n`);
  writeFileSync(join(dir, '.env'), `TENCENTCLOUD_SECRET_ID=${k.tcId}\r\nTENCENTCLOUD_SECRET_KEY=${k.tcKey}\r\n`);
  writeFileSync(join(dir, 'placeholders.md'), 'Set `LTAI****************` and yourAccessKeyId, or AKID' + 'x'.repeat(32) + '.\n');
}

describe('scan-keys [paths]', () => {
  it('reports pairs in text with locations, masked values, remediation, exit 1', () => {
    plantLeaks();
    const r = runCli(['.'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('config/app.properties');
    expect(r.stdout).toMatch(/2:13\s+critical\s+Alibaba Cloud AccessKey ID/);
    expect(r.stdout).toMatch(/3:17\s+critical\s+Alibaba Cloud AccessKey Secret/);
    expect(r.stdout).toMatch(/1:24\s+critical\s+Tencent Cloud SecretId/);
    expect(r.stdout).toContain('https://usercenter.console.aliyun.com/#/manage/ak');
    expect(r.stdout).toContain('https://console.cloud.tencent.com/cam/capi');
    expect(r.stdout).toMatch(/✖ 4 findings \(4 critical\) in 2 files/);
    expect(r.stdout).toMatch(/scanned 3 files/);
    expect(r.stdout).not.toContain('placeholders.md');
    for (const secret of [k.aliId, k.aliSecret, k.tcId, k.tcKey]) expect(r.stdout).not.toContain(secret);
    expect(r.stdout).not.toMatch(/\x1b\[/);
  });

  it('writes the documented JSON document', () => {
    plantLeaks();
    const r = runCli(['.', '--format', 'json'], { cwd: dir });
    expect(r.status).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.version).toBe(1);
    expect(doc.stats).toMatchObject({ files: 3, skipped: 0 });
    expect(typeof doc.stats.bytes).toBe('number');
    expect(typeof doc.stats.durationMs).toBe('number');
    const id = doc.findings.find((f: { ruleId: string }) => f.ruleId === 'alibaba-access-key-id');
    const secret = doc.findings.find((f: { ruleId: string }) => f.ruleId === 'alibaba-access-key-secret');
    expect(id).toMatchObject({ provider: 'alibaba', kind: 'access-key-id', severity: 'critical', file: 'config/app.properties', line: 2, column: 13, endColumn: 37 });
    expect(id.secret).toMatch(/^LTAI\*+.{4}$/);
    expect(id.pair).toEqual({ ruleId: 'alibaba-access-key-secret', line: 3, column: 17, fingerprint: secret.fingerprint });
    expect(secret.pair.fingerprint).toBe(id.fingerprint);
    expect(id.remediation.console).toBe('https://usercenter.console.aliyun.com/#/manage/ak');
    expect(JSON.stringify(doc)).not.toContain(k.aliSecret);
  });

  it('shows full values only with --show-secrets', () => {
    plantLeaks();
    const r = runCli(['.', '--format', 'json', '--show-secrets'], { cwd: dir });
    expect(r.stdout).toContain(k.aliSecret);
  });

  it('exits 0 on a clean directory and says what it scanned', () => {
    writeFileSync(join(dir, 'a.txt'), 'nothing here\n');
    const r = runCli(['.'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('no credentials found');
    expect(r.stdout).toContain('scanned 1 file');
  });

  it('exits 2 with one clear line on a missing path', () => {
    const r = runCli(['does-not-exist'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual(['scan-keys: no such file or directory: does-not-exist']);
    expect(r.stdout).toBe('');
  });

  it('exits 2 on an unknown option', () => {
    const r = runCli(['--no-such-flag'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^scan-keys: Unknown argument/);
  });

  it('reads standard input with -', () => {
    const r = runCli(['-'], { cwd: dir, input: `key: ${k.aliId}\n` });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/<stdin>\n\s+1:6\s+high/);
  });

  it('honours --fail-on', () => {
    writeFileSync(join(dir, 'a.txt'), `id = ${k.aliId}\n`);
    expect(runCli(['.', '--fail-on', 'critical'], { cwd: dir }).status).toBe(0);
    expect(runCli(['.', '--fail-on', 'high'], { cwd: dir }).status).toBe(1);
  });

  it('does not block on a public pre-signed URL by default', () => {
    writeFileSync(join(dir, 'a.html'), `<a href="https://b.oss-cn-beijing.aliyuncs.com/x.zip?OSSAccessKeyId=${k.aliId}&Expires=1700000000&Signature=Zm9v">x</a>\n`);
    const r = runCli(['.'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/low\s+Alibaba Cloud AccessKey ID/);
  });

  it('skips binary files and counts them', () => {
    writeFileSync(join(dir, 'img.png'), Buffer.concat([Buffer.from([0x89, 0x50, 0, 0]), Buffer.from(k.aliId)]));
    const r = runCli(['.', '--verbose'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('skipped 1');
    expect(r.stderr).toContain('skipped img.png: binary');
  });

  it('honours .gitignore in a git work tree, but scans an ignored file named explicitly', () => {
    initRepo(dir);
    writeFileSync(join(dir, '.gitignore'), 'secret.env\n');
    writeFileSync(join(dir, 'secret.env'), `id=${k.aliId}\n`);
    writeFileSync(join(dir, 'ok.txt'), 'fine\n');
    expect(runCli(['.'], { cwd: dir }).status).toBe(0);
    expect(runCli(['secret.env'], { cwd: dir }).status).toBe(1);
  });

  it('skips .git and node_modules when walking outside git', () => {
    mkdirSync(join(dir, 'node_modules', 'x'), { recursive: true });
    writeFileSync(join(dir, 'node_modules', 'x', 'a.js'), `id=${k.aliId}\n`);
    expect(runCli(['.'], { cwd: dir }).status).toBe(0);
  });

  it('warns, naming the file, when it skips a file over --max-file-size', () => {
    writeFileSync(join(dir, 'big.txt'), 'x'.repeat(2048));
    const r = runCli(['.', '--max-file-size', '1K'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('skipped big.txt: larger than --max-file-size');
  });

  it('colours only when asked or on a terminal', () => {
    writeFileSync(join(dir, 'a.txt'), `id = ${k.aliId}\n`);
    expect(runCli(['.'], { cwd: dir, env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout).toMatch(/\x1b\[/);
    expect(runCli(['.', '--no-color'], { cwd: dir, env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout).not.toMatch(/\x1b\[/);
    expect(runCli(['.'], { cwd: dir, env: { NO_COLOR: undefined } }).stdout).not.toMatch(/\x1b\[/);
  });

  it('this repository scans clean', () => {
    const r = runCli(['.'], { cwd: ROOT });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
