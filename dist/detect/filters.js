const WORDS_OF_PLACEHOLDERS = 'example|sample|fake|dummy|placeholder|changeme|redacted';
const PLACEHOLDER_WORDS = new RegExp(`${WORDS_OF_PLACEHOLDERS}|^(?:LTAI|AKID|STS\\.)?your`, 'i');
/** Five or more of one character in a row: 1.8e-6 for a random 30-char key, common in placeholders. */
const RUN = /(.)\1{4}/;
const SEQUENCES = ['abcdef', 'bcdefg', '123456', '234567', '012345', 'qwerty'];
/** Placeholder words at the start (after an id prefix) or at the end of a long value. */
const PLACEHOLDER_EDGE = new RegExp(`^(?:LTAI|AKID|STS\\.|CAIS|CAES)?(?:${WORDS_OF_PLACEHOLDERS}|your)|(?:${WORDS_OF_PLACEHOLDERS})=*$`, 'i');
/**
 * Values longer than this are tokens of hundreds of random base64 characters: one holds `fake` or
 * `Sample` somewhere by chance about once in 300 (600 characters), so for them a placeholder word
 * counts only at the start or the end.
 */
const LONG_VALUE = 64;
export function isPlaceholder(value) {
    const words = value.length > LONG_VALUE ? PLACEHOLDER_EDGE : PLACEHOLDER_WORDS;
    if (words.test(value) || RUN.test(value))
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
/** Two-letter words that stand in method and class names (`GetTokenPayLoadByCheckResponse`). */
const TWO_LETTER_WORDS = '(?:By|To|Of|In|On|Id|Is|At|As|Or|No|Up|Do|If|Ip|Io|Db|Ui|Os|My|We|Ok|Go|Be|An|Me|Js|Vm)';
/**
 * A name made only of words: camelCase or PascalCase letters, every capital starting a word of at
 * least 3 letters or one of a few two-letter words (`By`, `To`, `Id`…), then at most two digits
 * (`testAccessKeyId1`). No runs of capitals. Measured on 5 million random strings each: 280 per
 * million at 16 characters, 41 at 20, 3.4 at 25, under 0.5 at 30 and 32: a key almost never reads
 * as one.
 */
const WORDS = new RegExp(`^(?:[a-z]{2,}|[A-Z][a-z]{2,})(?:[A-Z][a-z]{2,}|${TWO_LETTER_WORDS}(?![a-z]))+[0-9]{0,2}$`);
export function isIdentifier(value) {
    return IDENTIFIER.test(value) || WORDS.test(value);
}
/**
 * The part of a prefixed id after its prefix is a name made of words (`STS.AssumeRoleWithWebIdentity`,
 * a documentation anchor or an API name, not an STS AccessKey ID). Only tails of 20 characters or
 * more are judged: a shorter one is too likely to read as words by chance.
 */
export function isWordTail(tail) {
    return tail.length >= 20 && WORDS.test(tail);
}
/**
 * Signs that a key-shaped value was redacted by hand, the tail of a real-looking key overwritten
 * (`AKID…12345`, `…xxx`, `…XXXX`): it ends (before any base64 padding) in a counting sequence
 * of five (digits or letters, up or down) or in three or more `x`/`X`. A random key ends so with probability about 1e-5.
 */
export function hasRedactedTail(value) {
    const v = value.replace(/=+$/, ''); // base64 padding
    if (/(?:xxx|XXX)$/.test(v))
        return true;
    const tail = v.slice(-5);
    if (tail.length < 5 || !/^(?:[0-9]+|[a-z]+|[A-Z]+)$/.test(tail))
        return false;
    let up = true;
    let down = true;
    for (let i = 1; i < 5; i++) {
        const d = tail.charCodeAt(i) - tail.charCodeAt(i - 1);
        if (d !== 1)
            up = false;
        if (d !== -1)
            down = false;
    }
    return up || down;
}
/**
 * A key-shaped value that is an example made from a real-looking one: its tail is redacted
 * (hasRedactedTail) but the rest is not a placeholder, so it stood beside the other values of a
 * documented example. Such a value makes its neighbours examples too (see analyze.ts).
 */
export function isRedactedExample(value) {
    return value.length >= 16 && hasRedactedTail(value) && !isPlaceholder(value.replace(/=+$/, '').slice(0, -5));
}
/**
 * The name of the URL query parameter a value is given to (`…?token=<value>`,
 * `/pages/guide/index?to=X&urlAuthToken=<value>`), or undefined when the value is not in a query
 * string: the text before it on its line holds a `?` and no blank, quote or bracket since.
 */
export function queryParamBefore(s, start) {
    const from = Math.max(0, start - 512);
    const before = s.slice(from, start);
    const m = /\?(?:[^\s"'<>`?]*&)?([\w.-]+)=$/.exec(before);
    if (!m)
        return undefined;
    // Nothing that ends a URL between the `?` and the value.
    return /[\s"'<>`]/.test(before.slice(m.index)) ? undefined : m[1];
}
/** Query parameter names that do name an AccessKey secret (`?SecretKey=`, `&access_key_secret=`, `q-sk`). */
const SECRET_PARAM = /secret|access_?key(?!_?id)|(?:^|[-_])sk$|passw/i;
/**
 * A value in a URL's query string is a link token (`?token=`, `urlAuthToken=`, `verifyToken=`),
 * not an AccessKey secret, unless its parameter names an AccessKey secret.
 */
export function isLinkToken(s, start) {
    const name = queryParamBefore(s, start);
    return name !== undefined && !SECRET_PARAM.test(name);
}
/**
 * A secret made only of hex digits is a digest (md5 is 32 hex characters), not a key: a random
 * 30-character alphanumeric key is all-hex with probability (22/62)^30, about 3e-14.
 */
export function isHexDigest(value) {
    return /^(?:[0-9a-f]+|[0-9A-F]+)$/.test(value);
}
/** Base64 characters, as a table: this test runs per character over up to 8 KiB per candidate. */
const B64 = Uint8Array.from({ length: 256 }, (_, c) => (/[A-Za-z0-9+/]/.test(String.fromCharCode(c)) ? 1 : 0));
const isB64 = (c) => c < 256 && B64[c] === 1;
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
    while (from > fromLimit && isB64(s.charCodeAt(from - 1)))
        from--;
    let to = end;
    const toLimit = Math.min(s.length, end + 4096);
    while (to < toLimit && isB64(s.charCodeAt(to)))
        to++;
    if (from === start && to === end)
        return false;
    if (to - from - (end - start) >= 16)
        return true;
    // A shorter run is still an encoded blob when it ends in base64 padding (a go.sum `h1:` hash is
    // 43 characters and `=`: a 30-character key-shaped piece leaves only 13 around it) or follows a
    // digest label (`h1:`, `sha256-`, `sha512-`).
    if (s[to] === '=' && to > end)
        return true;
    return /(?:\bh1:|\bsha(?:1|256|384|512)[-:])$/.test(s.slice(Math.max(0, from - 8), from));
}
/**
 * A documentation example (the provider's denylist) or a hand-redacted copy of a key
 * (isRedactedExample). Such a value is never reported and marks its neighbours as examples: the
 * documented SecretId beside a documented SecretKey whose last characters were changed (a
 * signature self-test) is one example, not a leak.
 */
export function isExampleValue(provider, value) {
    return provider.denylist.has(value) || isRedactedExample(value);
}
/**
 * The head of a scan-keys pattern file (patterns/*.json, or a user's own rule file in that
 * format): a JSON object whose first members are `"$schema"` naming a `schema.json`, then
 * `"provider"`. Its `examples` hold test keys that must match: they are rule data, not leaks, and
 * such a file is not scanned (as gitleaks never scans its own gitleaks.toml). This keeps
 * `node_modules/scan-keys/patterns/` silent however it is reached (an unignored node_modules, a
 * staged or committed copy), without a path rule a project would have to write.
 */
const RULE_DATA_HEAD = /^\s*\{\s*"\$schema"\s*:\s*"[^"\n]*schema\.json"\s*,\s*"provider"\s*:\s*"[a-z][a-z0-9-]*"\s*,/;
export function isRuleData(head) {
    return RULE_DATA_HEAD.test(head) && head.includes('"rules"');
}
