/** Kept apart from project.ts (which loads micromatch) so the pre-commit fast path can use it. */
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
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
export function repoFromFiles(cwd, env = process.env) {
    if (process.platform === 'win32')
        return undefined;
    for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_COMMON_DIR', 'GIT_CEILING_DIRECTORIES', 'GIT_DISCOVERY_ACROSS_FILESYSTEM'])
        if (env[name])
            return undefined;
    for (const [name, value] of Object.entries(env))
        if (name.startsWith('GIT_CONFIG') && /worktree|bare/i.test(value ?? ''))
            return undefined;
    const here = resolve(cwd);
    const dotGit = findDotGit(here);
    if (dotGit === undefined || here === dotGit || here.startsWith(dotGit + sep))
        return undefined;
    try {
        const stat = statSync(dotGit);
        // Another owner: git may refuse the repository (safe.directory), and must say so itself.
        if (!stat.isDirectory() || stat.uid !== process.getuid?.() || realpathSync(here) !== here)
            return undefined;
        if (/^\s*(?:worktree|bare\s*=\s*true|\[include)/im.test(readFileSync(join(dotGit, 'config'), 'utf8')))
            return undefined;
    }
    catch {
        return undefined;
    }
    return { top: dirname(dotGit), gitDir: dotGit };
}
