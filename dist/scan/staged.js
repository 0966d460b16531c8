/**
 * The pre-commit scan: exactly what the next commit adds. Scans each staged blob (the index's
 * content, never the work tree) whole so that pairing sees the lines around each change, and keeps
 * the findings on added lines. One git process as a rule, the diff, which also carries the blobs
 * (see sources/staged.ts); rev-parse and cat-file only when needed (see openStaged).
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { ContentScanner } from '../detect/scanner.js';
import { GitError } from '../sources/git-run.js';
import { countLines, isAddedLine, isLfsPointer, openStaged, streamStagedDiff } from '../sources/staged.js';
import { isMissingObjectError, missingStaged, MissingObjectsError, skipReason as missingReason } from '../sources/missing.js';
/**
 * New files at least this many: a change worth worker threads (parallel.ts's PARALLEL_MIN_FILES,
 * repeated here so that the pre-commit path loads parallel.ts only for such a change).
 */
const LARGE_MIN_FILES = 256;
/** Regular files (not symbolic links, submodules): what a work-tree file can stand for (100000-100777). */
const isRegular = (mode) => (mode & ~0o777) === 0o100000;
function skipReason(e) {
    if (e.status === 'D')
        return 'deleted';
    if (e.status === 'U')
        return 'unmerged';
    if (e.dstMode === '160000')
        return 'submodule (commit id, no content)';
    if (e.dstMode === '120000')
        return 'symbolic link (target path, not followed)';
    return undefined;
}
/** Git's object id of a blob with this content (SHA-1, or SHA-256 for a 64-digit id). */
export function blobId(content, like) {
    const hash = createHash(like.length === 64 ? 'sha256' : 'sha1');
    return hash.update(`blob ${content.length}\0`).update(content).digest('hex');
}
/** The staged blob: from the diff when it hashes to the entry's id (it always should), else from cat-file. */
async function stagedBlob(git, e) {
    if (e.content && blobId(e.content, e.oid) === e.oid)
        return e.content;
    const obj = await git.blobs().get(e.oid);
    if (!obj?.content)
        throw new GitError(`staged blob ${e.oid} for ${e.path} is missing from the object store`);
    return obj.content;
}
export async function scanStaged(options) {
    const git = options.git ?? openStaged(options.cwd, { repo: options.base !== false || options.config !== undefined });
    try {
        return await scanWith(git, options);
    }
    finally {
        // Not awaited: a cat-file, if one ran, exits by itself once its input ends (about 1 ms),
        // while the caller goes on to report; node still waits for it before exiting.
        void git.close();
    }
}
async function scanWith(git, options) {
    // Not performance.now(), which loads perf_hooks: the pre-commit path counts start-up milliseconds.
    const started = process.hrtime.bigint();
    const config = options.config;
    const maxFileSize = options.maxFileSize ?? 100 * 1024 * 1024;
    // rev-parse first when it runs: its "not inside a git repository" is the error to report.
    const top = options.base !== false || config ? (await git.repo()).top : undefined;
    const fresh = () => ({ findings: [], skipped: [], stats: { files: 0, bytes: 0, lines: 0, skipped: 0, durationMs: 0 }, ...(top !== undefined ? { base: top } : {}) });
    let result = fresh();
    const skip = (file, reason) => result.skipped.push({ file, reason });
    // During a merge, findings already on a parent are not this commit's (see isInAParent). Only
    // asked once something is found.
    let parents;
    let seen = 0;
    // Entries arrive as the diff is read, each with its content, and are not kept: memory holds one
    // file at a time whatever the size of the commit.
    const scanEntries = async (entries) => {
        for await (const e of entries) {
            seen++;
            if (config?.isPathIgnored(e.path, top))
                continue;
            const reason = skipReason(e);
            if (reason)
                skip(e.path, reason);
            if (reason || e.added.length === 0)
                continue;
            const content = await stagedBlob(git, e);
            if (content.length > maxFileSize) {
                skip(e.path, `larger than --max-file-size (${content.length} bytes)`);
                continue;
            }
            if (isLfsPointer(content)) {
                skip(e.path, 'Git LFS pointer (content stored outside git)');
                continue;
            }
            const scanner = new ContentScanner(options.rules, { file: e.path, inlineAllow: options.inlineAllow ?? true });
            // In slices, as a tree scan reads a file: the scanner's working memory follows what it is
            // given at once (a 12 MB bundle pushed whole took the staged scan's heap to 51 MiB).
            const found = [];
            for (let at = 0; at < content.length; at += SLICE)
                found.push(...scanner.push(content.subarray(at, at + SLICE)));
            found.push(...scanner.end());
            if (scanner.isBinary) {
                skip(e.path, 'binary (NUL byte in the first 8 KiB)');
                continue;
            }
            result.stats.files++;
            result.stats.bytes += content.length;
            result.stats.lines += e.added === WHOLE ? scanner.lines : countLines(e.added);
            for (const f of found)
                if (isAddedLine(e.added, f.line))
                    await keep(e, f);
        }
    };
    const keep = async (e, f) => {
        parents ??= git.mergeHeads().then((heads) => (heads.length > 0 ? ['HEAD', ...heads] : []));
        const merging = await parents;
        if (merging.length > 0 && (await isInAParent(git.blobs(), merging, e, f)))
            return;
        result.findings.push(f);
    };
    try {
        const large = await planLarge(git, options, top);
        seen = large?.seen ?? 0;
        if (large)
            await scanLarge(git, options, large, { result: () => result, scanEntries, keep });
        else
            await scanEntries(git.entries);
    }
    catch (err) {
        // git stops the diff at a blob it cannot read (a missing or damaged object, an unreachable
        // promisor remote): name every such blob, and fail unless --skip-unreadable, which scans the
        // rest again without them and lists each as skipped. Never a silent pass.
        if (!(err instanceof GitError) || !isMissingObjectError(err.message))
            throw err;
        const unreadable = await missingStaged(options.cwd);
        const cause = err.message.replace(/^fatal: /, '');
        if (!options.skipUnreadable || unreadable.length === 0)
            throw new MissingObjectsError(unreadable, 'scanned nothing: git stopped before the staged diff', cause);
        result = fresh();
        seen = 0;
        for (const m of unreadable)
            skip(m.path, missingReason(m));
        await scanEntries(streamStagedDiff(options.cwd, [...new Set(unreadable.map((m) => m.path))]));
    }
    // Nothing staged is also what a bare repository or the .git directory gives (`diff --cached`
    // needs no work tree): there rev-parse fails with "must be run in a work tree", as before.
    if (seen === 0 && top === undefined)
        await git.repo();
    result.findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.offset - b.offset));
    return finish(result, started);
}
/**
 * During a merge the staged diff against HEAD shows everything merged in. A value already in the
 * same file (or the file it was renamed or copied from) on HEAD or on a merged commit was committed
 * there; only a value in none of them was typed while resolving the merge.
 */
async function isInAParent(blobs, parents, e, f) {
    const needle = Buffer.from(f.secret, 'latin1');
    const paths = e.srcPath && e.srcPath !== e.path ? [e.path, e.srcPath] : [e.path];
    for (const parent of parents) {
        for (const path of paths) {
            const obj = await blobs.get(`${parent}:${path}`);
            if (obj?.content?.includes(needle))
                return true;
        }
    }
    return false;
}
/** Bytes given to the scanner at once: a tree scan's read size (sources/files.ts READ_CHUNK). */
const SLICE = 1 << 19;
/** Added lines of a new file: all of them. */
const WHOLE = [[1, Number.MAX_SAFE_INTEGER]];
/**
 * Whether the change is large enough for worker threads (see scanLarge); if so, the whole-file
 * diff is stopped. The entries are the ones the diff gives later with their contents, so none is
 * kept when it is not (a function of its own: an async function keeps its locals while it waits).
 */
async function planLarge(git, options, top) {
    const raw = await git.raw();
    if (!raw || options.workers === 0)
        return undefined;
    // New regular files not left out by the config: each can be read from the work tree.
    let n = 0;
    let others = false;
    const all = new Uint32Array(raw.length);
    for (let i = 0; i < raw.length; i++) {
        if (raw.status(i) !== 'A' || !isRegular(raw.mode(i, 'dst')))
            others = true;
        else if (!options.config?.isPathIgnored(raw.path(i), top))
            all[n++] = i;
    }
    if (n < LARGE_MIN_FILES)
        return undefined;
    const whole = all.subarray(0, n);
    // git and this thread would go on writing and parsing blobs nobody reads while the modules load.
    git.holdDiff(true);
    const [parallel, file] = await Promise.all([import('./parallel.js'), import('./file.js')]);
    // This thread parses and scans the rest of the diff meanwhile. When that is little (new files
    // are nearly all of the change: a first commit) it scans new files too, as in a tree scan, with
    // one worker fewer (staged-real: 1.15x the tree scan of the same files with a worker per core
    // and this thread idle; the figure in the README now); else a worker per core.
    const mainScans = whole.length >= 0.9 * raw.length;
    const workers = parallel.workerCount(whole.length, options.workers, undefined, mainScans);
    if (workers === 0) {
        git.holdDiff(false);
        return undefined;
    }
    git.stopDiff();
    const fileOptions = { rules: options.rules, maxFileSize: options.maxFileSize ?? 100 * 1024 * 1024, inlineAllow: options.inlineAllow ?? true, skipUnreadable: false };
    const mainScan = mainScans ? (t) => file.scanFileSync(t, fileOptions) : undefined;
    return { whole, raw, others, workers, scanParallel: parallel.scanParallel, mainScan, seen: raw.length };
}
/**
 * A large change (the first commit of a project, a vendored tree): new files, every line of which
 * the commit adds, are scanned as a tree scan scans them, by worker threads reading the work tree,
 * where each file's bytes are hashed as they are read and stand for the staged blob only if they
 * hash to its id (anything else, a file edited since `git add`, is read from git). Everything else
 * (edits, renames, deletions) comes from a second diff that leaves new files out
 * (`--diff-filter=a`), scanned here meanwhile as a small change is.
 *
 * Why: the whole-file diff carries every blob through one pipe and one thread. The first commit
 * of tencentcloud-sdk-nodejs + aws-sdk (5,796 files, 149 MB of diff) took git 1.7 s to write and
 * this thread 1.5 s to parse before any scanning; `--staged` took 1.5x a tree scan of the same
 * files, whose reading and scanning workers share.
 */
async function scanLarge(git, options, plan, state) {
    const { whole, raw, others, workers, scanParallel, mainScan } = plan;
    const { top } = await git.repo();
    // A first commit is all new files: no second git process (0.3 s of CPU for 100,000 files).
    const rest = others ? streamStagedDiff(options.cwd, [], ['--diff-filter=a']) : undefined;
    // Made as the workers ask for them: a list of targets beside the entries cost 100,000 new
    // files another 100,000 objects and paths.
    const targets = (async function* () {
        for (const i of whole) {
            const path = raw.path(i);
            yield { path: join(top, path), display: path, explicit: false, blob: raw.oid(i) };
        }
    })();
    // The entry a target stands for: a new regular file (whole.filter above).
    const entryOf = (t) => ({ status: 'A', srcMode: '000000', dstMode: '100644', oid: t.blob, path: t.display, added: WHOLE });
    const found = [];
    const fromGit = [];
    const init = { sources: options.rules.sources, maxFileSize: options.maxFileSize ?? 100 * 1024 * 1024, inlineAllow: options.inlineAllow ?? true, skipUnreadable: false };
    try {
        await Promise.all([
            scanParallel(targets, init, workers, (target, scan) => {
                const e = entryOf(target);
                const result = state.result();
                if (scan.mismatch)
                    fromGit.push(e);
                else if (scan.skipped)
                    result.skipped.push(scan.skipped);
                else {
                    result.stats.files++;
                    result.stats.bytes += scan.bytes;
                    result.stats.lines += scan.lines;
                    for (const f of scan.findings)
                        found.push([e, f]);
                }
            }, mainScan),
            state.scanEntries(rest ?? []),
        ]);
    }
    finally {
        rest?.stop();
    }
    for (const [e, f] of found)
        await state.keep(e, f);
    // Files that were not their staged blob: from git, one at a time.
    await state.scanEntries(fromGit);
}
function finish(result, started) {
    result.skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    result.stats.skipped = result.skipped.length;
    result.stats.durationMs = Number(process.hrtime.bigint() - started) / 1e6;
    return result;
}
