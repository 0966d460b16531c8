import { formatBytes } from '../report/text.js';
const CLEAR = '\r\x1b[2K';
export function formatProgress(p, elapsedMs) {
    const rate = elapsedMs > 0 ? p.bytes / (elapsedMs / 1000) : 0;
    const commits = p.commits !== undefined ? `${p.commits} commits, ` : '';
    return `scanning: ${commits}${p.files} files, ${formatBytes(p.bytes)} (${formatBytes(Math.round(rate))}/s), ${p.findings} finding${p.findings === 1 ? '' : 's'} so far`;
}
export class ProgressLine {
    stream;
    now;
    started;
    last = Number.NEGATIVE_INFINITY;
    isShown = false;
    delayMs;
    intervalMs;
    constructor(stream, now = () => performance.now(), options = {}) {
        this.stream = stream;
        this.now = now;
        this.started = now();
        this.delayMs = options.delayMs ?? 1000;
        this.intervalMs = options.intervalMs ?? 100;
    }
    update(p) {
        const t = this.now();
        if (t - this.started < this.delayMs || t - this.last < this.intervalMs)
            return;
        this.last = t;
        this.isShown = true;
        this.stream.write(CLEAR + formatProgress(p, t - this.started));
    }
    /** Erases the line, if one was drawn. */
    end() {
        if (this.isShown)
            this.stream.write(CLEAR);
        this.isShown = false;
    }
}
