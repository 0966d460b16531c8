/**
 * Escaped separators: URL encoding (`AccessKeyId%3DLTAI…%26`), JSON/JS string escapes (`\"`,
 * `\u0022`, `\n`), HTML entities (`&quot;`, `&amp;`).
 *
 * Two views, both cheap: `maskEscapes` keeps every index (so positions stay byte offsets) and
 * overwrites each escape with filler, so that the value after `%3D` or `\n` starts on a boundary and
 * `%3Dabc…` is never read as the value `3Dabc…`; `unescapeSeparators` decodes them, for reading the
 * name a value is assigned to and the place it stands in (a pre-signed URL).
 */
/**
 * The same text, same length, with each escape of a non-alphanumeric character replaced by that
 * character repeated (`%2F` → `///`, `%3D` → `===`, `\n` → two spaces, `&quot;` → `""""""`), so
 * base64 runs through `%2B`/`%2F` stay runs and a value after an escape starts on a boundary.
 * Escapes of letters and digits are left alone.
 */
export declare function maskEscapes(s: string): string;
/** Decodes escaped separators, for name and place logic (`\n` becomes a line break). */
export declare function unescapeSeparators(text: string): string;
