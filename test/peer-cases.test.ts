/**
 * Every case of the peers' own test suites (test/fixtures/peer-cases/): each peer TP is found and
 * each peer FP stays silent ("found" = a finding at or above the default fail level, medium),
 * except the deliberate disagreements listed in the README table, which must still disagree.
 */
import { describe, expect, it } from 'vitest';
import { loadPatterns, scanText } from '../src/index.js';
// Plain ESM helper shared with `npm run eval` (scripts/ is not type-checked).
import { loadDisagreements, runPeerCases } from '../scripts/peer-cases.mjs';

interface CaseResult { id: string; label: string; text: string; found: boolean; agree: boolean }

const set = loadPatterns();
const { results } = runPeerCases((text: string) => scanText(set, text)) as { results: CaseResult[] };
const disagreements = loadDisagreements() as Map<string, { peer: string; ours: string; reason: string }>;

describe('peer cases', () => {
  it('has all 140 cases and a reason for each disagreement', () => {
    expect(results.length).toBe(140);
    const ids = new Set(results.map((r) => r.id));
    for (const [id, d] of disagreements) {
      expect(ids.has(id), `README table names unknown case ${id}`).toBe(true);
      expect(d.reason.length, id).toBeGreaterThan(10);
    }
  });

  for (const r of results) {
    const listed = disagreements.has(r.id);
    it(`${r.id} ${r.label}${listed ? ' (documented disagreement)' : ''}: ${JSON.stringify(r.text).slice(0, 70)}`, () => {
      expect(r.agree, listed ? 'listed as a disagreement in the README but now agrees: remove the row' : 'disagrees with the peer').toBe(!listed);
    });
  }
});
