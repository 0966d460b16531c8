/**
 * Baselines: the findings a team has accepted (old keys already revoked, or to be dealt with
 * later), so that only new ones block. An entry is rule id + fingerprint (hash of rule and value)
 * + path: never a line number (moving a key must not resurrect it, and a new key on an old line
 * must still be found) and never the value. Entries are sorted and the file has no timestamps,
 * so rewriting it after a change touches only the entries that changed. Pure: text in, text out.
 */
import type { Finding } from '../types.js';
export declare const BASELINE_FILE = ".scan-keys-baseline.json";
export declare const BASELINE_VERSION = 1;
export interface BaselineEntry {
    ruleId: string;
    fingerprint: string;
    /** Relative to the baseline file's directory, '/' separators. */
    file: string;
}
export declare class BaselineError extends Error {
    constructor(message: string);
}
/** Sorted, de-duplicated entries for findings; `pathOf` maps a finding's file to the baseline's frame. */
export declare function baselineEntries(findings: readonly Finding[], pathOf?: (file: string) => string): BaselineEntry[];
/** The file's text: stable 2-space JSON with a trailing newline. */
export declare function renderBaseline(entries: readonly BaselineEntry[]): string;
/** Parses a baseline file's text; `source` names it in errors. */
export declare function parseBaseline(text: string, source: string): BaselineEntry[];
export interface BaselineResult {
    /** Findings not in the baseline. */
    kept: Finding[];
    /** Findings the baseline covers. */
    baselined: Finding[];
    /** Entries no finding matched this run (pruning candidates; a partial scan leaves many). */
    stale: BaselineEntry[];
}
export declare function applyBaseline(findings: readonly Finding[], entries: readonly BaselineEntry[], pathOf?: (file: string) => string): BaselineResult;
