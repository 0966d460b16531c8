import type { VerificationResult } from '../types.js';
export interface CredentialPair {
    provider: 'alibaba' | 'tencent';
    id: string;
    secret: string;
    token?: string;
}
/** The answer for one pair (the shared data model's VerificationResult). */
export type Verification = VerificationResult;
export interface VerifyOptions {
    endpoints?: {
        alibaba?: string;
        tencent?: string;
    };
    timeoutMs?: number;
    concurrency?: number;
    fetch?: typeof fetch;
    now?: () => Date;
}
export declare const DEFAULT_ENDPOINTS: {
    readonly alibaba: "https://sts.aliyuncs.com/";
    readonly tencent: "https://sts.tencentcloudapi.com/";
};
export declare const DEFAULT_TIMEOUT_MS = 5000;
export declare const DEFAULT_CONCURRENCY = 4;
type Provider = CredentialPair['provider'];
/** A stable map key for a pair: hex SHA-256 over provider, id, secret and token. Never the secret itself. */
export declare function pairKey(p: CredentialPair): string;
/**
 * Parse `provider=url`, e.g. `alibaba=https://sts.cn-hangzhou.aliyuncs.com/`.
 * Throws an Error with a one-line message. Plain http:// only for loopback hosts.
 */
export declare function parseVerifyEndpoint(spec: string): {
    provider: Provider;
    url: string;
};
/**
 * Verify each distinct pair once (deduplicated by `pairKey`), at most `concurrency` calls
 * at a time, each bounded by `timeoutMs`. Never retries. The map is keyed by `pairKey`.
 */
export declare function verifyPairs(pairs: CredentialPair[], opts?: VerifyOptions): Promise<Map<string, Verification>>;
export {};
