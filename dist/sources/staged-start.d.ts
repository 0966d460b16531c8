import type { ChildProcessWithoutNullStreams } from 'node:child_process';
/**
 * Bounds on git's own memory, which counts as the scan's (a hook's or a CI job's peak RSS is the
 * largest process's). By default git keeps up to 96 MiB of delta bases and maps pack files in
 * 1 GiB windows, up to 8 GiB, every page read staying resident: `--history` of 20,000 commits
 * (a 62 MiB pack) took `git log -p` to 174 MiB while node stayed under 70 MiB. With these it
 * peaked at 67 MiB, in the same time. Here, with the staged diff's start, so that start.cjs (which
 * bin/scan-keys.js requires before anything else) holds them and needs no second file; git-run.ts
 * uses them for every other git.
 */
export declare const GIT_MEMORY: readonly string[];
/**
 * Lines of context: more than any file has, so a changed file is one hunk from its first line to
 * its last. (2^29: twice it plus the inter-hunk context still fits the 32-bit `long` of git's
 * diff code on Windows.)
 */
export declare const WHOLE_FILE: number;
export declare const DIFF_ARGS: readonly string[];
/**
 * Whether argv asks for `--staged`, guessed from the words before any parsing: the parse decides,
 * and a diff it does not ask for is stopped unread (main.ts).
 */
export declare function wantsStagedDiff(args: readonly string[]): boolean;
/**
 * `git diff` with DIFF_ARGS (then `extra` options and `paths`) in `cwd`, its output not read yet:
 * the caller attaches its readers before it next yields to the event loop (node drops the
 * output of a child that has exited with nobody reading it). The environment is inherited whole
 * (GIT_INDEX_FILE, GIT_DIR of a hook must reach git), as everywhere (git-run.ts).
 */
export declare function spawnStagedDiff(cwd: string, extra?: readonly string[], paths?: readonly string[]): ChildProcessWithoutNullStreams;
