/** One file of a tree scan, read and scanned synchronously (in the main thread or a worker). */
import { createHash } from 'node:crypto';
import { appendAll } from '../types.js';
import { ContentScanner } from '../detect/scanner.js';
import { readFileChunksSync } from '../sources/files.js';
import { isLfsPointer } from '../sources/staged.js';
const MISMATCH = { findings: [], bytes: 0, lines: 0, mismatch: true };
export function scanFileSync(target, options) {
    if (target.blob !== undefined)
        return scanBlobFileSync(target, target.blob, options);
    const scanner = new ContentScanner(options.rules, { file: target.display, inlineAllow: options.inlineAllow });
    const findings = [];
    // The scanner is done with every chunk once end() returns (it copies what it keeps between
    // rounds), so the first chunk's buffer serves the next file too.
    const outcome = readFileChunksSync(target, options.maxFileSize, (chunk) => appendAll(findings, scanner.push(chunk)), {
        skipUnreadable: options.skipUnreadable,
        reuseFirstChunk: true,
        release: () => scanner.release(),
    });
    if (outcome.kind === 'skipped')
        return { findings: [], skipped: { file: target.display, reason: outcome.reason }, bytes: 0, lines: 0 };
    appendAll(findings, scanner.end());
    if (scanner.isRuleData) {
        return { findings: [], skipped: { file: target.display, reason: 'scan-keys rule data (a pattern file: its examples are test keys)' }, bytes: outcome.size, lines: 0 };
    }
    if (scanner.isBinary) {
        return { findings: [], skipped: { file: target.display, reason: 'binary (NUL byte in the first 8 KiB)' }, bytes: outcome.size, lines: 0 };
    }
    return { findings, bytes: outcome.size, lines: scanner.lines };
}
/**
 * A staged file read from the work tree, which is the staged blob when its bytes hash to the
 * blob's id (hashed as it is read; mismatch otherwise, and the caller reads the blob from git).
 * Judged as the staged scan judges a blob (scan/staged.ts): LFS pointers skipped, and no
 * exception for rule data.
 */
function scanBlobFileSync(target, blob, options) {
    const scanner = new ContentScanner(options.rules, { file: target.display, inlineAllow: options.inlineAllow });
    const findings = [];
    let hash;
    let lfs = false;
    let outcome;
    try {
        outcome = readFileChunksSync(target, options.maxFileSize, (chunk) => {
            hash?.update(chunk);
            if (lfs || (scanner.bytes === 0 && isLfsPointer(chunk)))
                lfs = true;
            else
                appendAll(findings, scanner.push(chunk));
        }, { onSize: (size) => (hash = createHash(blob.length === 64 ? 'sha256' : 'sha1').update(`blob ${size}\0`)), release: () => scanner.release() });
    }
    catch {
        return MISMATCH; // unreadable here: git has the blob
    }
    // Skipped (too large, not a regular file, gone) or other bytes: the blob decides, read from git.
    if (outcome.kind === 'skipped' || !hash || hash.digest('hex') !== blob)
        return MISMATCH;
    if (lfs)
        return { findings: [], skipped: { file: target.display, reason: 'Git LFS pointer (content stored outside git)' }, bytes: 0, lines: 0 };
    appendAll(findings, scanner.end());
    if (scanner.isBinary)
        return { findings: [], skipped: { file: target.display, reason: 'binary (NUL byte in the first 8 KiB)' }, bytes: outcome.size, lines: 0 };
    return { findings, bytes: outcome.size, lines: scanner.lines };
}
