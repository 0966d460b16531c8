/** Values that have the shape of a key but are placeholders, degenerate, or part of something else. */
import type { Provider } from '../types.js';
export declare function isPlaceholder(value: string): boolean;
export declare function isIdentifier(value: string): boolean;
/**
 * The part of a prefixed id after its prefix is a name made of words (`STS.AssumeRoleWithWebIdentity`,
 * a documentation anchor or an API name, not an STS AccessKey ID). Only tails of 20 characters or
 * more are judged: a shorter one is too likely to read as words by chance.
 */
export declare function isWordTail(tail: string): boolean;
/**
 * Signs that a key-shaped value was redacted by hand, the tail of a real-looking key overwritten
 * (`AKID…12345`, `…xxx`, `…XXXX`): it ends (before any base64 padding) in a counting sequence
 * of five (digits or letters, up or down) or in three or more `x`/`X`. A random key ends so with probability about 1e-5.
 */
export declare function hasRedactedTail(value: string): boolean;
/**
 * A key-shaped value that is an example made from a real-looking one: its tail is redacted
 * (hasRedactedTail) but the rest is not a placeholder, so it stood beside the other values of a
 * documented example. Such a value makes its neighbours examples too (see analyze.ts).
 */
export declare function isRedactedExample(value: string): boolean;
/**
 * The name of the URL query parameter a value is given to (`…?token=<value>`,
 * `/pages/guide/index?to=X&urlAuthToken=<value>`), or undefined when the value is not in a query
 * string: the text before it on its line holds a `?` and no blank, quote or bracket since.
 */
export declare function queryParamBefore(s: string, start: number): string | undefined;
/**
 * A value in a URL's query string is a link token (`?token=`, `urlAuthToken=`, `verifyToken=`),
 * not an AccessKey secret, unless its parameter names an AccessKey secret.
 */
export declare function isLinkToken(s: string, start: number): boolean;
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
/**
 * A documentation example (the provider's denylist) or a hand-redacted copy of a key
 * (isRedactedExample). Such a value is never reported and marks its neighbours as examples: the
 * documented SecretId beside a documented SecretKey whose last characters were changed (a
 * signature self-test) is one example, not a leak.
 */
export declare function isExampleValue(provider: Provider, value: string): boolean;
export declare function isRuleData(head: string): boolean;
