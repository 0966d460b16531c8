/**
 * Runs of token characters, to search secret patterns only where one could match.
 *
 * A secret rule's pattern is, for every built-in rule, a run of characters from RUN_CHARS
 * (`[A-Za-z0-9]{32}`, `[A-Za-z0-9+/]{43}=`, `[A-Za-z0-9_-]{100,4000}`): each match lies inside one
 * maximal run of RUN_CHARS at least as long as the pattern's shortest match, and the boundary
 * look-arounds read one character either side of it. Code is mostly short runs (identifiers,
 * words), so finding the long runs in one linear pass and running each secret regex only on them
 * gives the same matches for much less work: the regexes try a look-behind and count up to 32-100
 * characters at every position of a window, and in a tree where every file names its provider
 * (tencentcloud-sdk-nodejs, 44 MB) the windows cover most of the text; there the four secret
 * regexes took 2.3 of 8.8 s of a single-thread scan.
 *
 * A pattern that is not of that shape (an extra provider's rule with other characters) has no
 * run length and is searched over its whole window, as before.
 */
/** Characters a run is made of: every class in the built-in secret patterns is a subset. */
const RUN = new Uint8Array(256);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=_-')
    RUN[c.charCodeAt(0)] = 1;
function isRun(code) {
    return code < 256 && RUN[code] === 1;
}
function inRunChars(c) {
    return c.length === 1 && RUN[c.charCodeAt(0)] === 1;
}
/** An escape standing for a run character: `\+`, `\/`, `\-`, `\=` (never `\w`, `\d`, ...). */
function escapedRunChar(c) {
    return inRunChars(c) && !/[A-Za-z0-9_]/.test(c);
}
/** The class body `A-Za-z0-9+/` holds only RUN_CHARS (ranges within A-Z, a-z or 0-9). */
function classWithinRun(body) {
    if (body.startsWith('^'))
        return false;
    for (let i = 0; i < body.length; i++) {
        let c = body[i];
        if (c === '\\') {
            c = body[++i] ?? '';
            if (!escapedRunChar(c))
                return false;
            continue;
        }
        if (body[i + 1] === '-' && i + 2 < body.length) {
            const lo = c;
            const hi = body[i + 2];
            const ok = (a, b) => lo >= a && hi <= b && lo <= hi;
            if (!(ok('A', 'Z') || ok('a', 'z') || ok('0', '9')))
                return false;
            i += 2;
            continue;
        }
        if (!inRunChars(c))
            return false;
    }
    return true;
}
/**
 * The shortest match of `pattern` when every match is a string of RUN_CHARS; undefined when the
 * pattern has any other shape (then no run filter applies). Understands literal characters,
 * classes, groups with alternation, and the repeats {n}, {n,}, {n,m}, ?, * and +; anything else
 * (escapes such as \w or \d, `.`, look-arounds) gives undefined.
 */
export function runMinLength(pattern) {
    let total = 0;
    let best = Infinity;
    const stack = [];
    let last = 0;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        let unit;
        if (c === '\\') {
            const e = pattern[++i] ?? '';
            if (!escapedRunChar(e))
                return undefined;
            unit = 1;
        }
        else if (c === '[') {
            const end = pattern.indexOf(']', i + 1);
            if (end < 0 || !classWithinRun(pattern.slice(i + 1, end)))
                return undefined;
            i = end;
            unit = 1;
        }
        else if (c === '(') {
            if (!pattern.startsWith('?:', i + 1))
                return undefined;
            stack.push({ total, best });
            total = 0;
            best = Infinity;
            i += 2;
            continue;
        }
        else if (c === '|') {
            best = Math.min(best, total);
            total = 0;
            continue;
        }
        else if (c === ')') {
            const inner = Math.min(best, total);
            const outer = stack.pop();
            if (!outer)
                return undefined;
            total = outer.total;
            best = outer.best;
            unit = inner;
        }
        else if (c === '{') {
            const end = pattern.indexOf('}', i);
            const m = /^\{(\d+)(?:,(\d*))?\}$/.exec(pattern.slice(i, end + 1));
            if (!m)
                return undefined;
            total += last * (Number(m[1]) - 1);
            last = 0;
            i = end;
            continue;
        }
        else if (c === '?' || c === '*') {
            total -= last;
            last = 0;
            continue;
        }
        else if (c === '+') {
            // One or more: the shortest match is unchanged.
            last = 0;
            continue;
        }
        else if (inRunChars(c)) {
            unit = 1;
        }
        else {
            return undefined;
        }
        total += unit;
        last = unit;
    }
    if (stack.length > 0)
        return undefined;
    return Math.min(best, total);
}
/**
 * Runs of RUN_CHARS of at least `min` characters that overlap [from, to) of `s`, as [start, end)
 * pairs in order. A run is followed beyond the span's edges, but at most `min` characters back and
 * up to `limit` forward: enough to tell that it is long enough (limit - start > min for a run
 * starting before `to`, when limit >= to + min) and all a caller searching matches that start in
 * [from, to) reads. Bounded, so that many windows inside one huge run (a buffer full of ids)
 * stay linear.
 */
export function longRuns(s, from, to, min, limit = s.length) {
    const out = [];
    let i = from;
    const floor = Math.max(0, from - min);
    while (i > floor && isRun(s.charCodeAt(i - 1)))
        i--;
    const n = Math.min(s.length, Math.max(limit, to));
    while (i < to) {
        while (i < to && !isRun(s.charCodeAt(i)))
            i++;
        if (i >= to)
            break;
        const start = i;
        while (i < n && isRun(s.charCodeAt(i)))
            i++;
        if (i - start >= min)
            out.push([start, i]);
    }
    return out;
}
