/**
 * The server-side gate: what a push makes new to a repository, scanned as `--range` scans
 * (added lines only, merges with `--cc`), inside git's quarantine.
 *
 * Which commits: every pushed tip `--not --all`. In pre-receive no ref has moved yet, so `--all`
 * is exactly what the repository had before this push: an updated branch gives old..new minus
 * what other refs already hold; a new branch or tag, or a force push, gives only the commits the
 * repository never had; commits it already has under another ref give nothing. Deletions have
 * nothing to scan. The pushed objects live in the quarantine directory until the push is
 * accepted; git tells the hook where (GIT_QUARANTINE_PATH, GIT_OBJECT_DIRECTORY,
 * GIT_ALTERNATE_OBJECT_DIRECTORIES), and every git child here inherits the environment whole
 * (sources/git-run.ts).
 *
 * Policy: `.scan-keys.json` and the baseline as they are in each pushed tip (policy/pushed.ts).
 * Tips with the same two files are scanned in one walk.
 */
import type { Finding, Lang, Provider } from '../types.js';
export interface RefUpdate {
    old: string;
    new: string;
    ref: string;
}
export declare class PushInputError extends Error {
    constructor(message: string);
}
/** The `<old> <new> <ref>` lines git gives pre-receive on stdin. */
export declare function parseRefUpdates(text: string): RefUpdate[];
export interface RefOutcome {
    ref: string;
    /** scanned; deleted (nothing to scan); not-a-commit (a tag of a tree or blob: not scanned). */
    action: 'scanned' | 'deleted' | 'not-a-commit';
    type?: string;
}
export interface PushScanResult {
    /** New keys at or above the pushed policy's fail level: these reject the push. */
    blocking: Finding[];
    /** Keys at or above the fail level that the repository already held before this push: warnings. */
    known: Finding[];
    /** Keys below the fail level (public-by-design IDs, by default). */
    below: Finding[];
    allowed: number;
    baselined: number;
    refs: RefOutcome[];
    commits: number;
    files: number;
    lines: number;
    bytes: number;
    providers: readonly Provider[];
    durationMs: number;
    /** The pushed commits' `.scan-keys.json` `lang`, if one sets it (the first pushed tip's that does). */
    lang?: Lang;
}
export interface PushScanOptions {
    /** The repository's git directory (the hook's working directory), absolute. */
    gitDir: string;
    updates: RefUpdate[];
    /** Honour inline allow comments (default true). */
    inlineAllow?: boolean;
}
export declare function scanPush(options: PushScanOptions): Promise<PushScanResult>;
