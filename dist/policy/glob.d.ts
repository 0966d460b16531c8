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
/** The expression for one glob of the subset (anchored, no flags), or undefined when micromatch must decide. */
export declare function simpleGlobSource(glob: string): string | undefined;
/**
 * True for the paths the compiled expressions are exact for: non-empty segments separated by
 * single '/', none of them `.` or `..`, no line terminator. Every path a scan reports is one;
 * anything else goes to micromatch.
 */
export declare function isPlainPath(path: string): boolean;
/**
 * One test for a list of globs (true when any matches), or undefined when one of them is outside
 * the subset. The caller still sends paths that are not plain to micromatch.
 */
export declare function compileSimpleGlobs(globs: readonly string[]): RegExp | undefined;
