/**
 * What the next commit adds: one `git diff --cached` gives, per staged path, the index blob id,
 * the line ranges the commit adds, and the staged content itself. Pure parsing is separate from
 * running git so it can be tested.
 *
 * Why `--raw -p -z` in one process: the raw part (NUL-separated, full object ids) names paths and
 * modes exactly, whatever core.quotePath says and whatever bytes a name holds; the patch part,
 * one `diff --git` section per raw entry in the same order, gives the hunks. A context as long as
 * any file (WHOLE_FILE) makes each changed file one hunk whose context and added lines are the
 * staged blob line by line, so no second process has to read the blobs: a `cat-file` costs node
 * 3-5 ms to spawn (it blocks until git has exec'd, and waits for a core while the diff runs on
 * the 2-core reference machine). The content is used only if it hashes to the blob id (see
 * scan-staged.ts); anything else is read with cat-file. Every option that a user's config could
 * change is pinned (see DIFF_ARGS); `--text` makes git print hunks even for paths that
 * .gitattributes marks binary or -diff, so a key cannot hide behind an attribute: binary content
 * is decided by the scanner on the blob itself.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CatFile } from './cat-file.js';
import { findRepo, gitOutput, type RepoInfo } from './git-run.js';
import { findDotGit } from './repo-root.js';

/**
 * Lines of context: more than any file has, so a changed file is one hunk from its first line to
 * its last. (2^29: twice it plus the inter-hunk context still fits the 32-bit `long` of git's
 * diff code on Windows.)
 */
export const WHOLE_FILE = 2 ** 29;

export const DIFF_ARGS: readonly string[] = [
  '-c', 'core.quotePath=false',
  '-c', 'color.ui=never',
  '-c', 'diff.noprefix=false',
  '-c', 'diff.mnemonicPrefix=false',
  '-c', 'diff.relative=false',
  '-c', 'diff.suppressBlankEmpty=false',
  'diff', '--cached', '--raw', '-p', '-z', '--full-index', '--no-abbrev', `--unified=${WHOLE_FILE}`, '--text',
  '--no-color', '--no-ext-diff', '--no-textconv', '--no-relative', '--ignore-submodules=none', '--submodule=short',
  '--inter-hunk-context=0',
  // Renames (-M) as a range scan sees them (sources/history.ts), so the hook and CI agree: a rename
  // moves lines (only its edits are added), a copy adds every line it holds at its new path.
  // Copy detection (-C) would take a copy of a file the commit also changes as lines not added,
  // and its keys would pass the hook that CI then reports.
  '--src-prefix=a/', '--dst-prefix=b/', '-M',
];

export type StagedStatus = 'A' | 'M' | 'D' | 'R' | 'C' | 'T' | 'U' | 'X';

export interface StagedEntry {
  status: StagedStatus;
  /** Similarity score for R (and C, which DIFF_ARGS never asks for). */
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
  /**
   * The staged blob as the patch shows it (context and added lines), for entries with added
   * lines. Not checked here: use it only if it hashes to `oid`.
   */
  content?: Buffer;
}

const HUNK = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/** True when the patch shows the entry as a deletion and a creation (file <-> symlink or submodule). */
function isSplit(e: StagedEntry): boolean {
  const src = parseInt(e.srcMode, 8);
  const dst = parseInt(e.dstMode, 8);
  return src !== 0 && dst !== 0 && (src & 0o170000) !== (dst & 0o170000);
}

/** Parses the output of `git diff --cached --raw -p -z --unified=<whole file>` (DIFF_ARGS). */
export function parseStagedDiff(out: Buffer): StagedEntry[] {
  const entries: StagedEntry[] = [];
  let pos = 0;
  const token = (): string => {
    const end = out.indexOf(0, pos);
    if (end === -1) throw new Error('git diff: truncated raw output');
    const t = out.toString('utf8', pos, end);
    pos = end + 1;
    return t;
  };
  while (pos < out.length && out[pos] === 0x3a /* : */) {
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
  if (out[pos] === 0) pos++;

  // The patch: one `diff --git` section per entry, unmerged ones excepted; an entry whose type
  // changes has two, its old side deleted, then its new side created (undefined: nothing to keep).
  const sections = entries.filter((e) => e.status !== 'U').flatMap((e) => (isSplit(e) ? [undefined, e] : [e]));
  let section = -1;
  let entry: StagedEntry | undefined;
  let lines: Buffer[] = []; // the current section's new side, line by line
  let oldLeft = 0;
  let newLeft = 0;
  let newLine = 0;
  let lastWasNew = false;
  const endSection = () => {
    if (entry && lines.length > 0) entry.content = Buffer.concat(lines);
    lines = [];
  };
  for (let start = pos; start < out.length; ) {
    const nl = out.indexOf(0x0a, start);
    const next = nl === -1 ? out.length : nl + 1;
    const c = out[start];
    if (c === 0x5c /* \ */) {
      // "\ No newline at end of file": the line before it has none.
      if (lastWasNew && lines.length > 0) {
        const last = lines[lines.length - 1] as Buffer;
        if (last[last.length - 1] === 0x0a) lines[lines.length - 1] = last.subarray(0, last.length - 1);
      }
    } else if (oldLeft > 0 || newLeft > 0) {
      // A hunk line: ' ' context, '+' added, '-' removed (an empty line is empty context,
      // whatever diff.suppressBlankEmpty says).
      if (c === 0x2d /* - */) {
        oldLeft--;
        lastWasNew = false;
      } else {
        if (c === 0x2b /* + */) {
          const last = entry?.added[entry.added.length - 1];
          if (last && last[1] === newLine - 1) last[1] = newLine;
          else entry?.added.push([newLine, newLine]);
        } else {
          oldLeft--;
        }
        if (entry) lines.push(out.subarray(c === 0x0a ? start : start + 1, next));
        newLeft--;
        newLine++;
        lastWasNew = true;
      }
    } else if (c === 0x64 /* d */ && out.toString('latin1', start, start + 11) === 'diff --git ') {
      endSection();
      section++;
      entry = sections[section];
      lastWasNew = false;
    } else if (c === 0x40 /* @ */ && section >= 0) {
      const header = out.toString('latin1', start, Math.min(next, start + 80));
      const m = HUNK.exec(header);
      // Added lines missed would be lines not scanned: a hunk we cannot read is an error.
      if (!m) throw new Error(`git diff: unexpected hunk header ${JSON.stringify(header.trim())}`);
      oldLeft = m[1] === undefined ? 1 : Number(m[1]);
      newLine = Number(m[2]);
      newLeft = m[3] === undefined ? 1 : Number(m[3]);
      lastWasNew = false;
    }
    start = next;
  }
  endSection();
  if (section + 1 !== sections.length) {
    throw new Error(`git diff: ${sections.length} patch sections expected for ${entries.length} staged entries, got ${section + 1}`);
  }
  return entries;
}

/**
 * Runs the pinned staged diff from `cwd` (any directory of the work tree: paths come out from the
 * top), leaving out `exclude` (paths from the top: those whose blobs cannot be read).
 */
export async function readStagedDiff(cwd: string, exclude: readonly string[] = []): Promise<StagedEntry[]> {
  const paths = exclude.length > 0 ? ['--', ':(top)', ...exclude.map((p) => `:(top,literal,exclude)${p}`)] : [];
  return parseStagedDiff(await gitOutput(cwd, [...DIFF_ARGS, ...paths]));
}

/**
 * The git side of a staged scan. The diff starts at once, so that the pre-commit fast path can
 * call this before loading the scanner and compiling the rules while git works on the other core.
 * Everything else runs only if needed: `rev-parse` (the top, the git directory) for the caller's
 * `base`, a config's globs or a merge, started at once only with `repo: true`; `cat-file` for a
 * blob the diff did not give whole, or a merge's parents. Each process blocks node while it
 * starts (fork and exec: 1.5-5 ms on the 2-core reference machine, more when busy), so the
 * common pre-commit run has one. Whoever opens this calls close().
 */
export interface StagedGit {
  entries: Promise<StagedEntry[]>;
  /** The cat-file process, started on first use. Its paths are from the top wherever it runs. */
  blobs(): CatFile;
  /** The commits being merged into HEAD (MERGE_HEAD), or none. */
  mergeHeads(): Promise<string[]>;
  repo(): Promise<RepoInfo>;
  close(): Promise<void>;
}

export function openStaged(cwd: string, options: { repo?: boolean } = {}): StagedGit {
  let repo: Promise<RepoInfo> | undefined;
  let blobs: CatFile | undefined;
  const git: StagedGit = {
    // Outside a repository `git diff` turns into `diff --no-index` and only complains about
    // --cached: when the diff fails, rev-parse says whether that is the cause, in our words.
    entries: readStagedDiff(cwd).catch(async (err: unknown) => {
      await git.repo();
      throw err;
    }),
    blobs: () => (blobs ??= new CatFile(cwd)),
    repo: () => (repo ??= findRepo(cwd, '--staged')),
    mergeHeads: async () => {
      // Almost never a merge: without rev-parse running already, look where git would before asking it.
      if (!options.repo && !mergeHeadNearby(cwd)) return [];
      return readMergeHeads((await git.repo()).gitDir);
    },
    close: () => blobs?.close() ?? Promise.resolve(),
  };
  // Awaited later; not unhandled meanwhile.
  git.entries.catch(() => undefined);
  if (options.repo) git.repo().catch(() => undefined);
  return git;
}

/** MERGE_HEAD's lines: the commits being merged (one; an octopus merge has several). */
function readMergeHeads(gitDir: string): string[] {
  try {
    const text = readFileSync(resolve(gitDir, 'MERGE_HEAD'), 'utf8');
    return text.split('\n').map((l) => l.trim()).filter((l) => /^[0-9a-f]{40,64}$/.test(l));
  } catch {
    return [];
  }
}

/**
 * Whether a MERGE_HEAD exists where git finds its directory from `cwd` ($GIT_DIR, else the
 * nearest `.git` directory, or `gitdir:` file, at or above it), without running git. Only a
 * first look: true sends the question to rev-parse, which decides; false when git's directory
 * is elsewhere would only leave a merge's already-committed keys reported (fail closed).
 */
function mergeHeadNearby(cwd: string): boolean {
  const env = process.env.GIT_DIR;
  if (env) return existsSync(join(resolve(cwd, env), 'MERGE_HEAD'));
  const dotGit = findDotGit(cwd);
  if (dotGit === undefined) return true; // git found a repository we cannot see: ask it
  try {
    if (statSync(dotGit).isDirectory()) return existsSync(join(dotGit, 'MERGE_HEAD'));
    const pointer = /^gitdir:\s*(.+?)\s*$/m.exec(readFileSync(dotGit, 'utf8'));
    if (pointer) return existsSync(join(resolve(dirname(dotGit), pointer[1] as string), 'MERGE_HEAD'));
  } catch {
    // cannot look: ask git
  }
  return true;
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
