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
 * The raw part's entries, held compactly: per entry a few numbers in typed arrays, its object id
 * in one binary pool and its path (and a rename's old path) as UTF-8 bytes in another, not an
 * object with five strings each. A first commit of 100,000 files held 35 MiB of entry objects
 * (363 bytes an entry) before the scan began, which took `--staged` to 141 MiB peak RSS against
 * 95 MiB for a tree scan of the same files; here an entry costs about 60 bytes. get(i) makes the
 * entry object, once, when it is needed (its patch section, or the scan of it).
 */
export declare class StagedEntryList {
    length: number;
    private statuses;
    private scores;
    /** Source and destination mode of entry i at 2i, 2i + 1. */
    private modes;
    private oids;
    /** Bytes per object id (20 for SHA-1, 32 for SHA-256), set by the first entry. */
    private oidBytes;
    private names;
    private namesLength;
    /** Entry i's names start at 2i; its path starts at 2i + 1 (the same offset unless a rename or copy); entry i + 1's names start where it ends. */
    private nameAt;
    /**
     * Adds an entry from git's raw output, read from the bytes (splitting a string per entry
     * took 100,000 entries 240 ms, a third of the wait before a first commit's scan could start):
     * its meta token out[meta, metaEnd) (`:srcMode dstMode srcOid dstOid status[score]`), and its
     * names out[from, to): the old name, a NUL and the new one for a rename or copy (the path
     * begins at `pathFrom`).
     */
    add(out: Buffer, meta: number, metaEnd: number, from: number, pathFrom: number, to: number): void;
    status(i: number): StagedStatus;
    mode(i: number, side: 'src' | 'dst'): number;
    /** The path in the index (the new name of a rename or copy). */
    path(i: number): string;
    oid(i: number): string;
    /** True when the patch shows entry i as a deletion and a creation (file <-> symlink or submodule). */
    isSplit(i: number): boolean;
    /** Entry i as an object, with no added lines or content yet (a new object each call). */
    get(i: number): StagedEntry;
    [Symbol.iterator](): IterableIterator<StagedEntry>;
}
/**
 * Parses the output of `git diff --cached --raw -p -z --unified=<whole file>` (DIFF_ARGS) as it
 * arrives, chunk by chunk, and hands out each entry once its section (its staged content) is
 * complete, so that a scan holds one file at a time: buffering the whole diff and keeping a Buffer
 * per line took a first commit of 5,796 files (149 MB of diff) to 578 MiB peak RSS.
 */
export declare class StagedDiffParser {
    /**
     * The raw entries, compactly; each becomes an object when its section starts (or, without one,
     * when handed out), and is released once handed out (holding every entry, each with its
     * content, took a first commit of 5,796 files to 251 MiB peak RSS).
     */
    private list;
    private readonly ready;
    private emitted;
    /** Called once the raw part has been read, with every entry (see StagedEntryList). */
    onRaw: ((entries: StagedEntryList) => void) | undefined;
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
    /** How many raw entries there are (known once the raw part has been read). */
    get count(): number;
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
     * if the diff failed first (iterating then throws why). Given once.
     */
    raw(): Promise<StagedEntryList | undefined>;
    /** Stops reading git's output for now (true), or reads on (false): git waits meanwhile. */
    hold(on: boolean): void;
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
    raw(): Promise<StagedEntryList | undefined>;
    /** Stops reading the diff for now, or reads on (StagedDiffStream.hold). */
    holdDiff(on: boolean): void;
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
