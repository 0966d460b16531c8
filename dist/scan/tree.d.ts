import type { RuleSet, ScanProgress, ScanResult } from '../types.js';
import type { Config } from '../policy/config.js';
export interface ScanOptions {
    rules: RuleSet;
    /** Paths are shown relative to this directory. */
    root: string;
    config?: Config;
    maxFileSize?: number;
    /** Report files and directories without read permission as skipped instead of failing. */
    skipUnreadable?: boolean;
    /**
     * Worker threads for the scan: 0 scans in this thread; default: one per core (at most 8) when
     * there are enough files to pay for them, else 0.
     */
    workers?: number;
    /** Honour inline allow comments (default true; --no-inline-allow turns them off). */
    inlineAllow?: boolean;
    /** Called after each file with running totals (the CLI's progress line on a terminal). */
    onProgress?: (p: ScanProgress) => void;
}
export declare const DEFAULT_MAX_FILE_SIZE: number;
/** Scans one stream of bytes (stdin, a blob) under a display name. */
export declare function scanStream(source: AsyncIterable<Uint8Array>, name: string, rules: RuleSet, options?: {
    inlineAllow?: boolean;
}): Promise<ScanResult>;
export declare function scanPaths(paths: string[], options: ScanOptions): Promise<ScanResult>;
