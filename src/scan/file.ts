/** One file of a tree scan, read and scanned synchronously (in the main thread or a worker). */
import type { Finding, RuleSet, SkippedFile } from '../types.js';
import { appendAll } from '../types.js';
import { ContentScanner } from '../detect/scanner.js';
import { readFileChunksSync, type FileTarget } from '../sources/files.js';

export interface FileScanOptions {
  rules: RuleSet;
  maxFileSize: number;
  inlineAllow: boolean;
  skipUnreadable: boolean;
}

export interface FileScan {
  findings: Finding[];
  /** Set when the file was not scanned (binary, too large, not a regular file, unreadable). */
  skipped?: SkippedFile;
  bytes: number;
  lines: number;
}

export function scanFileSync(target: FileTarget, options: FileScanOptions): FileScan {
  const scanner = new ContentScanner(options.rules, { file: target.display, inlineAllow: options.inlineAllow });
  const findings: Finding[] = [];
  // The scanner is done with every chunk once end() returns (it copies what it keeps between
  // rounds), so the first chunk's buffer serves the next file too.
  const outcome = readFileChunksSync(target, options.maxFileSize, (chunk) => appendAll(findings, scanner.push(chunk)), {
    skipUnreadable: options.skipUnreadable,
    reuseFirstChunk: true,
  });
  if (outcome.kind === 'skipped') return { findings: [], skipped: { file: target.display, reason: outcome.reason }, bytes: 0, lines: 0 };
  appendAll(findings, scanner.end());
  if (scanner.isRuleData) {
    return { findings: [], skipped: { file: target.display, reason: 'scan-keys rule data (a pattern file: its examples are test keys)' }, bytes: outcome.size, lines: 0 };
  }
  if (scanner.isBinary) {
    return { findings: [], skipped: { file: target.display, reason: 'binary (NUL byte in the first 8 KiB)' }, bytes: outcome.size, lines: 0 };
  }
  return { findings, bytes: outcome.size, lines: scanner.lines };
}
