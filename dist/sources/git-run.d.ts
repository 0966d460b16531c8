import type { SimpleGit } from 'simple-git';
export declare class GitError extends Error {
    constructor(message: string);
}
export declare function git(dir: string): Promise<SimpleGit>;
/** `git <args>` in `dir`; stdout as text. Throws GitError with git's own first line. */
export declare function gitRaw(dir: string, args: string[]): Promise<string>;
/**
 * `git <args>` in `dir`; stdout, and what git wrote to stderr although it succeeded: git only
 * warns (exit 0) about a directory it cannot open, which would otherwise pass silently.
 */
export declare function gitRawWithWarnings(dir: string, args: string[]): Promise<{
    stdout: string;
    stderr: string;
}>;
/** True for the errors that mean "not in a git work tree" or "no git here", as opposed to a failure. */
export declare function isNotARepository(err: unknown): boolean;
export interface RepoInfo {
    top: string;
    gitDir: string;
}
/** The work tree root and git directory, or a GitError that says we are not in a repository. */
export declare function findRepo(cwd: string, what: string): Promise<RepoInfo>;
/**
 * Spawns a long-lived or streaming git process (`cat-file --batch`, `log -p`), which simple-git
 * cannot do: it buffers whole outputs and has no stdin. Same rule as above: the environment is
 * inherited whole (GIT_INDEX_FILE, GIT_DIR, GIT_WORK_TREE of a hook must reach git).
 */
export declare function gitSpawn(dir: string, args: string[], extraEnv?: Record<string, string>): import('node:child_process').ChildProcessWithoutNullStreams;
/** Collects a spawned git's stderr (first line) for error messages. */
export declare function firstStderrLine(child: import('node:child_process').ChildProcessWithoutNullStreams): () => string;
/**
 * `git <args>` in `dir` without simple-git, stdout as bytes. For the pre-commit path only, where
 * start-up time is the product: importing simple-git and running a command through it cost about
 * 40 ms on the 2-core reference machine, against 2 ms for a bare spawn. The environment is inherited
 * whole, as everywhere here. Throws GitError with git's first stderr line.
 */
export declare function gitOutput(dir: string, args: string[], input?: string, extraEnv?: Record<string, string>): Promise<Buffer>;
