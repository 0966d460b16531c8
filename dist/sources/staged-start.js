/**
 * Starting the staged diff, and nothing more: the pre-commit hook's first act. bin/scan-keys.js
 * requires this module alone (dist/cjs/start.cjs) and starts git before the rest of the command
 * line loads, so that git reads its index while node loads and compiles ours; the diff's reader
 * (staged.ts) takes the process over. What the diff asks git for, and why: staged.ts.
 */
import { createRequire } from 'node:module';
/**
 * Bounds on git's own memory, which counts as the scan's (a hook's or a CI job's peak RSS is the
 * largest process's). By default git keeps up to 96 MiB of delta bases and maps pack files in
 * 1 GiB windows, up to 8 GiB, every page read staying resident: `--history` of 20,000 commits
 * (a 62 MiB pack) took `git log -p` to 174 MiB while node stayed under 70 MiB. With these it
 * peaked at 67 MiB, in the same time. Here, with the staged diff's start, so that start.cjs (which
 * bin/scan-keys.js requires before anything else) holds them and needs no second file; git-run.ts
 * uses them for every other git.
 */
export const GIT_MEMORY = ['-c', 'core.deltaBaseCacheLimit=16m', '-c', 'core.packedGitLimit=32m', '-c', 'core.packedGitWindowSize=8m'];
/**
 * Lines of context: more than any file has, so a changed file is one hunk from its first line to
 * its last. (2^29: twice it plus the inter-hunk context still fits the 32-bit `long` of git's
 * diff code on Windows.)
 */
export const WHOLE_FILE = 2 ** 29;
export const DIFF_ARGS = [
    '-c', 'core.quotePath=false',
    '-c', 'color.ui=never',
    '-c', 'diff.noprefix=false',
    '-c', 'diff.mnemonicPrefix=false',
    '-c', 'diff.relative=false',
    '-c', 'diff.suppressBlankEmpty=false',
    'diff', '--cached', '--raw', '-p', '-z', '--full-index', '--no-abbrev', `--unified=${WHOLE_FILE}`, '--text',
    '--no-color', '--no-ext-diff', '--no-textconv', '--no-relative', '--ignore-submodules=none', '--submodule=short',
    '--inter-hunk-context=0',
    // Renames (-M) as a range scan sees them (sources/history.ts), so the hook and CI agree: a rename
    // moves lines (only its edits are added), a copy adds every line it holds at its new path.
    // Copy detection (-C) would take a copy of a file the commit also changes as lines not added,
    // and its keys would pass the hook that CI then reports.
    '--src-prefix=a/', '--dst-prefix=b/', '-M',
];
/**
 * Whether argv asks for `--staged`, guessed from the words before any parsing: the parse decides,
 * and a diff it does not ask for is stopped unread (main.ts).
 */
export function wantsStagedDiff(args) {
    return args.includes('--staged') && !args.includes('--');
}
/**
 * `git diff` with DIFF_ARGS (then `extra` options and `paths`) in `cwd`, its output not read yet:
 * the caller attaches its readers before it next yields to the event loop (node drops the
 * output of a child that has exited with nobody reading it). The environment is inherited whole
 * (GIT_INDEX_FILE, GIT_DIR of a hook must reach git), as everywhere (git-run.ts).
 */
export function spawnStagedDiff(cwd, extra = [], paths = []) {
    // node:child_process on first use (4-6 ms), as in git-run.ts.
    const { spawn } = createRequire(import.meta.url)('node:child_process');
    return spawn('git', [...GIT_MEMORY, ...DIFF_ARGS, ...extra, ...paths], { cwd, env: process.env, stdio: ['pipe', 'pipe', 'pipe'] });
}
