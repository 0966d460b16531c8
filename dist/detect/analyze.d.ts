/**
 * One window of text in, candidate findings out. Pure: no I/O, no state between calls.
 *
 * The text is the latin1 decoding of raw bytes, so string indices are byte offsets and every key
 * (ASCII by definition) reads the same whatever the file's encoding. Order of work, cheapest first:
 * a literal prefilter for the id prefixes (LTAI, AKID, STS., CAIS), the rule regexes only at those
 * hits, then provider words, and the secret regexes only in windows around ids and words.
 */
import type { Rule, RuleSet, Severity } from '../types.js';
import { TextRuns } from './runs.js';
/** How far (bytes) a secret may be from the id it pairs with, or from a provider word. */
export declare const CONTEXT_BYTES = 1024;
/** How many line breaks may separate a secret from its id. */
export declare const PAIR_LINES = 4;
/** How many line breaks may separate a secret from a provider word. */
export declare const WORD_LINES = 8;
export interface Candidate {
    rule: Rule;
    /** Index in the analysed text. */
    start: number;
    end: number;
    value: string;
    severity: Severity;
    confidence: 'prefix' | 'pair' | 'context';
    isPublic: boolean;
    /** The candidate on the other side of a pair. */
    pair?: Candidate;
}
/**
 * Calls `onMatch` for each match of `rule` in `masked` starting in [from, to): over the whole span,
 * or only in the runs of the rule's characters (runs.ts, `runs` of `masked`) long enough for a
 * match. Each search reads a slice, not the text from lastIndex (a global regex would run on to the
 * end of the buffer looking for the next match, once per window: quadratic on a buffer full of
 * ids), with one character before it for the look-behind and, after it, the rest of the run or
 * maxLength + 1. Exported for test/runs.test.ts, which checks it against a whole-text search.
 */
export declare function forEachMatch(masked: string, rule: Rule, runs: TextRuns, from: number, to: number, onMatch: (start: number, end: number, value: string) => void): void;
export declare const NAME_BEFORE: RegExp;
/**
 * NAME_BEFORE.exec(text), searching only where a match can start. A match holds at most 6
 * maximal runs of blanks (2 between the name's words, 4 around the assignment operator), and
 * starts on a non-blank, so it starts after the 7th-last run: the leftmost match from there is
 * the leftmost match of the whole text. On a long line of `name = value` it saves trying (and
 * backtracking from) every one of 256 start positions.
 */
export declare function nameMatch(text: string): RegExpExecArray | null;
/**
 * The name a value is assigned to, read back from the text before it: `name = v`, `name: v`,
 * `"name": "v"`, `name := v`, `<name>v`, `setProperty("NAME", "v")`, or, when the value stands
 * alone on its line, the previous line (`<name>` / `name:` then the value below).
 */
export declare function nameBefore(s: string, start: number): string | undefined;
/**
 * Start of the line holding index `pos` (just after a '\n', or 0), looking back at most `max`
 * characters; -1 when the line starts further back. Keeps per-candidate work bounded.
 */
export declare function lineStartNear(s: string, pos: number, max: number): number;
/**
 * Analyses `s` and returns the candidates that start in [ownFrom, ownTo), each with its severity
 * and pair decided. Candidates outside that range still serve as anchors and pair partners.
 * Keys inside base64 runs are found on a decoded view of the text (see decode.ts) and reported at
 * the encoded run.
 */
export declare function analyzeText(s: string, set: RuleSet, ownFrom?: number, ownTo?: number): Candidate[];
