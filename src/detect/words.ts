/**
 * Provider words (`tencent`, `aliyun`, `LTAI`…), found only where they are asked for.
 *
 * A secret without an id beside it counts only near a provider word, and that question is asked
 * about a few candidates per buffer: the values that already have a secret's shape, name and
 * entropy. Searching the case-insensitive word lists over every byte cost a fifth of a scan of
 * tencentcloud-sdk-nodejs (two passes at about 400 MB/s each, every file naming its provider),
 * so the text is searched block by block, and only the blocks near a question.
 */
import type { Provider } from '../types.js';

/** Bytes per block searched at once. */
const BLOCK = 4096;
/**
 * Characters before a block that a search also reads, so that `\b` and look-behinds see the true
 * neighbours, and where the search starts: a word that started before the block and ends inside it
 * is found by the block before, and one that starts inside it is found here.
 */
const LEAD = 64;

export class WordIndex {
  private readonly s: string;
  private readonly providers: readonly Provider[];
  private readonly searched = new Map<Provider, Map<number, number[]>>();
  private readonly regexes = new Map<Provider, RegExp>();

  constructor(s: string, providers: readonly Provider[]) {
    this.s = s;
    this.providers = providers;
  }

  get length(): number {
    return this.s.length;
  }

  /** Start indices of `provider`'s words in [from, to), ascending. */
  hitsIn(provider: Provider, from: number, to: number): number[] {
    const lo = Math.max(0, from);
    const hi = Math.min(this.s.length, to);
    const out: number[] = [];
    if (lo >= hi) return out;
    for (let b = Math.floor(lo / BLOCK); b * BLOCK < hi; b++) {
      for (const at of this.block(provider, b)) if (at >= lo && at < hi) out.push(at);
    }
    return out;
  }

  /** True when any provider has a word starting in [from, to). */
  anyIn(from: number, to: number): boolean {
    return this.providers.some((p) => this.hitsIn(p, from, to).length > 0);
  }

  /** The word of `provider` nearest to `pos` among those starting in [from, to). */
  nearest(provider: Provider, pos: number, from: number, to: number): number | undefined {
    let best: number | undefined;
    for (const at of this.hitsIn(provider, from, to)) {
      if (best === undefined || Math.abs(at - pos) < Math.abs(best - pos) || (Math.abs(at - pos) === Math.abs(best - pos) && at < best)) best = at;
    }
    return best;
  }

  /** Every word of `provider` in the whole text (for tests and small texts). */
  all(provider: Provider): number[] {
    return this.hitsIn(provider, 0, this.s.length);
  }

  private block(provider: Provider, b: number): number[] {
    let blocks = this.searched.get(provider);
    if (!blocks) this.searched.set(provider, (blocks = new Map()));
    let hits = blocks.get(b);
    if (hits) return hits;
    hits = [];
    let re = this.regexes.get(provider);
    if (!re) {
      re = new RegExp(provider.contextWords.source, 'gi');
      this.regexes.set(provider, re);
    }
    const start = b * BLOCK;
    const end = Math.min(this.s.length, start + BLOCK);
    // Read LEAD characters either side: look-arounds see the real text, and a word that starts in
    // the block and runs past its end is still matched whole.
    const sliceFrom = Math.max(0, start - LEAD);
    const region = this.s.slice(sliceFrom, Math.min(this.s.length, end + LEAD));
    re.lastIndex = start - sliceFrom;
    for (let m = re.exec(region); m !== null; m = re.exec(region)) {
      const at = m.index + sliceFrom;
      if (at >= end) break;
      hits.push(at);
      if (m[0].length === 0) re.lastIndex++;
    }
    blocks.set(b, hits);
    return hits;
  }
}
