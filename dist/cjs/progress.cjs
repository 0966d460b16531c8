const require_run = require("./run.cjs");
const require_core = require("./core.cjs");
// dist/cli/progress.js
const CLEAR = "\r\x1B[2K";
function formatProgress(p, elapsedMs, m = require_core.en) {
	const rate = elapsedMs > 0 ? p.bytes / (elapsedMs / 1e3) : 0;
	return m.progress(p.commits, p.files, require_run.formatBytes(p.bytes), require_run.formatBytes(Math.round(rate)), p.findings);
}
var ProgressLine = class {
	stream;
	now;
	m;
	started;
	last = Number.NEGATIVE_INFINITY;
	isShown = false;
	delayMs;
	intervalMs;
	constructor(stream, now = () => performance.now(), options = {}, m = require_core.en) {
		this.stream = stream;
		this.now = now;
		this.m = m;
		this.started = now();
		this.delayMs = options.delayMs ?? 1e3;
		this.intervalMs = options.intervalMs ?? 100;
	}
	update(p) {
		const t = this.now();
		if (t - this.started < this.delayMs || t - this.last < this.intervalMs) return;
		this.last = t;
		this.isShown = true;
		this.stream.write(CLEAR + formatProgress(p, t - this.started, this.m));
	}
	end() {
		if (this.isShown) this.stream.write(CLEAR);
		this.isShown = false;
	}
};
exports.ProgressLine = ProgressLine;
