import { formatBytes } from '../report/text.js';
import { en } from '../report/messages/en.js';
const CLEAR = '\r\x1b[2K';
export function formatProgress(p, elapsedMs, m = en) {
    const rate = elapsedMs > 0 ? p.bytes / (elapsedMs / 1000) : 0;
    return m.progress(p.commits, p.files, formatBytes(p.bytes), formatBytes(Math.round(rate)), p.findings);
}
export class ProgressLine {
    stream;
    now;
    m;
    started;
    last = Number.NEGATIVE_INFINITY;
    isShown = false;
    delayMs;
    intervalMs;
    constructor(stream, now = () => performance.now(), options = {}, m = en) {
        this.stream = stream;
        this.now = now;
        this.m = m;
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
        this.stream.write(CLEAR + formatProgress(p, t - this.started, this.m));
    }
    /** Erases the line, if one was drawn. */
    end() {
        if (this.isShown)
            this.stream.write(CLEAR);
        this.isShown = false;
    }
}
