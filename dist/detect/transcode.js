/**
 * The decoding stage in front of the scanner: bytes in (any chunking), UTF-8 (or raw) bytes out.
 *
 * - A UTF-16 LE (FF FE) or BE (FE FF) byte-order mark switches to a streaming transcoder to UTF-8,
 *   so files written by Windows tools are scanned (their ASCII would otherwise hold NUL bytes and
 *   be skipped as binary). A code unit or a surrogate pair split across chunks is carried over;
 *   unpaired surrogates become U+FFFD.
 * - A UTF-8 BOM (EF BB BF) is dropped, so columns count from the first real character.
 * - Anything else passes through untouched: invalid UTF-8 is scanned as bytes.
 *
 * Positions reported downstream are therefore positions in the decoded text.
 */
import { TextDecoder } from 'node:util';
const EMPTY = Buffer.alloc(0);
export class BomDecoder {
    head = EMPTY;
    mode;
    utf16;
    /** An odd byte left over from the previous chunk (UTF-16 BE only needs it for swapping). */
    odd;
    /** The encoding decided from the first bytes (undefined until 3 bytes or the end are seen). */
    get encoding() {
        return this.mode;
    }
    push(chunk) {
        const data = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
        if (this.mode === undefined) {
            this.head = this.head.length === 0 ? data : Buffer.concat([this.head, data]);
            // Copied: the caller may reuse its chunk's memory (ContentScanner.release).
            if (this.head.length < 3) {
                this.head = Buffer.from(this.head);
                return EMPTY;
            }
            const head = this.head;
            this.head = EMPTY;
            return this.start(head);
        }
        return this.convert(data);
    }
    end() {
        let out = EMPTY;
        if (this.mode === undefined) {
            const head = this.head;
            this.head = EMPTY;
            out = this.start(head);
        }
        if (this.utf16) {
            const tail = this.odd !== undefined ? '\ufffd' : '';
            this.odd = undefined;
            const rest = this.utf16.decode() + tail;
            out = rest ? Buffer.concat([out, Buffer.from(rest, 'utf8')]) : out;
        }
        return out;
    }
    start(head) {
        if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) {
            this.mode = 'utf-16le';
            this.utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });
            return this.convert(head.subarray(2));
        }
        if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) {
            this.mode = 'utf-16be';
            // Swapped by hand to little-endian: utf-16be needs full ICU, which not every Node build has.
            this.utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });
            return this.convert(head.subarray(2));
        }
        if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) {
            this.mode = 'utf-8';
            return head.subarray(3);
        }
        this.mode = 'bytes';
        return head;
    }
    convert(data) {
        if (!this.utf16)
            return data;
        if (data.length === 0)
            return EMPTY;
        let units = data;
        if (this.mode === 'utf-16be') {
            if (this.odd !== undefined) {
                units = Buffer.concat([Buffer.from([this.odd]), data]);
                this.odd = undefined;
            }
            if (units.length % 2 === 1) {
                this.odd = units[units.length - 1];
                units = units.subarray(0, units.length - 1);
            }
            units = Buffer.from(units).swap16();
        }
        const text = this.utf16.decode(units, { stream: true });
        return Buffer.from(text, 'utf8');
    }
}
