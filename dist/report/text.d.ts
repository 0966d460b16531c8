import type { Colors, Report } from './types.js';
export declare function formatBytes(n: number): string;
export declare function renderText(report: Report, c: Colors): string;
/** One line per skipped file, for --verbose. */
export declare function renderSkipped(report: Report, c: Colors): string;
