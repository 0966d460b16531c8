/**
 * Shannon entropy in bits per character. Counted in a reused table rather than a Map: it runs for
 * every key-shaped match, and the Map was 5 % of a scan of the bench's 20,000 small files. The
 * sum runs over characters in order of first appearance, as the Map's did (same bits).
 */
export declare function shannonEntropy(value: string): number;
/**
 * Entropy floor for a value of this length when the rule sets none. From the 0.1 % quantiles of
 * random alphanumeric strings (key-formats.md: 3.16 at 16 chars, 3.72 at 24, 4.01 at 30, 4.08 at
 * 32, 4.21 at 36), set well below them so that no real key is lost; placeholders are caught by
 * explicit filters, not by entropy. Peers use 4.0-4.2, which drops 3-5 % of real keys.
 */
export declare function defaultEntropyFloor(length: number): number;
