/** Bytes per block searched at once. */
const BLOCK = 4096;
/**
 * Characters before a block where its search starts, and after it that the search may read. Words
 * that start before the block are dropped (the block before reports them) but still consume their
 * characters, as in one search of the whole text: `acs:ram` across a block's start hides the
 * `ram` inside it here too. Words are short (bounded: patterns/compile.ts), so 64 characters put
 * the search in step with a whole-text search long before the block starts.
 */
const LEAD = 64;
export class WordIndex {
    s;
    providers;
    searched = new Map();
    regexes = new Map();
    none;
    /** `none`: the caller knows the text holds no word of any provider (see anyWord). */
    constructor(s, providers, none = false) {
        this.s = s;
        this.providers = providers;
        this.none = none;
    }
    /** False when the text is known to hold no provider word. */
    get mayHave() {
        return !this.none;
    }
    get length() {
        return this.s.length;
    }
    /** Start indices of `provider`'s words in [from, to), ascending. */
    hitsIn(provider, from, to) {
        const lo = Math.max(0, from);
        const hi = Math.min(this.s.length, to);
        const out = [];
        if (lo >= hi || this.none)
            return out;
        for (let b = Math.floor(lo / BLOCK); b * BLOCK < hi; b++) {
            for (const at of this.block(provider, b))
                if (at >= lo && at < hi)
                    out.push(at);
        }
        return out;
    }
    /**
     * Whether `provider` has a word starting in [from, to), when every block that range touches
     * was searched already; undefined when answering would need a search.
     */
    known(provider, from, to) {
        const lo = Math.max(0, from);
        const hi = Math.min(this.s.length, to);
        if (lo >= hi || this.none)
            return false;
        const blocks = this.searched.get(provider);
        if (!blocks)
            return undefined;
        let found = false;
        for (let b = Math.floor(lo / BLOCK); b * BLOCK < hi; b++) {
            const hits = blocks.get(b);
            if (!hits)
                return undefined;
            if (!found)
                for (const at of hits)
                    if (at >= lo && at < hi)
                        found = true;
        }
        return found;
    }
    /** True when any provider has a word starting in [from, to). */
    anyIn(from, to) {
        return this.providers.some((p) => this.hitsIn(p, from, to).length > 0);
    }
    /** The word of `provider` nearest to `pos` among those starting in [from, to). */
    nearest(provider, pos, from, to) {
        let best;
        for (const at of this.hitsIn(provider, from, to)) {
            if (best === undefined || Math.abs(at - pos) < Math.abs(best - pos) || (Math.abs(at - pos) === Math.abs(best - pos) && at < best))
                best = at;
        }
        return best;
    }
    /** Every word of `provider` in the whole text (for tests and small texts). */
    all(provider) {
        return this.hitsIn(provider, 0, this.s.length);
    }
    block(provider, b) {
        let blocks = this.searched.get(provider);
        if (!blocks)
            this.searched.set(provider, (blocks = new Map()));
        let hits = blocks.get(b);
        if (hits)
            return hits;
        hits = [];
        let re = this.regexes.get(provider);
        if (!re) {
            re = new RegExp(provider.contextWords.source, 'gi');
            this.regexes.set(provider, re);
        }
        const start = b * BLOCK;
        const end = Math.min(this.s.length, start + BLOCK);
        const sliceFrom = Math.max(0, start - LEAD);
        const region = this.s.slice(sliceFrom, Math.min(this.s.length, end + LEAD));
        re.lastIndex = 0;
        for (let m = re.exec(region); m !== null; m = re.exec(region)) {
            const at = m.index + sliceFrom;
            if (at >= end)
                break;
            if (at >= start)
                hits.push(at);
            if (m[0].length === 0)
                re.lastIndex++;
        }
        blocks.set(b, hits);
        return hits;
    }
}
const anyWords = new WeakMap();
/**
 * True when `s` holds a word of any provider: one search that stops at the first word. In an SDK
 * that names its provider on every page it stops within the first lines (tencentcloud-sdk-nodejs:
 * 23 ms for 44 MB); text that names none is read once, and then nothing that needs a word is
 * looked for (the bench's 20,000 small files: most of them).
 */
export function anyWord(s, providers) {
    let re = anyWords.get(providers);
    if (!re) {
        // One flat alternation (X|Y, not (?:X)|(?:Y): the same words) ran at 183 MB/s against 134 MB/s
        // grouped, on the bench's small files.
        re = new RegExp(providers.map((p) => p.contextWords.source).join('|') || '(?!)', 'i');
        anyWords.set(providers, re);
    }
    return re.test(s);
}
