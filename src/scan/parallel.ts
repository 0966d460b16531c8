/**
 * Parallel tree scans: worker threads each rebuild the rule set and scan batches of files; the main
 * thread only lists files, hands out batches and collects results. Used when the machine has more
 * than one core and the scan has enough files to pay for starting workers.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { setFlagsFromString } from 'node:v8';
import type { FileScan } from './file.js';
import { InputError, type FileTarget } from '../sources/files.js';

export interface WorkerInit {
  sources: readonly { name: string; data: unknown }[];
  maxFileSize: number;
  inlineAllow: boolean;
  skipUnreadable: boolean;
}

export type ToWorker = { type: 'batch'; targets: FileTarget[] } | { type: 'end' };
export type FromWorker = { type: 'ready' } | { type: 'done'; results: FileScan[] } | { type: 'error'; name: string; message: string; code?: string };

const WORKER_FILE = fileURLToPath(new URL('./worker.js', import.meta.url));
/** Below this many files a worker's start-up (about 40 ms: loading modules, compiling rules) costs more than it saves. */
export const PARALLEL_MIN_FILES = 256;
/**
 * Fewer files than PARALLEL_MIN_FILES still go to workers when they hold at least this many bytes
 * (a few large files): each file is scanned in one thread, so two workers scan two at once.
 */
export const PARALLEL_MIN_BYTES = 16 * 1024 * 1024;
/**
 * A small young generation per worker: on 3 large files (115 MB) peak RSS fell from 141 to 120 MiB
 * for the same CPU time (1.3 s), and on 20,000 small files from 148 to 137 MiB. 4, not 2, since
 * rounds are at most 120 KiB (detect/scanner.ts): with 2, a round's strings outlived the young
 * generation and a 256 MiB file peaked at 138 MiB against 80 MiB with 4, for the same time; the
 * two SDK packages 104-106 against 100-101 MiB, the 20,000 small files 83 against 84-85 MiB,
 * few-large 122-127 against 120-122 MiB (one run each, alternating, quiet 2-core machine).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 4 };
/**
 * Old-generation garbage in the workers was most of a tree scan's memory: a worker's old space
 * grew to 17 MiB holding 5 MiB live before V8 collected it. Growing the old-generation limit by
 * 20 % of what a full collection leaves (V8's own factor is up to 4x) collects it sooner:
 * tencentcloud-sdk-nodejs + aws-sdk (5,796 files, 136 MiB), medians of 6 alternating runs on the
 * 2-core machine: 140 -> 122 MiB peak RSS for 3.86 -> 3.99 s of CPU. (--optimize-for-size gave
 * 111 MiB for 4.31 s.) A V8 flag is the process's: set once, before the first worker starts; it
 * only makes collections more frequent, never fails a scan as a heap cap would.
 */
let heapsTuned = false;
function tuneWorkerHeaps(): void {
  if (heapsTuned) return;
  heapsTuned = true;
  setFlagsFromString('--heap-growing-percent=20');
}

/** Files per message: large enough that messaging is noise, small enough to balance the load. */
const BATCH = 64;

/**
 * How many workers to use for `files` files: 0 means scan in this thread. `bytes` (the files'
 * total size) is asked for only when it decides: 1 to 255 files on a machine that can use workers.
 * `mainScans`: this thread scans its share of many files (scanParallel's mainScan); false for a
 * caller whose thread has other work meanwhile (a large --staged parses the rest of the diff).
 */
export function workerCount(files: number, requested?: number, bytes: () => number = () => 0, mainScans = true): number {
  if (requested !== undefined) return requested;
  if (files < 1) return 0;
  // Running from the TypeScript sources (tests) there is no compiled worker to start.
  if (!existsSync(WORKER_FILE)) return 0;
  // One large file goes to one worker, for memory rather than speed: the main thread's young
  // generation grows to 16 MiB semi-spaces on a stream of 512 KiB rounds, a worker's is capped
  // (WORKER_LIMITS). A 256 MiB file with 356 findings: 125 -> 104 MiB peak RSS, same time.
  if (files === 1) return bytes() >= PARALLEL_MIN_BYTES ? 1 : 0;
  const cores = availableParallelism();
  if (cores < 2) return 0;
  if (files < PARALLEL_MIN_FILES && bytes() < PARALLEL_MIN_BYTES) return 0;
  // Many files: this thread scans too (scanParallel's mainScan), so one worker fewer than cores.
  if (files >= PARALLEL_MIN_FILES && mainScans) return Math.min(cores - 1, 7);
  return Math.min(cores, 8);
}

/** Files per message: up to BATCH, fewer when there are few files, so that every worker gets some. */
export function batchSizeFor(files: number, workers: number): number {
  return Math.max(1, Math.min(BATCH, Math.floor(files / (2 * workers))));
}

function rebuild(msg: Extract<FromWorker, { type: 'error' }>): Error {
  if (msg.name === 'InputError') return new InputError(msg.message, msg.code);
  const err = new Error(msg.message);
  err.name = msg.name;
  return err;
}

/** Files this thread scans at a time between workers' messages (see scanParallel). */
const MAIN_BATCH = 16;

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
export function scanParallel(
  targets: readonly FileTarget[] | AsyncIterable<FileTarget>,
  init: WorkerInit,
  workers: number,
  onFile: (target: FileTarget, scan: FileScan) => void,
  mainScan?: (target: FileTarget) => FileScan,
): Promise<void> {
  tuneWorkerHeaps();
  const known = Array.isArray(targets) ? (targets as readonly FileTarget[]) : undefined;
  const batchSize = known ? batchSizeFor(known.length, workers) : BATCH;
  const poolSize = known ? Math.min(workers, Math.ceil(known.length / batchSize)) : workers;
  const source: AsyncIterator<FileTarget> | Iterator<FileTarget> = known ? known[Symbol.iterator]() : (targets as AsyncIterable<FileTarget>)[Symbol.asyncIterator]();
  return new Promise((resolve, reject) => {
    // node:worker_threads when workers start, not with this module: loading it took 1-10 ms of
    // every tree scan's start-up (bench scenario empty-dir), which most small scans never use.
    const { Worker: WorkerThread } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
    const pool = Array.from({ length: poolSize }, () => new WorkerThread(WORKER_FILE, { workerData: init, resourceLimits: WORKER_LIMITS }));
    const inFlight = new Map<Worker, FileTarget[][]>(pool.map((w) => [w, []]));
    let sent = 0;
    let done = 0;
    let exhausted = false;
    let settled = false;
    const finish = (err?: unknown) => {
      if (settled) return;
      settled = true;
      for (const w of pool) void w.terminate();
      if (err) reject(err);
      else resolve();
    };
    if (poolSize === 0 && !mainScan) return finish();
    // Batches are taken from the source one at a time, in order, by the workers and this thread.
    let taking: Promise<void> = Promise.resolve();
    const take = (size: number, use: (batch: FileTarget[]) => void) => {
      taking = taking
        .then(async () => {
          if (settled) return;
          const batch: FileTarget[] = [];
          while (!exhausted && batch.length < size) {
            const next = await source.next();
            if (next.done) exhausted = true;
            else batch.push(next.value);
          }
          if (batch.length === 0) {
            if (done >= sent) finish();
            return;
          }
          sent += batch.length;
          use(batch);
        })
        .catch((err: unknown) => finish(err));
    };
    const send = (w: Worker) =>
      take(batchSize, (batch) => {
        inFlight.get(w)?.push(batch);
        w.postMessage({ type: 'batch', targets: batch } satisfies ToWorker);
      });
    for (const w of pool) {
      w.on('message', (msg: FromWorker) => {
        if (settled) return;
        if (msg.type === 'error') return finish(rebuild(msg));
        if (msg.type === 'ready') {
          // Two batches each, so a worker never waits for the main thread between batches.
          send(w);
          send(w);
          return;
        }
        const batch = inFlight.get(w)?.shift() ?? [];
        try {
          msg.results.forEach((r, i) => onFile(batch[i] as FileTarget, r));
        } catch (err) {
          return finish(err);
        }
        done += batch.length;
        if (exhausted && done >= sent) return finish();
        send(w);
      });
      w.on('error', (err) => finish(err));
      w.on('exit', (code) => {
        if (!settled) finish(new Error(`a scan worker stopped (exit code ${code}) before the scan was complete`));
      });
    }
    if (!mainScan) return;
    // This thread's share, a few files per turn of the event loop so that the workers' messages
    // are answered between them.
    const step = () =>
      take(MAIN_BATCH, (batch) => {
        try {
          for (const t of batch) onFile(t, mainScan(t));
        } catch (err) {
          return finish(err);
        }
        done += batch.length;
        if (exhausted && done >= sent) return finish();
        setImmediate(step);
      });
    step();
  });
}
