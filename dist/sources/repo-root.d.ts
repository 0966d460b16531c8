/**
 * The nearest `.git` at or above `cwd` (a directory, or the file a linked worktree or submodule
 * has), as git finds it without $GIT_DIR; undefined when there is none.
 */
export declare function findDotGit(cwd: string): string | undefined;
/** The repository root: the directory holding the nearest `.git`: git's top level without spawning git. Else `cwd`. */
export declare function findProjectRoot(cwd: string): string;
/**
 * What `git rev-parse --show-toplevel --absolute-git-dir` prints, read from the file system where
 * that is certain, else undefined (ask git). A pre-commit run with a `.scan-keys.json` needs the
 * top (the globs are relative to it), and the git process cost the hook 5-10 ms of its start-up
 * on the 2-core reference machine (fork and exec block node while they run).
 *
 * Certain: no variable that moves git's directory or work tree (GIT_DIR, GIT_WORK_TREE, ...; a
 * linked worktree's hook has GIT_DIR), the nearest `.git` is a directory (not the file of a linked
 * worktree or a submodule), is ours (no safe.directory question) and `cwd` is not inside it, the
 * path has no symbolic link (git prints real paths), and the repository's config names no work
 * tree, is not bare and includes nothing.
 */
export declare function repoFromFiles(cwd: string, env?: NodeJS.ProcessEnv): {
    top: string;
    gitDir: string;
} | undefined;
