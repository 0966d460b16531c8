/**
 * The generated mixed tree (scripts/mixed-tree.mjs): a dozen languages and formats with planted
 * keys (pairs, both Alibaba ID lengths, STS triples, Tencent pairs, temporary credentials, encoded
 * ones) and hard negatives. Precision and recall at the default fail level must both be >= 0.98.
 */
import { describe, expect, it } from 'vitest';
import { loadPatterns, scanText } from '../src/index.js';
// Plain ESM helper shared with `npm run eval` (scripts/ is not type-checked).
import { generateMixedTree, scoreMixedTree } from '../scripts/mixed-tree.mjs';

interface Score { total: { tp: number; fp: number; fn: number }; misses: unknown[]; files: number }

const set = loadPatterns();

describe('mixed tree', () => {
  for (const seed of [2024, 7, 31337]) {
    it(`precision and recall >= 0.98 (seed ${seed})`, () => {
      const files = generateMixedTree(seed, seed === 2024 ? 8 : 3);
      const { total, misses } = scoreMixedTree(files, (content: string, path: string) => scanText(set, content, path)) as Score;
      const precision = total.tp / (total.tp + total.fp);
      const recall = total.tp / (total.tp + total.fn);
      expect(total.tp, 'planted keys').toBeGreaterThan(100);
      expect(precision, JSON.stringify(misses.slice(0, 5))).toBeGreaterThanOrEqual(0.98);
      expect(recall, JSON.stringify(misses.slice(0, 5))).toBeGreaterThanOrEqual(0.98);
    });
  }

  it('covers a dozen languages and formats', () => {
    const exts = new Set(generateMixedTree(1, 1).map((f: { path: string }) => /\.[^./]+$/.exec(f.path)?.[0] ?? f.path));
    for (const e of ['.java', '.py', '.go', '.js', '.ts', '.php', '.cs', '.yaml', '.json', '.env', '.properties', '.tf', '.md', '.sum', '.html', '.log']) {
      expect(exts.has(e), e).toBe(true);
    }
  });
});
