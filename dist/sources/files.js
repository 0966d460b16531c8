/**
 * Which files a tree scan reads, and reading them as chunks. In a git work tree: the files git
 * would track (`git ls-files --cached --others --exclude-standard`, so .gitignore is honoured),
 * except untracked files under a node_modules/ directory (installed packages, not the project's
 * code: a new project scanned before its .gitignore exists must not get findings from its
 * dependencies, as gitleaks never scans node_modules/; files committed there are still scanned);
 * elsewhere a directory walk that skips .git/ and node_modules/. Symlinks are never followed.
 */
import { closeSync, constants, fstatSync, lstat as lstatCallback, openSync, readdirSync, readSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { gitRaw, gitRawWithWarnings, isNotARepository } from './git-run.js';
import { displayPath } from './paths.js';
import { findDotGit } from './repo-root.js';
export { displayPath };
// node:fs's callbacks, promisified, rather than node:fs/promises, which loads readline, watchers
// and file handles with it: 2-5 ms of every run's start-up on the 2-core reference machine
// (bench scenario empty-dir), for two calls.
const lstat = promisify(lstatCallback);
export class InputError extends Error {
    /** The errno code behind it, when there is one (EACCES, ENOENT, ...). */
    code;
    constructor(message, code) {
        super(message);
        this.name = 'InputError';
        this.code = code;
    }
}
/** Errors that mean "no permission": with --skip-unreadable they are skipped (and said so). */
const UNREADABLE = new Set(['EACCES', 'EPERM']);
export const SKIP_GIT_INTERNALS = 'git internals (.git/ is never scanned)';
/** Skip reasons the CLI warns about on stderr even without --verbose (never a silent pass). */
export function isWarnedSkip(reason) {
    return reason.includes('--max-file-size') || reason.startsWith('unreadable');
}
function unreadable(code) {
    return `unreadable (${code}; skipped by --skip-unreadable)`;
}
function errCode(err) {
    return err.code;
}
function describeCode(code, err) {
    if (code === 'EACCES' || code === 'EPERM')
        return `permission denied (${code})`;
    return code ?? err.message;
}
const WALK_SKIP = new Set(['.git', 'node_modules']);
/**
 * The files below `dir` (absolute paths), each directory's entries in name order, as they are
 * found: the walk holds one directory listing per level, never the whole tree's.
 */
function* walk(top, root, options) {
    // Depth first in name order, as a recursive walk lists, with a stack of open directories rather
    // than nested generators (each level of `yield*` passed every path through another generator),
    // and synchronous readdir (no thread-pool round trip per directory): tencentcloud-sdk-nodejs
    // (3,507 files in 1,128 directories): 63-159 ms against 67-183 ms (3 runs each: within the noise).
    const stack = [];
    const open = function* (dir) {
        let entries;
        try {
            entries = readdirSync(dir, { withFileTypes: true });
        }
        catch (err) {
            const code = errCode(err);
            const display = displayPath(root, dir);
            if (code && UNREADABLE.has(code) && options.skipUnreadable) {
                yield { path: dir, display, explicit: false, skip: unreadable(code) };
                return;
            }
            throw new InputError(`cannot read directory ${display}: ${describeCode(code, err)}`, code);
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        stack.push({ dir, names: entries, next: 0 });
    };
    yield* open(top);
    while (stack.length > 0) {
        const frame = stack[stack.length - 1];
        if (frame.next >= frame.names.length) {
            stack.pop();
            continue;
        }
        const e = frame.names[frame.next++];
        const full = join(frame.dir, e.name);
        if (e.isDirectory()) {
            if (!WALK_SKIP.has(e.name))
                yield* open(full);
        }
        else {
            yield full;
        }
    }
}
/**
 * The work tree's files below `dir`, as git would track them; undefined when not in a work tree.
 * git only warns about a directory it cannot open: that becomes an InputError naming it, or a
 * skipped entry with --skip-unreadable.
 */
async function gitFiles(dir, root, skipped, options) {
    // No `.git` at or above `dir` and no $GIT_DIR: git would find no work tree either. Not asking
    // spares a git process and loading simple-git: `scan-keys .` in an empty directory outside git
    // went from ~2.1x to ~1.3x `node -e 0` (2-core machine, alternating runs, medians).
    if (process.env.GIT_DIR === undefined && findDotGit(dir) === undefined)
        return undefined;
    let inside;
    try {
        inside = (await gitRaw(dir, ['rev-parse', '--is-inside-work-tree'])).trim();
    }
    catch (err) {
        if (isNotARepository(err))
            return undefined;
        throw err;
    }
    if (inside !== 'true')
        return undefined;
    // Untracked node_modules/ below the directory are not the project's code; a directory named
    // inside one (`scan-keys node_modules/pkg`) is scanned as asked.
    const modules = resolve(dir).split(sep).includes('node_modules') ? [] : ['--exclude=node_modules/'];
    const { stdout, stderr } = await gitRawWithWarnings(dir, ['-c', 'core.quotePath=false', 'ls-files', '-z', '--cached', '--others', '--exclude-standard', ...modules, '--deduplicate', '--', '.']);
    for (const m of stderr.matchAll(/could not open directory '(.*)': (.*)/g)) {
        const path = join(dir, m[1]).replace(/[\\/]$/, '');
        const display = displayPath(root, path);
        if (options.skipUnreadable)
            skipped.push({ path, display, explicit: false, skip: unreadable('EACCES') });
        else
            throw new InputError(`cannot read directory ${display}: ${m[2].toLowerCase()}`, 'EACCES');
    }
    return splitNul(stdout, dir);
}
/**
 * The NUL-separated paths of `out` joined to `dir`, one at a time: git's output is one string
 * (about 50 bytes a file), where an array of the paths and another of their joins cost 100,000
 * files 18.6 MiB of heap before a byte was scanned.
 */
function* splitNul(out, dir) {
    for (let at = 0; at < out.length;) {
        let end = out.indexOf('\0', at);
        if (end === -1)
            end = out.length;
        if (end > at)
            yield join(dir, out.slice(at, end));
        at = end + 1;
    }
}
function isGitInternal(abs) {
    return abs.split(sep).includes('.git');
}
/** Expands command-line paths into the files to scan, in a stable order. */
export async function listTargets(paths, root, options = {}) {
    const out = [];
    for await (const t of streamTargets(paths, root, options))
        out.push(t);
    return out;
}
/**
 * The files to scan, as they are listed (in a stable order): a tree scan starts on the first
 * ones and never holds them all (100,000 files held as a list took 18.6 MiB of heap, and the
 * main thread's young generation grew to its 16 MiB semi-spaces while building it).
 */
export async function* streamTargets(paths, root, options = {}) {
    // Only several paths can name a file twice (a directory's listing has each once).
    const seen = paths.length > 1 ? new Set() : undefined;
    const target = (path, explicit, skip) => {
        if (seen?.has(path))
            return undefined;
        seen?.add(path);
        return { path, display: displayPath(root, path), explicit, ...(skip ? { skip } : {}) };
    };
    for (const p of paths) {
        const abs = resolve(root, p);
        let st;
        try {
            st = await lstat(abs);
        }
        catch (err) {
            const code = errCode(err);
            if (code && UNREADABLE.has(code) && options.skipUnreadable) {
                const t = target(abs, true, unreadable(code));
                if (t)
                    yield t;
                continue;
            }
            throw new InputError(code === 'ENOENT' ? `no such file or directory: ${p}` : `cannot read ${p}: ${describeCode(code, err)}`, code);
        }
        if (isGitInternal(abs)) {
            // `.git/` holds objects, hooks and config, never work-tree content: skipped and counted.
            const t = target(abs, true, SKIP_GIT_INTERNALS);
            if (t)
                yield t;
        }
        else if (st.isDirectory()) {
            const skipped = [];
            const listed = await gitFiles(abs, root, skipped, options);
            for await (const f of listed ?? walk(abs, root, options)) {
                const t = typeof f === 'string' ? target(f, false) : target(f.path, false, f.skip);
                if (t)
                    yield t;
            }
            for (const s of skipped) {
                const t = target(s.path, false, s.skip);
                if (t)
                    yield t;
            }
        }
        else {
            const t = target(abs, true);
            if (t)
                yield t;
        }
    }
}
/**
 * Files at most this big are read in one call; larger ones are streamed in chunks of this size.
 * 512 KiB: on a 60 MB single-line file, 1 MiB chunks peaked at 125 MiB RSS and 512 KiB at 93 MiB
 * for the same 0.86 s; 256 KiB was 30 % slower.
 */
export const READ_CHUNK = 1 << 19;
/**
 * Reads a file chunk by chunk into `sink`. Skips what is not a regular file (symlink, FIFO,
 * device, a path that vanished from a git listing) and files over `maxFileSize`; throws
 * InputError when a file cannot be read.
 */
/**
 * Reads a file chunk by chunk into `sink`, synchronously: a tree scan reads thousands of small
 * files, and fs/promises' thread-pool round trips (open, stat, read, close: four per file) cost
 * more than the reads (20,000 files, 94 MB: 1.3 s of a 3.3 s scan, against 0.36 s for sync
 * reads). Parallelism comes from worker threads instead (scan-parallel.ts).
 *
 * Skips what is not a regular file (symlink, FIFO, device, directory, a path that vanished from
 * a git listing) and files over `maxFileSize`; throws InputError when a file cannot be read.
 */
/** This thread's buffer for first chunks (reuseFirstChunk), allocated on first use. */
let firstChunk;
export function readFileChunksSync(target, maxFileSize, sink, options = {}) {
    if (target.skip)
        return { kind: 'skipped', reason: target.skip };
    const failed = (err) => {
        const code = errCode(err);
        if (code && UNREADABLE.has(code) && options.skipUnreadable)
            return { kind: 'skipped', reason: unreadable(code) };
        throw new InputError(`cannot read ${target.display}: ${describeCode(code, err)}`, code);
    };
    let fd;
    try {
        // O_NOFOLLOW refuses a symlink (ELOOP), O_NONBLOCK keeps a FIFO from blocking the open; fstat
        // below then tells a directory, FIFO or device from a regular file.
        fd = openSync(target.path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    }
    catch (err) {
        const code = errCode(err);
        if (code === 'ELOOP')
            return { kind: 'skipped', reason: 'symbolic link (not followed)' };
        if (code === 'ENOENT' && !target.explicit)
            return { kind: 'skipped', reason: 'deleted from the work tree' };
        return failed(err);
    }
    let size = 0;
    try {
        const st = fstatSync(fd);
        if (st.isDirectory())
            return { kind: 'skipped', reason: 'directory (submodule?)' };
        if (!st.isFile())
            return { kind: 'skipped', reason: 'not a regular file' };
        if (st.size > maxFileSize)
            return { kind: 'skipped', reason: `larger than --max-file-size (${st.size} bytes)` };
        options.onSize?.(st.size);
        const chunkSize = Math.min(READ_CHUNK, Math.max(st.size, 1) + 1);
        let full;
        for (let first = true;; first = false) {
            let chunk;
            if (first && options.reuseFirstChunk)
                chunk = (firstChunk ??= Buffer.allocUnsafeSlow(READ_CHUNK)).subarray(0, chunkSize);
            else if (full && options.release) {
                options.release();
                chunk = full;
            }
            else
                chunk = Buffer.allocUnsafe(chunkSize);
            const bytesRead = readSync(fd, chunk, 0, chunkSize, null);
            if (bytesRead === 0)
                break;
            size += bytesRead;
            full = bytesRead === chunkSize ? chunk : undefined;
            sink(bytesRead === chunkSize ? chunk : chunk.subarray(0, bytesRead));
            if (size > maxFileSize)
                return { kind: 'skipped', reason: `grew past --max-file-size while being read` };
        }
    }
    catch (err) {
        return failed(err);
    }
    finally {
        closeSync(fd);
    }
    return { kind: 'read', size };
}
/** readFileChunksSync behind a promise (errors become rejections). */
export async function readFileChunks(target, maxFileSize, sink, options = {}) {
    return readFileChunksSync(target, maxFileSize, sink, options);
}
