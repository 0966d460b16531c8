/** One file of a tree scan, read and scanned synchronously (in the main thread or a worker). */
import type { Finding, RuleSet, SkippedFile } from '../types.js';
import { type FileTarget } from '../sources/files.js';
export interface FileScanOptions {
    rules: RuleSet;
    maxFileSize: number;
    inlineAllow: boolean;
    skipUnreadable: boolean;
}
export interface FileScan {
    findings: Finding[];
    /** Set when the file was not scanned (binary, too large, not a regular file, unreadable). */
    skipped?: SkippedFile;
    bytes: number;
    lines: number;
}
export declare function scanFileSync(target: FileTarget, options: FileScanOptions): FileScan;
