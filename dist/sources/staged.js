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
/** A file mode's type bits (regular file, symbolic link, submodule). */
const TYPE_BITS = 0o170000;
const STATUSES = 'AMDRCTUX';
function grown(a, need, make) {
    if (need <= a.length)
        return a;
    const b = make(Math.max(need, 2 * a.length, 1024));
    b.set(a);
    return b;
}
/**
 * The raw part's entries, held compactly: per entry a few numbers in typed arrays, its object id
 * in one binary pool and its path (and a rename's old path) as UTF-8 bytes in another, not an
 * object with five strings each. A first commit of 100,000 files held 35 MiB of entry objects
 * (363 bytes an entry) before the scan began, which took `--staged` to 141 MiB peak RSS against
 * 95 MiB for a tree scan of the same files; here an entry costs about 60 bytes. get(i) makes the
 * entry object, once, when it is needed (its patch section, or the scan of it).
 */
export class StagedEntryList {
    length = 0;
    statuses = new Uint8Array(0);
    scores = new Uint8Array(0);
    /** Source and destination mode of entry i at 2i, 2i + 1. */
    modes = new Uint32Array(0);
    oids = Buffer.alloc(0);
    /** Bytes per object id (20 for SHA-1, 32 for SHA-256), set by the first entry. */
    oidBytes = 0;
    names = Buffer.alloc(0);
    namesLength = 0;
    /** Entry i's names start at 2i; its path starts at 2i + 1 (the same offset unless a rename or copy); entry i + 1's names start where it ends. */
    nameAt = new Uint32Array(2);
    /**
     * Adds an entry from git's raw output, read from the bytes (splitting a string per entry
     * took 100,000 entries 240 ms, a third of the wait before a first commit's scan could start):
     * its meta token out[meta, metaEnd) (`:srcMode dstMode srcOid dstOid status[score]`), and its
     * names out[from, to): the old name, a NUL and the new one for a rename or copy (the path
     * begins at `pathFrom`).
     */
    add(out, meta, metaEnd, from, pathFrom, to) {
        const i = this.length;
        const bad = () => new Error(`git diff: unexpected raw entry ${JSON.stringify(out.toString('latin1', meta, metaEnd))}`);
        const srcMode = octalMode(out, meta + 1);
        const dstMode = octalMode(out, meta + 8);
        const srcOidEnd = out.indexOf(0x20, meta + 15);
        const oidEnd = srcOidEnd === -1 ? -1 : out.indexOf(0x20, srcOidEnd + 1);
        if (out[meta + 7] !== 0x20 || out[meta + 14] !== 0x20 || srcMode < 0 || dstMode < 0 || oidEnd === -1 || oidEnd >= metaEnd)
            throw bad();
        const oidStart = srcOidEnd + 1;
        const hexLength = oidEnd - oidStart;
        if (this.oidBytes === 0)
            this.oidBytes = hexLength >> 1;
        if (hexLength === 0 || hexLength !== 2 * this.oidBytes)
            throw bad();
        const status = STATUSES.indexOf(String.fromCharCode(out[oidEnd + 1]));
        let score = 0;
        for (let at = oidEnd + 2; at < metaEnd; at++) {
            const d = out[at] - 0x30;
            if (d < 0 || d > 9)
                throw bad();
            score = Math.min(255, score * 10 + d);
        }
        if (status === -1 || oidEnd + 1 >= metaEnd)
            throw bad();
        this.statuses = grown(this.statuses, i + 1, (n) => new Uint8Array(n));
        this.scores = grown(this.scores, i + 1, (n) => new Uint8Array(n));
        this.modes = grown(this.modes, 2 * i + 2, (n) => new Uint32Array(n));
        this.nameAt = grown(this.nameAt, 2 * i + 3, (n) => new Uint32Array(n));
        if (this.oids.length < (i + 1) * this.oidBytes) {
            const b = Buffer.allocUnsafe(Math.max((i + 1) * this.oidBytes, 2 * this.oids.length, 1024 * this.oidBytes));
            this.oids.copy(b);
            this.oids = b;
        }
        for (let k = 0, at = i * this.oidBytes; k < hexLength; k += 2) {
            const hi = hexDigit(out[oidStart + k]);
            const lo = hexDigit(out[oidStart + k + 1]);
            if (hi < 0 || lo < 0)
                throw bad();
            this.oids[at++] = (hi << 4) | lo;
        }
        this.statuses[i] = status;
        this.scores[i] = score;
        this.modes[2 * i] = srcMode;
        this.modes[2 * i + 1] = dstMode;
        if (this.names.length < this.namesLength + (to - from)) {
            const b = Buffer.allocUnsafe(Math.max(this.namesLength + (to - from), 2 * this.names.length, 64 * 1024));
            this.names.copy(b, 0, 0, this.namesLength);
            this.names = b;
        }
        const start = this.namesLength;
        // Byte by byte: names are short, and Buffer#copy's own cost was most of the parse.
        const names = this.names;
        for (let k = from, at = start; k < to; k++, at++)
            names[at] = out[k];
        this.namesLength += to - from;
        this.nameAt[2 * i] = start;
        this.nameAt[2 * i + 1] = start + (pathFrom - from);
        this.nameAt[2 * i + 2] = this.namesLength;
        this.length++;
    }
    status(i) {
        return STATUSES[this.statuses[i]];
    }
    mode(i, side) {
        return this.modes[2 * i + (side === 'src' ? 0 : 1)];
    }
    /** The path in the index (the new name of a rename or copy). */
    path(i) {
        return this.names.toString('utf8', this.nameAt[2 * i + 1], this.nameAt[2 * i + 2]);
    }
    oid(i) {
        return this.oids.toString('hex', i * this.oidBytes, (i + 1) * this.oidBytes);
    }
    /** True when the patch shows entry i as a deletion and a creation (file <-> symlink or submodule). */
    isSplit(i) {
        const src = this.mode(i, 'src');
        const dst = this.mode(i, 'dst');
        return src !== 0 && dst !== 0 && (src & TYPE_BITS) !== (dst & TYPE_BITS);
    }
    /** Entry i as an object, with no added lines or content yet (a new object each call). */
    get(i) {
        const status = this.status(i);
        const entry = { status, srcMode: modeString(this.mode(i, 'src')), dstMode: modeString(this.mode(i, 'dst')), oid: this.oid(i), path: this.path(i), added: [] };
        if (status === 'R' || status === 'C') {
            entry.score = this.scores[i];
            entry.srcPath = this.names.toString('utf8', this.nameAt[2 * i], this.nameAt[2 * i + 1] - 1);
        }
        return entry;
    }
    *[Symbol.iterator]() {
        for (let i = 0; i < this.length; i++)
            yield this.get(i);
    }
}
/** The six octal digits at out[at], or -1. */
function octalMode(out, at) {
    let mode = 0;
    for (let k = 0; k < 6; k++) {
        const d = out[at + k] - 0x30;
        if (!(d >= 0 && d <= 7))
            return -1;
        mode = mode * 8 + d;
    }
    return mode;
}
/** A lowercase hex digit's value (git writes object ids in lowercase), or -1. */
function hexDigit(c) {
    if (c >= 0x30 && c <= 0x39)
        return c - 0x30;
    if (c >= 0x61 && c <= 0x66)
        return c - 0x61 + 10;
    return -1;
}
function modeString(mode) {
    return mode.toString(8).padStart(6, '0');
}
/**
 * Parses the output of `git diff --cached --raw -p -z --unified=<whole file>` (DIFF_ARGS) as it
 * arrives, chunk by chunk, and hands out each entry once its section (its staged content) is
 * complete, so that a scan holds one file at a time: buffering the whole diff and keeping a Buffer
 * per line took a first commit of 5,796 files (149 MB of diff) to 578 MiB peak RSS.
 */
export class StagedDiffParser {
    /**
     * The raw entries, compactly; each becomes an object when its section starts (or, without one,
     * when handed out), and is released once handed out (holding every entry, each with its
     * content, took a first commit of 5,796 files to 251 MiB peak RSS).
     */
    list = new StagedEntryList();
    ready = [];
    emitted = 0;
    /** Called once the raw part has been read, with every entry (see StagedEntryList). */
    onRaw;
    rest = Buffer.alloc(0);
    inPatch = false;
    /** Per patch section, the index of its raw entry (-1: the deleted old side of a type change). */
    sections = new Int32Array(0);
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
    /** How many raw entries there are (known once the raw part has been read). */
    get count() {
        return this.list.length;
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
            this.ready.push(i === this.entryIndex && this.entry ? this.entry : this.list.get(i));
        }
        if (last >= this.emitted)
            this.emitted = last + 1;
    }
    /** Drops everything held (the stream was stopped). */
    dispose() {
        this.list = new StagedEntryList();
        this.sections = new Int32Array(0);
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
            // The status letter follows the last space of the meta token.
            const status = out[out.lastIndexOf(0x20, metaEnd) + 1];
            const paths = status === 0x52 /* R */ || status === 0x43 /* C */ ? 2 : 1;
            let p = metaEnd + 1;
            let pathFrom = p;
            for (let i = 0; i < paths; i++) {
                const e = out.indexOf(0, p);
                if (e === -1) {
                    if (final)
                        throw new Error('git diff: truncated raw output');
                    return pos;
                }
                pathFrom = p;
                p = e + 1;
            }
            this.list.add(out, pos, metaEnd, metaEnd + 1, pathFrom, p - 1);
            pos = p;
        }
    }
    startPatch() {
        this.inPatch = true;
        const list = this.list;
        // The patch: one `diff --git` section per entry, unmerged ones excepted; an entry whose type
        // changes has two, its old side deleted, then its new side created (-1: nothing to keep).
        let n = 0;
        for (let i = 0; i < list.length; i++)
            if (list.status(i) !== 'U')
                n += list.isSplit(i) ? 2 : 1;
        this.sections = new Int32Array(n);
        n = 0;
        for (let i = 0; i < list.length; i++) {
            if (list.status(i) === 'U')
                continue;
            if (list.isSplit(i))
                this.sections[n++] = -1;
            this.sections[n++] = i;
        }
        this.onRaw?.(list);
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
                this.entry = this.entryIndex >= 0 ? this.list.get(this.entryIndex) : undefined;
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
    let held = false;
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
        hold: (on) => {
            held = on;
            if (on)
                child.stdout.pause();
            else if (queued <= QUEUE_BYTES)
                child.stdout.resume();
        },
        stop,
        async *[Symbol.asyncIterator]() {
            try {
                for (;;) {
                    const e = queue.shift();
                    if (e) {
                        queued -= e.content?.length ?? 0;
                        if (!held && queued <= QUEUE_BYTES && child.stdout.isPaused())
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
        holdDiff: (on) => diff.hold(on),
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
