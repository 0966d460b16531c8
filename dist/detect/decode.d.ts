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
/**
 * The decoded view of `s`, or undefined when no run qualifies (the common case: then the caller
 * has nothing more to do).
 */
/**
 * `anchors` are the places a bare encoded secret could count: ids and provider words. Such a
 * secret is only reported beside one of them, so 40/44-character runs are looked for only within
 * `reach` of an anchor (or of an encoded id): searching whole buffers cost 40 % of the scan of a
 * 60 MB minified file (503 of 1,237 ms), whose base64-like runs are everywhere.
 */
export declare function decodedView(s: string, keywords: readonly string[], anchors: readonly number[], reach: number): DecodedView | undefined;
/** The decoded segment holding view index `i`, if any. */
export declare function segmentAt(view: DecodedView, i: number): DecodedSegment | undefined;
/** Maps a view index back to the original text: inside a decoded run, the run's start. */
export declare function toOriginal(view: DecodedView, i: number): number;
