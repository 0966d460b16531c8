/** Reads the built-in pattern files (and any extra ones) from disk, then compiles them. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compilePatterns, compileTrustedPatterns, PatternError } from './compile.js';
export const BUILTIN_PATTERN_DIR = fileURLToPath(new URL('../../patterns/', import.meta.url));
function readJson(file, shown) {
    let text;
    try {
        text = readFileSync(file, 'utf8');
    }
    catch (err) {
        throw new PatternError(`${shown}: cannot read: ${err.code ?? err.message}`);
    }
    try {
        return JSON.parse(text);
    }
    catch (err) {
        throw new PatternError(`${shown}: invalid JSON: ${err.message}`);
    }
}
export function loadPatternSchema(dir = BUILTIN_PATTERN_DIR) {
    return readJson(join(dir, 'schema.json'), 'patterns/schema.json');
}
/** Reads every provider file in `dir` (all *.json but schema.json), plus `extra` sources. */
export function readPatternSources(dir = BUILTIN_PATTERN_DIR) {
    const names = readdirSync(dir)
        .filter((n) => n.endsWith('.json') && n !== 'schema.json')
        .sort();
    return names.map((n) => {
        const file = join(dir, n);
        const shown = dir === BUILTIN_PATTERN_DIR ? `patterns/${n}` : relative(process.cwd(), file) || file;
        return { name: shown, data: readJson(file, shown) };
    });
}
let builtin;
/**
 * The built-in rule set (cached), optionally with extra pattern sources appended. The built-in
 * files alone are compiled without the checks (see compileTrustedPatterns); with extra files,
 * everything is checked together (ids and providers must not clash across files).
 */
export function loadPatterns(extra = []) {
    if (extra.length > 0)
        return compilePatterns([...readPatternSources(), ...extra], loadPatternSchema());
    return (builtin ??= compileTrustedPatterns(readPatternSources()));
}
