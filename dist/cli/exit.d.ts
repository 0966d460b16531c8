/**
 * The exit codes and the one-line form of an error message: what main.ts needs before a run
 * loads anything else (common.ts, with the redaction that loads the scanner, comes later).
 */
export declare const EXIT_CLEAN = 0;
export declare const EXIT_FINDINGS = 1;
export declare const EXIT_ERROR = 2;
/** An error's message with its lines folded into one indented block. */
export declare function oneLine(err: unknown): string;
