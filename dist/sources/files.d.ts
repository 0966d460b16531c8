import { displayPath } from './paths.js';
export { displayPath };
export interface FileTarget {
    /** Absolute path to read. */
    path: string;
    /** Path shown in reports: relative to the scan root with '/' separators, or absolute outside it. */
    display: string;
    /** Given explicitly on the command line (scanned even when ignored). */
    explicit: boolean;
    /** Decided while listing: not read, reported as skipped for this reason. */
    skip?: string;
    /**
     * A staged scan's blob id for this path: the file stands for the staged blob only if its bytes
     * hash to it (else the scan says so, and the blob is read from git instead).
     */
    blob?: string;
}
export interface ListOptions {
    /** Report an unreadable directory as skipped instead of failing (--skip-unreadable). */
    skipUnreadable?: boolean;
}
export declare class InputError extends Error {
    /** The errno code behind it, when there is one (EACCES, ENOENT, ...). */
    readonly code: string | undefined;
    constructor(message: string, code?: string);
}
export declare const SKIP_GIT_INTERNALS = "git internals (.git/ is never scanned)";
/** Skip reasons the CLI warns about on stderr even without --verbose (never a silent pass). */
export declare function isWarnedSkip(reason: string): boolean;
/** Expands command-line paths into the files to scan, in a stable order. */
export declare function listTargets(paths: string[], root: string, options?: ListOptions): Promise<FileTarget[]>;
/**
 * The files to scan, as they are listed (in a stable order): a tree scan starts on the first
 * ones and never holds them all (100,000 files held as a list took 18.6 MiB of heap, and the
 * main thread's young generation grew to its 16 MiB semi-spaces while building it).
 */
export declare function streamTargets(paths: string[], root: string, options?: ListOptions): AsyncGenerator<FileTarget>;
/**
 * Files at most this big are read in one call; larger ones are streamed in chunks of this size.
 * 512 KiB: on a 60 MB single-line file, 1 MiB chunks peaked at 125 MiB RSS and 512 KiB at 93 MiB
 * for the same 0.86 s; 256 KiB was 30 % slower.
 */
export declare const READ_CHUNK: number;
export type ReadOutcome = {
    kind: 'skipped';
    reason: string;
} | {
    kind: 'read';
    size: number;
};
export interface ReadOptions extends ListOptions {
    /**
     * Read the first chunk into a buffer this thread reuses for every file: allocating one per file
     * (20,000 files) made work for the garbage collector, external memory that V8 collects eagerly.
     * Only for a sink that is done with the chunk when the read returns (a synchronous scan that
     * ends the file's scanner before the next read); later chunks are always fresh.
     */
    reuseFirstChunk?: boolean;
    /**
     * Makes the sink give up every chunk it was handed (ContentScanner.release). With it, a read
     * that filled its chunk is followed by a read into the same buffer, called first: a large file
     * costs one buffer, not a fresh 512 KiB one per chunk, which V8 frees only once 64 MiB of them
     * have piled up. (After a short read, normally the end, the next read gets a fresh buffer.)
     */
    release?: () => void;
    /** Told the file's size once it is known to be read (after the size check). */
    onSize?: (size: number) => void;
}
export declare function readFileChunksSync(target: FileTarget, maxFileSize: number, sink: (chunk: Buffer) => void, options?: ReadOptions): ReadOutcome;
/** readFileChunksSync behind a promise (errors become rejections). */
export declare function readFileChunks(target: FileTarget, maxFileSize: number, sink: (chunk: Buffer) => void, options?: ListOptions): Promise<ReadOutcome>;
