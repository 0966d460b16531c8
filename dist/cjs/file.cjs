const require_base = require("./base.cjs");
const require_core = require("./core.cjs");
const require_run = require("./run.cjs");
const require_boot = require("./boot.cjs");
let node_crypto = require("node:crypto");
// dist/scan/file.js
const MISMATCH = {
	findings: [],
	bytes: 0,
	lines: 0,
	mismatch: true
};
function scanFileSync(target, options) {
	if (target.blob !== void 0) return scanBlobFileSync(target, target.blob, options);
	const scanner = new require_core.ContentScanner(options.rules, {
		file: target.display,
		inlineAllow: options.inlineAllow
	});
	const findings = [];
	const outcome = require_run.readFileChunksSync(target, options.maxFileSize, (chunk) => require_base.appendAll(findings, scanner.push(chunk)), {
		skipUnreadable: options.skipUnreadable,
		reuseFirstChunk: true,
		release: () => scanner.release()
	});
	if (outcome.kind === "skipped") return {
		findings: [],
		skipped: {
			file: target.display,
			reason: outcome.reason
		},
		bytes: 0,
		lines: 0
	};
	require_base.appendAll(findings, scanner.end());
	if (scanner.isRuleData) return {
		findings: [],
		skipped: {
			file: target.display,
			reason: "scan-keys rule data (a pattern file: its examples are test keys)"
		},
		bytes: outcome.size,
		lines: 0
	};
	if (scanner.isBinary) return {
		findings: [],
		skipped: {
			file: target.display,
			reason: "binary (NUL byte in the first 8 KiB)"
		},
		bytes: outcome.size,
		lines: 0
	};
	return {
		findings,
		bytes: outcome.size,
		lines: scanner.lines
	};
}
function scanBlobFileSync(target, blob, options) {
	const scanner = new require_core.ContentScanner(options.rules, {
		file: target.display,
		inlineAllow: options.inlineAllow
	});
	const findings = [];
	let hash;
	let lfs = false;
	let outcome;
	try {
		outcome = require_run.readFileChunksSync(target, options.maxFileSize, (chunk) => {
			hash?.update(chunk);
			if (lfs || scanner.bytes === 0 && require_boot.isLfsPointer(chunk)) lfs = true;
			else require_base.appendAll(findings, scanner.push(chunk));
		}, {
			onSize: (size) => hash = (0, node_crypto.createHash)(blob.length === 64 ? "sha256" : "sha1").update(`blob ${size}\0`),
			release: () => scanner.release()
		});
	} catch {
		return MISMATCH;
	}
	if (outcome.kind === "skipped" || !hash || hash.digest("hex") !== blob) return MISMATCH;
	if (lfs) return {
		findings: [],
		skipped: {
			file: target.display,
			reason: "Git LFS pointer (content stored outside git)"
		},
		bytes: 0,
		lines: 0
	};
	require_base.appendAll(findings, scanner.end());
	if (scanner.isBinary) return {
		findings: [],
		skipped: {
			file: target.display,
			reason: "binary (NUL byte in the first 8 KiB)"
		},
		bytes: outcome.size,
		lines: 0
	};
	return {
		findings,
		bytes: outcome.size,
		lines: scanner.lines
	};
}
exports.scanFileSync = scanFileSync;
