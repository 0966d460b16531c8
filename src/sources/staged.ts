/**
 * What the next commit adds: one `git diff --cached` gives, per staged path, the index blob id and
 * the line ranges the commit adds. Pure parsing is separate from running git so it can be tested.
 *
 * Why `--raw -p -z` in one process: the raw part (NUL-separated, full object ids) names paths and
 * modes exactly, whatever core.quotePath says and whatever bytes a name holds; the patch part,
 * one `diff --git` section per raw entry in the same order, gives the hunk headers. `--unified=0`
 * keeps the patch to the added lines themselves. Every option that a user's config could change
 * is pinned (see DIFF_ARGS); `--text` makes git print hunks even for paths that .gitattributes
 * marks binary or -diff, so a key cannot hide behind an attribute: binary content is decided by
 * the scanner on the blob itself.
 */
import { CatFile } from './cat-file.js';
import { findRepo, gitOutput, type RepoInfo } from './git-run.js';

export const DIFF_ARGS: readonly string[] = [
  '-c', 'core.quotePath=false',
  '-c', 'color.ui=never',
  '-c', 'diff.noprefix=false',
  '-c', 'diff.mnemonicPrefix=false',
  '-c', 'diff.relative=false',
  'diff', '--cached', '--raw', '-p', '-z', '--full-index', '--no-abbrev', '--unified=0', '--text',
  '--no-color', '--no-ext-diff', '--no-textconv', '--no-relative', '--ignore-submodules=none', '--submodule=short',
  '--inter-hunk-context=0',
  '--src-prefix=a/', '--dst-prefix=b/', '-M', '-C',
];

export type StagedStatus = 'A' | 'M' | 'D' | 'R' | 'C' | 'T' | 'U' | 'X';

export interface StagedEntry {
  status: StagedStatus;
  /** Similarity score for R and C. */
  score?: number;
  srcMode: string;
  dstMode: string;
  /** Object id of the staged (index) blob; all zeros for deletions. */
  oid: string;
  /** Path in the index (the new name for renames and copies). */
  path: string;
  /** The old name for renames and copies. */
  srcPath?: string;
  /** Added line numbers in the staged blob, as inclusive [first, last] ranges in order. */
  added: Array<[number, number]>;
}

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

/** Parses the output of `git diff --cached --raw -p -z --unified=0` (DIFF_ARGS). */
export function parseStagedDiff(out: string): StagedEntry[] {
  const entries: StagedEntry[] = [];
  let pos = 0;
  const token = (): string => {
    const end = out.indexOf('\0', pos);
    if (end === -1) throw new Error('git diff: truncated raw output');
    const t = out.slice(pos, end);
    pos = end + 1;
    return t;
  };
  while (pos < out.length && out[pos] === ':') {
    const meta = token().slice(1).split(' ');
    const [srcMode, dstMode, , oid, statusField] = meta as [string, string, string, string, string];
    const status = statusField[0] as StagedStatus;
    const entry: StagedEntry = { status, srcMode, dstMode, oid, path: '', added: [] };
    if (status === 'R' || status === 'C') {
      entry.score = Number(statusField.slice(1));
      entry.srcPath = token();
    }
    entry.path = token();
    entries.push(entry);
  }
  if (out[pos] === '\0') pos++;

  // The patch: one `diff --git` section per entry, unmerged ones excepted.
  const withPatch = entries.filter((e) => e.status !== 'U');
  let section = -1;
  let lineStart = pos;
  while (lineStart < out.length) {
    let lineEnd = out.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = out.length;
    const c = out.charCodeAt(lineStart);
    if (c === 0x64 /* d */ && out.startsWith('diff --git ', lineStart)) {
      section++;
    } else if (c === 0x40 /* @ */ && section >= 0) {
      const m = HUNK.exec(out.slice(lineStart, Math.min(lineEnd, lineStart + 80)));
      const entry = withPatch[section];
      if (m && entry) {
        const first = Number(m[1]);
        const count = m[2] === undefined ? 1 : Number(m[2]);
        if (count > 0) entry.added.push([first, first + count - 1]);
      }
    }
    lineStart = lineEnd + 1;
  }
  if (section + 1 !== withPatch.length) {
    throw new Error(`git diff: ${withPatch.length} staged entries but ${section + 1} patch sections`);
  }
  return entries;
}

/** Runs the pinned staged diff from `cwd` (any directory of the work tree: paths come out from the top). */
export async function readStagedDiff(cwd: string): Promise<StagedEntry[]> {
  return parseStagedDiff((await gitOutput(cwd, [...DIFF_ARGS])).toString('utf8'));
}

/**
 * The git side of a staged scan, started at once and in parallel: the staged diff, and a
 * `cat-file --batch` that waits for blob ids. Neither waits on the other, so the pre-commit fast
 * path calls this before loading the scanner and compiling the rules, and git works on the other
 * core meanwhile. `rev-parse` (where the top and the git directory are) is a third process, which
 * only `repo: true` starts at once; else it runs on first use (during a merge, or for a config's
 * path globs). Each process blocks node while it starts (fork and exec: 1.5-3 ms on the 2-core
 * reference machine, more when busy), so the fast path does without it.
 * `cat-file` runs from `cwd`, not the top: it is asked for ids and `<rev>:<path>` names, whose
 * paths are from the top wherever it runs. Whoever opens this closes `blobs` (scanStaged does).
 */
export interface StagedGit {
  entries: Promise<StagedEntry[]>;
  blobs: CatFile;
  /**
   * Whether MERGE_HEAD names a commit: a merge is being concluded. Asked at once, which also
   * gets cat-file's own start-up (~1.8 ms before its first answer) out of the way while node
   * is busy loading.
   */
  merging: Promise<boolean>;
  repo(): Promise<RepoInfo>;
}

export function openStaged(cwd: string, options: { repo?: boolean } = {}): StagedGit {
  let repo: Promise<RepoInfo> | undefined;
  // Outside a repository `git diff` turns into `diff --no-index` and only complains about
  // --cached: when the diff fails, rev-parse says whether that is the cause, in our words.
  const entries = readStagedDiff(cwd).catch(async (err: unknown) => {
    await git.repo();
    throw err;
  });
  const blobs = new CatFile(cwd);
  const git: StagedGit = {
    entries,
    blobs,
    merging: blobs.get('MERGE_HEAD').then((head) => head !== undefined),
    repo: () => (repo ??= findRepo(cwd, '--staged')),
  };
  // Awaited later; not unhandled meanwhile.
  git.entries.catch(() => undefined);
  git.merging.catch(() => undefined);
  if (options.repo) git.repo().catch(() => undefined);
  return git;
}

/** True when `line` falls in one of the sorted inclusive ranges. */
export function isAddedLine(ranges: ReadonlyArray<readonly [number, number]>, line: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = ranges[mid] as readonly [number, number];
    if (line < a) hi = mid - 1;
    else if (line > b) lo = mid + 1;
    else return true;
  }
  return false;
}

export function countLines(ranges: ReadonlyArray<readonly [number, number]>): number {
  return ranges.reduce((n, [a, b]) => n + b - a + 1, 0);
}

/** A Git LFS pointer file: a tiny text blob standing for content stored elsewhere. */
export function isLfsPointer(content: Buffer): boolean {
  return content.length < 1024 && content.subarray(0, 40).toString('latin1').startsWith('version https://git-lfs.github.com/spec/');
}
