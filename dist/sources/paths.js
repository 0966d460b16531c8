import { isAbsolute, relative, sep } from 'node:path';
/** A path as reports show it: relative to `root` with '/' separators, or absolute outside it. */
export function displayPath(root, path) {
    const rel = relative(root, path);
    if (rel === '')
        return '.';
    if (rel.startsWith('..') || isAbsolute(rel))
        return path.split(sep).join('/');
    return rel.split(sep).join('/');
}
