/**
 * A worker thread of a parallel tree scan: rebuilds the rule set from its sources, then scans the
 * batches of files the main thread sends, answering each with the per-file results.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { compileTrustedPatterns } from '../patterns/compile.js';
import { scanFileSync, type FileScan } from './file.js';
import type { FileTarget } from '../sources/files.js';
import type { WorkerInit, ToWorker, FromWorker } from './parallel.js';

const init = workerData as WorkerInit;
// The main thread compiled these sources with every check (user rules included) before sending them.
const rules = compileTrustedPatterns(init.sources as Parameters<typeof compileTrustedPatterns>[0]);
const port = parentPort;
if (!port) throw new Error('scan-worker must run in a worker thread');
port.postMessage({ type: 'ready' } satisfies FromWorker);

port.on('message', (msg: ToWorker) => {
  if (msg.type === 'end') {
    port.close();
    return;
  }
  const results: FileScan[] = [];
  try {
    for (const target of msg.targets as FileTarget[]) {
      results.push(scanFileSync(target, { rules, maxFileSize: init.maxFileSize, inlineAllow: init.inlineAllow, skipUnreadable: init.skipUnreadable }));
    }
    port.postMessage({ type: 'done', results } satisfies FromWorker);
  } catch (err) {
    const e = err as Error & { code?: string };
    port.postMessage({ type: 'error', name: e.name, message: e.message, code: e.code } satisfies FromWorker);
  }
});
