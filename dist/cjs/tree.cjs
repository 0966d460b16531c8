const require_base = require("./base.cjs");
const require_core = require("./core.cjs");
const require_run = require("./run.cjs");
const require_file = require("./file.cjs");
const require_parallel = require("./parallel.cjs");
let node_fs = require("node:fs");
function emptyStats() {
	return {
		files: 0,
		bytes: 0,
		lines: 0,
		skipped: 0,
		durationMs: 0
	};
}
async function scanStream(source, name, rules, options = {}) {
	const started = process.hrtime.bigint();
	const scanner = new require_core.ContentScanner(rules, {
		file: name,
		inlineAllow: options.inlineAllow ?? true
	});
	const findings = [];
	for await (const chunk of source) require_base.appendAll(findings, scanner.push(chunk));
	require_base.appendAll(findings, scanner.end());
	const stats = emptyStats();
	const skipped = [];
	if (scanner.isBinary) {
		stats.skipped = 1;
		skipped.push({
			file: name,
			reason: "binary (NUL byte in the first 8 KiB)"
		});
	} else {
		stats.files = 1;
		stats.lines = scanner.lines;
	}
	stats.bytes = scanner.bytes;
	stats.durationMs = msSince(started);
	return {
		findings,
		stats,
		skipped
	};
}
function knownSize(targets) {
	let total = 0;
	for (const t of targets) {
		if (t.skip) continue;
		try {
			const st = (0, node_fs.lstatSync)(t.path);
			if (st.isFile()) total += st.size;
		} catch {}
	}
	return total;
}
async function* wanted(targets, config) {
	for await (const t of targets) if (!config.isPathIgnored(t.display)) yield t;
}
async function scanPaths(paths, options) {
	const started = process.hrtime.bigint();
	const config = options.config ?? require_core.EMPTY_CONFIG;
	const listing = wanted(require_run.streamTargets(paths, options.root, { skipUnreadable: options.skipUnreadable }), config);
	const head = [];
	let listed = false;
	while (head.length < 256) {
		const next = await listing.next();
		if (next.done) {
			listed = true;
			break;
		}
		head.push(next.value);
	}
	const targets = listed ? head : (async function* () {
		yield* head.splice(0);
		yield* listing;
	})();
	const result = {
		findings: [],
		stats: emptyStats(),
		skipped: []
	};
	const fileOptions = {
		rules: options.rules,
		maxFileSize: options.maxFileSize ?? 104857600,
		inlineAllow: options.inlineAllow ?? true,
		skipUnreadable: options.skipUnreadable ?? false
	};
	const onFile = (_target, scan) => {
		if (scan.skipped) result.skipped.push(scan.skipped);
		else result.stats.files++;
		result.stats.bytes += scan.bytes;
		result.stats.lines += scan.lines;
		require_base.appendAll(result.findings, scan.findings);
		options.onProgress?.({
			files: result.stats.files + result.skipped.length,
			bytes: result.stats.bytes,
			findings: result.findings.length
		});
	};
	const workers = require_parallel.workerCount(head.length, options.workers, () => knownSize(head));
	if (workers > 0) {
		const { sources } = options.rules;
		const mainScan = head.length >= 256 ? (t) => require_file.scanFileSync(t, fileOptions) : void 0;
		await require_parallel.scanParallel(targets, {
			sources,
			maxFileSize: fileOptions.maxFileSize,
			inlineAllow: fileOptions.inlineAllow,
			skipUnreadable: fileOptions.skipUnreadable
		}, workers, onFile, mainScan);
	} else {
		let i = 0;
		for await (const target of targets) {
			onFile(target, require_file.scanFileSync(target, fileOptions));
			if (i++ % 32 === 31) await new Promise((r) => setImmediate(r));
		}
	}
	result.findings.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.offset - b.offset);
	result.skipped.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
	result.stats.skipped = result.skipped.length;
	result.stats.durationMs = msSince(started);
	return result;
}
function msSince(started) {
	return Number(process.hrtime.bigint() - started) / 1e6;
}
exports.scanPaths = scanPaths;
exports.scanStream = scanStream;
