import type { FileScan } from './file.js';
import { type FileTarget } from '../sources/files.js';
export interface WorkerInit {
    sources: readonly {
        name: string;
        data: unknown;
    }[];
    maxFileSize: number;
    inlineAllow: boolean;
    skipUnreadable: boolean;
}
export type ToWorker = {
    type: 'batch';
    targets: FileTarget[];
} | {
    type: 'end';
};
export type FromWorker = {
    type: 'ready';
} | {
    type: 'done';
    results: FileScan[];
} | {
    type: 'error';
    name: string;
    message: string;
    code?: string;
};
/** Below this many files a worker's start-up (about 40 ms: loading modules, compiling rules) costs more than it saves. */
export declare const PARALLEL_MIN_FILES = 256;
/**
 * Fewer files than PARALLEL_MIN_FILES still go to workers when they hold at least this many bytes
 * (a few large files): each file is scanned in one thread, so two workers scan two at once.
 */
export declare const PARALLEL_MIN_BYTES: number;
/**
 * How many workers to use for `files` files: 0 means scan in this thread. `bytes` (the files'
 * total size) is asked for only when it decides: 1 to 255 files on a machine that can use workers.
 * `mainScans`: this thread scans its share of many files (scanParallel's mainScan); false for a
 * caller whose thread has other work meanwhile (a large --staged parses the rest of the diff).
 */
export declare function workerCount(files: number, requested?: number, bytes?: () => number, mainScans?: boolean): number;
/** Files per message: up to BATCH, fewer when there are few files, so that every worker gets some. */
export declare function batchSizeFor(files: number, workers: number): number;
/**
 * Scans `targets` on `workers` threads, calling `onFile` for each file in completion order.
 * `targets` may be a stream (a tree being listed): batches are taken from it as workers ask,
 * so memory holds two batches a worker, not the list.
 *
 * With `mainScan` (a scan function for this thread), this thread scans files too, a few at a
 * time between the workers' messages. A worker takes about 100 ms of CPU to load its modules and
 * rules, in which this thread, already warm, scans several MB: a small tree (445 files, 3.6 MB of
 * SDK packages) is done before any worker is ready (bench real-small: 0.44 -> 0.35 s, with the
 * detection changes of the same issue), and a large one keeps every core busy with one worker
 * fewer to start. Without it (a few large files,
 * sent to workers for their capped young generation; a large --staged), only the workers scan.
 */
export declare function scanParallel(targets: readonly FileTarget[] | AsyncIterable<FileTarget>, init: WorkerInit, workers: number, onFile: (target: FileTarget, scan: FileScan) => void, mainScan?: (target: FileTarget) => FileScan): Promise<void>;
