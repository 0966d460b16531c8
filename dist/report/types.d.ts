import type { Finding, Provider, Rule, ScanStats, Severity, SkippedFile } from '../types.js';
/** Everything a reporter may show. Reporters return text; they never print. */
export interface Report {
    findings: Finding[];
    stats: ScanStats;
    skipped: SkippedFile[];
    providers: readonly Provider[];
    /** Findings at or above this severity block (exit 1). */
    failOn: Severity | 'none';
    showSecrets: boolean;
    /** What was scanned, for the summary line: "tree", "staged changes", a range. */
    scope?: string;
    /** Every rule in force (SARIF lists them all); without it, the rules of the findings. */
    rules?: readonly Rule[];
    /** The repository scanned (remote URL or --repo-name), in JSON reports, for `scan-keys merge`. */
    repository?: string;
    /** scan-keys's version, for tool.driver in SARIF. */
    toolVersion?: string;
}
export interface Colors {
    red(s: string): string;
    yellow(s: string): string;
    green(s: string): string;
    dim(s: string): string;
    bold(s: string): string;
    cyan(s: string): string;
}
export declare const NO_COLORS: Colors;
