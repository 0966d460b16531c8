/** --verify end to end: the real CLI against the loopback fake STS endpoints. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startFakeSts, type FakeKey, type FakeSts } from './fake-sts.js';
import { randomAlnum, rng, runCli, runCliAsync, tempDir } from '../helpers.js';

const next = rng(99);
const key = (provider: 'alibaba' | 'tencent', behavior: FakeKey['behavior'], account?: string): FakeKey => ({
  provider,
  id: provider === 'alibaba' ? 'LT' + 'AI5t' + randomAlnum(18, next) : 'AK' + 'ID' + randomAlnum(32, next),
  secret: randomAlnum(provider === 'alibaba' ? 30 : 32, next),
  behavior,
  ...(account ? { account } : {}),
});

const root = key('alibaba', 'root', '5555666677778888');
const dead = key('tencent', 'inactive');
const hang = key('alibaba', 'hang');
let fake: FakeSts;
let dir: string;
let cleanup: () => void;

beforeAll(async () => {
  fake = await startFakeSts([root, dead, hang]);
  ({ dir, cleanup } = tempDir());
  writeFileSync(join(dir, 'a.env'), `# aliyun\nALIBABA_CLOUD_ACCESS_KEY_ID=${root.id}\nALIBABA_CLOUD_ACCESS_KEY_SECRET=${root.secret}\n`);
  writeFileSync(join(dir, 'b.env'), `TENCENTCLOUD_SECRET_ID=${dead.id}\nTENCENTCLOUD_SECRET_KEY=${dead.secret}\n`);
  writeFileSync(join(dir, 'c.env'), `ALIBABA_CLOUD_ACCESS_KEY_ID=${hang.id}\nALIBABA_CLOUD_ACCESS_KEY_SECRET=${hang.secret}\n`);
});
afterAll(async () => {
  await fake.close();
  cleanup();
});

const endpoints = () => ['--verify-endpoint', `alibaba=${fake.url}`, '--verify-endpoint', `tencent=${fake.url}`];

describe('scan-keys --verify', () => {
  it('marks live, dead and unknown pairs in JSON, and a live key becomes critical', async () => {
    const r = await runCliAsync(['.', '--verify', ...endpoints(), '--verify-timeout', '500', '--format', 'json'], { cwd: dir });
    expect(r.status).toBe(1);
    const doc = JSON.parse(r.stdout) as { findings: Array<{ file: string; kind: string; severity: string; verification?: Record<string, unknown> }> };
    const byFile = (file: string) => doc.findings.filter((f) => f.file === file);
    for (const f of byFile('a.env')) expect(f.verification).toMatchObject({ status: 'live', account: '5555666677778888', root: true });
    for (const f of byFile('b.env')) expect(f.verification).toMatchObject({ status: 'dead' });
    for (const f of byFile('c.env')) expect(f.verification).toMatchObject({ status: 'unknown', reason: 'timeout' });
    expect(JSON.stringify(doc)).not.toContain(root.secret);
    expect(fake.calls.get(root.id)).toBe(1);
  });

  it('says first, in text, that a live root-account key was found', async () => {
    const r = await runCliAsync(['a.env', '--verify', ...endpoints()], { cwd: dir });
    expect(r.stdout.split('\n')[0]).toMatch(/^‼ LIVE ROOT-ACCOUNT KEY at a\.env:2:\d+ \(Alibaba Cloud, account 5555666677778888\)/);
    expect(r.stdout).not.toContain(root.secret);
  });

  it('never verifies without --verify', () => {
    fake.reset();
    runCli(['.'], { cwd: dir });
    expect(fake.calls.size).toBe(0);
  });

  it('refuses plain http to a non-loopback endpoint with exit 2', () => {
    const r = runCli(['.', '--verify', '--verify-endpoint', 'alibaba=http://example.com/'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^scan-keys: --verify-endpoint: /);
  });
});

describe('scan-keys --verify --format sarif', () => {
  it('carries the verification result in the SARIF result', async () => {
    const r = await runCliAsync(['a.env', '--verify', ...endpoints(), '--format', 'sarif'], { cwd: dir });
    const log = JSON.parse(r.stdout) as { runs: Array<{ results: Array<{ message: { text: string }; properties: { verification?: { status: string } } }> }> };
    const results = log.runs[0]!.results;
    expect(results.length).toBe(2);
    for (const res of results) {
      expect(res.properties.verification?.status).toBe('live');
      expect(res.message.text).toMatch(/verified LIVE \(ROOT ACCOUNT, account 5555666677778888/);
    }
    expect(r.stdout).not.toContain(root.secret);
  });
});
