/**
 * A merged report (merge.ts) as text, JSON, SARIF or one HTML audit page. Values are shown as the
 * input reports hold them, masked again unless --show-secrets (masking a masked value changes
 * nothing; a report written with --show-secrets is masked here too).
 */
import type { Provider, Rule, Severity } from '../types.js';
import type { Colors } from './types.js';
import type { MergedReport } from './merge.js';
import { type Locale } from './messages/index.js';
export interface MergedRenderOptions {
    providers: readonly Provider[];
    rules?: readonly Rule[];
    showSecrets: boolean;
    failOn: Severity | 'none';
    toolVersion?: string;
    /** The language of text and HTML (default English). */
    t?: Locale;
}
/** Headings and sentences of the merged report in English; the catalogues (messages/*.ts, `merge`) hold every language. */
export declare const MERGE_MESSAGES: {
    shared: (n: number) => string;
    byRepository: string;
    inRepos: (n: number) => string;
    alsoIn: (...names: string[]) => string;
    repoCounts: (findings: number, blocking: number, source: string) => string;
    summary: (keys: number, blocking: number, repos: number, shared: number) => string;
    none: string;
    title: string;
};
export declare function renderMergedText(m: MergedReport, o: MergedRenderOptions, c: Colors): string;
export declare function renderMergedJson(m: MergedReport, o: MergedRenderOptions): string;
/**
 * One SARIF run, one result per key with a location per place. Each repository is a uriBaseId
 * (`REPO1`, …) described by its name, so a location says which repository its file is in.
 */
export declare function renderMergedSarif(m: MergedReport, o: MergedRenderOptions): string;
export declare function renderMergedHtml(m: MergedReport, o: MergedRenderOptions): string;
