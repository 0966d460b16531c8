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
export declare class WordIndex {
    private readonly s;
    private readonly providers;
    private readonly searched;
    private readonly regexes;
    private readonly none;
    /** `none`: the caller knows the text holds no word of any provider (see anyWord). */
    constructor(s: string, providers: readonly Provider[], none?: boolean);
    /** False when the text is known to hold no provider word. */
    get mayHave(): boolean;
    get length(): number;
    /** Start indices of `provider`'s words in [from, to), ascending. */
    hitsIn(provider: Provider, from: number, to: number): number[];
    /**
     * Whether `provider` has a word starting in [from, to), when every block that range touches
     * was searched already; undefined when answering would need a search.
     */
    known(provider: Provider, from: number, to: number): boolean | undefined;
    /** True when any provider has a word starting in [from, to). */
    anyIn(from: number, to: number): boolean;
    /** The word of `provider` nearest to `pos` among those starting in [from, to). */
    nearest(provider: Provider, pos: number, from: number, to: number): number | undefined;
    /** Every word of `provider` in the whole text (for tests and small texts). */
    all(provider: Provider): number[];
    private block;
}
/**
 * True when `s` holds a word of any provider: one search that stops at the first word. In an SDK
 * that names its provider on every page it stops within the first lines (tencentcloud-sdk-nodejs:
 * 23 ms for 44 MB); text that names none is read once, and then nothing that needs a word is
 * looked for (the bench's 20,000 small files: most of them).
 */
export declare function anyWord(s: string, providers: readonly Provider[]): boolean;
