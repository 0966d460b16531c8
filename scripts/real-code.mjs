/**
 * Precision on real code: scans each package of the real-code corpus (scripts/real-corpus.mjs:
 * pinned npm packages nobody here wrote) with the built library, as `scan-keys <dir>` does, and
 * sorts every blocking finding (at or above the default fail level, medium) into accepted (listed
 * in scripts/real-corpus-accepted.json: values that look like real keys, each with a reason) and
 * false positives (everything else). Used by `npm run eval`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ACCEPTED = fileURLToPath(new URL('./real-corpus-accepted.json', import.meta.url));
const RANK = { low: 0, medium: 1, high: 2, critical: 3 };

/** The accepted findings: [{ package, file, ruleId, fingerprint, line, reason }]. */
export function loadAccepted(path = ACCEPTED) {
  const data = JSON.parse(readFileSync(path, 'utf8'));
  for (const a of data.accepted) {
    if (!a.package || !a.file || !a.ruleId || !a.fingerprint || !a.reason) {
      throw new Error(`${path}: every accepted entry needs package, file, ruleId, fingerprint and reason: ${JSON.stringify(a)}`);
    }
  }
  return data.accepted;
}

const keyOf = (pkg, file, ruleId, fingerprint) => `${pkg}\0${file}\0${ruleId}\0${fingerprint}`;

/**
 * Scans every package with `scan(dir, { root: dir })` (the library's scan). Returns per package
 * { name, version, files, bytes, ms, blocking: [finding + accepted reason or undefined], fp,
 * accepted }, and the accepted entries that matched no finding (`stale`: a real-looking key we no
 * longer report, which fails the eval too).
 */
export async function runRealCode(corpus, scan, accepted = loadAccepted()) {
  const wanted = new Map(accepted.map((a) => [keyOf(a.package, a.file, a.ruleId, a.fingerprint), a]));
  const seen = new Set();
  const packages = [];
  for (const p of corpus) {
    const id = `${p.name}@${p.version}`;
    const started = performance.now();
    const result = await scan(p.dir, { root: p.dir });
    const ms = performance.now() - started;
    const blocking = result.findings
      .filter((f) => RANK[f.severity] >= RANK.medium)
      .map((f) => {
        const k = keyOf(id, f.file, f.ruleId, f.fingerprint);
        const a = wanted.get(k);
        if (a) seen.add(k);
        return { ...f, acceptedBecause: a?.reason };
      });
    packages.push({
      name: p.name,
      version: p.version,
      files: result.stats.files,
      bytes: result.stats.bytes,
      ms,
      blocking,
      accepted: blocking.filter((f) => f.acceptedBecause).length,
      fp: blocking.filter((f) => !f.acceptedBecause).length,
      skipped: result.skipped,
    });
  }
  const stale = [...wanted].filter(([k]) => !seen.has(k)).map(([, a]) => a);
  return { packages, stale };
}
