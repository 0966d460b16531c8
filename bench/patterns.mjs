// The one ID pattern every reference uses; it must stay in step with
// scan-keys' own ID rules (patterns/*.json): Alibaba LTAI + 12 or 20
// alphanumerics, Tencent AKID + 32 or 36, with ASCII-only word boundaries.

/** ripgrep (Rust regex) syntax. */
export const ID_PATTERN = String.raw`(?-u:\b)(?:LTAI[A-Za-z0-9]{12}(?:[A-Za-z0-9]{8})?|AKID[A-Za-z0-9]{32}(?:[A-Za-z0-9]{4})?)(?-u:\b)`;

/** Same pattern for `git grep -P` (run with LC_ALL=C so \b is ASCII). */
export const ID_PATTERN_PCRE = ID_PATTERN.replaceAll('(?-u:\\b)', '\\b');

/** Same pattern for `git grep -E` (POSIX ERE + GNU \b, LC_ALL=C). */
export const ID_PATTERN_ERE = ID_PATTERN_PCRE.replaceAll('(?:', '(');
