/**
 * Objects git cannot read: a clone missing blobs (a snapshot, a damaged pack), a partial clone
 * (`--filter=blob:none`) whose promisor remote cannot be reached, a shallow clone. `git log -p`
 * and `git diff` die on the first such object with "unable to read <oid>" and nothing else; this
 * finds every missing object of the scan, where it is (commit, path), and says how to fix it.
 */
import { GitError } from './git-run.js';
export interface MissingObject {
    /** The commit whose change needs it, or "index"/"HEAD" for a staged scan. */
    commit: string;
    path: string;
    oid: string;
}
/** How to get the objects back, whatever the cause. */
export declare const MISSING_HINT = "fetch the missing objects (`git fetch`; in a shallow clone `git fetch --unshallow`; in a partial clone make its promisor remote reachable, or `git fetch --refetch`), or rerun with --skip-unreadable to scan the rest and list these as skipped";
/** True for git's ways of saying it could not read an object. */
export declare function isMissingObjectError(message: string): boolean;
/** The object ids of `oids` that git cannot read (without fetching them from a promisor). */
export declare function unreadableObjects(cwd: string, oids: readonly string[]): Promise<Set<string>>;
/**
 * The missing blobs a commit range needs, each at the first commit (oldest first) and path that
 * needs it. `rev-list --missing=print` lists them without fetching; `log --raw -m` (which reads
 * only commits and trees) says where each is used, on either side of a change.
 */
export declare function missingInRange(top: string, revs: string[]): Promise<MissingObject[]>;
/** The staged paths whose blob (in the index, or at HEAD) git cannot read. */
export declare function missingStaged(cwd: string): Promise<MissingObject[]>;
/** A scan that stopped at objects git cannot read: every one named, what was scanned, and the fix. */
export declare class MissingObjectsError extends GitError {
    readonly missing: MissingObject[];
    constructor(missing: MissingObject[], scanned: string, cause: string);
}
/** The skip reason for an object left out by --skip-unreadable (warned about: see isWarnedSkip). */
export declare function skipReason(m: MissingObject): string;
