/**
 * The command line: argv in, exit code out. One path for every run:
 *
 *   argv holds the word --staged: git's diff starts here, before anything else loads
 *   → options.ts (the table) → fast-args.ts parses the plain forms of an ordinary run; anything
 *     else goes to args.ts (yargs-parser, strict as yargs), which parses it the same way
 *     → usage.ts (yargs) only for --help, --version or a usage error
 *     → pre-receive (the server hook): pre-receive.ts, nothing else
 *     → run.ts: config, rules, the scan, the report, the exit code.
 *
 * Only run.ts and this file decide exit codes; both write through the `io` they are given, so
 * tests can call main() directly. bin/scan-keys.js maps anything thrown past this point to exit 2.
 *
 * Exit codes: 0 nothing blocks; 1 at least one finding at or above --fail-on; 2 usage error,
 * unreadable input, git failure or any internal error.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT_CLEAN, EXIT_ERROR, oneLine } from './exit.js';
import { parseFast } from './fast-args.js';
import { CONFIG_FILE } from './options.js';
import { readVersion, STDIN_ARG } from './io.js';
import { langFlag, langFromEnv, parseLang } from './lang.js';
import { findProjectRoot } from '../sources/repo-root.js';
import { openStaged } from '../sources/staged.js';
import { wantsStagedDiff } from '../sources/staged-start.js';
export { EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS } from './exit.js';
export async function main(argv, io, given = {}) {
    // Not performance.now(): its first use loads perf_hooks (ten internal modules, ~1.5 ms).
    const started = process.hrtime.bigint();
    const args = argv.map((a) => (a === '-' ? STDIN_ARG : a));
    // --staged: git's diff is what the hook waits for last, so it starts before the parser loads
    // (bin/scan-keys.js starts it even before this module loads). Only a guess from the words: the
    // parse decides, and a diff it does not ask for is stopped unread (`finally` below).
    const early = wantsStagedDiff(args) ? openStaged(io.cwd, { diff: given.stagedDiff }) : undefined;
    if (!early)
        given.stagedDiff?.kill();
    try {
        return await dispatch(args, argv, io, started, early);
    }
    finally {
        void early?.close(); // the staged scan closes it too; this covers every other way out
    }
}
async function dispatch(args, argv, io, started, early) {
    // The plain forms without yargs-parser (see fast-args.ts); the rest as before.
    let parsed = parseFast(args) ?? (await import('./args.js')).parseArgs(args);
    if (!parsed) {
        // A failure to load yargs is not a usage error: it reaches bin as an internal error.
        const { parseWithYargs } = await import('./usage.js');
        // Before the config is read (a usage error may come first): the flag as written, else the
        // environment. run.ts decides again with the config's "lang".
        const { loadLocale } = await import('../report/messages/index.js');
        const t = await loadLocale(parseLang(langFlag(argv) ?? '') ?? langFromEnv(io.env));
        try {
            const result = await parseWithYargs(args, readVersion(), t.lang);
            if ('output' in result) {
                io.stdout.write(result.output + '\n');
                return EXIT_CLEAN;
            }
            parsed = result.argv;
        }
        catch (err) {
            io.stderr.write(`scan-keys: ${oneLine(err)}${t.m.seeHelp}\n`);
            return EXIT_ERROR;
        }
    }
    if (early && (parsed.staged !== true || parsed._[0] === 'pre-receive'))
        void early.close(); // guessed wrong
    // The server hook (git waits for it on every push): no config, rules or reports of the
    // command line; its own module reads the pushed commits' policy.
    if (parsed._[0] === 'pre-receive')
        return (await import('./pre-receive.js')).runPreReceive(io);
    // --staged: git first, everything else after. The diff runs on the other core while this one
    // loads the scanner and compiles the rules. The work tree's top too when the answer will be
    // needed (a config's globs are relative to it; a baseline's paths are), else only if git fails.
    let git;
    if (parsed.staged === true) {
        git = early ?? openStaged(io.cwd); // --staged=true, say: the parser's word, not the guess
        const baseline = parsed._[0] === 'baseline' || typeof parsed.baseline === 'string';
        const config = typeof parsed.config === 'string' || existsSync(join(findProjectRoot(io.cwd), CONFIG_FILE));
        if (baseline || config)
            git.repo().catch(() => undefined);
    }
    try {
        const { run } = await import('./run.js');
        return await run(parsed, io, { started, stagedGit: git });
    }
    finally {
        if (git !== early)
            void git?.close(); // as main() does for the early one
    }
}
