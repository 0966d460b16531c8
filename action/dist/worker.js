const require_file = require("./file.js");
let node_worker_threads = require("node:worker_threads");
// dist/scan/worker.js
/**
* A worker thread of a parallel tree scan: rebuilds the rule set from its sources, then scans the
* batches of files the main thread sends, answering each with the per-file results.
*/
const init = node_worker_threads.workerData;
const rules = require_file.compilePatterns(init.sources, require_file.loadPatternSchema());
const port = node_worker_threads.parentPort;
if (!port) throw new Error("scan-worker must run in a worker thread");
port.on("message", (msg) => {
	if (msg.type === "end") {
		port.close();
		return;
	}
	const results = [];
	try {
		for (const target of msg.targets) results.push(require_file.scanFileSync(target, {
			rules,
			maxFileSize: init.maxFileSize,
			inlineAllow: init.inlineAllow,
			skipUnreadable: init.skipUnreadable
		}));
		port.postMessage({
			type: "done",
			results
		});
	} catch (err) {
		const e = err;
		port.postMessage({
			type: "error",
			name: e.name,
			message: e.message,
			code: e.code
		});
	}
});
