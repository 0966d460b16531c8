/**
 * What main.ts and run.ts share: the exit codes, the colour decision and the one line an error
 * becomes. Kept free of yargs and the other heavy modules: every run loads it.
 */
import type { RuleSet } from '../types.js';
import { type Messages } from '../report/messages/en.js';
export { EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, oneLine } from './exit.js';
/** Colour: the flag if given; else off with NO_COLOR, on with FORCE_COLOR (not 0/false), else on a terminal. */
export declare function useColor(flag: boolean | undefined, io: {
    env: Record<string, string | undefined>;
    stdout: {
        isTTY?: boolean;
    };
}): boolean;
export interface ErrorLineOptions {
    /** An error we expect and word ourselves (usage, input, git, config): shown whole. Else "internal error", first line only. */
    known: boolean;
    /** The message may quote input (a parse error, an exception): also hide random-looking runs. */
    quoted: boolean;
    /** Rules to find and mask keys in the message; undefined if they could not be loaded. */
    rules: RuleSet | undefined;
    showSecrets: boolean;
    /** The catalogue to word it in (default English). */
    m?: Messages;
}
/** The stderr line for an error: never a secret (unless --show-secrets), an internal error in one line. */
export declare function errorLine(err: unknown, options: ErrorLineOptions): string;
