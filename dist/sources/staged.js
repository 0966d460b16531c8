/**
 * What the next commit adds: one `git diff --cached` gives, per staged path, the index blob id,
 * the line ranges the commit adds, and the staged content itself. Pure parsing is separate from
 * running git so it can be tested.
 *
 * Why `--raw -p -z` in one process: the raw part (NUL-separated, full object ids) names paths and
 * modes exactly, whatever core.quotePath says and whatever bytes a name holds; the patch part,
 * one `diff --git` section per raw entry in the same order, gives the hunks. A context as long as
 * any file (WHOLE_FILE) makes each changed file one hunk whose context and added lines are the
 * staged blob line by line, so no second process has to read the blobs: a `cat-file` costs node
 * 3-5 ms to spawn (it blocks until git has exec'd, and waits for a core while the diff runs on
 * the 2-core reference machine). The content is used only if it hashes to the blob id (see
 * scan-staged.ts); anything else is read with cat-file. Every option that a user's config could
 * change is pinned (see DIFF_ARGS); `--text` makes git print hunks even for paths that
 * .gitattributes marks binary or -diff, so a key cannot hide behind an attribute: binary content
 * is decided by the scanner on the blob itself.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CatFile } from './cat-file.js';
import { findRepo, firstStderrLine, GitError } from './git-run.js';
import { findDotGit, repoFromFiles } from './repo-root.js';
import { spawnStagedDiff } from './staged-start.js';
export { DIFF_ARGS, WHOLE_FILE } from './staged-start.js';
const HUNK = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
/** True when the patch shows the entry as a deletion and a creation (file <-> symlink or submodule). */
function isSplit(e) {
    const src = parseInt(e.srcMode, 8);
    const dst = parseInt(e.dstMode, 8);
    return src !== 0 && dst !== 0 && (src & 0o170000) !== (dst & 0o170000);
}
/**
 * Parses the output of `git diff --cached --raw -p -z --unified=<whole file>` (DIFF_ARGS) as it
 * arrives, chunk by chunk, and hands out each entry once its section (its staged content) is
 * complete, so that a scan holds one file at a time: buffering the whole diff and keeping a Buffer
 * per line took a first commit of 5,796 files (149 MB of diff) to 578 MiB peak RSS.
 */
export class StagedDiffParser {
    /**
     * Raw entries not handed out yet, in order (an emitted one is released: holding every entry,
     * each with its content, took a first commit of 5,796 files to 251 MiB peak RSS).
     */
    pendingEntries = [];
    ready = [];
    emitted = 0;
    /** How many raw entries there are (known once the raw part has been read). */
    count = 0;
    /** Called once the raw part has been read, with every entry (no added lines or content yet: see startPatch). */
    onRaw;
    rest = Buffer.alloc(0);
    inPatch = false;
    /** Per patch section, the index of its raw entry (-1: the deleted old side of a type change). */
    sections = [];
    section = -1;
    entry;
    entryIndex = -1;
    /** The current section's new side: the staged blob, copied line by line without its prefix. */
    content = Buffer.alloc(0);
    contentLength = 0;
    oldLeft = 0;
    newLeft = 0;
    newLine = 0;
    lastWasNew = false;
    /** Feeds bytes; returns the entries completed so far (each once, in the raw order). */
    push(chunk) {
        this.rest = this.rest.length === 0 ? chunk : Buffer.concat([this.rest, chunk]);
        let pos = 0;
        if (!this.inPatch) {
            pos = this.readRaw(false);
            if (!this.inPatch) {
                this.rest = this.rest.subarray(pos);
                return this.take();
            }
        }
        const lastNl = this.rest.lastIndexOf(0x0a);
        if (lastNl >= pos) {
            this.lines(this.rest, pos, lastNl + 1);
            pos = lastNl + 1;
        }
        // Copied: a subarray would keep the whole chunk alive.
        this.rest = pos === this.rest.length ? Buffer.alloc(0) : Buffer.from(this.rest.subarray(pos));
        return this.take();
    }
    /** The end of the output: completes the last section and checks that every section came. */
    end() {
        if (!this.inPatch) {
            this.readRaw(true);
            this.startPatch();
        }
        if (this.rest.length > 0)
            this.lines(this.rest, 0, this.rest.length);
        this.rest = Buffer.alloc(0);
        this.endSection();
        if (this.section + 1 !== this.sections.length) {
            throw new Error(`git diff: ${this.sections.length} patch sections expected for ${this.count} staged entries, got ${this.section + 1}`);
        }
        this.emitUpTo(this.count - 1);
        return this.take();
    }
    emitUpTo(last) {
        for (let i = this.emitted; i <= last; i++) {
            this.ready.push(this.pendingEntries[i]);
            this.pendingEntries[i] = undefined;
        }
        if (last >= this.emitted)
            this.emitted = last + 1;
    }
    /** Drops everything held (the stream was stopped). */
    dispose() {
        this.pendingEntries = [];
        this.sections = [];
        this.ready.length = 0;
        this.rest = Buffer.alloc(0);
        this.content = Buffer.alloc(0);
        this.entry = undefined;
    }
    take() {
        return this.ready.length === 0 ? [] : this.ready.splice(0);
    }
    /** Reads raw entries from this.rest; returns the position reached. Sets inPatch once past them. */
    readRaw(final) {
        const out = this.rest;
        let pos = 0;
        for (;;) {
            if (pos >= out.length)
                return pos;
            if (out[pos] !== 0x3a /* : */) {
                if (out[pos] === 0)
                    pos++;
                this.startPatch();
                return pos;
            }
            // One entry: its meta token, a source path for renames and copies, its path.
            const metaEnd = out.indexOf(0, pos);
            if (metaEnd === -1) {
                if (final)
                    throw new Error('git diff: truncated raw output');
                return pos;
            }
            const meta = out.toString('utf8', pos + 1, metaEnd).split(' ');
            const [srcMode, dstMode, , oid, statusField] = meta;
            const status = statusField[0];
            const paths = status === 'R' || status === 'C' ? 2 : 1;
            let p = metaEnd + 1;
            const names = [];
            for (let i = 0; i < paths; i++) {
                const e = out.indexOf(0, p);
                if (e === -1) {
                    if (final)
                        throw new Error('git diff: truncated raw output');
                    return pos;
                }
                names.push(out.toString('utf8', p, e));
                p = e + 1;
            }
            const entry = { status, srcMode, dstMode, oid, path: names[names.length - 1], added: [] };
            if (paths === 2) {
                entry.score = Number(statusField.slice(1));
                entry.srcPath = names[0];
            }
            this.pendingEntries.push(entry);
            this.count++;
            pos = p;
        }
    }
    startPatch() {
        this.inPatch = true;
        const entries = this.pendingEntries;
        // The patch: one `diff --git` section per entry, unmerged ones excepted; an entry whose type
        // changes has two, its old side deleted, then its new side created (-1: nothing to keep).
        this.sections = [];
        for (const [i, e] of entries.entries()) {
            if (e.status === 'U')
                continue;
            if (isSplit(e))
                this.sections.push(-1);
            this.sections.push(i);
        }
        // The entries themselves, which get their added lines and content later: whoever keeps this
        // list keeps those (copies cost a first commit of 100,000 files 100,000 more objects).
        this.onRaw?.(entries.slice());
    }
    append(out, from, to) {
        const need = this.contentLength + (to - from);
        if (need > this.content.length) {
            const grown = Buffer.allocUnsafe(Math.max(need, 2 * this.content.length, 64 * 1024));
            this.content.copy(grown, 0, 0, this.contentLength);
            this.content = grown;
        }
        out.copy(this.content, this.contentLength, from, to);
        this.contentLength = need;
    }
    endSection() {
        const entry = this.entry;
        if (entry && this.contentLength > 0)
            entry.content = Buffer.from(this.content.subarray(0, this.contentLength));
        this.contentLength = 0;
        // A large file's scratch space is not kept for the next one.
        if (this.content.length > 1 << 20)
            this.content = Buffer.alloc(0);
        // Every entry up to this one is complete (unmerged entries have no section).
        if (entry)
            this.emitUpTo(this.entryIndex);
    }
    /** Complete lines of the patch in out[from, to). */
    lines(out, from, to) {
        for (let start = from; start < to;) {
            const nl = out.indexOf(0x0a, start);
            const next = nl === -1 || nl >= to ? to : nl + 1;
            const c = out[start];
            if (c === 0x5c /* \ */) {
                // "\ No newline at end of file": the line before it has none.
                if (this.lastWasNew && this.contentLength > 0 && this.content[this.contentLength - 1] === 0x0a)
                    this.contentLength--;
            }
            else if (this.oldLeft > 0 || this.newLeft > 0) {
                // A hunk line: ' ' context, '+' added, '-' removed (an empty line is empty context,
                // whatever diff.suppressBlankEmpty says).
                if (c === 0x2d /* - */) {
                    this.oldLeft--;
                    this.lastWasNew = false;
                }
                else {
                    const entry = this.entry;
                    if (c === 0x2b /* + */) {
                        const last = entry?.added[entry.added.length - 1];
                        if (last && last[1] === this.newLine - 1)
                            last[1] = this.newLine;
                        else
                            entry?.added.push([this.newLine, this.newLine]);
                    }
                    else {
                        this.oldLeft--;
                    }
                    if (entry)
                        this.append(out, c === 0x0a ? start : start + 1, next);
                    this.newLeft--;
                    this.newLine++;
                    this.lastWasNew = true;
                }
            }
            else if (c === 0x64 /* d */ && out.toString('latin1', start, start + 11) === 'diff --git ') {
                this.endSection();
                this.section++;
                this.entryIndex = this.sections[this.section] ?? -1;
                this.entry = this.entryIndex >= 0 ? this.pendingEntries[this.entryIndex] : undefined;
                this.lastWasNew = false;
            }
            else if (c === 0x40 /* @ */ && this.section >= 0) {
                const header = out.toString('latin1', start, Math.min(next, start + 80));
                const m = HUNK.exec(header);
                // Added lines missed would be lines not scanned: a hunk we cannot read is an error.
                if (!m)
                    throw new Error(`git diff: unexpected hunk header ${JSON.stringify(header.trim())}`);
                this.oldLeft = m[1] === undefined ? 1 : Number(m[1]);
                this.newLine = Number(m[2]);
                this.newLeft = m[3] === undefined ? 1 : Number(m[3]);
                this.lastWasNew = false;
            }
            start = next;
        }
    }
}
/** Parses a whole `git diff --cached --raw -p -z --unified=<whole file>` output (DIFF_ARGS). */
export function parseStagedDiff(out) {
    const parser = new StagedDiffParser();
    return [...parser.push(out), ...parser.end()];
}
/**
 * Runs the pinned staged diff from `cwd` (any directory of the work tree: paths come out from the
 * top), leaving out `exclude` (paths from the top: those whose blobs cannot be read).
 */
export async function readStagedDiff(cwd, exclude = []) {
    const out = [];
    for await (const e of streamStagedDiff(cwd, exclude))
        out.push(e);
    return out;
}
/** Parsed entries held ahead of the scan before git is paused (their contents' bytes). */
const QUEUE_BYTES = 8 * 1024 * 1024;
/**
 * `extra`: more diff options (e.g. `--diff-filter=a`), before the pathspecs. `started`: the same
 * diff without extra options or exclusions, already started (spawnStagedDiff), to read instead.
 */
export function streamStagedDiff(cwd, exclude = [], extra = [], started) {
    const paths = exclude.length > 0 ? ['--', ':(top)', ...exclude.map((p) => `:(top,literal,exclude)${p}`)] : [];
    const child = started ?? spawnStagedDiff(cwd, extra, paths);
    child.stdin.end();
    const stderr = firstStderrLine(child);
    const parser = new StagedDiffParser();
    let rawDone = () => undefined;
    let raw = new Promise((resolvePromise) => (rawDone = resolvePromise));
    parser.onRaw = (entries) => {
        parser.onRaw = undefined;
        rawDone(entries);
    };
    const queue = [];
    let queued = 0;
    let failure;
    let finished = false;
    let wake;
    const notify = () => {
        const w = wake;
        wake = undefined;
        w?.();
    };
    const add = (list) => {
        for (const e of list) {
            queue.push(e);
            queued += e.content?.length ?? 0;
        }
    };
    const fail = (err) => {
        failure ??= err;
        finished = true;
        rawDone(undefined);
        notify();
    };
    child.stdout.on('data', (chunk) => {
        if (finished)
            return;
        try {
            add(parser.push(chunk));
        }
        catch (err) {
            fail(err);
            child.kill();
            return;
        }
        if (queued > QUEUE_BYTES)
            child.stdout.pause();
        notify();
    });
    child.on('error', (err) => fail(new GitError(`git: ${err.message}`)));
    child.on('close', (code) => {
        if (finished)
            return;
        if (code !== 0)
            return fail(new GitError(stderr() || `git diff exited with ${code}`));
        try {
            add(parser.end());
        }
        catch (err) {
            return fail(err);
        }
        finished = true;
        notify();
    });
    const stop = () => {
        if (!finished && child.exitCode === null)
            child.kill();
        finished = true;
        queue.length = 0;
        rawDone(undefined);
        parser.dispose();
    };
    return {
        raw: () => {
            const given = raw ?? Promise.resolve(undefined);
            raw = undefined;
            return given;
        },
        stop,
        async *[Symbol.asyncIterator]() {
            try {
                for (;;) {
                    const e = queue.shift();
                    if (e) {
                        queued -= e.content?.length ?? 0;
                        if (queued <= QUEUE_BYTES && child.stdout.isPaused())
                            child.stdout.resume();
                        yield e;
                        continue;
                    }
                    if (failure)
                        throw failure;
                    if (finished)
                        return;
                    await new Promise((resolvePromise) => (wake = resolvePromise));
                }
            }
            finally {
                // The consumer stopped early (an error while scanning): git need not go on.
                stop();
            }
        },
    };
}
/** `diff`: the diff, if the caller has started it already (spawnStagedDiff with no arguments but cwd). */
export function openStaged(cwd, options = {}) {
    let repo;
    let revParse;
    let blobs;
    const diff = streamStagedDiff(cwd, [], [], options.diff);
    const git = {
        // Outside a repository `git diff` turns into `diff --no-index` and only complains about
        // --cached: when the diff fails, rev-parse (never the files) says whether that is the
        // cause, in our words.
        entries: {
            async *[Symbol.asyncIterator]() {
                try {
                    yield* diff;
                }
                catch (err) {
                    await (revParse ??= findRepo(cwd, '--staged'));
                    throw err;
                }
            },
        },
        raw: () => diff.raw(),
        stopDiff: () => diff.stop(),
        blobs: () => (blobs ??= new CatFile(cwd)),
        // From the files when certain (repo-root.ts): one git process fewer for a config's globs.
        repo: () => (repo ??= ((known) => (known ? Promise.resolve(known) : (revParse ??= findRepo(cwd, '--staged'))))(repoFromFiles(cwd))),
        mergeHeads: async () => {
            // Almost never a merge: without rev-parse running already, look where git would before asking it.
            if (!options.repo && !mergeHeadNearby(cwd))
                return [];
            return readMergeHeads((await git.repo()).gitDir);
        },
        close: () => {
            diff.stop();
            return blobs?.close() ?? Promise.resolve();
        },
    };
    if (options.repo)
        git.repo().catch(() => undefined);
    return git;
}
/** MERGE_HEAD's lines: the commits being merged (one; an octopus merge has several). */
function readMergeHeads(gitDir) {
    try {
        const text = readFileSync(resolve(gitDir, 'MERGE_HEAD'), 'utf8');
        return text.split('\n').map((l) => l.trim()).filter((l) => /^[0-9a-f]{40,64}$/.test(l));
    }
    catch {
        return [];
    }
}
/**
 * Whether a MERGE_HEAD exists where git finds its directory from `cwd` ($GIT_DIR, else the
 * nearest `.git` directory, or `gitdir:` file, at or above it), without running git. Only a
 * first look: true sends the question to rev-parse, which decides; false when git's directory
 * is elsewhere would only leave a merge's already-committed keys reported (fail closed).
 */
function mergeHeadNearby(cwd) {
    const env = process.env.GIT_DIR;
    if (env)
        return existsSync(join(resolve(cwd, env), 'MERGE_HEAD'));
    const dotGit = findDotGit(cwd);
    if (dotGit === undefined)
        return true; // git found a repository we cannot see: ask it
    try {
        if (statSync(dotGit).isDirectory())
            return existsSync(join(dotGit, 'MERGE_HEAD'));
        const pointer = /^gitdir:\s*(.+?)\s*$/m.exec(readFileSync(dotGit, 'utf8'));
        if (pointer)
            return existsSync(join(resolve(dirname(dotGit), pointer[1]), 'MERGE_HEAD'));
    }
    catch {
        // cannot look: ask git
    }
    return true;
}
/** True when `line` falls in one of the sorted inclusive ranges. */
export function isAddedLine(ranges, line) {
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const [a, b] = ranges[mid];
        if (line < a)
            hi = mid - 1;
        else if (line > b)
            lo = mid + 1;
        else
            return true;
    }
    return false;
}
export function countLines(ranges) {
    return ranges.reduce((n, [a, b]) => n + b - a + 1, 0);
}
/** A Git LFS pointer file: a tiny text blob standing for content stored elsewhere. */
export function isLfsPointer(content) {
    return content.length < 1024 && content.subarray(0, 40).toString('latin1').startsWith('version https://git-lfs.github.com/spec/');
}
