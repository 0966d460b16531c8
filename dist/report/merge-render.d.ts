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
export declare function renderMergedText(m: MergedReport, o: MergedRenderOptions, c: Colors): string;
export declare function renderMergedJson(m: MergedReport, o: MergedRenderOptions): string;
/**
 * One SARIF run, one result per key with a location per place. Each repository is a uriBaseId
 * (`REPO1`, …) described by its name, so a location says which repository its file is in.
 */
export declare function renderMergedSarif(m: MergedReport, o: MergedRenderOptions): string;
export declare function renderMergedHtml(m: MergedReport, o: MergedRenderOptions): string;
