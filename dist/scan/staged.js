/**
 * The pre-commit scan: exactly what the next commit adds. Scans each staged blob (the index's
 * content, never the work tree) whole so that pairing sees the lines around each change, and keeps
 * the findings on added lines. One git process as a rule, the diff, which also carries the blobs
 * (see sources/staged.ts); rev-parse and cat-file only when needed (see openStaged).
 */
import { createHash } from 'node:crypto';
import { ContentScanner } from '../detect/scanner.js';
import { GitError } from '../sources/git-run.js';
import { countLines, isAddedLine, isLfsPointer, openStaged, readStagedDiff } from '../sources/staged.js';
import { isMissingObjectError, missingStaged, MissingObjectsError, skipReason as missingReason } from '../sources/missing.js';
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
            const found = [...scanner.push(content), ...scanner.end()];
            if (scanner.isBinary) {
                skip(e.path, 'binary (NUL byte in the first 8 KiB)');
                continue;
            }
            result.stats.files++;
            result.stats.bytes += content.length;
            result.stats.lines += countLines(e.added);
            for (const f of found) {
                if (!isAddedLine(e.added, f.line))
                    continue;
                parents ??= git.mergeHeads().then((heads) => (heads.length > 0 ? ['HEAD', ...heads] : []));
                const merging = await parents;
                if (merging.length > 0 && (await isInAParent(git.blobs(), merging, e, f)))
                    continue;
                result.findings.push(f);
            }
        }
    };
    try {
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
        await scanEntries(await readStagedDiff(options.cwd, [...new Set(unreadable.map((m) => m.path))]));
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
function finish(result, started) {
    result.skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    result.stats.skipped = result.skipped.length;
    result.stats.durationMs = Number(process.hrtime.bigint() - started) / 1e6;
    return result;
}
