/**
 * Commit ranges as a stream of hunks: one `git log -p` process, parsed line by line as it arrives,
 * so memory holds one hunk at a time whatever the size of the history.
 *
 * Why `--cc`: plain `git log -p` prints no patch for merge commits, so a key typed while resolving a
 * conflict never shows. `--cc` prints, for each merge, only the hunks that differ from every
 * parent, and marks a line new to all parents with `+` in every parent column: exactly the
 * resolution. Lines marked `+` for only some parents came from another parent, whose own commit
 * the walk scans anyway. (`-m` would re-print each merged branch whole against the other parent.)
 *
 * Why `-U8`: pairing looks up to 4 line breaks around a key and a provider word up to 8 away, so
 * eight context lines give the scanner the same view of the file around each added line as the
 * whole blob would, without reading blobs.
 */
import { gitSpawn, GitError, firstStderrLine } from './git-run.js';
export const LOG_CONFIG = [
    '-c', 'core.quotePath=false',
    '-c', 'color.ui=never',
    '-c', 'diff.noprefix=false',
    '-c', 'diff.mnemonicPrefix=false',
    '-c', 'diff.relative=false',
    '-c', 'log.showSignature=false',
    '-c', 'log.showRoot=true',
];
export const LOG_ARGS = [
    'log', '--no-color', '--no-ext-diff', '--no-textconv', '--no-relative', '--text', '--root',
    '-p', '--cc', '--unified=8', '-M', '--submodule=short', '--ignore-submodules=none',
    '--full-index', '--no-abbrev', '--src-prefix=a/', '--dst-prefix=b/', '--no-mailmap',
    '--topo-order', '--reverse', '--format=%x01%H%x1f%an <%ae>%x1f%aI',
];
/** Text handed on at once once a hunk is known to add lines: a tree scan's read size (files.ts READ_CHUNK). */
export const HUNK_PIECE = 1 << 19;
/** A handler that gives each hunk whole in `data` (joined from its pieces): for tests and small uses. */
export function wholeHunks(onHunk) {
    let pieces = [];
    return {
        start: () => {
            pieces = [];
        },
        data: (piece) => {
            pieces.push(Buffer.from(piece));
        },
        end: (h) => {
            onHunk({ ...h, data: Buffer.concat(pieces) });
            pieces = [];
        },
    };
}
/**
 * Line numbers added in increasing order, kept as runs: a Set of numbers took a commit adding an
 * 80 MB file (1.9 million lines) to 244 MiB peak RSS.
 */
export class LineSet {
    /** Inclusive runs [first, last, first, last, ...], in order. */
    runs = [];
    size = 0;
    /** Adds a line after every line added so far. */
    add(line) {
        const n = this.runs.length;
        if (n > 0 && this.runs[n - 1] === line - 1)
            this.runs[n - 1] = line;
        else
            this.runs.push(line, line);
        this.size++;
        return this;
    }
    has(line) {
        let lo = 0;
        let hi = this.runs.length / 2 - 1;
        while (lo <= hi) {
            const mid = (lo + hi) >> 1;
            if (line < this.runs[2 * mid])
                hi = mid - 1;
            else if (line > this.runs[2 * mid + 1])
                lo = mid + 1;
            else
                return true;
        }
        return false;
    }
    *[Symbol.iterator]() {
        for (let i = 0; i < this.runs.length; i += 2)
            for (let l = this.runs[i]; l <= this.runs[i + 1]; l++)
                yield l;
    }
}
/** Undoes git's C-style quoting of a path ("a\tb", octal escapes) and drops the a/ or b/ prefix. */
export function unquotePath(raw) {
    let s = raw;
    if (s.endsWith('\t'))
        s = s.slice(0, -1); // git ends a name holding a space with a TAB
    if (s.startsWith('"') && s.endsWith('"')) {
        const bytes = [];
        const body = s.slice(1, -1);
        const esc = { n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, '"': 34, '\\': 92 };
        for (let i = 0; i < body.length; i++) {
            const c = body[i];
            if (c !== '\\') {
                bytes.push(body.charCodeAt(i) & 0xff);
                continue;
            }
            const n = body[i + 1];
            if (/[0-7]/.test(n)) {
                bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
                i += 3;
            }
            else {
                bytes.push(esc[n] ?? n.charCodeAt(0));
                i += 1;
            }
        }
        s = Buffer.from(bytes).toString('latin1');
    }
    return s.replace(/^[ab]\//, '');
}
/** Bytes (as latin1) read as UTF-8; ASCII, nearly every author and path, is the same either way. */
const latin1ToUtf8 = (s) => (/^[\x00-\x7f]*$/.test(s) ? s : Buffer.from(s, 'latin1').toString('utf8'));
const NEWLINE = Buffer.from('\n');
const PLUS = 0x2b;
const MINUS = 0x2d;
/**
 * Parses `git log` output (LOG_ARGS) as it arrives, calling `onHunk` for each hunk that adds lines.
 * Works on the bytes, as the detector does: a hunk's lines are copied out of git's output without
 * their +/-/space columns, and only header lines become strings. On the 7.9 MB bench log this
 * takes 24 ms, against 29 ms for a string per line and a conversion back to bytes per hunk; and
 * a line longer than a chunk is joined once, where joining strings on every chunk was quadratic
 * (a 32 MiB line: 6.6 s, now 0.07 s).
 */
export class LogParser {
    commit;
    path;
    skipFile = false;
    parents = 1;
    inHunk = false;
    hunk;
    /** The hunk's text so far: its kept lines, copied here without their columns; grows as needed. */
    text = Buffer.allocUnsafe(64 * 1024);
    textLength = 0;
    nextLine = 0;
    /** The start of a line that has not ended yet, in pieces (a long line spans many chunks). */
    pending = [];
    commits = 0;
    started = false;
    handler;
    constructor(handler) {
        this.handler = typeof handler === 'function' ? wholeHunks(handler) : handler;
    }
    /** The next piece of git's output (any chunking). */
    push(chunk) {
        let nl = chunk.indexOf(0x0a);
        if (nl === -1) {
            this.pending.push(chunk);
            return;
        }
        let start = 0;
        if (this.pending.length > 0) {
            const line = Buffer.concat([...this.pending, chunk.subarray(0, nl)]);
            this.pending = [];
            this.line(line, 0, line.length);
            start = nl + 1;
            nl = chunk.indexOf(0x0a, start);
        }
        for (; nl !== -1; nl = chunk.indexOf(0x0a, start)) {
            this.line(chunk, start, nl);
            start = nl + 1;
        }
        if (start < chunk.length)
            this.pending.push(chunk.subarray(start));
    }
    /** The output has ended: a last line without a line break, and the hunk in progress. */
    end() {
        if (this.pending.length > 0) {
            const line = Buffer.concat(this.pending);
            this.pending = [];
            this.line(line, 0, line.length);
        }
        this.flush();
    }
    /** One line: buf[start, end), without its line break. */
    line(buf, start, end) {
        const c = start < end ? buf[start] : -1;
        if (c === 0x01) {
            this.flush();
            const [sha, author, date] = buf.toString('latin1', start + 1, end).split('\x1f');
            this.commit = { sha, author: latin1ToUtf8(author), date };
            this.commits++;
            this.path = undefined;
            this.inHunk = false;
            return;
        }
        if (c === 0x64 /* d */ && /^diff --(git|cc|combined) /.test(buf.toString('latin1', start, Math.min(end, start + 16)))) {
            this.flush();
            this.inHunk = false;
            this.path = undefined;
            this.skipFile = false;
            return;
        }
        if (c === 0x40 /* @ */ && buf[start + 1] === 0x40) {
            this.flush();
            const l = buf.toString('latin1', start, end);
            const at = /^(@+) /.exec(l);
            this.parents = at ? at[1].length - 1 : 1;
            const plus = /\+(\d+)(?:,\d+)? @+/.exec(l);
            if (!plus || !this.commit || this.path === undefined || this.skipFile) {
                this.inHunk = false;
                return;
            }
            this.inHunk = true;
            this.nextLine = Number(plus[1]);
            this.hunk = { commit: this.commit, path: this.path, firstLine: this.nextLine, data: NEWLINE, added: new LineSet() };
            this.textLength = 0;
            return;
        }
        if (!this.inHunk) {
            if (c === PLUS || c === 0x6e /* n */) {
                const l = buf.toString('latin1', start, end);
                if (l.startsWith('+++ ')) {
                    const target = l.slice(4);
                    this.path = target === '/dev/null' ? undefined : latin1ToUtf8(unquotePath(target));
                }
                else if (/^new (file )?mode 1[26]0000/.test(l)) {
                    this.skipFile = true; // symbolic link or submodule: no text of ours
                }
            }
            return;
        }
        if (c === 0x5c /* \ */)
            return; // "\ No newline at end of file"
        // One column per parent: '-' in any means the line is not in the result, '+' in all that it is new.
        const cols = Math.min(this.parents, end - start);
        let added = cols === this.parents;
        for (let k = start; k < start + cols; k++) {
            const b = buf[k];
            if (b === MINUS)
                return;
            if (b !== PLUS)
                added = false;
        }
        if (added)
            this.hunk.added.add(this.nextLine);
        const length = end - start - cols + 1;
        if (this.textLength + length > this.text.length) {
            const grown = Buffer.allocUnsafe(Math.max(2 * this.text.length, this.textLength + length));
            this.text.copy(grown, 0, 0, this.textLength);
            this.text = grown;
        }
        // Short lines by a loop: buf.copy()'s call cost more than the copy (7 of 30 ms on the bench log).
        const text = this.text;
        let at = this.textLength;
        if (length > 64)
            at += buf.copy(text, at, start + cols, end);
        else
            for (let k = start + cols; k < end; k++)
                text[at++] = buf[k];
        text[at++] = 0x0a;
        this.textLength = at;
        this.nextLine++;
        // In pieces: a whole hunk held took its size twice over (a commit adding a 12 MB bundle).
        if (at >= HUNK_PIECE && this.hunk.added.size > 0)
            this.pass();
    }
    /** Hands on the text so far once the hunk adds lines (from the first piece on, starting it). */
    pass() {
        const hunk = this.hunk;
        if (!this.started) {
            this.started = true;
            this.handler.start(hunk);
        }
        if (this.textLength > 0)
            this.handler.data(this.text.subarray(0, this.textLength));
        this.textLength = 0;
    }
    /** Ends the hunk in progress, if it adds anything. */
    flush() {
        if (this.inHunk && this.hunk && this.hunk.added.size > 0) {
            this.pass();
            this.handler.end(this.hunk);
        }
        this.hunk = undefined;
        this.started = false;
        this.textLength = 0;
        this.inHunk = false;
        // A long line's scratch space is not kept for the rest of the history.
        if (this.text.length > 2 * HUNK_PIECE)
            this.text = Buffer.allocUnsafe(64 * 1024);
    }
}
/** Streams `git log <LOG_ARGS> <revs>` through a LogParser. */
export async function streamLog(top, revs, onHunk, options = {}) {
    const given = options.commits;
    const args = given ? [...LOG_ARGS.filter((a) => a !== '--topo-order' && a !== '--reverse'), '--no-walk=unsorted', '--stdin'] : [...LOG_ARGS, ...revs];
    const paths = options.exclude?.length ? [':(top)', ...options.exclude.map((p) => `:(top,literal,exclude)${p}`)] : [];
    const child = gitSpawn(top, [...LOG_CONFIG, ...args, '--', ...paths]);
    child.stdin.on('error', () => {
        /* reported by 'close' */
    });
    child.stdin.end(given ? given.join('\n') + '\n' : undefined);
    const stderr = firstStderrLine(child);
    const closed = new Promise((done, fail) => {
        child.on('error', (err) => fail(new GitError(`git log: ${err.message}`)));
        child.on('close', (code) => done(code));
    });
    const parser = new LogParser(onHunk);
    const before = options.progress?.commits ?? 0;
    for await (const chunk of child.stdout) {
        parser.push(chunk);
        if (options.progress)
            options.progress.commits = before + parser.commits;
    }
    const code = await closed;
    // A failed run's last commit is incomplete: not counted, its hunk in progress not scanned.
    if (code !== 0) {
        if (options.progress)
            options.progress.commits = before + Math.max(0, parser.commits - 1);
        throw new GitError(`git log failed: ${stderr() || `exit ${code}`}`);
    }
    parser.end();
    if (options.progress)
        options.progress.commits = before + parser.commits;
    return parser.commits;
}
