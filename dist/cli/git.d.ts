/**
 * The git gates' part of the command line, kept out of run.ts so that file only gains options and
 * one dispatch branch: `--staged`, `--since`, `--range`, `--history`, and `install`/`uninstall`.
 * The scans and install are imported when used: this module is on every run's path.
 */
import type { RuleSet } from '../types.js';
import { GitError } from '../sources/git-run.js';
import type { Config } from '../policy/config.js';
import type { ScanProgress, ScanResult } from '../types.js';
import type { RangeSpec } from '../scan/range.js';
import type { StagedGit } from '../sources/staged.js';
import { type Messages } from '../report/messages/en.js';
/** A GitError, so cli.ts reports it as one line (exit 2) without knowing this class. */
export declare class GitUsageError extends GitError {
}
/** Which git scan the parsed options ask for, if any; conflicting choices are a usage error. */
export declare function gitScanMode(parsed: Record<string, unknown>): 'staged' | RangeSpec | undefined;
export interface GitScanContext {
    rules: RuleSet;
    config: Config;
    maxFileSize: number;
    cwd: string;
    inlineAllow: boolean;
    onProgress?: ((p: ScanProgress) => void) | undefined;
    /** --staged: the git processes main() started before loading the rest. */
    stagedGit?: StagedGit | undefined;
    /** --staged: set the result's base (the work tree top; costs a rev-parse), for a baseline. */
    base?: boolean;
    /** --skip-unreadable: list objects git cannot read as skipped instead of exit 2. */
    skipUnreadable?: boolean;
}
export declare function runGitScan(mode: 'staged' | RangeSpec, ctx: GitScanContext): Promise<ScanResult>;
/** `scan-keys install` / `uninstall`: one line saying what changed, in the run's language. */
export declare function runHookCommand(command: 'install' | 'uninstall', cwd: string, m?: Messages): Promise<string>;
