/**
 * The pre-commit scan: exactly what the next commit adds. Reads staged blobs from the index by
 * object id (never the work tree), scans each blob whole so that pairing sees the lines around each
 * hunk, and keeps the findings on added lines. Two git processes in all: one diff, one cat-file.
 */
import { resolve } from 'node:path';
import type { Finding, RuleSet } from './types.js';
// Type-only imports from config.js and scan.js: their values pull in micromatch and the tree
// walker, which the pre-commit path never needs (start-up time is the product here).
import type { Config } from './config.js';
import { ContentScanner } from './detect/scanner.js';
import type { ScanResult } from './scan.js';
import type { SkippedFile } from './sources/files.js';
import { CatFile } from './sources/cat-file.js';
import { gitOutput, GitError, isNotARepository } from './sources/git-run.js';
import { countLines, isAddedLine, isLfsPointer, readStagedDiff, type StagedEntry } from './sources/staged.js';
import { readFile } from 'node:fs/promises';

export interface StagedScanOptions {
  rules: RuleSet;
  /** Any directory inside the work tree. */
  cwd: string;
  config?: Config;
  /** Honour scan-keys:allow comments (default true; --no-inline-allow for audits). */
  inlineAllow?: boolean;
  maxFileSize?: number;
}

export interface RepoInfo {
  top: string;
  gitDir: string;
}

/** The work tree root and git directory, or a GitError that says we are not in a repository. */
export async function findRepo(cwd: string, what: string): Promise<RepoInfo> {
  let out: string;
  try {
    out = (await gitOutput(cwd, ['rev-parse', '--show-toplevel', '--absolute-git-dir'])).toString('utf8');
  } catch (err) {
    if (isNotARepository(err)) throw new GitError(`${what}: not inside a git repository (${cwd})`);
    throw err;
  }
  const [top, gitDir] = out.trim().split('\n') as [string, string];
  return { top, gitDir };
}

/** Commits being merged into HEAD (MERGE_HEAD holds one per line; an octopus has several). */
async function mergeHeads(gitDir: string): Promise<string[]> {
  try {
    const text = await readFile(resolve(gitDir, 'MERGE_HEAD'), 'utf8');
    return text.split('\n').map((l) => l.trim()).filter((l) => /^[0-9a-f]{40,64}$/.test(l));
  } catch {
    return [];
  }
}

function skipReason(e: StagedEntry): string | undefined {
  if (e.status === 'D') return 'deleted';
  if (e.status === 'U') return 'unmerged';
  if (e.dstMode === '160000') return 'submodule (commit id, no content)';
  if (e.dstMode === '120000') return 'symbolic link (target path, not followed)';
  return undefined;
}

export async function scanStaged(options: StagedScanOptions): Promise<ScanResult> {
  const started = performance.now();
  const config = options.config;
  const maxFileSize = options.maxFileSize ?? 100 * 1024 * 1024;
  // The diff runs from cwd (paths come out relative to the top either way) alongside rev-parse:
  // two processes at once instead of one after the other.
  const diff = readStagedDiff(options.cwd);
  diff.catch(() => undefined); // if rev-parse fails, its error is the one to report
  const repo = await findRepo(options.cwd, '--staged');
  const [entries, merging] = await Promise.all([diff, mergeHeads(repo.gitDir)]);
  const parents = merging.length > 0 ? ['HEAD', ...merging] : [];
  const result: ScanResult = { base: repo.top, findings: [], skipped: [], stats: { files: 0, bytes: 0, lines: 0, skipped: 0, durationMs: 0 } };
  const skip = (file: string, reason: string) => result.skipped.push({ file, reason } satisfies SkippedFile);

  const todo: StagedEntry[] = [];
  for (const e of entries) {
    if (config?.isPathIgnored(e.path, repo.top)) continue;
    const reason = skipReason(e);
    if (reason) skip(e.path, reason);
    else if (e.added.length > 0) todo.push(e);
  }
  if (todo.length === 0) return finish(result, started);

  const blobs = new CatFile(repo.top);
  try {
    // Ask for every blob up front: cat-file answers in order, so requests pipeline through one process.
    const WINDOW = 8;
    const pending = todo.slice(0, WINDOW).map((e) => blobs.get(e.oid));
    for (let i = 0; i < todo.length; i++) {
      const e = todo[i] as StagedEntry;
      const obj = await (pending[i] as Promise<Awaited<ReturnType<CatFile['get']>>>);
      const ahead = todo[i + WINDOW];
      if (ahead) pending.push(blobs.get(ahead.oid));
      if (!obj?.content) throw new GitError(`staged blob ${e.oid} for ${e.path} is missing from the object store`);
      if (obj.size > maxFileSize) {
        skip(e.path, `larger than --max-file-size (${obj.size} bytes)`);
        continue;
      }
      if (isLfsPointer(obj.content)) {
        skip(e.path, 'Git LFS pointer (content stored outside git)');
        continue;
      }
      const scanner = new ContentScanner(options.rules, { file: e.path, inlineAllow: options.inlineAllow ?? true });
      const found = [...scanner.push(obj.content), ...scanner.end()];
      if (scanner.isBinary) {
        skip(e.path, 'binary (NUL byte in the first 8 KiB)');
        continue;
      }
      result.stats.files++;
      result.stats.bytes += obj.size;
      result.stats.lines += countLines(e.added);
      for (const f of found) {
        if (!isAddedLine(e.added, f.line)) continue;
        if (parents.length > 0 && (await isInAParent(blobs, parents, e, f))) continue;
        result.findings.push(f);
      }
    }
  } finally {
    await blobs.close();
  }
  result.findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.offset - b.offset));
  return finish(result, started);
}

/**
 * During a merge the staged diff against HEAD shows everything merged in. A value already in the
 * same file (or the file it was renamed or copied from) on HEAD or on a merged commit was committed
 * there; only a value in none of them was typed while resolving the merge.
 */
async function isInAParent(blobs: CatFile, parents: string[], e: StagedEntry, f: Finding): Promise<boolean> {
  const needle = Buffer.from(f.secret, 'latin1');
  const paths = e.srcPath && e.srcPath !== e.path ? [e.path, e.srcPath] : [e.path];
  for (const parent of parents) {
    for (const path of paths) {
      const obj = await blobs.get(`${parent}:${path}`);
      if (obj?.content?.includes(needle)) return true;
    }
  }
  return false;
}

function finish(result: ScanResult, started: number): ScanResult {
  result.skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  result.stats.skipped = result.skipped.length;
  result.stats.durationMs = performance.now() - started;
  return result;
}
