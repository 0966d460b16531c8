import type { FastOptions } from './common.js';
import type { Io } from './main.js';
/** The options, when argv is a plain `--staged` run this path handles; undefined otherwise. */
export declare function parseFastArgs(argv: string[]): FastOptions | undefined;
export declare function mainStaged(argv: string[], io: Io): Promise<number | undefined>;
