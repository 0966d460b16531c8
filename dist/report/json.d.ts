/** `--format json`: one stable document (version 1, documented in the README). */
import type { Report } from './types.js';
import { type Locale } from './messages/index.js';
export declare function renderJson(report: Report, t?: Locale): string;
/**
 * The same document in pieces, each finding built as it is written (any number of findings).
 * The same bytes in every language except `title` (a rule title for people); everything scripts
 * key on (ruleId, severity, fields, skip reasons, URLs) is language-independent.
 */
export declare function renderJsonChunks(report: Report, t?: Locale): Iterable<string>;
