/**
 * The rest of the pre-commit fast path (cli/staged.ts): everything loaded after git has been
 * started, in one import, so the scanner loads and the rules compile while git works.
 */
import type { Io } from './main.js';
import { type FastOptions } from './common.js';
import type { StagedGit } from '../sources/staged.js';
export declare function runStaged(o: FastOptions, io: Io, git: StagedGit, started: bigint): Promise<number>;
