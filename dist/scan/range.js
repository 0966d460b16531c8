import { appendAll } from '../types.js';
import { EMPTY_CONFIG } from '../policy/config.js';
import { ContentScanner } from '../detect/scanner.js';
import { CatFile } from '../sources/cat-file.js';
import { findRepo, gitRaw, gitSpawn, GitError, firstStderrLine } from '../sources/git-run.js';
import { LOG_CONFIG, streamLog } from '../sources/history.js';
import { isMissingObjectError, missingInRange, MissingObjectsError, skipReason } from '../sources/missing.js';
export class RangeError extends GitError {
}
/** Bytes given to the scanner at once: a tree scan's read size (sources/files.ts READ_CHUNK). */
const SLICE = 1 << 19;
const FETCH_HINT = 'fetch more history (actions/checkout: `fetch-depth: 0`; or `git fetch --unshallow`)';
async function verifyCommit(top, rev, what) {
    if (rev.startsWith('-'))
        throw new RangeError(`${what}: not a revision: ${rev}`);
    try {
        // simple-git does not reject every non-zero exit (a quiet failure has no stderr): check the answer.
        const out = (await gitRaw(top, ['rev-parse', '--verify', '--end-of-options', `${rev}^{commit}`])).trim();
        if (/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(out))
            return;
    }
    catch {
        /* fall through */
    }
    let shallow = false;
    try {
        shallow = (await gitRaw(top, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
    }
    catch {
        /* treat as not shallow */
    }
    if (shallow)
        throw new RangeError(`${what}: ${rev} is not in this shallow clone; ${FETCH_HINT}`);
    throw new RangeError(`${what}: unknown revision ${rev}`);
}
/** The `git log` revision arguments for a spec, after checking that every end exists. */
export async function resolveRevs(top, spec) {
    if ('history' in spec)
        return ['--all'];
    if ('revs' in spec)
        return spec.revs;
    if ('since' in spec) {
        await verifyCommit(top, spec.since, '--since');
        await verifyCommit(top, 'HEAD', '--since');
        return [`${spec.since}..HEAD`];
    }
    const m = /^(.*?)(\.\.\.?)(.*)$/.exec(spec.range);
    if (!m)
        throw new RangeError(`--range: expected A..B, got ${spec.range}`);
    const from = m[1] || 'HEAD';
    const to = m[3] || 'HEAD';
    await verifyCommit(top, from, '--range');
    await verifyCommit(top, to, '--range');
    return [`${from}${m[2]}${to}`];
}
export async function scanRange(options) {
    const started = performance.now();
    const config = options.config ?? EMPTY_CONFIG;
    // A bare repository has no top level: the caller of `revs` names the git directory itself.
    const top = 'revs' in options.spec ? options.cwd : (await findRepo(options.cwd, 'commit range')).top;
    const revs = await resolveRevs(top, options.spec);
    const first = new Map();
    const files = new Set();
    const result = { base: top, findings: [], skipped: [], stats: { files: 0, bytes: 0, lines: 0, skipped: 0, durationMs: 0 } };
    const count = options.count !== false;
    const presentAtHead = options.presentAtHead !== false;
    // The readers that counting and presentAtHead use once the log is done, started at the first
    // finding: their start-up (a process each, 5-25 ms on the 2-core machine) then overlaps the
    // rest of the log instead of following it.
    let readers;
    const startReaders = () => {
        if (!readers && (count || presentAtHead))
            readers = { blobs: new CatFile(top), check: count ? new CatFile(top, '--batch-check') : undefined };
    };
    const closeReaders = async () => {
        if (!readers)
            return;
        const { blobs, check } = readers;
        readers = undefined;
        await Promise.all([blobs.close(), check?.close()]);
    };
    const commitsSeen = new Set();
    // Each hunk that adds lines is scanned as its text comes, in pieces (see HunkHandler).
    let scanner;
    let found = [];
    let hunkBytes = 0;
    const onHunk = {
        start: (h) => {
            if (options.onProgress) {
                commitsSeen.add(h.commit.sha);
                options.onProgress({ files: files.size, bytes: result.stats.bytes, findings: first.size, commits: commitsSeen.size });
            }
            found = [];
            hunkBytes = 0;
            scanner = config.isPathIgnored(h.path, top) ? undefined : new ContentScanner(options.rules, { file: h.path, inlineAllow: options.inlineAllow ?? true });
        },
        data: (piece) => {
            if (!scanner)
                return;
            hunkBytes += piece.length;
            // A piece is a little over HUNK_PIECE (whole lines) and goes in one push, as slicing it left
            // a push of a few bytes after each 512 KiB (+8 % CPU on the 4-commit history of two SDKs);
            // only a piece made long by a long line is sliced.
            if (piece.length <= 2 * SLICE)
                appendAll(found, scanner.push(piece));
            else
                for (let at = 0; at < piece.length; at += SLICE)
                    appendAll(found, scanner.push(piece.subarray(at, at + SLICE)));
        },
        end: (h) => {
            if (!scanner)
                return;
            appendAll(found, scanner.end());
            const binary = scanner.isBinary;
            scanner = undefined;
            if (binary)
                return;
            files.add(h.path);
            result.stats.bytes += hunkBytes;
            result.stats.lines += h.added.size;
            for (const f of found) {
                const line = h.firstLine + f.line - 1;
                if (!h.added.has(line))
                    continue;
                const key = `${h.path}\0${f.fingerprint}`;
                if (first.has(key))
                    continue;
                f.line = line;
                if (f.pair)
                    f.pair = { ...f.pair, line: h.firstLine + f.pair.line - 1 };
                f.commit = { sha: h.commit.sha, author: h.commit.author, date: h.commit.date };
                first.set(key, f);
                startReaders();
            }
            found = [];
        },
    };
    try {
        return await scanLog();
    }
    finally {
        await closeReaders();
    }
    async function scanLog() {
        const progress = { commits: 0 };
        let commits;
        try {
            commits = await streamLog(top, revs, onHunk, { progress });
        }
        catch (err) {
            if (!(err instanceof GitError) || !isMissingObjectError(err.message))
                throw err;
            const missing = await missingInRange(top, revs);
            const scanned = `scanned ${progress.commits} commit${progress.commits === 1 ? '' : 's'} (${first.size} finding${first.size === 1 ? '' : 's'} so far) before git stopped`;
            const cause = err.message.replace(/^git log failed: (fatal: )?/, '');
            // A missing object no commit's change names (a tree, a commit) cannot be stepped over.
            if (!options.skipUnreadable || missing.length === 0 || missing.some((m) => !m.commit))
                throw new MissingObjectsError(missing, scanned, cause);
            // Again from the start, each commit that needs a missing object on its own without those
            // paths: findings are kept per path at the oldest commit, so the order must stay the same.
            first.clear();
            files.clear();
            result.stats.bytes = 0;
            result.stats.lines = 0;
            commits = await streamSkipping(top, revs, missing, onHunk);
            for (const m of missing)
                result.skipped.push({ file: m.path, reason: skipReason(m) });
            result.stats.skipped = result.skipped.length;
        }
        result.findings = [...first.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
        if (result.findings.length > 0 && (count || presentAtHead)) {
            startReaders();
            // One `cat-file --batch` for both.
            const { blobs, check } = readers;
            await Promise.all([
                check ? countCommits(top, revs, result.findings, check, blobs) : undefined,
                presentAtHead ? markPresentAtHead(result.findings, blobs) : undefined,
            ]);
        }
        result.stats.files = files.size;
        result.stats.commits = commits;
        result.stats.durationMs = performance.now() - started;
        return result;
    }
}
/** The range's commits in order, those that need a missing object with the paths that need one left out. */
async function streamSkipping(top, revs, missing, onHunk) {
    const affected = new Map();
    for (const m of missing)
        affected.set(m.commit, [...(affected.get(m.commit) ?? []), m.path]);
    const list = (await gitRaw(top, ['rev-list', '--topo-order', '--reverse', ...revs, '--'])).split('\n').filter(Boolean);
    let commits = 0;
    let run = [];
    const flush = async () => {
        if (run.length > 0)
            commits += await streamLog(top, revs, onHunk, { commits: run });
        run = [];
    };
    for (const sha of list) {
        const paths = affected.get(sha);
        if (!paths) {
            run.push(sha);
            continue;
        }
        await flush();
        commits += Math.max(1, await streamLog(top, revs, onHunk, { commits: [sha], exclude: paths }));
    }
    await flush();
    return commits;
}
/**
 * For each finding, how many commits of the range hold its value at its path.
 *
 * The blob a commit has at a path is its parent's unless its own diff changes that path. One
 * `git log --raw --full-history --sparse` limited to the findings' paths lists every commit of the
 * range parents first, with its parents and its changes to those paths (new blob ids), so walking
 * it gives every commit's blob. Only merges, and commits whose parent is outside the range, are
 * looked up (`cat-file --batch-check`, one request per chunk of commits). Each distinct blob is
 * then read once. On the 2,000-commit bench history this takes about 0.07 s (0.035 s of it git's
 * log); a `cat-file` lookup of every commit × path, one round trip each, took 0.5 s.
 * Memory: one entry per commit of the range (its blob ids, shared while they do not change).
 */
async function countCommits(top, revs, findings, check, blobs) {
    const all = [...new Set(findings.map((f) => f.file))];
    for (let from = 0; from < all.length; from += PATHS_PER_WALK) {
        const paths = all.slice(from, from + PATHS_PER_WALK);
        await countAtPaths(top, revs, paths, findings, check, blobs);
    }
}
/**
 * Paths walked together. A walk keeps, per commit, a state of one blob id per path (shared
 * until a commit changes one): groups keep that small when thousands of files hold findings.
 */
const PATHS_PER_WALK = 64;
/** Counts for the findings at `paths` (one walk): tally the blobs, then read each once. */
async function countAtPaths(top, revs, paths, findings, check, blobs) {
    const tally = await tallyBlobs(top, revs, paths, check);
    const secrets = paths.map((p) => [...new Set(findings.filter((f) => f.file === p).map((f) => f.secret))]);
    const counts = paths.map(() => new Map()); // per path: secret → commits holding it
    // [path index, blob id, commits holding it], read in few requests: one round trip each cost more than git's work.
    const held = tally.flatMap((t, i) => [...t].map(([oid, commits]) => [i, oid, commits]));
    const sizes = await check.getMany(held.map(([, oid]) => oid));
    const finders = secrets.map((list) => secretFinder(list));
    for (const group of byteGroups(held, sizes)) {
        const objects = await blobs.getMany(group.map(([, oid]) => oid));
        for (const [k, [i, , commits]] of group.entries()) {
            const content = objects[k]?.content ?? Buffer.alloc(0);
            const atPath = counts[i];
            for (const secret of finders[i](content))
                atPath.set(secret, (atPath.get(secret) ?? 0) + commits);
        }
    }
    for (const [i, path] of paths.entries()) {
        for (const f of findings)
            if (f.file === path && f.commit)
                f.commit.count = Math.max(1, counts[i].get(f.secret) ?? 1);
    }
}
/** Blobs to read together: up to 8 MiB at a time (or one bigger blob), so memory stays bounded. */
function byteGroups(items, sizes) {
    const groups = [];
    let group = [];
    let bytes = 0;
    for (const [k, item] of items.entries()) {
        const size = sizes[k]?.size ?? 0;
        if (group.length > 0 && bytes + size > 8 * 1024 * 1024) {
            groups.push(group);
            group = [];
            bytes = 0;
        }
        group.push(item);
        bytes += size;
    }
    if (group.length > 0)
        groups.push(group);
    return groups;
}
/**
 * Walks the range parents first and counts, per path, the commits holding each blob:
 * result[path index] maps blob id → commits.
 */
async function tallyBlobs(top, revs, paths, check) {
    const index = new Map(paths.map((p, i) => [p, i]));
    const tally = paths.map(() => new Map());
    const states = new Map();
    const uses = new Map(); // state → commits in it: most share their parent's
    const none = paths.map(() => undefined);
    const walk = async (commits) => {
        // A merge's blob may come from any parent, and a parent outside the range is not walked: ask git.
        const seen = new Set();
        const asked = commits.filter(({ sha, parents: [first, second] }) => {
            seen.add(sha);
            return second !== undefined || (first !== undefined && !states.has(first) && !seen.has(first));
        });
        const answers = await check.getMany(asked.flatMap(({ sha }) => paths.map((p) => `${sha}:${p}`)));
        const looked = new Map(asked.map(({ sha }, k) => [sha, paths.map((_, i) => {
                const obj = answers[k * paths.length + i];
                return obj?.type === 'blob' ? obj.oid : undefined;
            })]));
        for (const { sha, parents: [first], changes } of commits) {
            let state = looked.get(sha);
            if (!state) {
                state = first === undefined ? none : states.get(first);
                if (changes.length > 0) {
                    const next = [...state];
                    for (const [i, oid] of changes)
                        next[i] = oid;
                    state = next;
                }
            }
            states.set(sha, state);
            uses.set(state, (uses.get(state) ?? 0) + 1);
        }
    };
    const listed = paths.filter((p) => !/[\n\r]/.test(p)); // as cat-file: such a name cannot be asked for
    if (listed.length === 0)
        return tally;
    // --full-history --sparse: every commit is listed (with its parents), not only those changing
    // the paths; --raw shows what each non-merge commit changes there. log.follow would follow
    // renames of a single path.
    const child = gitSpawn(top, [
        ...LOG_CONFIG, '-c', 'log.follow=false',
        'log', '--full-history', '--sparse', '--topo-order', '--reverse', '--root', '--raw', '-z', '--no-abbrev', '--no-renames',
        '--no-relative', '--ignore-submodules=none', '--no-ext-diff', '--format=%x01%H %P', '--stdin', ...revs, '--',
    ]);
    // Pathspecs on stdin: no argument-length limit, and `:(literal)` so `*`, `[` or a leading `:` is not magic.
    child.stdin.end(Buffer.from(['--', ...listed.map((p) => `:(literal)${p}`)].join('\n') + '\n', 'utf8'));
    const stderr = firstStderrLine(child);
    const closed = new Promise((done, fail) => {
        child.on('error', (err) => fail(new GitError(`git log: ${err.message}`)));
        child.on('close', done);
    });
    closed.catch(() => { }); // awaited below; a throw before then must not leave it unhandled
    try {
        // -z: "\x01<commit> <parents>", then for each change ":<mode> <mode> <oid> <oid> <status>" and
        // "<path>", all NUL-terminated (a line break before the first change).
        let open = [];
        let rest = '';
        let change; // a change's first field, waiting for its path
        for await (const chunk of child.stdout) {
            const fields = (rest + chunk.toString('latin1')).split('\0');
            rest = fields.pop() ?? '';
            for (const field of fields) {
                if (change !== undefined) {
                    const i = index.get(Buffer.from(field, 'latin1').toString('utf8'));
                    const [, dstMode, , dstOid] = change.split(' ');
                    // 100644, 100755, 120000 (a symbolic link is a blob too); not 000000 (deleted), 160000 (submodule).
                    if (i !== undefined)
                        open[open.length - 1]?.changes.push([i, /^1[02]0/.test(dstMode) ? dstOid : undefined]);
                    change = undefined;
                }
                else if (field.startsWith('\x01')) {
                    const [sha, ...parents] = field.slice(1).trim().split(' ');
                    open.push({ sha, parents, changes: [] });
                }
                else if (field.replace(/^\n/, '').startsWith(':')) {
                    change = field.replace(/^\n/, '');
                }
            }
            // The last commit may have more changes in the next chunk.
            if (open.length > 1) {
                const done = open.slice(0, -1);
                open = open.slice(-1);
                await walk(done);
            }
        }
        await walk(open);
    }
    finally {
        if (child.exitCode === null && child.signalCode === null)
            child.kill();
    }
    const code = await closed;
    if (code !== 0)
        throw new GitError(`git log failed: ${stderr() || `exit ${code}`}`);
    for (const [state, commits] of uses) {
        for (const [i, oid] of state.entries()) {
            const t = tally[i];
            if (oid !== undefined)
                t.set(oid, (t.get(oid) ?? 0) + commits);
        }
    }
    return tally;
}
/** Sets `presentAtHead` on each finding: each finding's file is read at HEAD once. */
async function markPresentAtHead(findings, blobs) {
    const byPath = new Map();
    for (const f of findings) {
        const list = byPath.get(f.file);
        if (list)
            list.push(f);
        else
            byPath.set(f.file, [f]);
    }
    for (const [path, atPath] of byPath) {
        const obj = await blobs.get(`HEAD:${path}`);
        const held = obj?.type === 'blob' && obj.content ? secretFinder(atPath.map((f) => f.secret))(obj.content) : new Set();
        for (const f of atPath)
            f.presentAtHead = held.has(f.secret);
    }
}
/**
 * Which of `secrets` a blob holds. A few: one indexOf each. Many (a leaked dump holds 100,000
 * keys in one file): one pass over the blob, looking up each position's first four bytes in a
 * table of the secrets' first four bytes and only then comparing whole values, so the cost is the
 * blob's size, not its size times the number of secrets (100,000 secrets × 10 versions of a
 * 2.8 MB file took hours the first way).
 */
export function secretFinder(secrets) {
    const unique = [...new Set(secrets)];
    if (unique.length <= 16) {
        const needles = unique.map((s) => [s, Buffer.from(s, 'latin1')]);
        return (content) => new Set(needles.filter(([, n]) => content.includes(n)).map(([s]) => s));
    }
    const short = unique.filter((s) => s.length < 4);
    const byHead = new Map();
    for (const s of unique) {
        if (s.length < 4)
            continue;
        const head = Buffer.from(s, 'latin1').readUInt32BE(0);
        let entry = byHead.get(head);
        if (!entry)
            byHead.set(head, (entry = { lengths: [], values: new Set() }));
        if (!entry.lengths.includes(s.length))
            entry.lengths.push(s.length);
        entry.values.add(s);
    }
    return (content) => {
        const found = new Set(short.filter((s) => content.includes(Buffer.from(s, 'latin1'))));
        for (let at = 0; at + 4 <= content.length; at++) {
            const entry = byHead.get(content.readUInt32BE(at));
            if (!entry)
                continue;
            for (const length of entry.lengths) {
                if (at + length > content.length)
                    continue;
                const value = content.toString('latin1', at, at + length);
                if (entry.values.has(value))
                    found.add(value);
            }
        }
        return found;
    };
}
