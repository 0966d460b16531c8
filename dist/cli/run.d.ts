import type { StagedGit } from '../sources/staged.js';
import type { Parsed } from './args.js';
import { type Io } from './io.js';
/** A usage problem found after parsing (a size that is not one): exit 2, in our words. */
export declare class UsageError extends Error {
    constructor(message: string);
}
export declare function parseSize(text: string): number;
export interface RunContext {
    /** process.hrtime.bigint() when main() began. */
    started: bigint;
    /** The staged scan's git, started by main() before this module loaded (--staged only). */
    stagedGit?: StagedGit | undefined;
}
export declare function run(parsed: Parsed, io: Io, ctx: RunContext): Promise<number>;
