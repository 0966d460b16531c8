import type { RuleSet, ScanResult } from '../types.js';
import type { Config } from '../policy/config.js';
import { type StagedGit } from '../sources/staged.js';
export interface StagedScanOptions {
    rules: RuleSet;
    /** Any directory inside the work tree. */
    cwd: string;
    config?: Config;
    /** Honour scan-keys:allow comments (default true; --no-inline-allow for audits). */
    inlineAllow?: boolean;
    maxFileSize?: number;
    /**
     * Set the result's `base` to the work tree top (default true). It costs a `git rev-parse`; the
     * pre-commit fast path, whose reports never show it, turns it off.
     */
    base?: boolean;
    /** The git processes, if the caller started them early (openStaged(cwd)); closed here either way. */
    git?: StagedGit;
    /** Go on past blobs git cannot read, listing each as skipped with a warning (else exit 2 naming them). */
    skipUnreadable?: boolean;
    /**
     * Worker threads for a large change (see scanLarge): 0 scans in this thread; default: as a tree
     * scan of the same files would.
     */
    workers?: number;
}
/** Git's object id of a blob with this content (SHA-1, or SHA-256 for a 64-digit id). */
export declare function blobId(content: Buffer, like: string): string;
export declare function scanStaged(options: StagedScanOptions): Promise<ScanResult>;
