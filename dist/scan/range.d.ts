/**
 * The CI scan: commits in a range (`--since REV`, `--range A..B`) or the whole history
 * (`--history`, every ref). Each hunk a commit adds is scanned with the lines around it; a key at
 * a path is reported once, at the oldest commit that added it, with how many commits of the range
 * hold it there.
 */
import type { RuleSet, ScanProgress, ScanResult } from '../types.js';
import type { Config } from '../policy/config.js';
import { GitError } from '../sources/git-run.js';
/**
 * `revs`: `git rev-list` arguments given as they are (`<new> --not --all`), for callers that have
 * already checked every object they name: the server-side gate, which runs in a bare repository
 * (no work tree, so `cwd` must be the git directory) inside git's quarantine.
 */
export type RangeSpec = {
    since: string;
} | {
    range: string;
} | {
    history: true;
} | {
    revs: string[];
};
export interface RangeScanOptions {
    rules: RuleSet;
    cwd: string;
    spec: RangeSpec;
    config?: Config;
    /** Honour scan-keys:allow comments (default true; --no-inline-allow for audits). */
    inlineAllow?: boolean;
    /** Count, for each finding, the commits of the range that hold it (default true). */
    count?: boolean;
    /** Check, for each finding, whether its file still holds the value at HEAD (default true). */
    presentAtHead?: boolean;
    /** Called after each hunk with running totals. */
    onProgress?: (p: ScanProgress) => void;
    /**
     * Go on past blobs git cannot read (a partial or damaged clone), listing each as skipped with a
     * warning. Without it such a scan is an error (exit 2) naming every missing object.
     */
    skipUnreadable?: boolean;
}
export declare class RangeError extends GitError {
}
/** The `git log` revision arguments for a spec, after checking that every end exists. */
export declare function resolveRevs(top: string, spec: RangeSpec): Promise<string[]>;
export declare function scanRange(options: RangeScanOptions): Promise<ScanResult>;
type SecretFinder = (content: Buffer) => Set<string>;
/**
 * Which of `secrets` a blob holds. A few: one indexOf each. Many (a leaked dump holds 100,000
 * keys in one file): one pass over the blob, looking up each position's first four bytes in a
 * table of the secrets' first four bytes and only then comparing whole values, so the cost is the
 * blob's size, not its size times the number of secrets (100,000 secrets × 10 versions of a
 * 2.8 MB file took hours the first way).
 */
export declare function secretFinder(secrets: readonly string[]): SecretFinder;
export {};
