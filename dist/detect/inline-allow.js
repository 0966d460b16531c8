/**
 * Inline allow markers, in any comment syntax: `scan-keys:allow` (and `gitleaks:allow`,
 * `pragma: allowlist secret`) on the line of the value, `scan-keys:allow-next-line` (and
 * `pragma: allowlist nextline secret`) on the line before. Pure string work on the scanner's
 * buffer: each candidate costs at most two windows of MARKER_WINDOW bytes, whatever the line
 * length, so a minified file full of keys stays linear.
 */
/** Bytes looked at on each side of a value for its line (and before it for the line above). */
export const MARKER_WINDOW = 2048;
const SAME_LINE = /scan-keys:allow(?![\w-])|gitleaks:allow|pragma: allowlist secret/;
const NEXT_LINE = /scan-keys:allow-next-line|pragma: allowlist nextline secret/;
/** True when the value at [start, end) of `s` is marked as allowed. */
export function isInlineAllowed(s, start, end) {
    const from = Math.max(0, start - MARKER_WINDOW);
    const before = s.slice(from, start);
    const nl = before.lastIndexOf('\n');
    let lineEnd = s.indexOf('\n', end);
    if (lineEnd === -1 || lineEnd > end + MARKER_WINDOW)
        lineEnd = Math.min(s.length, end + MARKER_WINDOW);
    const line = before.slice(nl + 1) + s.slice(start, lineEnd);
    if (SAME_LINE.test(line))
        return true;
    if (nl === -1)
        return false;
    const prev = before.slice(before.lastIndexOf('\n', nl - 1) + 1, nl);
    return NEXT_LINE.test(prev);
}
