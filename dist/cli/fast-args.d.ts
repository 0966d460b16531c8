/**
 * The parser of ordinary runs: a small loop over options.ts's table for the plain forms a hook,
 * a CI step or a person types (`--staged`, `--format json`, `--fail-on=high`, `--no-color`,
 * `-vq`, `-o file`, paths and a command). What it accepts it parses exactly as args.ts
 * (yargs-parser) does, keys and defaults included: test/cli-args.test.ts checks the two against
 * each other (and yargs) on command lines generated from the table. Anything else (an option
 * given twice, an array option, a number other than plain digits, a value that starts with `-`,
 * `--`, help, version, an unknown or misspelt option, a bad choice) returns undefined, and
 * main.ts hands argv to args.ts, which parses or leaves it to yargs as before.
 *
 * Why: loading yargs-parser (parse.cjs, 35 KB) and its first call took the pre-commit hook 13 ms
 * of main-thread time between starting git and loading the scanner (median of 21 runs, staged
 * bench corpus, 2-core machine at load 2.5); this loop's first call takes 0.4 ms.
 */
import type { Parsed } from './args.js';
/** argv parsed as args.ts would parse it, or undefined when args.ts must decide. */
export declare function parseFast(args: readonly string[]): Parsed | undefined;
