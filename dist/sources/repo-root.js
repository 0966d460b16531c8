/** Kept apart from project.ts (which loads micromatch) so the pre-commit fast path can use it. */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
/**
 * The nearest `.git` at or above `cwd` (a directory, or the file a linked worktree or submodule
 * has), as git finds it without $GIT_DIR; undefined when there is none.
 */
export function findDotGit(cwd) {
    for (let dir = resolve(cwd);;) {
        const dotGit = resolve(dir, '.git');
        if (existsSync(dotGit))
            return dotGit;
        const parent = dirname(dir);
        if (parent === dir)
            return undefined;
        dir = parent;
    }
}
/** The repository root: the directory holding the nearest `.git`: git's top level without spawning git. Else `cwd`. */
export function findProjectRoot(cwd) {
    const dotGit = findDotGit(cwd);
    return dotGit === undefined ? resolve(cwd) : dirname(dotGit);
}
