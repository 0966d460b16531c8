/** Values that have the shape of a key but are placeholders, degenerate, or part of something else. */
export declare function isPlaceholder(value: string): boolean;
export declare function isIdentifier(value: string): boolean;
/**
 * A secret made only of hex digits is a digest (md5 is 32 hex characters), not a key: a random
 * 30-character alphanumeric key is all-hex with probability (22/62)^30, about 3e-14.
 */
export declare function isHexDigest(value: string): boolean;
/**
 * True when the value at [start, end) is a piece of a longer base64 run (go.sum `h1:` hashes, npm
 * `integrity` sha512, signatures, PEM bodies, data: URLs): the run continues on either side
 * through `+` or `/` and is at least 16 characters longer than the value. A key stands alone:
 * `LTAI…/20241112/cn-…` (a signed credential scope) adds 10. `s` is the masked text (escapes.ts),
 * where a URL-encoded `%2B`/`%2F` reads `+++`/`///`, so a signature in a query string is a run too.
 * The letter-or-digit case (`0LTAI…`) is already refused by the rule's own boundary.
 */
export declare function isInBase64Run(s: string, start: number, end: number): boolean;
