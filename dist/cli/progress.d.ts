/**
 * The progress line of a long scan on a terminal: files, bytes, rate and findings so far, on
 * stderr, drawn only once the scan has run for a second, redrawn at most every 100 ms, and erased
 * at the end so the report starts on a clean line. The clock is passed in (tests inject one).
 */
import type { ScanProgress } from '../types.js';
import { type Messages } from '../report/messages/en.js';
export interface ProgressOptions {
    /** Nothing is drawn before the scan has run this long (ms). */
    delayMs?: number;
    /** Minimum time between two redraws (ms). */
    intervalMs?: number;
}
export declare function formatProgress(p: ScanProgress, elapsedMs: number, m?: Messages): string;
export declare class ProgressLine {
    private readonly stream;
    private readonly now;
    private readonly m;
    private readonly started;
    private last;
    private isShown;
    private readonly delayMs;
    private readonly intervalMs;
    constructor(stream: {
        write(s: string): unknown;
    }, now?: () => number, options?: ProgressOptions, m?: Messages);
    update(p: ScanProgress): void;
    /** Erases the line, if one was drawn. */
    end(): void;
}
