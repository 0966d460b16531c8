/**
 * A merged report (merge.ts) as text, JSON, SARIF or one HTML audit page. Values are shown as the
 * input reports hold them, masked again unless --show-secrets (masking a masked value changes
 * nothing; a report written with --show-secrets is masked here too).
 */
import type { Provider, Rule, Severity } from '../types.js';
import type { Colors } from './types.js';
import type { MergedReport } from './merge.js';
export interface MergedRenderOptions {
    providers: readonly Provider[];
    rules?: readonly Rule[];
    showSecrets: boolean;
    failOn: Severity | 'none';
    toolVersion?: string;
}
/** Headings and sentences of the merged report, in one place. */
export declare const MERGE_MESSAGES: {
    readonly shared: (n: number) => string;
    readonly byRepository: "By repository";
    readonly inRepos: (n: number) => string;
    readonly alsoIn: (names: string[]) => string;
    readonly summary: (keys: number, blocking: number, repos: number, shared: number) => string;
    readonly none: "No keys found.";
    readonly title: "scan-keys organisation audit";
};
export declare function renderMergedText(m: MergedReport, o: MergedRenderOptions, c: Colors): string;
export declare function renderMergedJson(m: MergedReport, o: MergedRenderOptions): string;
/**
 * One SARIF run, one result per key with a location per place. Each repository is a uriBaseId
 * (`REPO1`, …) described by its name, so a location says which repository its file is in.
 */
export declare function renderMergedSarif(m: MergedReport, o: MergedRenderOptions): string;
export declare function renderMergedHtml(m: MergedReport, o: MergedRenderOptions): string;
