/**
 * The files around a scan that belong to the project: where its root is, its `.scan-keys.json`
 * and its baseline file. Reads and writes files; decides nothing about exit codes.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileConfig, ConfigError, EMPTY_CONFIG } from './config.js';
import { loadPatternSchema } from '../patterns/load.js';
import { BaselineError, parseBaseline, renderBaseline } from './baseline.js';
export const CONFIG_FILE = '.scan-keys.json';
const CONFIG_SCHEMA = fileURLToPath(new URL('../../config.schema.json', import.meta.url));
export { findProjectRoot } from '../sources/repo-root.js';
import { findProjectRoot } from '../sources/repo-root.js';
/** `file` (as the scan shows it, relative to `cwd`) relative to `base` with '/'; undefined outside it. */
export function relativeTo(base, cwd, file) {
    const rel = relative(base, resolve(cwd, file));
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel))
        return undefined;
    return rel.split(sep).join('/');
}
/** `--config FILE` (must exist), else `.scan-keys.json` at the project root if present. */
export function loadProjectConfig(path, cwd) {
    const root = findProjectRoot(cwd);
    const file = path ? resolve(cwd, path) : resolve(root, CONFIG_FILE);
    if (!path && !existsSync(file))
        return { config: EMPTY_CONFIG, root, source: undefined };
    const shown = path ?? (relative(cwd, file) || CONFIG_FILE);
    let data;
    try {
        data = JSON.parse(readFileSync(file, 'utf8'));
    }
    catch (err) {
        const e = err;
        throw new ConfigError(`${shown}: ${e.code ? `cannot read: ${e.code}` : `invalid JSON: ${e.message}`}`);
    }
    const schema = JSON.parse(readFileSync(CONFIG_SCHEMA, 'utf8'));
    const config = compileConfig(data, schema, shown, {
        patternSchema: loadPatternSchema(),
        toGlobPath: (p, base) => relativeTo(root, base ?? cwd, p),
    });
    return { config, root, source: shown };
}
export function readBaselineFile(path, cwd) {
    let text;
    try {
        text = readFileSync(resolve(cwd, path), 'utf8');
    }
    catch (err) {
        throw new BaselineError(`${path}: cannot read: ${err.code ?? err.message}`);
    }
    return parseBaseline(text, path);
}
export function writeBaselineFile(path, cwd, entries) {
    writeFileSync(resolve(cwd, path), renderBaseline(entries));
}
/** Maps a finding's file (relative to cwd) into the baseline file's frame: relative to its directory. */
/**
 * Maps a finding's path to one relative to the baseline file's folder. `from` is the directory
 * finding paths are relative to (the repository top for git scans), default `cwd`.
 */
export function baselinePathMapper(baselineFile, cwd, from = cwd) {
    const base = dirname(resolve(cwd, baselineFile));
    return (file) => {
        if (file === '<stdin>' || file === '')
            return file;
        return relativeTo(base, from, file) ?? resolve(from, file).split(sep).join('/');
    };
}
