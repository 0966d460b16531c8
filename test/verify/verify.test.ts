/**
 * End-to-end: verifyPairs against the loopback fake of both STS endpoints.
 * Test keys are built from pieces so a secret scanner run over this repo does not flag them.
 */
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { pairKey, verifyPairs, type CredentialPair, type Verification } from '../../src/verify/index.js';
import { startFakeSts, type FakeKey, type FakeSts } from './fake-sts.js';

const alnum = (seed: string, len: number): string => {
  // deterministic filler from pieces, e.g. ('Live1', 20) -> 'Live1Q7x...'
  const chars = 'ABCDEFGHJKMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789';
  let out = seed;
  let n = [...seed].reduce((a, c) => a * 31 + c.charCodeAt(0), 7) >>> 0;
  while (out.length < len) {
    n = (n * 1103515245 + 12345) >>> 0;
    out += chars[n % chars.length];
  }
  return out.slice(0, len);
};
const aliId = (tag: string): string => 'LT' + 'AI' + '5t' + alnum(tag, 18);
const aliSecret = (tag: string): string => alnum('s' + tag, 30);
const tcId = (tag: string): string => 'AK' + 'ID' + alnum(tag, 32);
const tcSecret = (tag: string): string => alnum('k' + tag, 32);

function ali(tag: string, behavior: FakeKey['behavior'], extra: Partial<FakeKey> = {}): FakeKey {
  return { provider: 'alibaba', id: aliId(tag), secret: aliSecret(tag), behavior, ...extra };
}
function tc(tag: string, behavior: FakeKey['behavior'], extra: Partial<FakeKey> = {}): FakeKey {
  return { provider: 'tencent', id: tcId(tag), secret: tcSecret(tag), behavior, ...extra };
}
const pair = (k: FakeKey, over: Partial<CredentialPair> = {}): CredentialPair => ({
  provider: k.provider,
  id: k.id,
  secret: k.secret,
  ...(k.token ? { token: k.token } : {}),
  ...over,
});

const K = {
  aliLive: ali('AliLive', 'live', { account: '1111222233334444' }),
  aliRoot: ali('AliRoot', 'root', { account: '5555666677778888' }),
  aliDead: ali('AliDead', 'inactive'),
  aliThrottle: ali('AliThrottle', 'throttle'),
  aliNoPerm: ali('AliNoPerm', 'nopermission'),
  aliHang: ali('AliHang', 'hang'),
  aliSts: ali('AliSts', 'live', { id: 'STS.' + alnum('AliStsId', 25), secret: alnum('AliStsSecret', 44), token: 'CA' + 'IS' + alnum('tok', 300) + '+/=' }),
  tcLive: tc('TcLive', 'live', { account: '100000000123' }),
  tcRoot: tc('TcRoot', 'root', { account: '100000000456' }),
  tcDead: tc('TcDead', 'inactive'),
  tcThrottle: tc('TcThrottle', 'throttle'),
  tcHang: tc('TcHang', 'hang'),
  tcSts: tc('TcSts', 'live', { id: 'AK' + 'ID' + alnum('TcStsId', 64), secret: alnum('TcStsSecret', 43) + '=', token: alnum('TcTok', 200) + '_-' }),
};
const slow: FakeKey[] = Array.from({ length: 10 }, (_, i) =>
  i % 2 === 0 ? ali(`Slow${i}`, 'live', { delayMs: 60 }) : tc(`Slow${i}`, 'live', { delayMs: 60 }),
);
const unknownAli = pair(ali('NotThere', 'live')); // never registered with the fake
const unknownTc = pair(tc('NotThere', 'live'));

let fake: FakeSts;
let opts: { endpoints: { alibaba: string; tencent: string }; timeoutMs: number };

beforeAll(async () => {
  fake = await startFakeSts([...Object.values(K), ...slow]);
  opts = { endpoints: { alibaba: fake.url, tencent: fake.url }, timeoutMs: 2000 };
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => fake.reset());

async function one(p: CredentialPair, extra: object = {}): Promise<Verification> {
  const m = await verifyPairs([p], { ...opts, ...extra });
  expect(m.size).toBe(1);
  const v = m.get(pairKey(p));
  expect(v).toBeDefined();
  return v as Verification;
}

describe('verifyPairs against the fake STS: Alibaba', () => {
  it('live RAM user key: account and arn, not root', async () => {
    expect(await one(pair(K.aliLive))).toEqual({
      status: 'live',
      account: '1111222233334444',
      arn: 'acs:ram::1111222233334444:user/ci-deployer',
      root: false,
    });
  });
  it('root-account key is flagged root', async () => {
    expect(await one(pair(K.aliRoot))).toEqual({
      status: 'live',
      account: '5555666677778888',
      arn: 'acs:ram::5555666677778888:root',
      root: true,
    });
  });
  it('STS temporary credentials with SecurityToken are live', async () => {
    expect((await one(pair(K.aliSts))).status).toBe('live');
  });
  it('wrong or missing SecurityToken is dead', async () => {
    expect(await one(pair(K.aliSts, { token: 'CA' + 'IS' + 'other' }))).toMatchObject({ status: 'dead', reason: 'alibaba: InvalidSecurityToken.MismatchWithAccessKey' });
    expect(await one({ provider: 'alibaba', id: K.aliSts.id, secret: K.aliSts.secret })).toMatchObject({ status: 'dead' });
  });
  it('disabled key is dead', async () => {
    expect(await one(pair(K.aliDead))).toEqual({ status: 'dead', reason: 'alibaba: InvalidAccessKeyId.Inactive' });
  });
  it('unknown key id is dead', async () => {
    expect(await one(unknownAli)).toEqual({ status: 'dead', reason: 'alibaba: InvalidAccessKeyId.NotFound' });
  });
  it('right id with a wrong secret is dead (SignatureDoesNotMatch)', async () => {
    expect(await one(pair(K.aliLive, { secret: aliSecret('wrong') }))).toEqual({ status: 'dead', reason: 'alibaba: SignatureDoesNotMatch' });
  });
  it('NoPermission is live', async () => {
    expect((await one(pair(K.aliNoPerm))).status).toBe('live');
  });
  it('throttled is unknown', async () => {
    const v = await one(pair(K.aliThrottle));
    expect(v.status).toBe('unknown');
    expect(v.reason).toMatch(/throttl/i);
  });
  it('a key that never answers is unknown with reason "timeout"', async () => {
    // Without the per-call timeout this would never answer (the test's own timeout would fail it).
    expect(await one(pair(K.aliHang), { timeoutMs: 150 })).toEqual({ status: 'unknown', reason: 'timeout' });
  });
});

describe('verifyPairs against the fake STS: Tencent', () => {
  it('live CAM user key: account and arn, not root', async () => {
    expect(await one(pair(K.tcLive))).toEqual({
      status: 'live',
      account: '100000000123',
      arn: 'qcs::cam::uin/100000000123:uin/100000000002',
      root: false,
    });
  });
  it('root-account key is flagged root', async () => {
    expect(await one(pair(K.tcRoot))).toMatchObject({ status: 'live', account: '100000000456', root: true });
  });
  it('temporary credentials with X-TC-Token are live; a wrong token is dead', async () => {
    expect((await one(pair(K.tcSts))).status).toBe('live');
    expect(await one(pair(K.tcSts, { token: 'nope' + alnum('x', 20) }))).toEqual({ status: 'dead', reason: 'tencent: AuthFailure.TokenFailure' });
  });
  it('disabled / unknown SecretId is dead', async () => {
    expect(await one(pair(K.tcDead))).toEqual({ status: 'dead', reason: 'tencent: AuthFailure.SecretIdNotFound' });
    expect(await one(unknownTc)).toEqual({ status: 'dead', reason: 'tencent: AuthFailure.SecretIdNotFound' });
  });
  it('right id with a wrong key is dead (AuthFailure.SignatureFailure)', async () => {
    expect(await one(pair(K.tcLive, { secret: tcSecret('wrong') }))).toEqual({ status: 'dead', reason: 'tencent: AuthFailure.SignatureFailure' });
  });
  it('throttled is unknown', async () => {
    const v = await one(pair(K.tcThrottle));
    expect(v.status).toBe('unknown');
    expect(v.reason).toMatch(/throttl/i);
  });
  it('a key that never answers is unknown with reason "timeout"', async () => {
    expect(await one(pair(K.tcHang), { timeoutMs: 150 })).toEqual({ status: 'unknown', reason: 'timeout' });
  });
});

describe('verifyPairs: calls, dedupe, concurrency, no retries', () => {
  it('a pair given three times is called once and reported once', async () => {
    const p = pair(K.aliLive);
    const q = pair(K.tcLive);
    const m = await verifyPairs([p, { ...p }, q, { ...p }, { ...q }], opts);
    expect(m.size).toBe(2);
    expect(fake.calls.get(K.aliLive.id)).toBe(1);
    expect(fake.calls.get(K.tcLive.id)).toBe(1);
    expect([...m.keys()]).toEqual([pairKey(p), pairKey(q)]);
  });
  it('same id with a different secret or token is a different pair', async () => {
    const p = pair(K.aliLive);
    const m = await verifyPairs([p, { ...p, secret: aliSecret('other') }, { ...p, token: 'CA' + 'ISx' }], opts);
    expect(m.size).toBe(3);
    expect(fake.calls.get(K.aliLive.id)).toBe(3);
  });
  it('never retries: a throttled or timed-out pair is called exactly once', async () => {
    await verifyPairs([pair(K.aliThrottle), pair(K.tcThrottle), pair(K.aliHang), pair(K.tcHang)], { ...opts, timeoutMs: 150 });
    for (const k of [K.aliThrottle, K.tcThrottle, K.aliHang, K.tcHang]) expect(fake.calls.get(k.id)).toBe(1);
  });
  it('respects the concurrency bound', async () => {
    const m = await verifyPairs(slow.map((k) => pair(k)), { ...opts, concurrency: 3 });
    expect(m.size).toBe(10);
    expect([...m.values()].every((v) => v.status === 'live')).toBe(true);
    expect(fake.maxInFlight()).toBeLessThanOrEqual(3);
    expect(fake.maxInFlight()).toBeGreaterThanOrEqual(2);
  });
  it('default concurrency is 4', async () => {
    await verifyPairs(slow.map((k) => pair(k)), opts);
    expect(fake.maxInFlight()).toBeLessThanOrEqual(4);
    expect(fake.maxInFlight()).toBeGreaterThanOrEqual(3);
  });
  it('concurrency 1 is sequential', async () => {
    await verifyPairs(slow.slice(0, 4).map((k) => pair(k)), { ...opts, concurrency: 1 });
    expect(fake.maxInFlight()).toBe(1);
  });
  it('empty input makes no calls', async () => {
    expect((await verifyPairs([], opts)).size).toBe(0);
    expect(fake.calls.size).toBe(0);
  });
  it('a pair with an empty secret is unknown without a call', async () => {
    const m = await verifyPairs([{ provider: 'alibaba', id: K.aliLive.id, secret: '' }], opts);
    expect([...m.values()][0]).toEqual({ status: 'unknown', reason: 'missing id or secret' });
    expect(fake.calls.size).toBe(0);
  });
  it('uses the injected fetch and clock', async () => {
    const urls: string[] = [];
    const spy: typeof fetch = async (input, init) => {
      urls.push(String(input));
      return fetch(input, init);
    };
    const now = (): Date => new Date(Date.UTC(2030, 0, 2, 3, 4, 5));
    const v = await one(pair(K.aliLive), { fetch: spy, now });
    expect(v.status).toBe('live');
    expect(urls).toHaveLength(1);
    expect(new URL(urls[0] ?? '').searchParams.get('Timestamp')).toBe('2030-01-02T03:04:05Z');
  });
});

describe('verifyPairs: network failures', () => {
  it('connection refused is unknown, not dead', async () => {
    const port = await new Promise<number>((resolve) => {
      const s = createServer();
      s.listen(0, '127.0.0.1', () => {
        const p = (s.address() as AddressInfo).port;
        s.close(() => resolve(p));
      });
    });
    const dead = `http://127.0.0.1:${port}/`;
    const m = await verifyPairs([pair(K.aliLive), pair(K.tcLive)], { endpoints: { alibaba: dead, tencent: dead }, timeoutMs: 2000 });
    for (const v of m.values()) {
      expect(v.status).toBe('unknown');
      expect(v.reason).toMatch(/^network error/);
    }
  });
  it('a fetch that throws an error mentioning the secret yields a reason without it', async () => {
    const p = pair(K.tcSts);
    const evil: typeof fetch = async () => {
      throw new TypeError(`fetch failed for ${p.secret} ${p.token ?? ''}`);
    };
    const v = await one(p, { fetch: evil });
    expect(v).toEqual({ status: 'unknown', reason: 'network error' });
  });
  it('an oversized answer is read only up to a cap and is unknown', async () => {
    const big: typeof fetch = async () => new Response('x'.repeat(5 * 1024 * 1024), { status: 200 });
    const v = await one(pair(K.aliLive), { fetch: big });
    expect(v).toEqual({ status: 'unknown', reason: 'alibaba: HTTP 200, response is not JSON' });
  });
  it('a redirect is not followed', async () => {
    const seen: string[] = [];
    const redirecting: typeof fetch = async (input, init) => {
      seen.push(String(input));
      expect(init?.redirect).toBe('manual');
      return new Response(null, { status: 302, headers: { Location: 'https://elsewhere.example/' } });
    };
    const v = await one(pair(K.tcSts), { fetch: redirecting });
    expect(v.status).toBe('unknown');
    expect(seen).toHaveLength(1);
  });
  it('an HTML error page is unknown', async () => {
    const html: typeof fetch = async () => new Response('<html>502</html>', { status: 502 });
    const v = await one(pair(K.aliLive), { fetch: html });
    expect(v.status).toBe('unknown');
    expect(v.reason).toContain('502');
  });
});

describe('verifyPairs: no output contains a secret or token', () => {
  it('across every outcome, including echoing error messages', async () => {
    const all = [...Object.values(K)];
    const pairs: CredentialPair[] = [
      ...all.map((k) => pair(k)),
      pair(K.aliSts, { secret: alnum('wrongStsSecret', 44) }), // SignatureDoesNotMatch echoes the token back
      pair(K.aliSts, { token: 'CA' + 'IS' + alnum('wrongTok', 100) }),
      pair(K.tcSts, { token: alnum('wrongTcTok', 80) }), // TokenFailure message echoes the token
    ];
    const m = await verifyPairs(pairs, { ...opts, timeoutMs: 200 });
    const out = JSON.stringify([...m.entries()]);
    for (const p of pairs) {
      expect(out).not.toContain(p.secret);
      expect(out).not.toContain(encodeURIComponent(p.secret));
      if (p.token) {
        expect(out).not.toContain(p.token);
        expect(out).not.toContain(encodeURIComponent(p.token));
      }
    }
    // keys are hashes
    for (const key of m.keys()) expect(key).toMatch(/^[0-9a-f]{64}$/);
  });
  it('the secret never goes over the wire (only its signature does)', async () => {
    await verifyPairs([pair(K.aliSts), pair(K.tcSts)], opts);
    const wire = fake.seen.join('\n');
    expect(wire).not.toContain(K.aliSts.secret);
    expect(wire).not.toContain(K.tcSts.secret);
  });
});

describe('pairKey', () => {
  const p = pair(K.aliSts);
  it('is a stable sha256 hex that does not contain the secret or token', () => {
    expect(pairKey(p)).toMatch(/^[0-9a-f]{64}$/);
    expect(pairKey({ ...p })).toBe(pairKey(p));
    expect(pairKey(p)).not.toContain(p.secret);
  });
  it('differs by provider, id, secret and token', () => {
    const keys = new Set([
      pairKey(p),
      pairKey({ ...p, provider: 'tencent' }),
      pairKey({ ...p, id: p.id + 'x' }),
      pairKey({ ...p, secret: p.secret + 'x' }),
      pairKey({ ...p, token: undefined }),
    ]);
    expect(keys.size).toBe(5);
  });
  it('field boundaries cannot be shifted', () => {
    expect(pairKey({ provider: 'alibaba', id: 'ab', secret: 'c' })).not.toBe(pairKey({ provider: 'alibaba', id: 'a', secret: 'bc' }));
  });
});
