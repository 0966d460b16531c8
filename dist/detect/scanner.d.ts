/**
 * Streaming scanner: bytes in (any chunking), findings out, in bounded memory. No I/O.
 *
 * It keeps a tail of the previous chunk so that a key straddling two chunks, and the context a
 * secret needs (its id or a provider word up to CONTEXT_BYTES away), are always seen whole. Each
 * round analyses the buffer and emits only the candidates that start in the region it owns,
 * [settled, limit), so every key is reported exactly once whatever the chunk size.
 */
import type { Finding, RuleSet } from '../types.js';
import { type Encoding } from './transcode.js';
/** Bytes inspected for a NUL to decide that content is binary (as git does). */
export declare const BINARY_SNIFF_BYTES = 8192;
/** Least new data analysed per round (see push). Exported for tests of round boundaries. */
export declare const MIN_ROUND_BYTES: number;
/**
 * Most bytes one round analyses, when the input comes in larger chunks (a whole file, 512 KiB
 * reads): the round's text is a latin1 string, and V8 puts a string over 128 KiB in its large
 * object space, where making one costs about 150 times more per byte (on Node 20 on the 2-core
 * reference machine: 137 MB/s at 256 KiB against 20 GB/s at 120 KiB). Each round re-reads the
 * kept tail (2 x reserve, about 20 KiB), which costs less than that.
 */
export declare const ROUND_MAX_BYTES: number;
export interface ContentScannerOptions {
    /** Report path stamped on findings. */
    file?: string;
    /** Honour inline allow markers (`scan-keys:allow`, see inline-allow.ts). Default true. */
    inlineAllow?: boolean;
}
export declare class ContentScanner {
    /** Total bytes pushed. */
    bytes: number;
    /** Line breaks seen so far, plus one: the number of lines once ended. */
    private readonly set;
    private readonly file;
    private readonly inlineAllow;
    private readonly reserve;
    private readonly keep;
    private buf;
    /** The scanner's own buffer for joined rounds (flush, keepTail), allocated on first need. */
    private work;
    private decodedBytes;
    private bufStart;
    private settled;
    private startPos;
    private decided;
    private binaryFlag;
    /** The input is a scan-keys pattern file (isRuleData): not scanned, like a binary file. */
    private ruleDataFlag;
    private ended;
    private lastByte;
    private pending;
    private pendingBytes;
    private readonly decoder;
    /** Bytes handed to analysis so far, counting re-analysed tails (a measure of work, for tests). */
    analysedBytes: number;
    /** Rounds of analysis so far (for tests). */
    rounds: number;
    constructor(set: RuleSet, options?: ContentScannerOptions);
    /** Bytes kept from one round to the next: positions near a round's end are re-analysed. */
    get reserveBytes(): number;
    /** The input's encoding, decided from its first bytes (a BOM); undefined before any input. */
    get encoding(): Encoding | undefined;
    /** Bytes currently held (for tests of bounded memory). */
    get bufferedBytes(): number;
    /** True once the first block held a NUL byte: the rest is ignored. */
    get isBinary(): boolean;
    /** True once the first block showed a scan-keys pattern file: its examples are rule data, not keys. */
    get isRuleData(): boolean;
    /** Lines seen so far (a last line without a break counts; an empty input has none). */
    get lines(): number;
    push(chunk: Uint8Array): Finding[];
    /**
     * Copies whatever the scanner still holds of the chunks pushed so far (pieces waiting for a
     * round, or a chunk used as the round's buffer) into its own buffer, so that the caller may read
     * its next chunk into the same memory. A large file read into a fresh 512 KiB Buffer per chunk
     * left a worker up to 64 MiB of dead chunks (V8 collects external memory only past that much
     * growth): a 256 MiB file with 17,563 findings, `--format json`, 137 -> 128 MiB peak RSS
     * (medians of 7 alternating runs; the scan itself 148 -> 96 MiB, the rest is the report).
     */
    release(): void;
    /**
     * Decoded bytes (UTF-8, or raw bytes when there was no BOM) into the analysis, in pieces that
     * keep each round's text under ROUND_MAX_BYTES (see there).
     */
    private pushDecoded;
    private pushPiece;
    /**
     * Joins the kept tail and the pending chunks into `buf`. A single chunk is used as it is (a
     * small file); anything else is copied into this scanner's own buffer, reused from round to
     * round: a fresh 120 KiB Buffer per round (Buffer.concat) cost 5 % of a scan of
     * tencentcloud-sdk-nodejs, most of it in allocating and faulting in new memory. `own`: always
     * into the scanner's own buffer (release).
     */
    private flush;
    /** Keeps buf[from..] as the next round's start, in the scanner's own buffer (never the caller's chunk). */
    private keepTail;
    end(): Finding[];
    private decide;
    private round;
    private toFinding;
}
/**
 * A copy of `s` that shares no memory with the string it was sliced from. V8 represents a
 * substring of 13 characters or more as a view (SlicedString) that keeps its whole parent alive;
 * a round's text is the latin1 decoding of up to 512 KiB plus the kept tail. A round trip through
 * a Buffer always allocates a fresh flat string.
 */
export declare function detach(s: string): string;
/**
 * Characters in s[from, to) (s is latin1: one char per byte) as a UTF-8 decoder with replacement
 * (TextDecoder, an editor) shows them: each valid sequence is one character, and each invalid
 * byte or truncated sequence is one U+FFFD. `from` must be a character boundary.
 */
export declare function codePoints(s: string, from: number, to: number, utf8: boolean): number;
/**
 * The character boundary at or just before index p of buf: p itself unless p falls inside a
 * well-formed-so-far UTF-8 sequence, then that sequence's lead byte (at most 3 back).
 */
export declare function utf8Boundary(buf: Uint8Array, p: number): number;
/** Scans a whole buffer at once (a convenience over ContentScanner). */
export declare function scanBuffer(set: RuleSet, data: Uint8Array, file?: string, options?: Omit<ContentScannerOptions, 'file'>): {
    findings: Finding[];
    binary: boolean;
    lines: number;
};
/** Scans text (a string) as UTF-8. */
export declare function scanText(set: RuleSet, text: string, file?: string, options?: Omit<ContentScannerOptions, 'file'>): Finding[];
