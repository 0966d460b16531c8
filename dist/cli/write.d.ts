/** Writing a report that comes in pieces. */
export interface Output {
    write(s: string): unknown;
}
/**
 * Writes the pieces, waiting for a slow reader whenever the stream says its buffer is full: a
 * pipe is asynchronous, and a report of a million findings queued whole would take gigabytes.
 */
export declare function writePieces(out: Output, pieces: Iterable<string>): Promise<void>;
