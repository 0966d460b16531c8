/**
 * The progress line of a long scan on a terminal: files, bytes, rate and findings so far, on
 * stderr, drawn only once the scan has run for a second, redrawn at most every 100 ms, and erased
 * at the end so the report starts on a clean line. The clock is passed in (tests inject one).
 */
import type { ScanProgress } from '../types.js';
import { formatBytes } from '../report/text.js';
import { en, type Messages } from '../report/messages/en.js';

export interface ProgressOptions {
  /** Nothing is drawn before the scan has run this long (ms). */
  delayMs?: number;
  /** Minimum time between two redraws (ms). */
  intervalMs?: number;
}

const CLEAR = '\r\x1b[2K';

export function formatProgress(p: ScanProgress, elapsedMs: number, m: Messages = en): string {
  const rate = elapsedMs > 0 ? p.bytes / (elapsedMs / 1000) : 0;
  return m.progress(p.commits, p.files, formatBytes(p.bytes), formatBytes(Math.round(rate)), p.findings);
}

export class ProgressLine {
  private readonly started: number;
  private last = Number.NEGATIVE_INFINITY;
  private isShown = false;
  private readonly delayMs: number;
  private readonly intervalMs: number;

  constructor(
    private readonly stream: { write(s: string): unknown },
    private readonly now: () => number = () => performance.now(),
    options: ProgressOptions = {},
    private readonly m: Messages = en,
  ) {
    this.started = now();
    this.delayMs = options.delayMs ?? 1000;
    this.intervalMs = options.intervalMs ?? 100;
  }

  update(p: ScanProgress): void {
    const t = this.now();
    if (t - this.started < this.delayMs || t - this.last < this.intervalMs) return;
    this.last = t;
    this.isShown = true;
    this.stream.write(CLEAR + formatProgress(p, t - this.started, this.m));
  }

  /** Erases the line, if one was drawn. */
  end(): void {
    if (this.isShown) this.stream.write(CLEAR);
    this.isShown = false;
  }
}
