/**
 * The peers' own test cases (test/fixtures/peer-cases/all_cases.json) against our detector, and the
 * deliberate disagreements listed in the README table. Shared by `npm run eval` (on dist/) and
 * test/peer-cases.test.ts (on src/): the caller passes the scan function.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RANK = { low: 0, medium: 1, high: 2, critical: 3 };

/** Every case with a stable id: `<tool>#<n>`, n counting from 1 within the tool's cases. */
export function loadPeerCases() {
  const all = JSON.parse(readFileSync(`${ROOT}test/fixtures/peer-cases/all_cases.json`, 'utf8'));
  const seen = new Map();
  return all.map((c) => {
    const n = (seen.get(c.tool) ?? 0) + 1;
    seen.set(c.tool, n);
    return { ...c, id: `${c.tool}#${n}`, kind: kindOf(c) };
  });
}

/** A coarse kind for the case, from the peer's rule name and the text. */
function kindOf(c) {
  const r = `${c.rule} ${c.text}`.toLowerCase();
  const tencent = /tencent|akid/.test(r);
  if (/security.?token|caisu|cais\//.test(r) || /sessiontoken|"token"/.test(r)) return `${tencent ? 'tencent' : 'alibaba'} token`;
  if (/sts/.test(c.rule.toLowerCase())) return 'alibaba sts';
  if (/secret.?key|secret \(|access.?key.?secret|secrets|secret-key|pair|alibabaaccesskey|tencentcloud|\(secret|valid pattern/.test(r) && !/\(access key id\)|\(secret id\)/.test(r)) {
    return `${tencent ? 'tencent' : 'alibaba'} secret/pair`;
  }
  return `${tencent ? 'tencent' : 'alibaba'} id`;
}

/** Disagreements from the README table: rows `| tool#n | … |` under "Disagreements with the peers". */
export function loadDisagreements() {
  const readme = readFileSync(`${ROOT}README.md`, 'utf8');
  const out = new Map();
  for (const line of readme.split('\n')) {
    const m = /^\|\s*`?([a-z0-9-]+#\d+)`?\s*\|([^|]*)\|([^|]*)\|([^|]*)\|/.exec(line);
    if (m) out.set(m[1], { peer: m[2].trim(), ours: m[3].trim(), reason: m[4].trim() });
  }
  return out;
}

/** True when some finding is at or above the default fail level (medium); low counts as silent. */
export function blocks(findings) {
  return findings.some((f) => RANK[f.severity] >= RANK.medium);
}

/**
 * Runs every case: `scan(text)` returns findings. Returns per-case results and per-suite/per-kind
 * counts (tp, fn, fp, tn) against the peers' own labels.
 */
export function runPeerCases(scan) {
  const cases = loadPeerCases();
  const results = cases.map((c) => {
    const found = blocks(scan(c.text));
    return { ...c, found, agree: found === (c.label === 'TP') };
  });
  return { results, bySuite: tally(results, (r) => r.tool), byKind: tally(results, (r) => r.kind) };
}

function tally(results, keyOf) {
  const out = new Map();
  for (const r of results) {
    const k = keyOf(r);
    const t = out.get(k) ?? { tp: 0, fn: 0, fp: 0, tn: 0 };
    if (r.label === 'TP') r.found ? t.tp++ : t.fn++;
    else r.found ? t.fp++ : t.tn++;
    out.set(k, t);
  }
  return out;
}
