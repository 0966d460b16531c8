/**
 * What both entry points share (cli/main.ts and the pre-commit fast path, cli/staged.ts): the exit
 * codes, the colour decision and the one line an error becomes. Kept free of yargs and the other
 * heavy modules so the fast path can load it.
 */
import type { Lang, RuleSet, Severity } from '../types.js';
import { type Messages } from '../report/messages/en.js';
export declare const EXIT_CLEAN = 0;
export declare const EXIT_FINDINGS = 1;
export declare const EXIT_ERROR = 2;
/** Colour: the flag if given; else off with NO_COLOR, on with FORCE_COLOR (not 0/false), else on a terminal. */
export declare function useColor(flag: boolean | undefined, io: {
    env: Record<string, string | undefined>;
    stdout: {
        isTTY?: boolean;
    };
}): boolean;
/** An error's message with its lines folded into one indented block. */
export declare function oneLine(err: unknown): string;
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
/** The options of a plain `--staged` run (the pre-commit fast path, staged.ts → staged-run.ts). */
export interface FastOptions {
    verbose: boolean;
    color: boolean | undefined;
    showSecrets: boolean;
    format: 'text' | 'json';
    failOn: Severity | 'none';
    /** --lang, if given (else the environment decides). */
    lang?: Lang;
}
