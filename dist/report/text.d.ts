import type { Colors, Report } from './types.js';
import { type Locale } from './messages/index.js';
export declare function formatBytes(n: number): string;
/**
 * The report in `t`'s language (default English). Columns are aligned by display width, so a
 * Chinese title (two columns per character) lines up as an English one does.
 */
export declare function renderText(report: Report, c: Colors, t?: Locale): string;
/** One line per skipped file, for --verbose. */
export declare function renderSkipped(report: Report, c: Colors, t?: Locale): string;
