import { CatFile } from './cat-file.js';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { type RepoInfo } from './git-run.js';
export { DIFF_ARGS, WHOLE_FILE } from './staged-start.js';
export type StagedStatus = 'A' | 'M' | 'D' | 'R' | 'C' | 'T' | 'U' | 'X';
export interface StagedEntry {
    status: StagedStatus;
    /** Similarity score for R (and C, which DIFF_ARGS never asks for). */
    score?: number;
    srcMode: string;
    dstMode: string;
    /** Object id of the staged (index) blob; all zeros for deletions. */
    oid: string;
    /** Path in the index (the new name for renames and copies). */
    path: string;
    /** The old name for renames and copies. */
    srcPath?: string;
    /** Added line numbers in the staged blob, as inclusive [first, last] ranges in order. */
    added: Array<[number, number]>;
    /**
     * The staged blob as the patch shows it (context and added lines), for entries with added
     * lines. Not checked here: use it only if it hashes to `oid`.
     */
    content?: Buffer;
}
/**
 * Parses the output of `git diff --cached --raw -p -z --unified=<whole file>` (DIFF_ARGS) as it
 * arrives, chunk by chunk, and hands out each entry once its section (its staged content) is
 * complete, so that a scan holds one file at a time: buffering the whole diff and keeping a Buffer
 * per line took a first commit of 5,796 files (149 MB of diff) to 578 MiB peak RSS.
 */
export declare class StagedDiffParser {
    /**
     * Raw entries not handed out yet, in order (an emitted one is released: holding every entry,
     * each with its content, took a first commit of 5,796 files to 251 MiB peak RSS).
     */
    private pendingEntries;
    private readonly ready;
    private emitted;
    /** How many raw entries there are (known once the raw part has been read). */
    count: number;
    /** Called once the raw part has been read, with every entry (no added lines or content yet: see startPatch). */
    onRaw: ((entries: readonly StagedEntry[]) => void) | undefined;
    private rest;
    private inPatch;
    /** Per patch section, the index of its raw entry (-1: the deleted old side of a type change). */
    private sections;
    private section;
    private entry;
    private entryIndex;
    /** The current section's new side: the staged blob, copied line by line without its prefix. */
    private content;
    private contentLength;
    private oldLeft;
    private newLeft;
    private newLine;
    private lastWasNew;
    /** Feeds bytes; returns the entries completed so far (each once, in the raw order). */
    push(chunk: Buffer): StagedEntry[];
    /** The end of the output: completes the last section and checks that every section came. */
    end(): StagedEntry[];
    private emitUpTo;
    /** Drops everything held (the stream was stopped). */
    dispose(): void;
    private take;
    /** Reads raw entries from this.rest; returns the position reached. Sets inPatch once past them. */
    private readRaw;
    private startPatch;
    private append;
    private endSection;
    /** Complete lines of the patch in out[from, to). */
    private lines;
}
/** Parses a whole `git diff --cached --raw -p -z --unified=<whole file>` output (DIFF_ARGS). */
export declare function parseStagedDiff(out: Buffer): StagedEntry[];
/**
 * Runs the pinned staged diff from `cwd` (any directory of the work tree: paths come out from the
 * top), leaving out `exclude` (paths from the top: those whose blobs cannot be read).
 */
export declare function readStagedDiff(cwd: string, exclude?: readonly string[]): Promise<StagedEntry[]>;
/**
 * The pinned staged diff from `cwd`, entry by entry as git writes it. Started at once and read
 * at once (node discards a child's unread output when it exits), but paused while more than
 * QUEUE_BYTES of parsed entries wait for the scan: memory holds that and one file, whatever the
 * size of the commit.
 */
export interface StagedDiffStream extends AsyncIterable<StagedEntry> {
    /**
     * Every entry as soon as the raw part has been read, before any added lines or content: undefined
     * if the diff failed first (iterating then throws why). Given once, then forgotten here (a first
     * commit of 100,000 files lists 100,000 entries). The entries are those the stream gives later,
     * with their contents: keep the list only to stop the stream.
     */
    raw(): Promise<readonly StagedEntry[] | undefined>;
    stop(): void;
}
/**
 * `extra`: more diff options (e.g. `--diff-filter=a`), before the pathspecs. `started`: the same
 * diff without extra options or exclusions, already started (spawnStagedDiff), to read instead.
 */
export declare function streamStagedDiff(cwd: string, exclude?: readonly string[], extra?: readonly string[], started?: ChildProcessWithoutNullStreams): StagedDiffStream;
/**
 * The git side of a staged scan. The diff starts at once, so that the pre-commit fast path can
 * call this before loading the scanner and compiling the rules while git works on the other core.
 * Everything else runs only if needed: `rev-parse` (the top, the git directory) for the caller's
 * `base`, a config's globs or a merge, started at once only with `repo: true`; `cat-file` for a
 * blob the diff did not give whole, or a merge's parents. Each process blocks node while it
 * starts (fork and exec: 1.5-5 ms on the 2-core reference machine, more when busy), so the
 * common pre-commit run has one. Whoever opens this calls close().
 */
export interface StagedGit {
    /** The staged entries, each with its content, as the diff arrives (iterate once). */
    entries: AsyncIterable<StagedEntry>;
    /** Every entry without content, once the diff's raw part has come (see StagedDiffStream.raw; once). */
    raw(): Promise<readonly StagedEntry[] | undefined>;
    /** Stops the diff (its entries are then not read). */
    stopDiff(): void;
    /** The cat-file process, started on first use. Its paths are from the top wherever it runs. */
    blobs(): CatFile;
    /** The commits being merged into HEAD (MERGE_HEAD), or none. */
    mergeHeads(): Promise<string[]>;
    repo(): Promise<RepoInfo>;
    close(): Promise<void>;
}
/** `diff`: the diff, if the caller has started it already (spawnStagedDiff with no arguments but cwd). */
export declare function openStaged(cwd: string, options?: {
    repo?: boolean;
    diff?: ChildProcessWithoutNullStreams | undefined;
}): StagedGit;
/** True when `line` falls in one of the sorted inclusive ranges. */
export declare function isAddedLine(ranges: ReadonlyArray<readonly [number, number]>, line: number): boolean;
export declare function countLines(ranges: ReadonlyArray<readonly [number, number]>): number;
/** A Git LFS pointer file: a tiny text blob standing for content stored elsewhere. */
export declare function isLfsPointer(content: Buffer): boolean;
