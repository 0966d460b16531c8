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
    /** A target with a `blob` whose file is not that blob (changed since staged, a symlink, gone): not scanned. */
    mismatch?: true;
}
export declare function scanFileSync(target: FileTarget, options: FileScanOptions): FileScan;
