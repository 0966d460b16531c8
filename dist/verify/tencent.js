/**
 * Tencent Cloud API 3.0 request signing (TC3-HMAC-SHA256) and the STS
 * `GetCallerIdentity` call used to tell whether a SecretId/SecretKey pair is live.
 *
 * Pure: no I/O here. `verify.ts` does the network call.
 */
import { createHash, createHmac } from 'node:crypto';
import { safeCode } from './alibaba.js';
export const TC3_ALGORITHM = 'TC3-HMAC-SHA256';
export const TENCENT_STS_VERSION = '2018-08-13';
export const TENCENT_STS_REGION = 'ap-guangzhou';
export const TENCENT_JSON_CONTENT_TYPE = 'application/json; charset=utf-8';
export function sha256Hex(data) {
    return createHash('sha256').update(data, 'utf8').digest('hex');
}
function hmacSha256(key, data) {
    return createHmac('sha256', key).update(data, 'utf8').digest();
}
/** UTC date `YYYY-MM-DD` of a Unix timestamp in seconds (never local time). */
export function tc3Date(timestampSeconds) {
    return new Date(timestampSeconds * 1000).toISOString().slice(0, 10);
}
/** Every intermediate of the TC3 signature, so each can be checked against the published example. */
export function signTc3(input) {
    const method = input.method ?? 'POST';
    const contentType = input.contentType ?? TENCENT_JSON_CONTENT_TYPE;
    const signedHeaders = 'content-type;host';
    const canonicalHeaders = `content-type:${contentType.trim().toLowerCase()}\nhost:${input.host.trim().toLowerCase()}\n`;
    const hashedRequestPayload = sha256Hex(input.payload);
    const canonicalRequest = [
        method,
        '/',
        input.canonicalQueryString ?? '',
        canonicalHeaders,
        signedHeaders,
        hashedRequestPayload,
    ].join('\n');
    const date = tc3Date(input.timestamp);
    const credentialScope = `${date}/${input.service}/tc3_request`;
    const stringToSign = [TC3_ALGORITHM, String(input.timestamp), credentialScope, sha256Hex(canonicalRequest)].join('\n');
    const secretDate = hmacSha256(`TC3${input.secretKey}`, date);
    const secretService = hmacSha256(secretDate, input.service);
    const secretSigning = hmacSha256(secretService, 'tc3_request');
    const signature = createHmac('sha256', secretSigning).update(stringToSign, 'utf8').digest('hex');
    const authorization = `${TC3_ALGORITHM} Credential=${input.secretId}/${credentialScope}, ` +
        `SignedHeaders=${signedHeaders}, Signature=${signature}`;
    return { hashedRequestPayload, canonicalRequest, credentialScope, stringToSign, signature, authorization };
}
/** The signed POST for STS `GetCallerIdentity`. Headers carry the SecretId and (temporary keys) the token, never the SecretKey. */
export function buildGetCallerIdentityRequest(cred, opts) {
    const url = new URL(opts.endpoint);
    url.search = '';
    url.hash = '';
    const timestamp = Math.floor(opts.now.getTime() / 1000);
    const body = '{}';
    const { authorization } = signTc3({
        secretId: cred.id,
        secretKey: cred.secret,
        service: 'sts',
        host: url.host,
        timestamp,
        payload: body,
    });
    const headers = {
        Authorization: authorization,
        'Content-Type': TENCENT_JSON_CONTENT_TYPE,
        'X-TC-Action': 'GetCallerIdentity',
        'X-TC-Version': TENCENT_STS_VERSION,
        'X-TC-Timestamp': String(timestamp),
        'X-TC-Region': TENCENT_STS_REGION,
    };
    if (cred.token)
        headers['X-TC-Token'] = cred.token;
    return { url: url.href, method: 'POST', headers, body };
}
function str(v) {
    if (typeof v === 'string' && v.length > 0)
        return v;
    if (typeof v === 'number' && Number.isFinite(v))
        return String(v);
    return undefined;
}
/**
 * AuthFailure codes that do not say the key is dead:
 * - SignatureExpire: our clock is off by more than five minutes;
 * - InvalidAuthorization: our Authorization header was malformed (a bug on our side);
 * - UnauthorizedOperation / MFAFailure: the key authenticated but may not do this.
 */
const AUTH_NOT_DEAD = {
    'AuthFailure.SignatureExpire': 'unknown',
    'AuthFailure.InvalidAuthorization': 'unknown',
    'AuthFailure.UnauthorizedOperation': 'live',
    'AuthFailure.MFAFailure': 'live',
};
/**
 * Classify an STS `GetCallerIdentity` answer. Only the error *code* is copied into
 * `reason`, never the server's free-text message.
 */
export function parseGetCallerIdentityResponse(status, body) {
    let json;
    try {
        json = JSON.parse(body);
    }
    catch {
        return { status: 'unknown', reason: `tencent: HTTP ${status}, response is not JSON` };
    }
    const resp = typeof json === 'object' && json !== null ? json.Response : undefined;
    if (typeof resp !== 'object' || resp === null || Array.isArray(resp)) {
        return { status: 'unknown', reason: `tencent: HTTP ${status}, response has no Response object` };
    }
    const r = resp;
    const err = r.Error;
    if (err !== undefined && err !== null) {
        const rawCode = typeof err === 'object' ? err.Code : undefined;
        const code = safeCode(rawCode);
        if (code === undefined)
            return { status: 'unknown', reason: `tencent: HTTP ${status}, malformed error code` };
        if (code.startsWith('AuthFailure')) {
            const s = AUTH_NOT_DEAD[code] ?? 'dead';
            return { status: s, reason: `tencent: ${code}` };
        }
        if (code.startsWith('RequestLimitExceeded'))
            return { status: 'unknown', reason: `tencent: throttled (${code})` };
        return { status: 'unknown', reason: `tencent: HTTP ${status} ${code}` };
    }
    if (status !== 200)
        return { status: 'unknown', reason: `tencent: HTTP ${status} without an error code` };
    const v = { status: 'live' };
    const account = str(r.AccountId);
    const arn = str(r.Arn);
    if (account !== undefined)
        v.account = account;
    if (arn !== undefined)
        v.arn = arn;
    const type = str(r.Type);
    v.root = (type !== undefined && /root/i.test(type)) || (arn !== undefined && /root/i.test(arn));
    return v;
}
