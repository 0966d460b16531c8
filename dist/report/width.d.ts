export declare function displayWidth(s: string): number;
/** `s` padded with spaces to `width` columns (as String.padEnd, counting display columns). */
export declare function padEndWidth(s: string, width: number): string;
