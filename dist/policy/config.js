/**
 * `.scan-keys.json`: raw JSON → validated, compiled config. Reading is the caller's (cli.ts).
 * Two stages, as with patterns: RawConfig is what was written; Config is checked and compiled
 * (globs into matchers, value expressions into RegExps), and every problem is reported at once.
 */
import { createRequire } from 'node:module';
import { validateSchema } from '../patterns/validate.js';
import { checkLinear } from '../patterns/compile.js';
export class ConfigError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ConfigError';
    }
}
export const EMPTY_CONFIG = { isPathIgnored: () => false, allowRules: [], patterns: [] };
/**
 * micromatch, loaded on first use: a config without globs (and the server hook, on every push)
 * does not pay for it (about 45 ms of CommonJS loading on a busy 2-core machine).
 */
let micromatchModule;
const micromatch = () => (micromatchModule ??= createRequire(import.meta.url)('micromatch'));
function matcherOf(globs) {
    if (globs.length === 0)
        return undefined;
    return micromatch().matcher(globs.length === 1 ? globs[0] : `{${globs.join(',')}}`, { dot: true });
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
