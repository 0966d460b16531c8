/** Kept apart from project.ts (which loads micromatch) so the pre-commit fast path can use it. */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * The repository root: the nearest directory at or above `cwd` holding `.git` (a directory, or
 * the file a linked worktree or submodule has): git's top level without spawning git. Else `cwd`.
 */
export function findProjectRoot(cwd: string): string {
  for (let dir = resolve(cwd); ; ) {
    if (existsSync(resolve(dir, '.git'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return resolve(cwd);
    dir = parent;
  }
}
