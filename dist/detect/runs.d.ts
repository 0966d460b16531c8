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
 * The characters `pattern` can match (every class and literal in it, a subset of RUN_CHARS) as a
 * 256-entry table, when runMinLength understands the pattern; else undefined. A match is then a
 * string of these characters, so it lies inside one maximal run of them: `[A-Za-z0-9]{32}` is
 * looked for only in runs of letters and digits, not in `com/document/product/266/11732`.
 */
export declare function runChars(pattern: string): Uint8Array | undefined;
/**
 * Every maximal run of RUN_CHARS of at least `min` (>= 2) characters in `s`, in order, as a flat
 * list [start0, end0, start1, end1, …] (with pairs as small arrays, garbage collection was 9 % of
 * a scan's profile). Found faster than by reading every character: it looks at every (min/2)th
 * character first and reads around it only when that one is a run character. A
 * run of `min` holds at least one such probe, and in code most probes fall on spaces, punctuation
 * or short words: on tencentcloud-sdk-nodejs (44 MB) 38 ms against 85 ms for a plain loop.
 */
export declare function allLongRuns(s: string, min: number): number[];
/**
 * The maximal runs of characters in `table` (a subset of RUN_CHARS) of at least `min`, inside the
 * given runs of RUN_CHARS (flat lists, as allLongRuns).
 */
export declare function subRuns(s: string, runs: readonly number[], table: Uint8Array, min: number): number[];
/**
 * The runs of one text, found once and shared by every rule and the decoded view: the maximal
 * runs of token characters, then, per character table and length, the runs of those characters
 * inside them (flat lists, as allLongRuns).
 */
export declare class TextRuns {
    private readonly text;
    private readonly min;
    private all;
    private readonly byShape;
    private readonly short;
    /** `min`: the shortest run most callers ask for; shorter ones read the text again. */
    constructor(text: string, min: number);
    /**
     * Maximal runs of the characters in `chars` (a subset of RUN_CHARS) of at least `min`. Below the
     * constructor's minimum the text is read again (once per length).
     */
    runsOf(chars: Uint8Array, min: number): number[];
    private shorter;
}
/** One table object per distinct set of characters, so that TextRuns shares work between rules. */
export declare function internTable(table: Uint8Array): Uint8Array;
