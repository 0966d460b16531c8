import { createHash } from 'node:crypto';
/** Stable id of a secret for a rule: a truncated SHA-256, from which the secret cannot be read back. */
export function fingerprintOf(ruleId, secret) {
    return createHash('sha256').update(`scan-keys:v1:${ruleId}:${secret}`).digest('hex').slice(0, 32);
}
