/** Provider words found block by block (src/detect/words.ts) are the words a search of the whole text finds. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadPatterns } from '../src/index.js';
import { anyWord, WordIndex } from '../src/detect/words.js';

const set = loadPatterns();

/** Every word of `provider` by one global search, as the scanner did before words were lazy. */
function allWords(s: string, source: string): number[] {
  const re = new RegExp(source, 'gi');
  const out: number[] = [];
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    out.push(m.index);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

describe('WordIndex', () => {
  // Words and near-words, placed so that many straddle the 4 KiB block boundaries.
  const piece = fc.constantFrom('aliyun', 'Tencent', 'qcloud ', 'oss_', 'cos ', 'xcos', ' ram ', 'param', 'LTAI', 'akid', 'acs:ram', 'ali_', 'tc3', ' ', '\n', 'x', 'é');
  const filler = fc.integer({ min: 0, max: 4200 }).map((n) => 'y'.repeat(n));
  const text = fc.array(fc.oneof(piece, filler), { maxLength: 30 }).map((a) => a.join(''));

  it('finds every word a whole-text search finds, at the same places, by range', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (s, x, y) => {
        const index = new WordIndex(s, set.providers);
        for (const p of set.providers) {
          const want = allWords(s, p.contextWords.source);
          expect(index.all(p)).toEqual(want);
          const from = s.length === 0 ? 0 : x % s.length;
          const to = from + (y % 9000);
          expect(index.hitsIn(p, from, to)).toEqual(want.filter((at) => at >= from && at < to));
          expect(index.known(p, from, to)).toBe(to <= from || from >= s.length ? false : want.some((at) => at >= from && at < to));
        }
        expect(anyWord(s, set.providers)).toBe(set.providers.some((p) => allWords(s, p.contextWords.source).length > 0));
      }),
      { numRuns: 1000 },
    );
  });

  it('a word that straddles a block start consumes its characters, as in one search of the whole text', () => {
    const ali = set.providers.find((p) => p.id === 'alibaba')!;
    for (let at = 4096 - 8; at <= 4096 + 1; at++) {
      const s = `${'y'.repeat(at)}acs:ram ${'y'.repeat(100)}`;
      expect(new WordIndex(s, set.providers).all(ali), String(at)).toEqual(allWords(s, ali.contextWords.source));
    }
  });

  it('a text known to hold no word answers no word without searching', () => {
    const index = new WordIndex('aliyun tencent', set.providers, true);
    for (const p of set.providers) expect(index.hitsIn(p, 0, 100)).toEqual([]);
    expect(index.mayHave).toBe(false);
  });

  it('known() is undefined until the blocks of a range were searched', () => {
    const s = `${'y'.repeat(5000)} aliyun ${'y'.repeat(5000)}`;
    const index = new WordIndex(s, set.providers);
    const ali = set.providers.find((p) => p.id === 'alibaba')!;
    expect(index.known(ali, 4000, 6000)).toBeUndefined();
    expect(index.hitsIn(ali, 4000, 6000)).toEqual([5001]);
    expect(index.known(ali, 4100, 6000)).toBe(true);
    expect(index.known(ali, 5100, 6000)).toBe(false);
  });
});
