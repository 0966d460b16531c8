import { type Io } from './io.js';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
export type { Io } from './io.js';
export { EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS } from './exit.js';
/** What bin/scan-keys.js started before loading this module. */
export interface Started {
    /** The staged diff (spawnStagedDiff(cwd)), when argv asks for --staged (wantsStagedDiff). */
    stagedDiff?: ChildProcessWithoutNullStreams;
}
export declare function main(argv: string[], io: Io, given?: Started): Promise<number>;
