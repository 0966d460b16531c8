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
/** yargs drops a bare `-`; it stands for stdin, so it travels through the parser under this name. */
export declare const STDIN_ARG = "\0stdin";
export declare function readVersion(): string;
