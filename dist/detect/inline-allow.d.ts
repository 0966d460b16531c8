/**
 * Inline allow markers, in any comment syntax: `scan-keys:allow` (and `gitleaks:allow`,
 * `pragma: allowlist secret`) on the line of the value, `scan-keys:allow-next-line` (and
 * `pragma: allowlist nextline secret`) on the line before. Pure string work on the scanner's
 * buffer: each candidate costs at most two windows of MARKER_WINDOW bytes, whatever the line
 * length, so a minified file full of keys stays linear.
 */
/** Bytes looked at on each side of a value for its line (and before it for the line above). */
export declare const MARKER_WINDOW = 2048;
/** True when the value at [start, end) of `s` is marked as allowed. */
export declare function isInlineAllowed(s: string, start: number, end: number): boolean;
