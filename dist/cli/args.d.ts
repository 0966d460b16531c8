/** The parsed command line: each option under its long name, `_` the command (if any), `paths` or `reports`. */
export type Parsed = Record<string, unknown> & {
    _: string[];
    paths?: string[];
    reports?: string[];
};
/** argv parsed as yargs would; undefined when yargs must answer (help, version, usage error, rare forms). */
export declare function parseArgs(args: readonly string[]): Parsed | undefined;
