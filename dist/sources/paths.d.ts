/** A path as reports show it: relative to `root` with '/' separators, or absolute outside it. */
export declare function displayPath(root: string, path: string): string;
