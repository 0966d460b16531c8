/** Raw pattern files (as read) → a validated, frozen RuleSet. Pure: the caller does the reading. */
import type { JsonSchema } from './validate.js';
import type { RuleSet } from '../types.js';
export declare class PatternError extends Error {
    constructor(message: string);
}
export interface PatternSource {
    /** Shown in errors, e.g. `patterns/alibaba.json`. */
    name: string;
    data: unknown;
}
/** Placeholder inserted where the match stood when testing publicContext expressions. */
export declare const KEY_MARK = "@@KEY@@";
/**
 * Reject the constructs that make a backtracking engine super-linear, so every rule (built in or
 * user supplied) runs in time linear in the text it scans:
 * - a quantified group that itself contains a quantifier (`(a+)+`, `(\w*x)*`, `(a?){9}`);
 * - an alternation under a quantifier (`(a|a)*`, `(?:a|ab){2,}`): overlapping branches backtrack
 *   exponentially, and telling overlap apart is not worth the risk;
 * - a lookaround containing a quantifier (`(?=a+)`, `(?<![a-z]*)`): it re-scans at every position;
 * - back-references (`\1`, `\k<name>`), which no linear engine supports.
 * `?` alone on a group is allowed (at most two ways to match). Values are matched with simple
 * classes and bounded counts, so nothing a rule needs is lost.
 */
export declare function checkLinear(pattern: string): string | undefined;
/** Longest string a value pattern can match, from its counted repeats; Infinity if unbounded. */
export declare function maxMatchLength(pattern: string): number;
export declare function compilePatterns(sources: PatternSource[], schema: JsonSchema): RuleSet;
/**
 * The built-in files without the checks (schema, linear time, prefixes, field rules): they ship
 * with the package and the test suite compiles them with every check (test/patterns.test.ts).
 * Only what the scanner needs is built. Checking cost 2-3 ms of every start-up on the 2-core
 * reference machine (cold code: 4.1 ms with checks, ~1.5 ms without), which the pre-commit
 * hook pays on each commit.
 */
export declare function compileTrustedPatterns(sources: PatternSource[]): RuleSet;
