/**
 * Alibaba Cloud RPC-style request signing (signature method V2 in the current docs,
 * `SignatureVersion=1.0`, HMAC-SHA1) and the STS `GetCallerIdentity` call used to tell
 * whether an AccessKey pair is live.
 *
 * Pure: no I/O here. `verify.ts` does the network call.
 */
import { createHmac } from 'node:crypto';

import type { VerificationResult as Verification } from '../types.js';

export const ALIBABA_STS_VERSION = '2015-04-01';

/**
 * Percent-encode one key or value per Alibaba's RPC rules: UTF-8, RFC 3986 unreserved
 * characters (`A-Z a-z 0-9 - _ . ~`) stay as they are, everything else becomes `%XX`
 * with upper-case hex. This is what the docs describe as "URL-encode, then replace
 * `+` with `%20`, `*` with `%2A` and `%7E` with `~`".
 */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase(),
  );
}

/** The canonicalized query string: keys sorted by code point, each pair percent-encoded. */
export function canonicalizeQuery(params: Readonly<Record<string, string>>): string {
  return Object.keys(params)
    .filter((k) => k !== 'Signature')
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((k) => `${percentEncode(k)}=${percentEncode(params[k] ?? '')}`)
    .join('&');
}

/** `METHOD&%2F&percentEncode(canonicalized query)`. */
export function rpcStringToSign(params: Readonly<Record<string, string>>, method = 'GET'): string {
  return `${method.toUpperCase()}&${percentEncode('/')}&${percentEncode(canonicalizeQuery(params))}`;
}

/** Base64(HMAC-SHA1(secret + "&", StringToSign)). A `Signature` key in `params` is ignored. */
export function signRpcRequest(
  params: Readonly<Record<string, string>>,
  secret: string,
  method = 'GET',
): string {
  return createHmac('sha1', `${secret}&`).update(rpcStringToSign(params, method), 'utf8').digest('base64');
}

export interface AlibabaCredential {
  id: string;
  secret: string;
  token?: string;
}

export interface AlibabaCallOptions {
  /** e.g. `https://sts.aliyuncs.com/` */
  endpoint: string;
  now: Date;
  /** unique per request (a UUID); the service rejects a reused nonce */
  nonce: string;
}

/** ISO 8601 UTC without milliseconds, as the RPC `Timestamp` parameter wants it. */
export function rpcTimestamp(now: Date): string {
  return now.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * The signed GET URL for STS `GetCallerIdentity`. The URL carries the AccessKey ID, the
 * signature and (for temporary credentials) the SecurityToken, never the secret.
 */
export function buildGetCallerIdentityUrl(cred: AlibabaCredential, opts: AlibabaCallOptions): string {
  const params: Record<string, string> = {
    Action: 'GetCallerIdentity',
    Version: ALIBABA_STS_VERSION,
    Format: 'JSON',
    AccessKeyId: cred.id,
    SignatureMethod: 'HMAC-SHA1',
    SignatureVersion: '1.0',
    SignatureNonce: opts.nonce,
    Timestamp: rpcTimestamp(opts.now),
  };
  if (cred.token) params.SecurityToken = cred.token;
  const signature = signRpcRequest(params, cred.secret, 'GET');
  const url = new URL(opts.endpoint);
  url.search = `?${canonicalizeQuery(params)}&Signature=${percentEncode(signature)}`;
  url.hash = '';
  return url.href;
}

const DEAD_CODES = new Set(['InvalidAccessKeyId.NotFound', 'InvalidAccessKeyId.Inactive', 'SignatureDoesNotMatch']);

/** Keep only something that looks like an error code: never echo free text from the server. */
export function safeCode(code: unknown): string | undefined {
  if (typeof code !== 'string') return undefined;
  const m = /^[A-Za-z0-9._-]{1,80}$/.exec(code.trim());
  return m ? m[0] : undefined;
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string' && v.length > 0) return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

/**
 * Classify an STS `GetCallerIdentity` answer. Only the error *code* is ever copied into
 * `reason`: the service's `Message` for `SignatureDoesNotMatch` echoes the server-side
 * string to sign, which contains the SecurityToken.
 */
export function parseGetCallerIdentityResponse(status: number, body: string): Verification {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { status: 'unknown', reason: `alibaba: HTTP ${status}, response is not JSON` };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { status: 'unknown', reason: `alibaba: HTTP ${status}, unexpected response shape` };
  }
  const o = json as Record<string, unknown>;
  const arn = str(o.Arn);
  if (status === 200 && arn !== undefined) {
    const v: Verification = { status: 'live', arn, root: o.IdentityType === 'Account' || arn.endsWith(':root') };
    const account = str(o.AccountId);
    if (account !== undefined) v.account = account;
    return v;
  }
  const rawCode = o.Code;
  const code = safeCode(rawCode);
  if (code === undefined) {
    return {
      status: 'unknown',
      reason: rawCode === undefined ? `alibaba: HTTP ${status} without Arn or error code` : `alibaba: HTTP ${status}, malformed error code`,
    };
  }
  if (code === 'NoPermission') {
    return { status: 'live', reason: 'alibaba: NoPermission (the key authenticated but may not call GetCallerIdentity)' };
  }
  if (DEAD_CODES.has(code) || code.startsWith('InvalidSecurityToken.')) {
    return { status: 'dead', reason: `alibaba: ${code}` };
  }
  if (code.startsWith('Throttling')) {
    return { status: 'unknown', reason: `alibaba: throttled (${code})` };
  }
  return { status: 'unknown', reason: `alibaba: HTTP ${status} ${code}` };
}
