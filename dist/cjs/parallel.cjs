const require_run = require("./run.cjs");
let node_fs = require("node:fs");
let node_url = require("node:url");
let node_module = require("node:module");
let node_os = require("node:os");
let node_v8 = require("node:v8");
// dist/scan/parallel.js
const WORKER_FILE = (0, node_url.fileURLToPath)(new URL("../scan/worker.js", require("url").pathToFileURL(__filename).href));
const PARALLEL_MIN_FILES = 256;
const PARALLEL_MIN_BYTES = 16777216;
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 4 };
let heapsTuned = false;
function tuneWorkerHeaps() {
	if (heapsTuned) return;
	heapsTuned = true;
	(0, node_v8.setFlagsFromString)("--heap-growing-percent=20");
}
const BATCH = 64;
function workerCount(files, requested, bytes = () => 0, mainScans = true) {
	if (requested !== void 0) return requested;
	if (files < 1) return 0;
	if (!(0, node_fs.existsSync)(WORKER_FILE)) return 0;
	if (files === 1) return bytes() >= 16777216 ? 1 : 0;
	const cores = (0, node_os.availableParallelism)();
	if (cores < 2) return 0;
	if (files < 256 && bytes() < 16777216) return 0;
	if (files >= 256 && mainScans) return Math.min(cores - 1, 7);
	return Math.min(cores, 8);
}
function batchSizeFor(files, workers) {
	return Math.max(1, Math.min(BATCH, Math.floor(files / (2 * workers))));
}
function rebuild(msg) {
	if (msg.name === "InputError") return new require_run.InputError(msg.message, msg.code);
	const err = new Error(msg.message);
	err.name = msg.name;
	return err;
}
const MAIN_BATCH = 16;
function scanParallel(targets, init, workers, onFile, mainScan) {
	tuneWorkerHeaps();
	const known = Array.isArray(targets) ? targets : void 0;
	const batchSize = known ? batchSizeFor(known.length, workers) : BATCH;
	const poolSize = known ? Math.min(workers, Math.ceil(known.length / batchSize)) : workers;
	const source = known ? known[Symbol.iterator]() : targets[Symbol.asyncIterator]();
	return new Promise((resolve, reject) => {
		const { Worker: WorkerThread } = (0, node_module.createRequire)(require("url").pathToFileURL(__filename).href)("node:worker_threads");
		const pool = Array.from({ length: poolSize }, () => new WorkerThread(WORKER_FILE, {
			workerData: init,
			resourceLimits: WORKER_LIMITS
		}));
		const inFlight = new Map(pool.map((w) => [w, []]));
		let sent = 0;
		let done = 0;
		let exhausted = false;
		let settled = false;
		const finish = (err) => {
			if (settled) return;
			settled = true;
			for (const w of pool) w.terminate();
			if (err) reject(err);
			else resolve();
		};
		if (poolSize === 0 && !mainScan) return finish();
		let taking = Promise.resolve();
		const take = (size, use) => {
			taking = taking.then(async () => {
				if (settled) return;
				const batch = [];
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
			}).catch((err) => finish(err));
		};
		const send = (w) => take(batchSize, (batch) => {
			inFlight.get(w)?.push(batch);
			w.postMessage({
				type: "batch",
				targets: batch
			});
		});
		for (const w of pool) {
			w.on("message", (msg) => {
				if (settled) return;
				if (msg.type === "error") return finish(rebuild(msg));
				if (msg.type === "ready") {
					send(w);
					send(w);
					return;
				}
				const batch = inFlight.get(w)?.shift() ?? [];
				try {
					msg.results.forEach((r, i) => onFile(batch[i], r));
				} catch (err) {
					return finish(err);
				}
				done += batch.length;
				if (exhausted && done >= sent) return finish();
				send(w);
			});
			w.on("error", (err) => finish(err));
			w.on("exit", (code) => {
				if (!settled) finish(new Error(`a scan worker stopped (exit code ${code}) before the scan was complete`));
			});
		}
		if (!mainScan) return;
		const step = () => take(MAIN_BATCH, (batch) => {
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
exports.PARALLEL_MIN_BYTES = PARALLEL_MIN_BYTES;
exports.PARALLEL_MIN_FILES = PARALLEL_MIN_FILES;
exports.batchSizeFor = batchSizeFor;
exports.scanParallel = scanParallel;
exports.workerCount = workerCount;
