/**
 * The server-side gate: what a push makes new to a repository, scanned as `--range` scans
 * (added lines only, merges with `--cc`), inside git's quarantine.
 *
 * Which commits: every pushed tip `--not --all`. In pre-receive no ref has moved yet, so `--all`
 * is exactly what the repository had before this push: an updated branch gives old..new minus
 * what other refs already hold; a new branch or tag, or a force push, gives only the commits the
 * repository never had; commits it already has under another ref give nothing. Deletions have
 * nothing to scan. The pushed objects live in the quarantine directory until the push is
 * accepted; git tells the hook where (GIT_QUARANTINE_PATH, GIT_OBJECT_DIRECTORY,
 * GIT_ALTERNATE_OBJECT_DIRECTORIES), and every git child here inherits the environment whole
 * (sources/git-run.ts).
 *
 * Policy: `.scan-keys.json` and the baseline as they are in each pushed tip (policy/pushed.ts).
 * Tips with the same two files are scanned in one walk.
 */
import type { Finding, Lang, Provider } from '../types.js';
import { loadPatterns } from '../patterns/load.js';
import { CatFile } from '../sources/cat-file.js';
import { findInHistory, hasRefs } from '../sources/history-search.js';
import { applyAllowlist } from '../policy/allow.js';
import { applyBaseline } from '../policy/baseline.js';
import { policyAtCommit, type CommitPolicy } from '../policy/pushed.js';
import { scanRange } from './range.js';
import { severityRank, type Severity } from '../types.js';

export interface RefUpdate {
  old: string;
  new: string;
  ref: string;
}

export class PushInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PushInputError';
  }
}

const OID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const isZero = (oid: string) => /^0+$/.test(oid);

/** The `<old> <new> <ref>` lines git gives pre-receive on stdin. */
export function parseRefUpdates(text: string): RefUpdate[] {
  const updates: RefUpdate[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const [old, next, ref, ...rest] = line.trim().split(' ');
    if (!old || !next || !ref || rest.length > 0 || !OID.test(old) || !OID.test(next)) {
      throw new PushInputError(`not a pre-receive line ("<old> <new> <ref>"): ${line.slice(0, 120)}`);
    }
    updates.push({ old, new: next, ref });
  }
  return updates;
}

export interface RefOutcome {
  ref: string;
  /** scanned; deleted (nothing to scan); not-a-commit (a tag of a tree or blob: not scanned). */
  action: 'scanned' | 'deleted' | 'not-a-commit';
  type?: string;
}

export interface PushScanResult {
  /** New keys at or above the pushed policy's fail level: these reject the push. */
  blocking: Finding[];
  /** Keys at or above the fail level that the repository already held before this push: warnings. */
  known: Finding[];
  /** Keys below the fail level (public-by-design IDs, by default). */
  below: Finding[];
  allowed: number;
  baselined: number;
  refs: RefOutcome[];
  commits: number;
  files: number;
  lines: number;
  bytes: number;
  providers: readonly Provider[];
  durationMs: number;
  /** The pushed commits' `.scan-keys.json` `lang`, if one sets it (the first pushed tip's that does). */
  lang?: Lang;
}

export interface PushScanOptions {
  /** The repository's git directory (the hook's working directory), absolute. */
  gitDir: string;
  updates: RefUpdate[];
  /** Honour inline allow comments (default true). */
  inlineAllow?: boolean;
}

export async function scanPush(options: PushScanOptions): Promise<PushScanResult> {
  const started = performance.now();
  const { gitDir } = options;
  const result: PushScanResult = {
    blocking: [], known: [], below: [], allowed: 0, baselined: 0, refs: [],
    commits: 0, files: 0, lines: 0, bytes: 0, providers: [], durationMs: 0,
  };
  const live = options.updates.filter((u) => {
    if (isZero(u.new)) result.refs.push({ ref: u.ref, action: 'deleted' });
    return !isZero(u.new);
  });
  if (live.length === 0) return finish(result, started);

  // Each pushed tip as a commit (an annotated tag peels to its commit), and its policy.
  const byKey = new Map<string, { policy: CommitPolicy; tips: string[] }>();
  const blobs = new CatFile(gitDir);
  try {
    const peeled = await blobs.getMany(live.map((u) => `${u.new}^{commit}`));
    const types = peeled.some((p) => p === undefined) ? await blobs.getMany(live.map((u) => u.new)) : [];
    const policies = new Map<string, CommitPolicy>();
    for (const [i, u] of live.entries()) {
      const commit = peeled[i];
      if (!commit) {
        result.refs.push({ ref: u.ref, action: 'not-a-commit', type: types[i]?.type ?? 'missing object' });
        continue;
      }
      result.refs.push({ ref: u.ref, action: 'scanned' });
      let policy = policies.get(commit.oid);
      if (!policy) {
        policy = await policyAtCommit(blobs, commit.oid);
        policies.set(commit.oid, policy);
      }
      if (result.lang === undefined && policy.config.lang !== undefined) result.lang = policy.config.lang;
      const group = byKey.get(policy.key) ?? { policy, tips: [] };
      if (!group.tips.includes(commit.oid)) group.tips.push(commit.oid);
      byKey.set(policy.key, group);
    }
  } finally {
    await blobs.close();
  }
  if (result.refs.some((r) => r.type === 'missing object')) {
    throw new PushInputError(`pushed object missing: ${result.refs.filter((r) => r.type === 'missing object').map((r) => r.ref).join(', ')}`);
  }

  const providers = new Map<string, Provider>();
  const seen = new Set<string>();
  const blocking: Finding[] = [];
  for (const { policy, tips } of byKey.values()) {
    const rules = loadPatterns([...policy.config.patterns]);
    for (const p of rules.providers) if (!providers.has(p.id)) providers.set(p.id, p);
    const scanned = await scanRange({
      rules, cwd: gitDir, spec: { revs: [...tips, '--not', '--all'] }, config: policy.config,
      inlineAllow: options.inlineAllow ?? true, count: false, presentAtHead: false,
    });
    result.commits += scanned.stats.commits ?? 0;
    result.files += scanned.stats.files;
    result.lines += scanned.stats.lines;
    result.bytes += scanned.stats.bytes;
    const allow = applyAllowlist(scanned.findings, policy.config.allowRules);
    result.allowed += allow.allowed.length;
    const base = applyBaseline(allow.kept, policy.baseline);
    result.baselined += base.baselined.length;
    const failOn: Severity | 'none' = policy.config.failOn ?? 'medium';
    for (const f of base.kept) {
      const key = `${f.commit?.sha}\0${f.file}\0${f.fingerprint}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (failOn !== 'none' && severityRank(f.severity) >= severityRank(failOn)) blocking.push(f);
      else result.below.push(f);
    }
  }
  result.providers = [...providers.values()];

  // A key the repository already held (a rebase or cherry-pick moving an old commit) is not this
  // push's leak: warn, do not block. Only the values that would block are looked for.
  if (blocking.length > 0 && (await hasRefs(gitDir))) {
    const values = [...new Set(blocking.map((f) => f.secret))];
    const found = await findInHistory(gitDir, ['--all'], values.map((v) => Buffer.from(v, 'latin1')));
    const known = new Set([...found].map((i) => values[i]));
    for (const f of blocking) (known.has(f.secret) ? result.known : result.blocking).push(f);
  } else {
    result.blocking = blocking;
  }
  return finish(result, started);
}

function finish(result: PushScanResult, started: number): PushScanResult {
  result.durationMs = performance.now() - started;
  return result;
}
