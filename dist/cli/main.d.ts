import { type Io } from './io.js';
export type { Io } from './io.js';
export { EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS } from './exit.js';
export declare function main(argv: string[], io: Io): Promise<number>;
