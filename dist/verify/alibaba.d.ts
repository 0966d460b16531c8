import type { VerificationResult as Verification } from '../types.js';
export declare const ALIBABA_STS_VERSION = "2015-04-01";
/**
 * Percent-encode one key or value per Alibaba's RPC rules: UTF-8, RFC 3986 unreserved
 * characters (`A-Z a-z 0-9 - _ . ~`) stay as they are, everything else becomes `%XX`
 * with upper-case hex. This is what the docs describe as "URL-encode, then replace
 * `+` with `%20`, `*` with `%2A` and `%7E` with `~`".
 */
export declare function percentEncode(value: string): string;
/** The canonicalized query string: keys sorted by code point, each pair percent-encoded. */
export declare function canonicalizeQuery(params: Readonly<Record<string, string>>): string;
/** `METHOD&%2F&percentEncode(canonicalized query)`. */
export declare function rpcStringToSign(params: Readonly<Record<string, string>>, method?: string): string;
/** Base64(HMAC-SHA1(secret + "&", StringToSign)). A `Signature` key in `params` is ignored. */
export declare function signRpcRequest(params: Readonly<Record<string, string>>, secret: string, method?: string): string;
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
export declare function rpcTimestamp(now: Date): string;
/**
 * The signed GET URL for STS `GetCallerIdentity`. The URL carries the AccessKey ID, the
 * signature and (for temporary credentials) the SecurityToken, never the secret.
 */
export declare function buildGetCallerIdentityUrl(cred: AlibabaCredential, opts: AlibabaCallOptions): string;
/** Keep only something that looks like an error code: never echo free text from the server. */
export declare function safeCode(code: unknown): string | undefined;
/**
 * Classify an STS `GetCallerIdentity` answer. Only the error *code* is ever copied into
 * `reason`: the service's `Message` for `SignatureDoesNotMatch` echoes the server-side
 * string to sign, which contains the SecurityToken.
 */
export declare function parseGetCallerIdentityResponse(status: number, body: string): Verification;
