import type { CatFile } from '../sources/cat-file.js';
import { type Config } from './config.js';
import { type BaselineEntry } from './baseline.js';
export interface CommitPolicy {
    config: Config;
    baseline: BaselineEntry[];
    /** Blob ids of the two files ('' when absent): commits with the same key share one policy. */
    key: string;
}
/** The policy at `commit` (a full object id of a commit). Invalid files are ConfigError / BaselineError. */
export declare function policyAtCommit(blobs: CatFile, commit: string): Promise<CommitPolicy>;
