import type { Report } from './types.js';
import { type Locale } from './messages/index.js';
export declare const SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
/** A relative path as a URI reference: '/' separators, each segment percent-encoded. */
export declare function toUri(file: string): string;
export declare function renderSarif(report: Report, t?: Locale): string;
/** The same log in pieces, each result built as it is written (any number of findings). */
export declare function renderSarifChunks(report: Report, t?: Locale): Iterable<string>;
