import type { Parsed } from './args.js';
import type { Lang } from '../types.js';
export declare class UsageError extends Error {
}
/** What yargs makes of argv: the parsed options, or text to print (help, version); a UsageError when it is wrong. */
export declare function parseWithYargs(args: string[], version: string, lang?: Lang): Promise<{
    argv: Parsed;
} | {
    output: string;
}>;
