/** `--format json`: one stable document (version 1, documented in the README). */
import type { Report } from './types.js';
export declare function renderJson(report: Report): string;
