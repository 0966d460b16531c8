/**
 * `.scan-keys.json`: raw JSON → validated, compiled config. Reading is the caller's (cli.ts).
 * Two stages, as with patterns: RawConfig is what was written; Config is checked and compiled
 * (globs into matchers, value expressions into RegExps), and every problem is reported at once.
 */
import { createRequire } from 'node:module';
import { validateSchema } from '../patterns/validate.js';
import { checkLinear } from '../patterns/compile.js';
import { compileSimpleGlobs, isPlainPath } from './glob.js';
export class ConfigError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ConfigError';
    }
}
export const EMPTY_CONFIG = { isPathIgnored: () => false, allowRules: [], patterns: [] };
let micromatchModule;
/**
 * micromatch, loaded on first use: only a glob outside glob.ts's subset, or a path that is not
 * plain, needs it, and loading it costs about 7-15 ms of a 2-core machine's start-up (picomatch,
 * braces and their helpers).
 * `require` exists where scripts/bundle-staged.mjs has bundled this module into the command
 * line's CommonJS files, and there it is dist/cjs/micromatch.cjs (micromatch bundled as one
 * file, required only at this call: the server hook and a config without globs never load it);
 * as an ES module (dist/, tests) it does not, and createRequire finds the package.
 */
function micromatch() {
    return (micromatchModule ??= typeof require === 'function' ? require('micromatch') : createRequire(import.meta.url)('micromatch'));
}
function matcherOf(globs) {
    if (globs.length === 0)
        return undefined;
    // The list itself, not `{a,b}`: inside braces `**/*.env` no longer matches `x.env` at the root.
    // (micromatch.matcher is picomatch, which takes a list; @types/micromatch says one string.)
    let full;
    const slow = (path) => (full ??= micromatch().matcher(globs, { dot: true }))(path);
    // The usual globs without micromatch (glob.ts: loading it cost the hook ~15 ms); the same answers.
    const fast = compileSimpleGlobs(globs);
    return fast ? (path) => (isPlainPath(path) ? fast.test(path) : slow(path)) : slow;
}
function compileValue(source) {
    let regex;
    try {
        regex = new RegExp(source);
    }
    catch (err) {
        return { problem: `is not a valid regular expression: ${err.message}` };
    }
    const linear = checkLinear(source);
    return linear ? { problem: linear } : { regex };
}
export function compileConfig(data, schema, source, options = {}) {
    const issues = validateSchema(data, schema);
    const raw = (issues.length === 0 ? data : typeof data === 'object' && data !== null ? data : {});
    const allowRules = [];
    (Array.isArray(raw.allow) ? raw.allow : []).forEach((entry, i) => {
        if (typeof entry !== 'object' || entry === null)
            return;
        if (typeof entry.value === 'string') {
            const { regex, problem } = compileValue(entry.value);
            if (problem)
                issues.push({ path: `allow[${i}].value`, message: problem });
            else
                allowRules.push({ reason: entry.reason, value: regex });
        }
        else if (typeof entry.fingerprint === 'string') {
            allowRules.push({ reason: entry.reason, fingerprint: entry.fingerprint });
        }
    });
    const patterns = [];
    if (Array.isArray(raw.patterns)) {
        raw.patterns.forEach((p, i) => {
            if (options.patternSchema) {
                for (const issue of validateSchema(p, options.patternSchema)) {
                    issues.push({ path: `patterns[${i}]${issue.path ? (issue.path.startsWith('[') ? '' : '.') + issue.path : ''}`, message: issue.message });
                }
            }
            patterns.push({ name: `${source}: patterns[${i}]`, data: p });
        });
    }
    if (issues.length > 0) {
        throw new ConfigError(issues.map((i) => `${source}: ${i.path ? `field "${i.path}"` : 'the file'} ${i.message}`).join('\n'));
    }
    const skip = matcherOf([...(raw.exclude ?? []), ...(raw.allow ?? []).flatMap((a) => (a.path ? [a.path] : []))]);
    const include = matcherOf(raw.include ?? []);
    const toGlobPath = options.toGlobPath ?? ((p) => p);
    const isPathIgnored = !skip && !include
        ? () => false
        : (path, base) => {
            const rel = toGlobPath(path, base);
            // A file outside the root: the globs say nothing about it.
            if (rel === undefined)
                return false;
            if (include && !include(rel))
                return true;
            return skip ? skip(rel) : false;
        };
    return {
        isPathIgnored,
        allowRules,
        patterns,
        ...(raw.failOn !== undefined ? { failOn: raw.failOn } : {}),
        ...(raw.maxFileSize !== undefined ? { maxFileSize: raw.maxFileSize } : {}),
        ...(raw.lang !== undefined ? { lang: raw.lang } : {}),
    };
}
