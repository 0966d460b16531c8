/**
 * `scan-keys merge`: the JSON reports of many repositories (`--format json`, one per repository)
 * as one. A key is its fingerprint (a hash of rule and value), so the same key found in several
 * repositories, or at several places of one, is one entry with all its places. Pure: parsed
 * documents in, a merged model out; merge-render.ts turns it into text, JSON, SARIF or HTML.
 */
import type { CommitInfo, Confidence, RuleKind, Severity } from '../types.js';
/** A finding as `--format json` writes it (the fields merge uses). */
export interface JsonReportFinding {
    ruleId: string;
    provider: string;
    kind: RuleKind;
    title: string;
    severity: Severity;
    blocking: boolean;
    confidence: Confidence;
    temporary: boolean;
    public?: boolean;
    file: string;
    line: number;
    column: number;
    endColumn: number;
    secret: string;
    fingerprint: string;
    commit?: CommitInfo;
    presentAtHead?: boolean;
}
export interface JsonReport {
    version: 1;
    repository?: string;
    findings: JsonReportFinding[];
    stats: {
        files: number;
        bytes: number;
        lines: number;
        skipped: number;
        durationMs: number;
        commits?: number;
    };
}
export declare class MergeInputError extends Error {
    constructor(message: string);
}
/** A report's text, checked enough that merging cannot silently drop what it holds. */
export declare function parseJsonReport(text: string, source: string): JsonReport;
export interface Place {
    repository: string;
    file: string;
    line: number;
    column: number;
    endColumn: number;
    commit?: CommitInfo;
    presentAtHead?: boolean;
}
export interface MergedKey {
    fingerprint: string;
    ruleId: string;
    provider: string;
    kind: RuleKind;
    title: string;
    severity: Severity;
    blocking: boolean;
    confidence: Confidence;
    temporary: boolean;
    isPublic: boolean;
    /** As the input reports show it (masked unless they were written with --show-secrets). */
    secret: string;
    places: Place[];
    /** The repositories holding it, in input order. */
    repositories: string[];
}
export interface MergedRepository {
    name: string;
    /** The report file it came from. */
    source: string;
    findings: number;
    blocking: number;
    stats: JsonReport['stats'];
}
export interface MergedReport {
    repositories: MergedRepository[];
    /** Keys in more than one repository first, then by severity, rule and first place. */
    keys: MergedKey[];
}
/** The name a report goes by: its `repository` field, else its file name without `.json`. */
export declare function repositoryOf(doc: JsonReport, source: string): string;
export interface MergeOptions {
    /** Recompute `blocking` at this level; default: keep each report's own verdict. */
    failOn?: Severity | 'none';
}
export declare function mergeReports(inputs: Array<{
    source: string;
    doc: JsonReport;
}>, options?: MergeOptions): MergedReport;
