import type { VerificationResult as Verification } from '../types.js';
export declare const TC3_ALGORITHM = "TC3-HMAC-SHA256";
export declare const TENCENT_STS_VERSION = "2018-08-13";
export declare const TENCENT_STS_REGION = "ap-guangzhou";
export declare const TENCENT_JSON_CONTENT_TYPE = "application/json; charset=utf-8";
export declare function sha256Hex(data: string): string;
/** UTC date `YYYY-MM-DD` of a Unix timestamp in seconds (never local time). */
export declare function tc3Date(timestampSeconds: number): string;
export interface Tc3Input {
    secretId: string;
    secretKey: string;
    /** product name, e.g. `cvm` or `sts`; must match the endpoint's product */
    service: string;
    /** value of the Host header, e.g. `sts.tencentcloudapi.com` (with `:port` if not default) */
    host: string;
    /** Unix seconds, the value of X-TC-Timestamp */
    timestamp: number;
    payload: string;
    method?: 'POST' | 'GET';
    contentType?: string;
    /** URL query for GET, already encoded; empty for POST */
    canonicalQueryString?: string;
}
export interface Tc3Result {
    hashedRequestPayload: string;
    canonicalRequest: string;
    credentialScope: string;
    stringToSign: string;
    signature: string;
    authorization: string;
}
/** Every intermediate of the TC3 signature, so each can be checked against the published example. */
export declare function signTc3(input: Tc3Input): Tc3Result;
export interface TencentCredential {
    id: string;
    secret: string;
    token?: string;
}
export interface TencentCallOptions {
    /** e.g. `https://sts.tencentcloudapi.com/` */
    endpoint: string;
    now: Date;
}
export interface TencentRequest {
    url: string;
    method: 'POST';
    /** The Host header is not included: the HTTP client derives it from `url` (it was signed as `new URL(url).host`). */
    headers: Record<string, string>;
    body: '{}';
}
/** The signed POST for STS `GetCallerIdentity`. Headers carry the SecretId and (temporary keys) the token, never the SecretKey. */
export declare function buildGetCallerIdentityRequest(cred: TencentCredential, opts: TencentCallOptions): TencentRequest;
/**
 * Classify an STS `GetCallerIdentity` answer. Only the error *code* is copied into
 * `reason`, never the server's free-text message.
 */
export declare function parseGetCallerIdentityResponse(status: number, body: string): Verification;
