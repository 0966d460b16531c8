/** Stable id of a secret for a rule: a truncated SHA-256, from which the secret cannot be read back. */
export declare function fingerprintOf(ruleId: string, secret: string): string;
