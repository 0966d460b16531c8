/** JSON in pieces is byte for byte JSON.stringify(value, null, 2), however the pieces fall. */
import { describe, expect, it } from 'vitest';
import { jsonChunks, streamed } from '../src/report/chunks.js';

const item = (i: number) => ({ i, s: `v${i}\n"q"`, nested: { list: [i, { deep: i % 3 === 0 ? undefined : 'x' }] }, empty: [], none: {} });

describe('jsonChunks', () => {
  it('matches JSON.stringify for streamed arrays of 0, 1, 511, 512, 513 and 2,000 items at any depth', () => {
    for (const n of [0, 1, 511, 512, 513, 2000]) {
      const items = Array.from({ length: n }, (_, i) => item(i));
      const doc = { version: 1, skipped: undefined, runs: [{ tool: { name: 't' }, results: items, after: [1, 2] }], tail: 'end' };
      const lazy = { version: 1, skipped: undefined, runs: [{ tool: { name: 't' }, results: streamed(items), after: [1, 2] }], tail: 'end' };
      expect([...jsonChunks(lazy)].join(''), `n=${n}`).toBe(JSON.stringify(doc, null, 2));
      expect([...jsonChunks(streamed(items))].join(''), `top n=${n}`).toBe(JSON.stringify(items, null, 2));
    }
  });

  it('builds items only as they are written (an iterable, not an array)', () => {
    let built = 0;
    function* gen() {
      for (let i = 0; i < 20_000; i++) {
        built++;
        yield item(i);
      }
    }
    const pieces = jsonChunks({ findings: streamed(gen()) });
    const first = pieces.next();
    expect(first.done).toBe(false);
    expect(built).toBeLessThan(20_000); // the first piece (about 1 MiB) went out before the rest was built
    const rest = [first.value as string, ...pieces].join('');
    expect(JSON.parse(rest).findings).toHaveLength(20_000);
  });
});
