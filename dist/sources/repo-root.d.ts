/**
 * The nearest `.git` at or above `cwd` (a directory, or the file a linked worktree or submodule
 * has), as git finds it without $GIT_DIR; undefined when there is none.
 */
export declare function findDotGit(cwd: string): string | undefined;
/** The repository root: the directory holding the nearest `.git`: git's top level without spawning git. Else `cwd`. */
export declare function findProjectRoot(cwd: string): string;
