/** Values that have the shape of a key but are placeholders, degenerate, or part of something else. */
const PLACEHOLDER_WORDS = /example|sample|fake|dummy|placeholder|changeme|redacted|^(?:LTAI|AKID|STS\.)?your/i;
/** Five or more of one character in a row: 1.8e-6 for a random 30-char key, common in placeholders. */
const RUN = /(.)\1{4}/;
const SEQUENCES = ['abcdef', 'bcdefg', '123456', '234567', '012345', 'qwerty'];
export function isPlaceholder(value) {
    if (PLACEHOLDER_WORDS.test(value) || RUN.test(value))
        return true;
    const lower = value.toLowerCase();
    return SEQUENCES.some((s) => lower.includes(s));
}
/**
 * A camelCase or PascalCase identifier (`getLongConnUdtDataHeadV2`, `AlibabaCloudCredentialsProvider`):
 * every lower-case letter belongs to a word of at least 3 letters that starts the value or follows
 * one capital. In a random 30-character key each capital is followed by two lower-case letters
 * with probability (26/62)^2 = 0.18, so with ~12 capitals a key passes with probability < 1e-8.
 */
const IDENTIFIER = /^(?:[a-z]{2,}|[A-Z][a-z]{2,})(?:[A-Z][a-z]{2,}|[A-Z]{1,6}(?![a-z])|[0-9]{1,4})*$/;
export function isIdentifier(value) {
    return IDENTIFIER.test(value);
}
/**
 * A secret made only of hex digits is a digest (md5 is 32 hex characters), not a key: a random
 * 30-character alphanumeric key is all-hex with probability (22/62)^30, about 3e-14.
 */
export function isHexDigest(value) {
    return /^(?:[0-9a-f]+|[0-9A-F]+)$/.test(value);
}
const B64 = /[A-Za-z0-9+/]/;
/**
 * True when the value at [start, end) is a piece of a longer base64 run (go.sum `h1:` hashes, npm
 * `integrity` sha512, signatures, PEM bodies, data: URLs): the run continues on either side
 * through `+` or `/` and is at least 16 characters longer than the value. A key stands alone:
 * `LTAI…/20241112/cn-…` (a signed credential scope) adds 10. `s` is the masked text (escapes.ts),
 * where a URL-encoded `%2B`/`%2F` reads `+++`/`///`, so a signature in a query string is a run too.
 * The letter-or-digit case (`0LTAI…`) is already refused by the rule's own boundary.
 */
export function isInBase64Run(s, start, end) {
    let from = start;
    const fromLimit = Math.max(0, start - 4096);
    while (from > fromLimit && B64.test(s[from - 1]))
        from--;
    let to = end;
    const toLimit = Math.min(s.length, end + 4096);
    while (to < toLimit && B64.test(s[to]))
        to++;
    if (from === start && to === end)
        return false;
    return to - from - (end - start) >= 16;
}
