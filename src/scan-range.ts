/**
 * The CI scan: commits in a range (`--since REV`, `--range A..B`) or the whole history
 * (`--history`, every ref). Each hunk a commit adds is scanned with the lines around it; a key at
 * a path is reported once, at the oldest commit that added it, with how many commits of the range
 * hold it there.
 */
import type { Finding, RuleSet } from './types.js';
import type { Config } from './config.js';
import { EMPTY_CONFIG } from './config.js';
import { ContentScanner } from './detect/scanner.js';
import type { ScanProgress, ScanResult } from './scan.js';
import { CatFile } from './sources/cat-file.js';
import { gitRaw, gitSpawn, GitError, firstStderrLine } from './sources/git-run.js';
import { streamLog, type Hunk } from './sources/history.js';
import { findRepo } from './scan-staged.js';

export type RangeSpec = { since: string } | { range: string } | { history: true };

export interface RangeScanOptions {
  rules: RuleSet;
  cwd: string;
  spec: RangeSpec;
  config?: Config;
  /** Honour scan-keys:allow comments (default true; --no-inline-allow for audits). */
  inlineAllow?: boolean;
  /** Count, for each finding, the commits of the range that hold it (default true). */
  count?: boolean;
  /** Check, for each finding, whether its file still holds the value at HEAD (default true). */
  presentAtHead?: boolean;
  /** Called after each hunk with running totals. */
  onProgress?: (p: ScanProgress) => void;
}

export class RangeError extends GitError {}

const FETCH_HINT = 'fetch more history (actions/checkout: `fetch-depth: 0`; or `git fetch --unshallow`)';

async function verifyCommit(top: string, rev: string, what: string): Promise<void> {
  if (rev.startsWith('-')) throw new RangeError(`${what}: not a revision: ${rev}`);
  try {
    // simple-git does not reject every non-zero exit (a quiet failure has no stderr): check the answer.
    const out = (await gitRaw(top, ['rev-parse', '--verify', '--end-of-options', `${rev}^{commit}`])).trim();
    if (/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(out)) return;
  } catch {
    /* fall through */
  }
  let shallow = false;
  try {
    shallow = (await gitRaw(top, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
  } catch {
    /* treat as not shallow */
  }
  if (shallow) throw new RangeError(`${what}: ${rev} is not in this shallow clone; ${FETCH_HINT}`);
  throw new RangeError(`${what}: unknown revision ${rev}`);
}

/** The `git log` revision arguments for a spec, after checking that every end exists. */
export async function resolveRevs(top: string, spec: RangeSpec): Promise<string[]> {
  if ('history' in spec) return ['--all'];
  if ('since' in spec) {
    await verifyCommit(top, spec.since, '--since');
    await verifyCommit(top, 'HEAD', '--since');
    return [`${spec.since}..HEAD`];
  }
  const m = /^(.*?)(\.\.\.?)(.*)$/.exec(spec.range);
  if (!m) throw new RangeError(`--range: expected A..B, got ${spec.range}`);
  const from = m[1] || 'HEAD';
  const to = m[3] || 'HEAD';
  await verifyCommit(top, from, '--range');
  await verifyCommit(top, to, '--range');
  return [`${from}${m[2]}${to}`];
}

export async function scanRange(options: RangeScanOptions): Promise<ScanResult> {
  const started = performance.now();
  const config = options.config ?? EMPTY_CONFIG;
  const { top } = await findRepo(options.cwd, 'commit range');
  const revs = await resolveRevs(top, options.spec);
  const first = new Map<string, Finding>();
  const files = new Set<string>();
  const result: ScanResult = { base: top, findings: [], skipped: [], stats: { files: 0, bytes: 0, lines: 0, skipped: 0, durationMs: 0 } };

  const commitsSeen = new Set<string>();
  const onHunk = (h: Hunk) => {
    if (options.onProgress) {
      commitsSeen.add(h.commit.sha);
      options.onProgress({ files: files.size, bytes: result.stats.bytes, findings: first.size, commits: commitsSeen.size });
    }
    if (config.isPathIgnored(h.path, top)) return;
    const scanner = new ContentScanner(options.rules, { file: h.path, inlineAllow: options.inlineAllow ?? true });
    const data = Buffer.from(h.text, 'latin1');
    const found = [...scanner.push(data), ...scanner.end()];
    if (scanner.isBinary) return;
    files.add(h.path);
    result.stats.bytes += data.length;
    result.stats.lines += h.added.size;
    for (const f of found) {
      const line = h.firstLine + f.line - 1;
      if (!h.added.has(line)) continue;
      const key = `${h.path}\0${f.fingerprint}`;
      if (first.has(key)) continue;
      f.line = line;
      if (f.pair) f.pair = { ...f.pair, line: h.firstLine + f.pair.line - 1 };
      f.commit = { sha: h.commit.sha, author: h.commit.author, date: h.commit.date };
      first.set(key, f);
    }
  };
  const commits = await streamLog(top, revs, onHunk);
  result.findings = [...first.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  if (options.count !== false && result.findings.length > 0) await countCommits(top, revs, result.findings);
  if (options.presentAtHead !== false && result.findings.length > 0) await markPresentAtHead(top, result.findings);
  result.stats.files = files.size;
  result.stats.commits = commits;
  result.stats.durationMs = performance.now() - started;
  return result;
}

/**
 * For each finding, how many commits of the range hold its value at its path: the path's blob id
 * per commit comes from one `cat-file --batch-check`, and each distinct blob is read once.
 */
async function countCommits(top: string, revs: string[], findings: Finding[]): Promise<void> {
  const paths = [...new Set(findings.map((f) => f.file))];
  const check = new CatFile(top, '--batch-check');
  const blobs = new CatFile(top);
  const holds = new Map<string, Set<string>>(); // blob id → secrets it holds
  const counts = new Map<Finding, number>();
  const list = gitSpawn(top, ['rev-list', ...revs, '--']);
  list.stdin.end();
  const stderr = firstStderrLine(list);
  const closed = new Promise<number | null>((done) => list.on('close', done));
  try {
    let rest = '';
    const perCommit = async (sha: string) => {
      for (const path of paths) {
        const obj = await check.get(`${sha}:${path}`);
        if (!obj || obj.type !== 'blob') continue;
        let secrets = holds.get(obj.oid);
        if (!secrets) {
          const content = (await blobs.get(obj.oid))?.content ?? Buffer.alloc(0);
          secrets = new Set(findings.filter((f) => f.file === path && content.includes(Buffer.from(f.secret, 'latin1'))).map((f) => f.secret));
          holds.set(obj.oid, secrets);
        }
        for (const f of findings) if (f.file === path && secrets.has(f.secret)) counts.set(f, (counts.get(f) ?? 0) + 1);
      }
    };
    for await (const chunk of list.stdout as AsyncIterable<Buffer>) {
      const lines = (rest + chunk.toString('latin1')).split('\n');
      rest = lines.pop() ?? '';
      for (const sha of lines) if (sha) await perCommit(sha);
    }
    if (rest) await perCommit(rest);
    const code = await closed;
    if (code !== 0) throw new GitError(`git rev-list failed: ${stderr() || `exit ${code}`}`);
  } finally {
    await Promise.all([check.close(), blobs.close()]);
  }
  for (const f of findings) if (f.commit) f.commit.count = Math.max(1, counts.get(f) ?? 1);
}

/** Sets `presentAtHead` on each finding: one `cat-file --batch` reads each finding's file at HEAD once. */
async function markPresentAtHead(top: string, findings: Finding[]): Promise<void> {
  const blobs = new CatFile(top);
  try {
    const byPath = new Map<string, Buffer | undefined>();
    for (const f of findings) {
      if (!byPath.has(f.file)) {
        const obj = await blobs.get(`HEAD:${f.file}`);
        byPath.set(f.file, obj?.type === 'blob' ? obj.content : undefined);
      }
      f.presentAtHead = byPath.get(f.file)?.includes(Buffer.from(f.secret, 'latin1')) ?? false;
    }
  } finally {
    await blobs.close();
  }
}
