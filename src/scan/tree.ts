/**
 * The library's tree scan: paths in, findings and stats out. It reads files (through sources/)
 * but never prints, exits or looks at argv: the CLI decides what the result means.
 */
import { lstatSync } from 'node:fs';
import type { Finding, RuleSet, ScanProgress, ScanResult, ScanStats, SkippedFile } from '../types.js';
import { appendAll } from '../types.js';
import { ContentScanner } from '../detect/scanner.js';
import { streamTargets, type FileTarget } from '../sources/files.js';
import { scanFileSync, type FileScan, type FileScanOptions } from './file.js';
import { PARALLEL_MIN_FILES, scanParallel, workerCount } from './parallel.js';
import type { Config } from '../policy/config.js';
import { EMPTY_CONFIG } from '../policy/config.js';

export interface ScanOptions {
  rules: RuleSet;
  /** Paths are shown relative to this directory. */
  root: string;
  config?: Config;
  maxFileSize?: number;
  /** Report files and directories without read permission as skipped instead of failing. */
  skipUnreadable?: boolean;
  /**
   * Worker threads for the scan: 0 scans in this thread; default: one per core (at most 8) when
   * there are enough files to pay for them, else 0.
   */
  workers?: number;
  /** Honour inline allow comments (default true; --no-inline-allow turns them off). */
  inlineAllow?: boolean;
  /** Called after each file with running totals (the CLI's progress line on a terminal). */
  onProgress?: (p: ScanProgress) => void;
}

export const DEFAULT_MAX_FILE_SIZE = 100 * 1024 * 1024;

function emptyStats(): ScanStats {
  return { files: 0, bytes: 0, lines: 0, skipped: 0, durationMs: 0 };
}

/** Scans one stream of bytes (stdin, a blob) under a display name. */
export async function scanStream(
  source: AsyncIterable<Uint8Array>,
  name: string,
  rules: RuleSet,
  options: { inlineAllow?: boolean } = {},
): Promise<ScanResult> {
  const started = process.hrtime.bigint();
  const scanner = new ContentScanner(rules, { file: name, inlineAllow: options.inlineAllow ?? true });
  const findings: Finding[] = [];
  for await (const chunk of source) appendAll(findings, scanner.push(chunk));
  appendAll(findings, scanner.end());
  const stats = emptyStats();
  const skipped: SkippedFile[] = [];
  if (scanner.isBinary) {
    stats.skipped = 1;
    skipped.push({ file: name, reason: 'binary (NUL byte in the first 8 KiB)' });
  } else {
    stats.files = 1;
    stats.lines = scanner.lines;
  }
  stats.bytes = scanner.bytes;
  stats.durationMs = msSince(started);
  return { findings, stats, skipped };
}

/** Total size of the targets that are regular files (one stat each: workerCount asks only for short lists). */
function knownSize(targets: readonly FileTarget[]): number {
  let total = 0;
  for (const t of targets) {
    if (t.skip) continue;
    try {
      const st = lstatSync(t.path);
      if (st.isFile()) total += st.size;
    } catch {
      // Unreadable or gone: the scan itself reports it.
    }
  }
  return total;
}

/** The targets not left out by the config, as they are listed. */
async function* wanted(targets: AsyncIterable<FileTarget>, config: Config): AsyncGenerator<FileTarget> {
  for await (const t of targets) if (!config.isPathIgnored(t.display)) yield t;
}

export async function scanPaths(paths: string[], options: ScanOptions): Promise<ScanResult> {
  const started = process.hrtime.bigint();
  const config = options.config ?? EMPTY_CONFIG;
  // Listed as scanned: the first PARALLEL_MIN_FILES decide whether workers pay, the rest stream.
  const listing = wanted(streamTargets(paths, options.root, { skipUnreadable: options.skipUnreadable }), config);
  const head: FileTarget[] = [];
  let listed = false;
  while (head.length < PARALLEL_MIN_FILES) {
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
  const result: ScanResult = { findings: [], stats: emptyStats(), skipped: [] };
  const fileOptions: FileScanOptions = {
    rules: options.rules,
    maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    inlineAllow: options.inlineAllow ?? true,
    skipUnreadable: options.skipUnreadable ?? false,
  };
  const onFile = (_target: FileTarget, scan: FileScan) => {
    if (scan.skipped) result.skipped.push(scan.skipped);
    else result.stats.files++;
    result.stats.bytes += scan.bytes;
    result.stats.lines += scan.lines;
    appendAll(result.findings, scan.findings);
    options.onProgress?.({ files: result.stats.files + result.skipped.length, bytes: result.stats.bytes, findings: result.findings.length });
  };
  const workers = workerCount(head.length, options.workers, () => knownSize(head));
  if (workers > 0) {
    const { sources } = options.rules;
    // Many files: this thread scans too (one worker fewer, see workerCount). A few large ones go to
    // workers alone (their young generation is capped: memory).
    const mainScan = head.length >= PARALLEL_MIN_FILES ? (t: FileTarget) => scanFileSync(t, fileOptions) : undefined;
    await scanParallel(targets, { sources, maxFileSize: fileOptions.maxFileSize, inlineAllow: fileOptions.inlineAllow, skipUnreadable: fileOptions.skipUnreadable }, workers, onFile, mainScan);
  } else {
    let i = 0;
    for await (const target of targets) {
      onFile(target, scanFileSync(target, fileOptions));
      // Reads are synchronous: let signal handlers and timers run between files.
      if (i++ % 32 === 31) await new Promise((r) => setImmediate(r));
    }
  }
  result.findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.offset - b.offset));
  result.skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  result.stats.skipped = result.skipped.length;
  result.stats.durationMs = msSince(started);
  return result;
}

/** Milliseconds since `started` (process.hrtime.bigint()): not performance.now(), whose first use loads perf_hooks (~1.5 ms of start-up). */
function msSince(started: bigint): number {
  return Number(process.hrtime.bigint() - started) / 1e6;
}
