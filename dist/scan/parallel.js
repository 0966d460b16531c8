/**
 * Parallel tree scans: worker threads each rebuild the rule set and scan batches of files; the main
 * thread only lists files, hands out batches and collects results. Used when the machine has more
 * than one core and the scan has enough files to pay for starting workers.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { InputError } from '../sources/files.js';
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
 * for the same CPU time (1.3 s), and on 20,000 small files from 148 to 137 MiB.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 4 };
/** Files per message: large enough that messaging is noise, small enough to balance the load. */
const BATCH = 64;
/**
 * How many workers to use for `files` files: 0 means scan in this thread. `bytes` (the files'
 * total size) is asked for only when it decides: 1 to 255 files on a machine that can use workers.
 */
export function workerCount(files, requested, bytes = () => 0) {
    if (requested !== undefined)
        return requested;
    if (files < 1)
        return 0;
    // Running from the TypeScript sources (tests) there is no compiled worker to start.
    if (!existsSync(WORKER_FILE))
        return 0;
    // One large file goes to one worker, for memory rather than speed: the main thread's young
    // generation grows to 16 MiB semi-spaces on a stream of 512 KiB rounds, a worker's is capped
    // (WORKER_LIMITS). A 256 MiB file with 356 findings: 125 -> 104 MiB peak RSS, same time.
    if (files === 1)
        return bytes() >= PARALLEL_MIN_BYTES ? 1 : 0;
    const cores = availableParallelism();
    if (cores < 2)
        return 0;
    if (files < PARALLEL_MIN_FILES && bytes() < PARALLEL_MIN_BYTES)
        return 0;
    return Math.min(cores, 8);
}
/** Files per message: up to BATCH, fewer when there are few files, so that every worker gets some. */
export function batchSizeFor(files, workers) {
    return Math.max(1, Math.min(BATCH, Math.floor(files / (2 * workers))));
}
function rebuild(msg) {
    if (msg.name === 'InputError')
        return new InputError(msg.message, msg.code);
    const err = new Error(msg.message);
    err.name = msg.name;
    return err;
}
/** Scans `targets` on `workers` threads, calling `onFile` for each file in completion order. */
export function scanParallel(targets, init, workers, onFile) {
    return new Promise((resolve, reject) => {
        const batchSize = batchSizeFor(targets.length, workers);
        // node:worker_threads when workers start, not with this module: loading it took 1-10 ms of
        // every tree scan's start-up (bench scenario empty-dir), which most small scans never use.
        const { Worker: WorkerThread } = createRequire(import.meta.url)('node:worker_threads');
        const pool = Array.from({ length: Math.min(workers, Math.ceil(targets.length / batchSize)) }, () => new WorkerThread(WORKER_FILE, { workerData: init, resourceLimits: WORKER_LIMITS }));
        const inFlight = new Map(pool.map((w) => [w, []]));
        let next = 0;
        let done = 0;
        let settled = false;
        const finish = (err) => {
            if (settled)
                return;
            settled = true;
            for (const w of pool)
                void w.terminate();
            if (err)
                reject(err);
            else
                resolve();
        };
        const send = (w) => {
            if (next >= targets.length)
                return;
            const batch = targets.slice(next, next + batchSize);
            next += batch.length;
            inFlight.get(w)?.push(batch);
            w.postMessage({ type: 'batch', targets: batch });
        };
        for (const w of pool) {
            w.on('message', (msg) => {
                if (settled)
                    return;
                if (msg.type === 'error')
                    return finish(rebuild(msg));
                const batch = inFlight.get(w)?.shift() ?? [];
                try {
                    msg.results.forEach((r, i) => onFile(batch[i], r));
                }
                catch (err) {
                    return finish(err);
                }
                done += batch.length;
                if (done >= targets.length)
                    return finish();
                send(w);
            });
            w.on('error', (err) => finish(err));
            w.on('exit', (code) => {
                if (!settled && done < targets.length)
                    finish(new Error(`a scan worker stopped (exit code ${code}) before the scan was complete`));
            });
            // Two batches each, so a worker never waits for the main thread between batches.
            send(w);
            send(w);
        }
    });
}
