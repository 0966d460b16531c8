/**
 * Runs of token characters, to search secret patterns only where one could match.
 *
 * A secret rule's pattern is, for every built-in rule, a run of characters from RUN_CHARS
 * (`[A-Za-z0-9]{32}`, `[A-Za-z0-9+/]{43}=`, `[A-Za-z0-9_-]{100,4000}`): each match lies inside one
 * maximal run of RUN_CHARS at least as long as the pattern's shortest match, and the boundary
 * look-arounds read one character either side of it. Code is mostly short runs (identifiers,
 * words), so finding the long runs in one linear pass and running each secret regex only on them
 * gives the same matches for much less work: the regexes try a look-behind and count up to 32-100
 * characters at every position of a window, and in a tree where every file names its provider
 * (tencentcloud-sdk-nodejs, 44 MB) the windows cover most of the text; there the four secret
 * regexes took 2.3 of 8.8 s of a single-thread scan.
 *
 * A pattern that is not of that shape (an extra provider's rule with other characters) has no
 * run length and is searched over its whole window, as before.
 */
/**
 * The shortest match of `pattern` when every match is a string of RUN_CHARS; undefined when the
 * pattern has any other shape (then no run filter applies). Understands literal characters,
 * classes, groups with alternation, and the repeats {n}, {n,}, {n,m}, ?, * and +; anything else
 * (escapes such as \w or \d, `.`, look-arounds) gives undefined.
 */
export declare function runMinLength(pattern: string): number | undefined;
/**
 * Runs of RUN_CHARS of at least `min` characters that overlap [from, to) of `s`, as [start, end)
 * pairs in order. A run is followed beyond the span's edges, but at most `min` characters back and
 * up to `limit` forward: enough to tell that it is long enough (limit - start > min for a run
 * starting before `to`, when limit >= to + min) and all a caller searching matches that start in
 * [from, to) reads. Bounded, so that many windows inside one huge run (a buffer full of ids)
 * stay linear.
 */
export declare function longRuns(s: string, from: number, to: number, min: number, limit?: number): Array<[number, number]>;
