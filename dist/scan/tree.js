/**
 * The library's tree scan: paths in, findings and stats out. It reads files (through sources/)
 * but never prints, exits or looks at argv: the CLI decides what the result means.
 */
import { lstatSync } from 'node:fs';
import { appendAll } from '../types.js';
import { ContentScanner } from '../detect/scanner.js';
import { listTargets } from '../sources/files.js';
import { scanFileSync } from './file.js';
import { scanParallel, workerCount } from './parallel.js';
import { EMPTY_CONFIG } from '../policy/config.js';
export const DEFAULT_MAX_FILE_SIZE = 100 * 1024 * 1024;
function emptyStats() {
    return { files: 0, bytes: 0, lines: 0, skipped: 0, durationMs: 0 };
}
/** Scans one stream of bytes (stdin, a blob) under a display name. */
export async function scanStream(source, name, rules, options = {}) {
    const started = process.hrtime.bigint();
    const scanner = new ContentScanner(rules, { file: name, inlineAllow: options.inlineAllow ?? true });
    const findings = [];
    for await (const chunk of source)
        appendAll(findings, scanner.push(chunk));
    appendAll(findings, scanner.end());
    const stats = emptyStats();
    const skipped = [];
    if (scanner.isBinary) {
        stats.skipped = 1;
        skipped.push({ file: name, reason: 'binary (NUL byte in the first 8 KiB)' });
    }
    else {
        stats.files = 1;
        stats.lines = scanner.lines;
    }
    stats.bytes = scanner.bytes;
    stats.durationMs = msSince(started);
    return { findings, stats, skipped };
}
/** Total size of the targets that are regular files (one stat each: workerCount asks only for short lists). */
function knownSize(targets) {
    let total = 0;
    for (const t of targets) {
        if (t.skip)
            continue;
        try {
            const st = lstatSync(t.path);
            if (st.isFile())
                total += st.size;
        }
        catch {
            // Unreadable or gone: the scan itself reports it.
        }
    }
    return total;
}
export async function scanPaths(paths, options) {
    const started = process.hrtime.bigint();
    const config = options.config ?? EMPTY_CONFIG;
    const targets = (await listTargets(paths, options.root, { skipUnreadable: options.skipUnreadable })).filter((t) => !config.isPathIgnored(t.display));
    const result = { findings: [], stats: emptyStats(), skipped: [] };
    const fileOptions = {
        rules: options.rules,
        maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
        inlineAllow: options.inlineAllow ?? true,
        skipUnreadable: options.skipUnreadable ?? false,
    };
    const onFile = (_target, scan) => {
        if (scan.skipped)
            result.skipped.push(scan.skipped);
        else
            result.stats.files++;
        result.stats.bytes += scan.bytes;
        result.stats.lines += scan.lines;
        appendAll(result.findings, scan.findings);
        options.onProgress?.({ files: result.stats.files + result.skipped.length, bytes: result.stats.bytes, findings: result.findings.length });
    };
    const workers = workerCount(targets.length, options.workers, () => knownSize(targets));
    if (workers > 0) {
        const { sources } = options.rules;
        await scanParallel(targets, { sources, maxFileSize: fileOptions.maxFileSize, inlineAllow: fileOptions.inlineAllow, skipUnreadable: fileOptions.skipUnreadable }, workers, onFile);
    }
    else {
        for (const [i, target] of targets.entries()) {
            onFile(target, scanFileSync(target, fileOptions));
            // Reads are synchronous: let signal handlers and timers run between files.
            if (i % 32 === 31)
                await new Promise((r) => setImmediate(r));
        }
    }
    result.findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.offset - b.offset));
    result.skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    result.stats.skipped = result.skipped.length;
    result.stats.durationMs = msSince(started);
    return result;
}
/** Milliseconds since `started` (process.hrtime.bigint()): not performance.now(), whose first use loads perf_hooks (~1.5 ms of start-up). */
function msSince(started) {
    return Number(process.hrtime.bigint() - started) / 1e6;
}
