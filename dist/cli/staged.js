/**
 * The pre-commit fast path: `scan-keys --staged` with only simple flags runs here without loading
 * yargs (about 120 ms of the 2-core reference machine's start-up), simple-git or micromatch, so
 * the hook costs little more than starting node. Anything else (a config file, other options,
 * --help) returns undefined and bin/scan-keys.js runs the full command line, which gives the
 * same results (test/git-staged.test.ts compares the two). Measured on the 2-core machine, 10
 * staged files in a 20,000-file repository, alternating runs: this path 101 ms, the full command
 * line 229 ms, `node -e 0` 72 ms. This path runs from a CommonJS bundle (scripts/bundle-staged.mjs);
 * a single esbuild bundle of the full command line was no faster (yargs' run-time work dominates,
 * not module loading).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findProjectRoot } from '../sources/repo-root.js';
import { SEVERITIES } from '../types.js';
import { openStaged } from '../sources/staged.js';
const FLAGS = new Set(['--staged', '--verbose', '-v', '--color', '--no-color', '--show-secrets']);
/** The options, when argv is a plain `--staged` run this path handles; undefined otherwise. */
export function parseFastArgs(argv) {
    if (!argv.includes('--staged'))
        return undefined;
    const o = { verbose: false, color: undefined, showSecrets: false, format: 'text', failOn: 'medium' };
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        const [name, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
        if (name === '--format' || name === '--fail-on' || name === '--lang') {
            const value = inline ?? argv[++i];
            if (name === '--format' && (value === 'text' || value === 'json'))
                o.format = value;
            else if (name === '--lang' && (value === 'zh-CN' || value === 'en'))
                o.lang = value; // issue 19
            else if (name === '--fail-on' && value !== undefined && [...SEVERITIES, 'none'].includes(value))
                o.failOn = value;
            else
                return undefined;
            continue;
        }
        if (inline !== undefined || !FLAGS.has(a))
            return undefined;
        if (a === '--verbose' || a === '-v')
            o.verbose = true;
        else if (a === '--color')
            o.color = true;
        else if (a === '--no-color')
            o.color = false;
        else if (a === '--show-secrets')
            o.showSecrets = true;
    }
    return o;
}
export async function mainStaged(argv, io) {
    const o = parseFastArgs(argv);
    // A project config (found exactly as the full command line finds it) may change what is
    // scanned or silenced: leave that to the full command line rather than handle it twice.
    if (!o || existsSync(join(findProjectRoot(io.cwd), '.scan-keys.json')))
        return undefined;
    // Not performance.now(): its first use loads perf_hooks (ten internal modules, ~1.5 ms).
    const started = process.hrtime.bigint();
    // git first, everything else after: the diff runs on the other core while this one
    // loads the scanner and compiles the rules (staged-run.ts, one import).
    const git = openStaged(io.cwd);
    try {
        const { runStaged } = await import('./staged-run.js');
        return await runStaged(o, io, git, started);
    }
    finally {
        void git.close(); // scanStaged closes it too; this covers a throw before scanStaged
    }
}
