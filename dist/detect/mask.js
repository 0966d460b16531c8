/**
 * Masking shown in every output unless --show-secrets: the rule's literal prefix (LTAI, AKID,
 * STS., CAIS — public by design) and the last 4 characters, never more than a quarter of the rest;
 * everything else becomes '*'. Long tokens are shortened to keep lines readable.
 */
export const MASK_VISIBLE_TAIL = 4;
export function maskSecret(value, prefix = '') {
    const head = prefix && value.startsWith(prefix) ? prefix : '';
    const rest = value.length - head.length;
    const tail = Math.min(MASK_VISIBLE_TAIL, Math.floor(rest / 4));
    const hidden = rest - tail;
    const stars = '*'.repeat(Math.min(hidden, 16));
    return head + stars + value.slice(value.length - tail);
}
