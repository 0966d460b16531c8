export interface Io {
    stdout: {
        write(s: string): unknown;
        isTTY?: boolean;
    };
    stderr: {
        write(s: string): unknown;
        isTTY?: boolean;
    };
    stdin: AsyncIterable<Uint8Array>;
    env: Record<string, string | undefined>;
    cwd: string;
    /** Milliseconds clock for the progress line (default performance.now; tests inject one). */
    now?: () => number;
}
export { EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS } from './common.js';
export declare function parseSize(text: string): number;
export declare function main(argv: string[], io: Io): Promise<number>;
