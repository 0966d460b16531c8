/**
 * Keys hidden in base64: a Kubernetes Secret's `data:` values, a base64 `.env` blob, a config in
 * a CI variable. Builds a "decoded view" of a window: the same text with each candidate base64 run
 * replaced by its decoding, plus the map back to the encoded run, so the detector can run on the
 * view and report what it finds at the encoded text's position. Pure; no detection here.
 *
 * Kept cheap by decoding only candidate runs:
 * - runs holding the base64 form of an id prefix (LTAI, AKID, STS., CAIS). A keyword encodes
 *   differently at each of the 3 byte alignments, so each keyword gives 3 forms of 4-5 fully
 *   determined characters, found with one literal alternation (a random 5-char form occurs once
 *   in 64^5 = 1e9 positions; the search takes 11 ms on 11 MB of code, about 1 GB/s);
 * - when `bareSecrets` is set (the window mentions a provider) or an encoded id was found, runs of exactly 40 or 44 chars,
 *   the base64 of a 30- or 32-character secret, kept only if they decode to letters and digits
 *   (one regex pass, about 15 ns a byte: skipped on windows that name no provider).
 */
import { TextRuns } from './runs.js';
export interface DecodedSegment {
    /** Span of the decoded text in the view. */
    viewStart: number;
    viewEnd: number;
    /** Span of the encoded run in the original text. */
    start: number;
    end: number;
}
export interface DecodedView {
    text: string;
    /** Decoded runs, in order. Text between them is copied unchanged. */
    segments: DecodedSegment[];
}
/** The characters of base64(x) fixed by `keyword` alone, at each of the 3 byte offsets of x. */
export declare function encodedForms(keyword: string): string[];
/** The shortest run of token characters a bare encoded secret stands in. */
export declare const BARE_RUN_MIN = 40;
/** How many runs of `s` (whose runs are `textRuns`) are shaped like a bare encoded secret (see decodedView). */
export declare function bareShapedRuns(s: string, textRuns: TextRuns): number;
/**
 * The decoded view of `s`, or undefined when no run qualifies (the common case: then the caller
 * has nothing more to do).
 *
 * A bare encoded secret counts only within `reach` of an anchor: `nearAnchor(from, to)` tells
 * whether an id or a provider word starts in [from, to) (an encoded id counts too); undefined
 * when the text has neither. The runs of
 * 40 or more base64 characters are found first (`runs`, shared with the plain analysis), and
 * anchors looked for only around those that decode to a key's shape: asking first for every
 * anchor's surroundings cost 40 % of the scan of a 60 MB minified file (503 of 1,237 ms), whose
 * base64-like runs are everywhere, and provider words in every file of an SDK.
 */
export declare function decodedView(s: string, keywords: readonly string[], nearAnchor: ((from: number, to: number) => boolean) | undefined, reach: number, textRuns?: TextRuns): DecodedView | undefined;
/** The decoded segment holding view index `i`, if any. */
export declare function segmentAt(view: DecodedView, i: number): DecodedSegment | undefined;
/** Maps a view index back to the original text: inside a decoded run, the run's start. */
export declare function toOriginal(view: DecodedView, i: number): number;
