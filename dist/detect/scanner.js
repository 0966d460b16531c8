import { appendAll } from '../types.js';
import { analyzeText, CONTEXT_BYTES } from './analyze.js';
import { fingerprintOf } from './fingerprint.js';
import { BomDecoder } from './transcode.js';
import { isInlineAllowed } from './inline-allow.js';
import { isRuleData } from './filters.js';
/** Bytes inspected for a NUL to decide that content is binary (as git does). */
export const BINARY_SNIFF_BYTES = 8192;
const EMPTY = Buffer.alloc(0);
/** Least new data analysed per round (see push). Exported for tests of round boundaries. */
export const MIN_ROUND_BYTES = 64 * 1024;
/**
 * Most bytes one round analyses, when the input comes in larger chunks (a whole file, 512 KiB
 * reads): the round's text is a latin1 string, and V8 puts a string over 128 KiB in its large
 * object space, where making one costs about 150 times more per byte (on Node 20 on the 2-core
 * reference machine: 137 MB/s at 256 KiB against 20 GB/s at 120 KiB). Each round re-reads the
 * kept tail (2 x reserve, about 20 KiB), which costs less than that.
 */
export const ROUND_MAX_BYTES = 120 * 1024;
/** Smallest piece a large chunk is cut into, however big the reserve (user rules with long matches). */
const MIN_PIECE_BYTES = 16 * 1024;
const HIGH_BYTE = /[\x80-\xff]/;
export class ContentScanner {
    /** Total bytes pushed. */
    bytes = 0;
    /** Line breaks seen so far, plus one: the number of lines once ended. */
    set;
    file;
    inlineAllow;
    reserve;
    keep;
    buf = EMPTY;
    /** The scanner's own buffer for joined rounds (flush, keepTail), allocated on first need. */
    work = EMPTY;
    decodedBytes = 0;
    bufStart = 0;
    settled = 0;
    startPos = { line: 1, column: 1 };
    decided = false;
    binaryFlag = false;
    /** The input is a scan-keys pattern file (isRuleData): not scanned, like a binary file. */
    ruleDataFlag = false;
    ended = false;
    lastByte = -1;
    pending = [];
    pendingBytes = 0;
    decoder = new BomDecoder();
    /** Bytes handed to analysis so far, counting re-analysed tails (a measure of work, for tests). */
    analysedBytes = 0;
    /** Rounds of analysis so far (for tests). */
    rounds = 0;
    constructor(set, options = {}) {
        this.set = set;
        this.file = options.file ?? '';
        this.inlineAllow = options.inlineAllow ?? true;
        // A candidate owned by this round may end up to maxLength later, and a secret it pairs with may
        // lie CONTEXT_BYTES beyond that and need its own context after it.
        this.reserve = 2 * CONTEXT_BYTES + 2 * set.maxLength + 256;
        this.keep = this.reserve;
    }
    /** Bytes kept from one round to the next: positions near a round's end are re-analysed. */
    get reserveBytes() {
        return this.reserve;
    }
    /** The input's encoding, decided from its first bytes (a BOM); undefined before any input. */
    get encoding() {
        return this.decoder.encoding;
    }
    /** Bytes currently held (for tests of bounded memory). */
    get bufferedBytes() {
        return this.buf.length + this.pendingBytes;
    }
    /** True once the first block held a NUL byte: the rest is ignored. */
    get isBinary() {
        return this.binaryFlag && !this.ruleDataFlag;
    }
    /** True once the first block showed a scan-keys pattern file: its examples are rule data, not keys. */
    get isRuleData() {
        return this.ruleDataFlag;
    }
    /** Lines seen so far (a last line without a break counts; an empty input has none). */
    get lines() {
        if (this.decodedBytes === 0)
            return 0;
        return this.startPos.line - (this.lastByte === 0x0a ? 1 : 0);
    }
    push(chunk) {
        if (this.ended)
            throw new Error('ContentScanner: push after end');
        this.bytes += chunk.length;
        if (chunk.length === 0 || this.binaryFlag)
            return [];
        return this.pushDecoded(this.decoder.push(chunk));
    }
    /**
     * Copies whatever the scanner still holds of the chunks pushed so far (pieces waiting for a
     * round, or a chunk used as the round's buffer) into its own buffer, so that the caller may read
     * its next chunk into the same memory. A large file read into a fresh 512 KiB Buffer per chunk
     * left a worker up to 64 MiB of dead chunks (V8 collects external memory only past that much
     * growth): a 256 MiB file with 17,563 findings, `--format json`, 137 -> 128 MiB peak RSS
     * (medians of 7 alternating runs; the scan itself 148 -> 96 MiB, the rest is the report).
     */
    release() {
        if (this.pendingBytes === 0 && (this.buf.length === 0 || this.buf.buffer === this.work.buffer))
            return;
        this.flush(true);
    }
    /**
     * Decoded bytes (UTF-8, or raw bytes when there was no BOM) into the analysis, in pieces that
     * keep each round's text under ROUND_MAX_BYTES (see there).
     */
    pushDecoded(chunk) {
        if (chunk.length === 0 || this.binaryFlag)
            return [];
        const room = ROUND_MAX_BYTES - this.buf.length - this.pendingBytes;
        if (chunk.length <= room || chunk.length <= MIN_PIECE_BYTES)
            return this.pushPiece(chunk);
        const out = [];
        for (let at = 0; at < chunk.length && !this.binaryFlag;) {
            const n = Math.max(MIN_PIECE_BYTES, ROUND_MAX_BYTES - this.buf.length - this.pendingBytes);
            appendAll(out, this.pushPiece(chunk.subarray(at, at + n)));
            at += n;
        }
        return out;
    }
    pushPiece(chunk) {
        this.decodedBytes += chunk.length;
        this.lastByte = chunk[chunk.length - 1];
        const data = chunk;
        this.pending.push(data);
        this.pendingBytes += data.length;
        if (!this.decided) {
            if (this.buf.length + this.pendingBytes < BINARY_SNIFF_BYTES)
                return [];
            this.flush();
            this.decide();
            if (this.binaryFlag)
                return [];
        }
        // Analyse once enough new data is pending: tiny chunks (a pipe, a test) would otherwise
        // re-analyse the kept tail on every push. Memory stays bounded by reserve + keep + this.
        if (this.bufStart + this.buf.length + this.pendingBytes - this.settled < this.reserve + MIN_ROUND_BYTES)
            return [];
        this.flush();
        return this.round(false);
    }
    /**
     * Joins the kept tail and the pending chunks into `buf`. A single chunk is used as it is (a
     * small file); anything else is copied into this scanner's own buffer, reused from round to
     * round: a fresh 120 KiB Buffer per round (Buffer.concat) cost 5 % of a scan of
     * tencentcloud-sdk-nodejs, most of it in allocating and faulting in new memory. `own`: always
     * into the scanner's own buffer (release).
     */
    flush(own = false) {
        if (this.pendingBytes === 0 && !own)
            return;
        if (!own && this.buf.length === 0 && this.pending.length === 1) {
            this.buf = this.pending[0];
        }
        else {
            const total = this.buf.length + this.pendingBytes;
            if (this.work.length < total) {
                const work = Buffer.allocUnsafe(Math.max(total, ROUND_MAX_BYTES));
                this.buf.copy(work, 0);
                this.work = work;
            }
            else if (this.buf.length > 0 && (this.buf.buffer !== this.work.buffer || this.buf.byteOffset !== this.work.byteOffset)) {
                this.buf.copy(this.work, 0);
            }
            let at = this.buf.length;
            for (const p of this.pending)
                at += p.copy(this.work, at);
            this.buf = this.work.subarray(0, total);
        }
        this.pending = [];
        this.pendingBytes = 0;
    }
    /** Keeps buf[from..] as the next round's start, in the scanner's own buffer (never the caller's chunk). */
    keepTail(from) {
        const tail = this.buf.subarray(from);
        if (this.work.length < tail.length)
            this.work = Buffer.allocUnsafe(Math.max(tail.length, ROUND_MAX_BYTES));
        // copy() is memmove: the tail may already lie in work.
        tail.copy(this.work, 0);
        this.buf = this.work.subarray(0, tail.length);
    }
    end() {
        if (this.ended)
            return [];
        const early = this.binaryFlag ? [] : this.pushDecoded(this.decoder.end());
        this.ended = true;
        this.flush();
        if (!this.decided)
            this.decide();
        if (this.binaryFlag)
            return [];
        const out = [...early, ...this.round(true)];
        this.buf = EMPTY;
        this.work = EMPTY;
        return out;
    }
    decide() {
        this.decided = true;
        const sniff = this.buf.subarray(0, BINARY_SNIFF_BYTES);
        this.binaryFlag = sniff.includes(0);
        if (!this.binaryFlag && isRuleData(sniff.toString('latin1')))
            this.binaryFlag = this.ruleDataFlag = true;
        if (this.binaryFlag)
            this.buf = EMPTY;
    }
    round(final) {
        const bufEnd = this.bufStart + this.buf.length;
        const limit = final ? bufEnd : bufEnd - this.reserve;
        if (limit <= this.settled)
            return [];
        const s = this.buf.toString('latin1');
        const base = this.bufStart;
        this.analysedBytes += s.length;
        this.rounds++;
        const analysed = analyzeText(s, this.set, this.settled - base, limit - base);
        const owned = this.inlineAllow ? analysed.filter((c) => !isInlineAllowed(s, c.start, c.end)) : analysed;
        // Positions to locate: every owned candidate, its pair, and where the next buffer starts.
        // The kept tail starts on a character boundary, so columns counted on either side add up.
        const nextStart = final ? bufEnd : base + utf8Boundary(this.buf, Math.max(base, limit - this.keep) - base);
        const wanted = new Set([nextStart - base]);
        for (const c of owned) {
            wanted.add(c.start);
            if (c.pair)
                wanted.add(c.pair.start);
        }
        const located = locate(s, this.startPos, [...wanted].sort((a, b) => a - b));
        const findings = owned.map((c) => this.toFinding(c, base, located));
        this.startPos = located.get(nextStart - base);
        if (final)
            this.buf = EMPTY;
        else
            this.keepTail(nextStart - base);
        this.bufStart = nextStart;
        this.settled = limit;
        return findings;
    }
    toFinding(c, base, located) {
        const at = located.get(c.start);
        const rule = c.rule;
        const finding = {
            ruleId: rule.id,
            provider: rule.provider.id,
            providerName: rule.provider.name,
            kind: rule.kind,
            title: rule.title,
            severity: c.severity,
            temporary: rule.temporary,
            confidence: c.confidence,
            isPublic: c.isPublic,
            file: this.file,
            line: at.line,
            column: at.column,
            endColumn: at.column + c.value.length,
            offset: base + c.start,
            // A copy: c.value is a slice of the round's text, and V8 keeps a sliced string's parent alive,
            // so each finding would pin a whole round (up to ~560 KiB). On a 256 MiB file with 356
            // findings peak RSS fell from 157 MiB to the figure in the README's performance section.
            secret: detach(c.value),
            fingerprint: fingerprintOf(rule.id, c.value),
        };
        if (c.pair) {
            const p = located.get(c.pair.start);
            finding.pair = { ruleId: c.pair.rule.id, line: p.line, column: p.column, fingerprint: fingerprintOf(c.pair.rule.id, c.pair.value) };
        }
        return finding;
    }
}
/**
 * A copy of `s` that shares no memory with the string it was sliced from. V8 represents a
 * substring of 13 characters or more as a view (SlicedString) that keeps its whole parent alive;
 * a round's text is the latin1 decoding of up to 512 KiB plus the kept tail. A round trip through
 * a Buffer always allocates a fresh flat string.
 */
export function detach(s) {
    return Buffer.from(s, 'latin1').toString('latin1');
}
/**
 * Line and column (1-based, in UTF-8 code points) of each target index of `s`, walking forward
 * from `from`, the position of index 0. Targets must be sorted.
 */
function locate(s, from, targets) {
    const out = new Map();
    let pos = 0;
    let line = from.line;
    let column = from.column;
    // The next line break at or after pos, found once and reused: searching again for each target
    // would rescan a long line once per target.
    let nl = s.indexOf('\n', pos);
    for (const t of targets) {
        let last = -1;
        for (; nl !== -1 && nl < t; nl = s.indexOf('\n', nl + 1)) {
            line++;
            last = nl;
        }
        column = last === -1 ? column + columnsIn(s, pos, t) : 1 + columnsIn(s, last + 1, t);
        pos = t;
        out.set(t, { line, column });
    }
    return out;
}
/**
 * codePoints over s[from, to), testing only that span for non-ASCII bytes: a round without
 * findings locates just its end, and testing the whole buffer for high bytes cost 21 ms of a
 * 1.7 s scan of 20,000 files (94 MB).
 */
function columnsIn(s, from, to) {
    if (to <= from)
        return 0;
    return codePoints(s, from, to, HIGH_BYTE.test(to - from === s.length ? s : s.slice(from, to)));
}
/**
 * How many continuation bytes a UTF-8 lead byte needs, and the range its first continuation must
 * fall in (WHATWG / Unicode "maximal subpart" rules: no overlongs, no surrogates, nothing past
 * U+10FFFF). 0 for a byte that cannot start a sequence.
 */
function leadInfo(b) {
    if (b >= 0xc2 && b <= 0xdf)
        return [1, 0x80, 0xbf];
    if (b === 0xe0)
        return [2, 0xa0, 0xbf];
    if (b === 0xed)
        return [2, 0x80, 0x9f];
    if (b >= 0xe1 && b <= 0xef)
        return [2, 0x80, 0xbf];
    if (b === 0xf0)
        return [3, 0x90, 0xbf];
    if (b >= 0xf1 && b <= 0xf3)
        return [3, 0x80, 0xbf];
    if (b === 0xf4)
        return [3, 0x80, 0x8f];
    return [0, 0, 0];
}
/**
 * Characters in s[from, to) (s is latin1: one char per byte) as a UTF-8 decoder with replacement
 * (TextDecoder, an editor) shows them: each valid sequence is one character, and each invalid
 * byte or truncated sequence is one U+FFFD. `from` must be a character boundary.
 */
export function codePoints(s, from, to, utf8) {
    if (!utf8)
        return to - from;
    let n = 0;
    let i = from;
    while (i < to) {
        const b = s.charCodeAt(i);
        n++;
        i++;
        if (b < 0x80)
            continue;
        const [needed, lo, hi] = leadInfo(b);
        for (let k = 0; k < needed && i < to; k++) {
            const c = s.charCodeAt(i);
            if (k === 0 ? c < lo || c > hi : c < 0x80 || c > 0xbf)
                break;
            i++;
        }
    }
    return n;
}
/**
 * The character boundary at or just before index p of buf: p itself unless p falls inside a
 * well-formed-so-far UTF-8 sequence, then that sequence's lead byte (at most 3 back).
 */
export function utf8Boundary(buf, p) {
    for (let k = 1; k <= 3 && p - k >= 0; k++) {
        const b = buf[p - k];
        if (b >= 0x80 && b <= 0xbf)
            continue;
        const [needed, lo, hi] = leadInfo(b);
        if (k > needed)
            return p;
        for (let j = 1; j < k; j++) {
            const c = buf[p - k + j];
            if (j === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf)
                return p;
        }
        return p - k;
    }
    return p;
}
/** Scans a whole buffer at once (a convenience over ContentScanner). */
export function scanBuffer(set, data, file = '', options = {}) {
    const scanner = new ContentScanner(set, { ...options, file });
    const findings = [...scanner.push(data), ...scanner.end()];
    return { findings, binary: scanner.isBinary, lines: scanner.lines };
}
/** Scans text (a string) as UTF-8. */
export function scanText(set, text, file = '', options = {}) {
    return scanBuffer(set, Buffer.from(text, 'utf8'), file, options).findings;
}
