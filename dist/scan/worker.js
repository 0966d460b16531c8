/**
 * A worker thread of a parallel tree scan: rebuilds the rule set from its sources, then scans the
 * batches of files the main thread sends, answering each with the per-file results.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { compileTrustedPatterns } from '../patterns/compile.js';
import { scanFileSync } from './file.js';
const init = workerData;
// The main thread compiled these sources with every check (user rules included) before sending them.
const rules = compileTrustedPatterns(init.sources);
const port = parentPort;
if (!port)
    throw new Error('scan-worker must run in a worker thread');
port.postMessage({ type: 'ready' });
port.on('message', (msg) => {
    if (msg.type === 'end') {
        port.close();
        return;
    }
    const results = [];
    try {
        for (const target of msg.targets) {
            results.push(scanFileSync(target, { rules, maxFileSize: init.maxFileSize, inlineAllow: init.inlineAllow, skipUnreadable: init.skipUnreadable }));
        }
        port.postMessage({ type: 'done', results });
    }
    catch (err) {
        const e = err;
        port.postMessage({ type: 'error', name: e.name, message: e.message, code: e.code });
    }
});
