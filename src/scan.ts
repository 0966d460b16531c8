/**
 * The library's tree scan: paths in, findings and stats out. It reads files (through sources/)
 * but never prints, exits or looks at argv: the CLI decides what the result means.
 */
import type { Finding, RuleSet } from './types.js';
import { ContentScanner } from './detect/scanner.js';
import { listTargets, readFileChunks, type FileTarget, type SkippedFile } from './sources/files.js';
import type { Config } from './config.js';
import { EMPTY_CONFIG } from './config.js';

export interface ScanStats {
  files: number;
  bytes: number;
  lines: number;
  skipped: number;
  durationMs: number;
  /** Commits walked (commit-range scans only). */
  commits?: number;
}

export interface ScanResult {
  /** The directory finding paths are relative to: the repository top for git scans; absent: the cwd. */
  base?: string;
  findings: Finding[];
  stats: ScanStats;
  skipped: SkippedFile[];
}

export interface ScanOptions {
  rules: RuleSet;
  /** Paths are shown relative to this directory. */
  root: string;
  config?: Config;
  maxFileSize?: number;
  /** Report files and directories without read permission as skipped instead of failing. */
  skipUnreadable?: boolean;
  /** How many files are read at once. */
  concurrency?: number;
  /** Honour inline allow comments (default true; --no-inline-allow turns them off). */
  inlineAllow?: boolean;
  /** Called after each file with running totals (the CLI's progress line on a terminal). */
  onProgress?: (p: ScanProgress) => void;
}

/** Running totals for a progress display. */
export interface ScanProgress {
  files: number;
  bytes: number;
  findings: number;
  /** Commits walked so far (commit-range scans). */
  commits?: number;
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
  const started = performance.now();
  const scanner = new ContentScanner(rules, { file: name, inlineAllow: options.inlineAllow ?? true });
  const findings: Finding[] = [];
  for await (const chunk of source) findings.push(...scanner.push(chunk));
  findings.push(...scanner.end());
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
  stats.durationMs = performance.now() - started;
  return { findings, stats, skipped };
}

async function scanFile(target: FileTarget, options: ScanOptions, result: ScanResult): Promise<void> {
  const scanner = new ContentScanner(options.rules, { file: target.display, inlineAllow: options.inlineAllow ?? true });
  const findings: Finding[] = [];
  const outcome = await readFileChunks(target, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE, (chunk) => {
    findings.push(...scanner.push(chunk));
  }, { skipUnreadable: options.skipUnreadable });
  if (outcome.kind === 'skipped') {
    result.skipped.push({ file: target.display, reason: outcome.reason });
    return;
  }
  findings.push(...scanner.end());
  if (scanner.isBinary) {
    result.skipped.push({ file: target.display, reason: 'binary (NUL byte in the first 8 KiB)' });
    result.stats.bytes += outcome.size;
    return;
  }
  result.stats.files++;
  result.stats.bytes += outcome.size;
  result.stats.lines += scanner.lines;
  result.findings.push(...findings);
}

export async function scanPaths(paths: string[], options: ScanOptions): Promise<ScanResult> {
  const started = performance.now();
  const config = options.config ?? EMPTY_CONFIG;
  const targets = (await listTargets(paths, options.root, { skipUnreadable: options.skipUnreadable })).filter((t) => !config.isPathIgnored(t.display));
  const result: ScanResult = { findings: [], stats: emptyStats(), skipped: [] };
  let next = 0;
  const worker = async () => {
    while (next < targets.length) {
      const target = targets[next++] as FileTarget;
      await scanFile(target, options, result);
      options.onProgress?.({ files: result.stats.files + result.skipped.length, bytes: result.stats.bytes, findings: result.findings.length });
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 8, Math.max(targets.length, 1)) }, worker));
  result.findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.offset - b.offset));
  result.skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  result.stats.skipped = result.skipped.length;
  result.stats.durationMs = performance.now() - started;
  return result;
}
