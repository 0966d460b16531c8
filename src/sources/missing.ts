/**
 * Objects git cannot read: a clone missing blobs (a snapshot, a damaged pack), a partial clone
 * (`--filter=blob:none`) whose promisor remote cannot be reached, a shallow clone. `git log -p`
 * and `git diff` die on the first such object with "unable to read <oid>" and nothing else; this
 * finds every missing object of the scan, where it is (commit, path), and says how to fix it.
 */
import { gitOutput, GitError } from './git-run.js';

export interface MissingObject {
  /** The commit whose change needs it, or "index"/"HEAD" for a staged scan. */
  commit: string;
  path: string;
  oid: string;
}

/** How to get the objects back, whatever the cause. */
export const MISSING_HINT =
  'fetch the missing objects (`git fetch`; in a shallow clone `git fetch --unshallow`; in a partial clone make its promisor remote reachable, or `git fetch --refetch`), or rerun with --skip-unreadable to scan the rest and list these as skipped';

/** True for git's ways of saying it could not read an object. */
export function isMissingObjectError(message: string): boolean {
  return /unable to read [0-9a-f]{40}|could not fetch [0-9a-f]{40}|promisor remote|bad object|missing blob|unable to read tree|did not receive expected object|object file .* is empty|packed object [0-9a-f]+ .* is corrupt|Could not read [0-9a-f]{40}|loose object [0-9a-f]+ .* is corrupt/i.test(message);
}

/** The object ids of `oids` that git cannot read (without fetching them from a promisor). */
export async function unreadableObjects(cwd: string, oids: readonly string[]): Promise<Set<string>> {
  const unique = [...new Set(oids)].filter((o) => !/^0+$/.test(o));
  if (unique.length === 0) return new Set();
  // --batch-check on stdin: one process. GIT_NO_LAZY_FETCH (git 2.44+) keeps a partial clone from
  // asking its promisor for each id (older git asks, fails, and answers "missing" all the same).
  const out = (await gitOutput(cwd, ['cat-file', '--batch-check=%(objectname)'], unique.join('\n') + '\n', NO_LAZY_FETCH)).toString('utf8');
  const missing = new Set<string>();
  for (const line of out.split('\n')) {
    const m = /^([0-9a-f]{40,64}) missing$/.exec(line.trim());
    if (m) missing.add(m[1] as string);
  }
  return missing;
}

const NO_LAZY_FETCH = { GIT_NO_LAZY_FETCH: '1' };

/**
 * The missing blobs a commit range needs, each at the first commit (oldest first) and path that
 * needs it. `rev-list --missing=print` lists them without fetching; `log --raw -m` (which reads
 * only commits and trees) says where each is used, on either side of a change.
 */
export async function missingInRange(top: string, revs: string[]): Promise<MissingObject[]> {
  const env = NO_LAZY_FETCH;
  const listed = (await gitOutput(top, ['rev-list', '--objects', '--missing=print', ...revs, '--'], undefined, env)).toString('utf8');
  const missing = new Set<string>();
  for (const line of listed.split('\n')) if (line.startsWith('?')) missing.add(line.slice(1).trim());
  if (missing.size === 0) return [];
  const raw = (await gitOutput(top, ['-c', 'core.quotePath=false', 'log', '--raw', '-z', '--no-abbrev', '--no-renames', '-m', '--topo-order', '--reverse', '--format=%x01%H', '--ignore-submodules=none', ...revs, '--'], undefined, env)).toString('utf8');
  const found: MissingObject[] = [];
  const seen = new Set<string>();
  let commit = '';
  let change: string[] | undefined;
  for (const field of raw.split('\0')) {
    if (change) {
      const path = field;
      for (const oid of [change[2], change[3]] as string[]) {
        const key = `${commit}\0${path}\0${oid}`;
        if (missing.has(oid) && !seen.has(key)) {
          seen.add(key);
          found.push({ commit, path, oid });
        }
      }
      change = undefined;
      continue;
    }
    const text = field.replace(/^\n+/, '');
    if (text.startsWith('\x01')) commit = text.slice(1).trim();
    else if (text.startsWith(':')) change = text.slice(1).split(' ');
  }
  // A missing object no change of the range names (a tree, a blob only some ref's tip holds):
  // still named, so the error is never empty.
  const named = new Set(found.map((m) => m.oid));
  for (const oid of missing) if (!named.has(oid)) found.push({ commit: '', path: '', oid });
  return found;
}

/** The staged paths whose blob (in the index, or at HEAD) git cannot read. */
export async function missingStaged(cwd: string): Promise<MissingObject[]> {
  const entries: Array<{ where: string; path: string; oid: string }> = [];
  const index = (await gitOutput(cwd, ['ls-files', '-s', '-z', '--full-name'])).toString('utf8');
  for (const rec of index.split('\0')) {
    const m = /^(\d+) ([0-9a-f]{40,64}) \d\t(.*)$/s.exec(rec);
    if (m && m[1] !== '160000') entries.push({ where: 'index', path: m[3] as string, oid: m[2] as string });
  }
  try {
    const head = (await gitOutput(cwd, ['ls-tree', '-r', '-z', '--full-tree', 'HEAD'])).toString('utf8');
    for (const rec of head.split('\0')) {
      const m = /^\d+ blob ([0-9a-f]{40,64})\t(.*)$/s.exec(rec);
      if (m) entries.push({ where: 'HEAD', path: m[2] as string, oid: m[1] as string });
    }
  } catch (err) {
    // No HEAD yet (first commit): nothing there to read. A HEAD tree that cannot be read: say so.
    if (!/not a valid object name|Not a valid object name|unknown revision/i.test(String((err as Error).message))) throw err;
  }
  const missing = await unreadableObjects(cwd, entries.map((e) => e.oid));
  return entries.filter((e) => missing.has(e.oid)).map((e) => ({ commit: e.where, path: e.path, oid: e.oid }));
}

/** A scan that stopped at objects git cannot read: every one named, what was scanned, and the fix. */
export class MissingObjectsError extends GitError {
  constructor(
    readonly missing: MissingObject[],
    scanned: string,
    cause: string,
  ) {
    super(describe(missing, scanned, cause));
    this.name = 'MissingObjectsError';
  }
}

function describe(missing: MissingObject[], scanned: string, cause: string): string {
  const shown = missing.slice(0, 20).map((m) => `  ${m.commit ? (/^[0-9a-f]{40,64}$/.test(m.commit) ? `commit ${m.commit}` : m.commit) : 'object'}${m.path ? ` ${m.path}` : ''}: object ${m.oid} cannot be read`);
  if (missing.length > 20) shown.push(`  … and ${missing.length - 20} more`);
  const head =
    missing.length > 0
      ? `the scan is incomplete: git cannot read ${missing.length} object${missing.length === 1 ? '' : 's'} it needs (${cause})`
      : `the scan is incomplete: git cannot read an object it needs (${cause})`;
  return [head, ...shown, scanned, `to fix: ${MISSING_HINT}`].join('\n');
}

/** The skip reason for an object left out by --skip-unreadable (warned about: see isWarnedSkip). */
export function skipReason(m: MissingObject): string {
  const where = /^[0-9a-f]{40,64}$/.test(m.commit) ? `at commit ${m.commit.slice(0, 12)}` : m.commit === 'index' ? 'in the index' : `at ${m.commit}`;
  return `unreadable: object ${m.oid} ${where} cannot be read (missing from this clone; skipped by --skip-unreadable)`;
}
