import { loadPatterns } from './patterns/load.js';
import { scanPaths } from './scan/tree.js';
import { scanStaged as scanStagedCore } from './scan/staged.js';
import { scanRange as scanRangeCore } from './scan/range.js';
/** Scans files and directories (a directory in a git work tree: the files git would track). */
export function scan(paths, options = {}) {
    const { rules, root, ...rest } = options;
    return scanPaths(typeof paths === 'string' ? [paths] : paths, { ...rest, rules: rules ?? loadPatterns(), root: root ?? process.cwd() });
}
/** Scans what the next commit adds (the index): findings on added lines only. */
export function scanStaged(options = {}) {
    const { rules, cwd, ...rest } = options;
    return scanStagedCore({ ...rest, rules: rules ?? loadPatterns(), cwd: cwd ?? process.cwd() });
}
/**
 * Scans the commits of a range: `'A..B'` (or `{ range: 'A..B' }`), `{ since: REV }` (REV..HEAD) or
 * `{ history: true }` (every ref). Each finding carries the commit that introduced it and
 * `presentAtHead`.
 */
export function scanRange(range, options = {}) {
    const { rules, cwd, ...rest } = options;
    const spec = typeof range === 'string' ? { range } : range;
    return scanRangeCore({ ...rest, spec, rules: rules ?? loadPatterns(), cwd: cwd ?? process.cwd() });
}
