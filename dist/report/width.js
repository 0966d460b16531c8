/**
 * Column width as a terminal shows it: East Asian wide and fullwidth characters (CJK ideographs,
 * kana, hangul, fullwidth punctuation such as '，' and '（'） take two columns, combining marks
 * none, everything else one. Enough for aligning the text report's columns; not a full wcwidth.
 */
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;
const ZERO = /[\u0300-\u036F\u200B-\u200F\uFE00-\uFE0F]/u;
export function displayWidth(s) {
    if (/^[\x20-\x7e]*$/.test(s))
        return s.length;
    let w = 0;
    for (const ch of s)
        w += WIDE.test(ch) ? 2 : ZERO.test(ch) ? 0 : 1;
    return w;
}
/** `s` padded with spaces to `width` columns (as String.padEnd, counting display columns). */
export function padEndWidth(s, width) {
    const w = displayWidth(s);
    return w >= width ? s : s + ' '.repeat(width - w);
}
