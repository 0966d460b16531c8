/**
 * Masking shown in every output unless --show-secrets: the rule's literal prefix (LTAI, AKID,
 * STS., CAIS — public by design) and the last 4 characters, never more than a quarter of the rest;
 * everything else becomes '*'. Long tokens are shortened to keep lines readable.
 */
export declare const MASK_VISIBLE_TAIL = 4;
export declare function maskSecret(value: string, prefix?: string): string;
