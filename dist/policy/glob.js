/**
 * The config's globs (`include`, `exclude`, allow entries' `path`) as micromatch reads them with
 * `{ dot: true }`, compiled here without micromatch for the shapes configs use: `vendor/**`,
 * `**\/*.min.js`, `test/fixtures/**`, `.env*`. Why: a pre-commit run with a `.scan-keys.json`
 * spent about 15 ms loading micromatch (picomatch, braces and their helpers) and building its
 * expressions, the largest single item of the hook's start-up beyond Node's own (bench scenario
 * staged-config, 2-core machine: 1.98x `node -e 0` before, see the README's Performance section).
 *
 * Exactness over reach: a glob outside the subset below, or a path that is not plain, is left to
 * micromatch (config.ts loads it then), and test/glob.test.ts checks on generated globs and paths
 * that the two always agree.
 *
 * The subset: segments separated by single '/', each either `**` or made of ASCII letters,
 * digits, `_`, `.`, `-` and at most one `*`. No leading `/` or `./`, no
 * trailing `/`, no two `**` segments in a row, no segment of dots only. Not in it: `?`, braces, classes, extglobs,
 * negation, escapes, and every other character micromatch might read as syntax.
 */
const SEGMENT = /^[A-Za-z0-9_.*-]+$/;
/** The expression for one glob of the subset (anchored, no flags), or undefined when micromatch must decide. */
export function simpleGlobSource(glob) {
    if (process.platform === 'win32')
        return undefined; // micromatch turns '\' into '/' there
    const segments = glob.split('/');
    const n = segments.length;
    let out = '';
    for (let i = 0; i < n; i++) {
        const seg = segments[i];
        if (seg === '**') {
            if (i > 0 && segments[i - 1] === '**')
                return undefined;
            // `**` alone: any path; `**/x`: x at any depth, the top included; `x/**`: x itself and
            // everything below it; `x/**/y`: y directly in x or any depth below. `.` as micromatch's
            // own expression has it (no line terminators), which the plain-path test rules out anyway.
            // After a segment that ends in `*`, a final `/**` needs the slash and something below
            // (micromatch: `a*/**` does not match `a`, while `a/**` and `*b/**` match `a` and `b`).
            const last = i > 0 && i === n - 1 && segments[i - 1].endsWith('*') ? '/.*' : '(?:/.*)?';
            out += n === 1 ? '.*' : i === 0 ? '(?:.*/)?' : i === n - 1 ? last : '/(?:.*/)?';
            continue;
        }
        // `.` and `..` (and other all-dot segments): micromatch drops or keeps them by its own rules;
        // two stars in a segment: it adds conditions of its own (`*.*` does not match `a.`).
        if (!SEGMENT.test(seg) || seg.indexOf('*') !== seg.lastIndexOf('*') || /^\.+$/.test(seg))
            return undefined;
        if (i > 0 && segments[i - 1] !== '**')
            out += '/';
        // A segment that is only `*` needs a character (micromatch: `(?=.)`); within a longer one
        // it may match none (`*.js` matches `.js`).
        out += seg === '*' ? '[^/]+' : seg.replace(/\./g, '\\.').replace(/\*/g, '[^/]*');
    }
    return `^(?:${out})$`;
}
/**
 * True for the paths the compiled expressions are exact for: non-empty segments separated by
 * single '/', none of them `.` or `..`, no line terminator. Every path a scan reports is one;
 * anything else goes to micromatch.
 */
export function isPlainPath(path) {
    return path !== '' && !/(?:^|\/)\.{0,2}(?:\/|$)|[\n\r\u2028\u2029]/.test(path);
}
/**
 * One test for a list of globs (true when any matches), or undefined when one of them is outside
 * the subset. The caller still sends paths that are not plain to micromatch.
 */
export function compileSimpleGlobs(globs) {
    const sources = [];
    for (const glob of globs) {
        const source = simpleGlobSource(glob);
        if (source === undefined)
            return undefined;
        sources.push(source);
    }
    return new RegExp(sources.join('|'));
}
