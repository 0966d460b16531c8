/**
 * A loopback fake of Alibaba Cloud STS and Tencent Cloud STS `GetCallerIdentity`.
 *
 * It re-derives each signature from the raw request with its own implementation of the
 * published algorithms (deliberately not importing src/verify, so the module is not
 * checked against itself; signing.test.ts checks these helpers against the providers'
 * published examples too), and answers the way the real services do.
 *
 * One server serves both: a GET with `Action=` in the query is Alibaba RPC, a POST with
 * an `X-TC-Action` header is Tencent API 3.0.
 */
import { createHash, createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Behavior =
  | 'live' // authenticates, returns identity
  | 'root' // authenticates as the root account
  | 'inactive' // Alibaba InvalidAccessKeyId.Inactive / Tencent AuthFailure.SecretIdNotFound
  | 'throttle' // Alibaba Throttling.User / Tencent RequestLimitExceeded
  | 'nopermission' // Alibaba NoPermission / Tencent AuthFailure.UnauthorizedOperation
  | 'hang'; // never answers

export interface FakeKey {
  provider: 'alibaba' | 'tencent';
  id: string;
  secret: string;
  token?: string;
  behavior: Behavior;
  account?: string;
  /** answer only after this many milliseconds */
  delayMs?: number;
}

export interface FakeSts {
  url: string;
  /** calls received per AccessKeyId / SecretId, counted before any check */
  calls: Map<string, number>;
  /** the largest number of requests open at the same time */
  maxInFlight: () => number;
  /** every raw request target and header block seen, to check what went over the wire */
  seen: string[];
  reset: () => void;
  close: () => Promise<void>;
}

// ---------- Alibaba RPC signature (from the "Request syntax and signature method V2 for RPC APIs" doc) ----------

export function aliPercentEncode(s: string): string {
  // URL-encode as UTF-8, then the doc's three replacements.
  return encodeURIComponent(s)
    .replace(/[!'()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/\+/g, '%20')
    .replace(/\*/g, '%2A')
    .replace(/%7E/g, '~');
}

export function aliSignature(params: Record<string, string>, secret: string, method = 'GET'): string {
  const canonical = Object.keys(params)
    .filter((k) => k !== 'Signature')
    .sort()
    .map((k) => `${aliPercentEncode(k)}=${aliPercentEncode(params[k] ?? '')}`)
    .join('&');
  const toSign = `${method}&${aliPercentEncode('/')}&${aliPercentEncode(canonical)}`;
  return createHmac('sha1', `${secret}&`).update(toSign).digest('base64');
}

// ---------- Tencent TC3-HMAC-SHA256 (from the "Signature v3" doc) ----------

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');
const hmac = (k: string | Buffer, s: string): Buffer => createHmac('sha256', k).update(s).digest();

export function tc3Signature(args: {
  secretKey: string;
  method: string;
  query: string;
  headers: Record<string, string>; // lower-case name -> value, only the signed ones
  signedHeaders: string;
  payload: string;
  timestamp: string;
  date: string;
  service: string;
}): string {
  const names = args.signedHeaders.split(';');
  const canonicalHeaders = names.map((n) => `${n}:${(args.headers[n] ?? '').trim().toLowerCase()}\n`).join('');
  const canonicalRequest = `${args.method}\n/\n${args.query}\n${canonicalHeaders}\n${args.signedHeaders}\n${sha256(args.payload)}`;
  const stringToSign = `TC3-HMAC-SHA256\n${args.timestamp}\n${args.date}/${args.service}/tc3_request\n${sha256(canonicalRequest)}`;
  const kDate = hmac(`TC3${args.secretKey}`, args.date);
  const kService = hmac(kDate, args.service);
  const kSigning = hmac(kService, 'tc3_request');
  return createHmac('sha256', kSigning).update(stringToSign).digest('hex');
}

// ---------- server ----------

function json(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export async function startFakeSts(keys: FakeKey[]): Promise<FakeSts> {
  const byId = new Map(keys.map((k) => [`${k.provider}:${k.id}`, k]));
  const calls = new Map<string, number>();
  const seen: string[] = [];
  const usedNonces = new Set<string>();
  // In-flight counting is per generation, so requests left hanging by an earlier test
  // (a timed-out client may close its socket a little later) do not count after reset().
  let generation = 0;
  let inFlight = 0;
  let maxInFlight = 0;

  const count = (id: string): void => {
    calls.set(id, (calls.get(id) ?? 0) + 1);
  };

  async function alibaba(req: IncomingMessage, res: ServerResponse, rawQuery: string): Promise<void> {
    const params: Record<string, string> = {};
    for (const part of rawQuery.split('&')) {
      if (part === '') continue;
      const i = part.indexOf('=');
      params[decodeURIComponent(i < 0 ? part : part.slice(0, i))] = decodeURIComponent(i < 0 ? '' : part.slice(i + 1));
    }
    const id = params.AccessKeyId ?? '';
    count(id);
    const requestId = 'FAKE-ALI-REQUEST';
    const fail = (status: number, code: string, message: string): void =>
      json(res, status, { RequestId: requestId, HostId: 'sts.aliyuncs.com', Code: code, Message: message });

    for (const p of ['Action', 'Version', 'Format', 'SignatureMethod', 'SignatureVersion', 'SignatureNonce', 'Timestamp', 'Signature']) {
      if (!params[p]) return fail(400, 'MissingParameter', `${p} is mandatory for this action.`);
    }
    if (params.Action !== 'GetCallerIdentity' || params.Version !== '2015-04-01') return fail(400, 'InvalidAction.NotFound', 'bad action');
    if (params.Format !== 'JSON' || params.SignatureMethod !== 'HMAC-SHA1' || params.SignatureVersion !== '1.0') {
      return fail(400, 'InvalidParameter', 'bad common parameter');
    }
    if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(params.Timestamp ?? '')) return fail(400, 'InvalidTimeStamp.Format', 'bad timestamp');
    const key = byId.get(`alibaba:${id}`);
    if (!key) return fail(404, 'InvalidAccessKeyId.NotFound', 'Specified access key is not found.');
    const expected = aliSignature(params, key.secret, req.method ?? 'GET');
    if (expected !== params.Signature) {
      // Like the real service, echo the server-side string to sign (it contains the token).
      return fail(400, 'SignatureDoesNotMatch', `Specified signature is not matched with our calculation. server string to sign is:${rawQuery}`);
    }
    if ((key.token ?? '') !== (params.SecurityToken ?? '')) {
      return fail(400, key.token ? 'InvalidSecurityToken.MismatchWithAccessKey' : 'InvalidSecurityToken.Malformed', `bad token ${params.SecurityToken ?? ''}`);
    }
    const nonce = params.SignatureNonce ?? '';
    if (usedNonces.has(nonce)) return fail(400, 'SignatureNonceUsed', 'Specified signature nonce was used already.');
    usedNonces.add(nonce);
    if (key.delayMs) await sleep(key.delayMs);
    const account = key.account ?? '1234567890123456';
    switch (key.behavior) {
      case 'hang':
        return; // never answer
      case 'inactive':
        return fail(403, 'InvalidAccessKeyId.Inactive', 'Specified access key is disabled.');
      case 'throttle':
        return fail(400, 'Throttling.User', 'Request was denied due to user flow control.');
      case 'nopermission':
        return fail(403, 'NoPermission', 'You are not authorized to do this action.');
      case 'root':
        return json(res, 200, {
          IdentityType: 'Account',
          AccountId: account,
          RequestId: requestId,
          PrincipalId: account,
          UserId: account,
          Arn: `acs:ram::${account}:root`,
        });
      case 'live':
        return json(res, 200, {
          IdentityType: 'RAMUser',
          AccountId: account,
          RequestId: requestId,
          PrincipalId: '2000000000000001',
          UserId: '2000000000000001',
          Arn: `acs:ram::${account}:user/ci-deployer`,
        });
    }
  }

  async function tencent(req: IncomingMessage, res: ServerResponse, rawQuery: string): Promise<void> {
    const body = await readBody(req);
    const h = (n: string): string => {
      const v = req.headers[n];
      return Array.isArray(v) ? v.join(',') : (v ?? '');
    };
    const fail = (code: string, message: string): void =>
      json(res, 200, { Response: { Error: { Code: code, Message: message }, RequestId: 'fake-tc-request' } });
    const auth = /^TC3-HMAC-SHA256 Credential=([^/]+)\/(\d{4}-\d\d-\d\d)\/([a-z]+)\/tc3_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/.exec(
      h('authorization'),
    );
    if (!auth) {
      count('');
      return fail('AuthFailure.InvalidAuthorization', 'Authorization header is malformed.');
    }
    const [, id = '', date = '', service = '', signedHeaders = '', signature = ''] = auth;
    count(id);
    if (h('x-tc-action') !== 'GetCallerIdentity' || h('x-tc-version') !== '2018-08-13') return fail('InvalidAction', 'bad action');
    if (!h('x-tc-region')) return fail('MissingParameter', 'region');
    if (service !== 'sts') return fail('AuthFailure.SignatureFailure', 'service does not match the endpoint');
    const ts = h('x-tc-timestamp');
    if (!/^\d+$/.test(ts) || new Date(Number(ts) * 1000).toISOString().slice(0, 10) !== date) {
      return fail('AuthFailure.SignatureFailure', 'credential date does not match X-TC-Timestamp');
    }
    const names = signedHeaders.split(';');
    if (!names.includes('host') || !names.includes('content-type')) return fail('AuthFailure.SignatureFailure', 'must sign host and content-type');
    const key = byId.get(`tencent:${id}`);
    if (!key) return fail('AuthFailure.SecretIdNotFound', 'The SecretId is not found.');
    const headerValues = Object.fromEntries(names.map((n) => [n, h(n)]));
    const expected = tc3Signature({
      secretKey: key.secret,
      method: req.method ?? 'POST',
      query: rawQuery,
      headers: headerValues,
      signedHeaders,
      payload: body,
      timestamp: ts,
      date,
      service,
    });
    if (expected !== signature) return fail('AuthFailure.SignatureFailure', 'The provided credentials could not be validated.');
    if ((key.token ?? '') !== h('x-tc-token')) return fail('AuthFailure.TokenFailure', `Token verification failed: ${h('x-tc-token')}`);
    if (key.delayMs) await sleep(key.delayMs);
    const account = key.account ?? '100000000001';
    switch (key.behavior) {
      case 'hang':
        return;
      case 'inactive':
        return fail('AuthFailure.SecretIdNotFound', 'The SecretId is not found, or it has been disabled.');
      case 'throttle':
        return fail('RequestLimitExceeded', 'Your current request times exceed the limit.');
      case 'nopermission':
        return fail('AuthFailure.UnauthorizedOperation', 'CAM authorization failed.');
      case 'root':
        return json(res, 200, {
          Response: { Arn: `qcs::cam::uin/${account}:root`, AccountId: account, UserId: account, PrincipalId: account, Type: 'Root', RequestId: 'fake-tc-request' },
        });
      case 'live':
        return json(res, 200, {
          Response: {
            Arn: `qcs::cam::uin/${account}:uin/100000000002`,
            AccountId: account,
            UserId: '100000000002',
            PrincipalId: '100000000002',
            Type: 'CAMUser',
            RequestId: 'fake-tc-request',
          },
        });
    }
  }

  const server = createServer((req, res) => {
    const myGeneration = generation;
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    let done = false;
    const finish = (): void => {
      if (!done) {
        done = true;
        if (myGeneration === generation) inFlight--;
      }
    };
    res.on('finish', finish);
    res.on('close', finish);
    const target = req.url ?? '/';
    seen.push(`${req.method} ${target}\n${JSON.stringify(req.headers)}`);
    const q = target.indexOf('?');
    const path = q < 0 ? target : target.slice(0, q);
    const rawQuery = q < 0 ? '' : target.slice(q + 1);
    const handle = async (): Promise<void> => {
      if (path !== '/') return json(res, 404, { error: 'not found' });
      if (req.method === 'GET' && /(^|&)Action=/.test(rawQuery)) return alibaba(req, res, rawQuery);
      if (req.method === 'POST' && req.headers['x-tc-action'] !== undefined) return tencent(req, res, rawQuery);
      return json(res, 400, { error: 'unrecognised request' });
    };
    handle().catch(() => {
      if (!res.headersSent) json(res, 500, { error: 'fake crashed' });
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    calls,
    seen,
    maxInFlight: () => maxInFlight,
    reset: () => {
      calls.clear();
      seen.length = 0;
      generation++;
      inFlight = 0;
      maxInFlight = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
