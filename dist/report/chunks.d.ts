/**
 * JSON text in pieces, for reports too large to be one string: V8 caps a string near 512 MiB,
 * and a JSON report of 1,000,000 findings is about 1.1 GB. The text is exactly what
 * `JSON.stringify(value, null, 2)` gives; an array wrapped in `streamed()` is produced element by
 * element from an iterable (each element built, written and dropped), so memory holds the
 * findings and one batch of text, never the whole report.
 */
declare const STREAMED: unique symbol;
export interface Streamed {
    readonly [STREAMED]: Iterable<unknown>;
}
/** An array to be written element by element, from an iterable that builds each one on demand. */
export declare function streamed(items: Iterable<unknown>): Streamed;
/** The pretty-printed JSON of `value` (2-space indent, as JSON.stringify(value, null, 2)), in pieces. */
export declare function jsonChunks(value: unknown): Generator<string>;
/** Lazily maps an array (each element built only when written). */
export declare function mapLazily<T, U>(items: readonly T[], f: (item: T) => U): Generator<U>;
export {};
