/** Shannon entropy in bits per character. */
export function shannonEntropy(value) {
    if (value.length === 0)
        return 0;
    const counts = new Map();
    for (let i = 0; i < value.length; i++) {
        const c = value.charCodeAt(i);
        counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    let bits = 0;
    for (const n of counts.values()) {
        const p = n / value.length;
        bits -= p * Math.log2(p);
    }
    return bits;
}
/**
 * Entropy floor for a value of this length when the rule sets none. From the 0.1 % quantiles of
 * random alphanumeric strings (key-formats.md: 3.16 at 16 chars, 3.72 at 24, 4.01 at 30, 4.08 at
 * 32, 4.21 at 36), set well below them so that no real key is lost; placeholders are caught by
 * explicit filters, not by entropy. Peers use 4.0-4.2, which drops 3-5 % of real keys.
 */
export function defaultEntropyFloor(length) {
    if (length <= 16)
        return 2.8;
    if (length <= 24)
        return 3.3;
    if (length <= 40)
        return 3.5;
    return 3.8;
}
