/**
 * Alibaba Cloud RPC-style request signing (signature method V2 in the current docs,
 * `SignatureVersion=1.0`, HMAC-SHA1) and the STS `GetCallerIdentity` call used to tell
 * whether an AccessKey pair is live.
 *
 * Pure: no I/O here. `verify.ts` does the network call.
 */
import { createHmac } from 'node:crypto';
export const ALIBABA_STS_VERSION = '2015-04-01';
/**
 * Percent-encode one key or value per Alibaba's RPC rules: UTF-8, RFC 3986 unreserved
 * characters (`A-Z a-z 0-9 - _ . ~`) stay as they are, everything else becomes `%XX`
 * with upper-case hex. This is what the docs describe as "URL-encode, then replace
 * `+` with `%20`, `*` with `%2A` and `%7E` with `~`".
 */
export function percentEncode(value) {
    return encodeURIComponent(value).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}
/** The canonicalized query string: keys sorted by code point, each pair percent-encoded. */
export function canonicalizeQuery(params) {
    return Object.keys(params)
        .filter((k) => k !== 'Signature')
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
        .map((k) => `${percentEncode(k)}=${percentEncode(params[k] ?? '')}`)
        .join('&');
}
/** `METHOD&%2F&percentEncode(canonicalized query)`. */
export function rpcStringToSign(params, method = 'GET') {
    return `${method.toUpperCase()}&${percentEncode('/')}&${percentEncode(canonicalizeQuery(params))}`;
}
/** Base64(HMAC-SHA1(secret + "&", StringToSign)). A `Signature` key in `params` is ignored. */
export function signRpcRequest(params, secret, method = 'GET') {
    return createHmac('sha1', `${secret}&`).update(rpcStringToSign(params, method), 'utf8').digest('base64');
}
/** ISO 8601 UTC without milliseconds, as the RPC `Timestamp` parameter wants it. */
export function rpcTimestamp(now) {
    return now.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/**
 * The signed GET URL for STS `GetCallerIdentity`. The URL carries the AccessKey ID, the
 * signature and (for temporary credentials) the SecurityToken, never the secret.
 */
export function buildGetCallerIdentityUrl(cred, opts) {
    const params = {
        Action: 'GetCallerIdentity',
        Version: ALIBABA_STS_VERSION,
        Format: 'JSON',
        AccessKeyId: cred.id,
        SignatureMethod: 'HMAC-SHA1',
        SignatureVersion: '1.0',
        SignatureNonce: opts.nonce,
        Timestamp: rpcTimestamp(opts.now),
    };
    if (cred.token)
        params.SecurityToken = cred.token;
    const signature = signRpcRequest(params, cred.secret, 'GET');
    const url = new URL(opts.endpoint);
    url.search = `?${canonicalizeQuery(params)}&Signature=${percentEncode(signature)}`;
    url.hash = '';
    return url.href;
}
const DEAD_CODES = new Set(['InvalidAccessKeyId.NotFound', 'InvalidAccessKeyId.Inactive', 'SignatureDoesNotMatch']);
/** Keep only something that looks like an error code: never echo free text from the server. */
export function safeCode(code) {
    if (typeof code !== 'string')
        return undefined;
    const m = /^[A-Za-z0-9._-]{1,80}$/.exec(code.trim());
    return m ? m[0] : undefined;
}
function str(v) {
    if (typeof v === 'string' && v.length > 0)
        return v;
    if (typeof v === 'number' && Number.isFinite(v))
        return String(v);
    return undefined;
}
/**
 * Classify an STS `GetCallerIdentity` answer. Only the error *code* is ever copied into
 * `reason`: the service's `Message` for `SignatureDoesNotMatch` echoes the server-side
 * string to sign, which contains the SecurityToken.
 */
export function parseGetCallerIdentityResponse(status, body) {
    let json;
    try {
        json = JSON.parse(body);
    }
    catch {
        return { status: 'unknown', reason: `alibaba: HTTP ${status}, response is not JSON` };
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
        return { status: 'unknown', reason: `alibaba: HTTP ${status}, unexpected response shape` };
    }
    const o = json;
    const arn = str(o.Arn);
    if (status === 200 && arn !== undefined) {
        const v = { status: 'live', arn, root: o.IdentityType === 'Account' || arn.endsWith(':root') };
        const account = str(o.AccountId);
        if (account !== undefined)
            v.account = account;
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
