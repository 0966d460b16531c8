/**
 * The library API: `scan`, `scanStaged`, `scanRange` with defaults (the built-in rules, the
 * current directory), returning findings as data. They never print and never exit; the CLI runs
 * the same functions underneath (scanPaths, scanStaged, scanRange) and decides what they mean.
 */
import type { RuleSet, ScanProgress, ScanResult } from './types.js';
import type { Config } from './policy/config.js';
import { type RangeSpec } from './scan/range.js';
export interface LibraryOptions {
    /** Rules to run (default: the built-in rules, `loadPatterns()`). */
    rules?: RuleSet;
    /** A compiled `.scan-keys.json` (include, exclude, path allow entries); default none. */
    config?: Config;
    /** Honour inline allow comments (default true). */
    inlineAllow?: boolean;
}
export interface LibraryScanOptions extends LibraryOptions {
    /** Directory that relative paths are read from and shown relative to (default: the current directory). */
    root?: string;
    /** Skip larger files (bytes, default 100 MiB). */
    maxFileSize?: number;
    /** Called after each file with running totals. */
    onProgress?: (p: ScanProgress) => void;
}
export interface LibraryGitOptions extends LibraryOptions {
    /** Any directory inside the work tree (default: the current directory). */
    cwd?: string;
}
/** Scans files and directories (a directory in a git work tree: the files git would track). */
export declare function scan(paths: string | string[], options?: LibraryScanOptions): Promise<ScanResult>;
/** Scans what the next commit adds (the index): findings on added lines only. */
export declare function scanStaged(options?: LibraryGitOptions & {
    maxFileSize?: number;
}): Promise<ScanResult>;
/**
 * Scans the commits of a range: `'A..B'` (or `{ range: 'A..B' }`), `{ since: REV }` (REV..HEAD) or
 * `{ history: true }` (every ref). Each finding carries the commit that introduced it and
 * `presentAtHead`.
 */
export declare function scanRange(range: string | RangeSpec, options?: LibraryGitOptions): Promise<ScanResult>;
