/** Shared data model: rules as read and compiled, and findings. No I/O here. */
export type Severity = 'low' | 'medium' | 'high' | 'critical';
export declare const SEVERITIES: readonly Severity[];
export type RuleKind = 'access-key-id' | 'access-key-secret' | 'sts-access-key-id' | 'sts-access-key-secret' | 'security-token';
export type RuleRole = 'id' | 'secret' | 'token';
/** Languages a report can be written in (`--lang`); `en` is the language of the pattern files. */
export type Lang = 'en' | 'zh-CN';
export declare const LANGS: readonly Lang[];
/** A provider's text in another language, as written in its pattern file's `i18n` block. */
export interface ProviderTranslation {
    name?: string;
    remediation?: Remediation;
    /** By rule id: the rule's title and description. */
    rules?: Record<string, {
        title?: string;
        description?: string;
    }>;
}
export interface Link {
    title: string;
    url: string;
}
export interface Remediation {
    console: Link;
    now: string[];
    prevent: string[];
    links: Link[];
}
/** A rule exactly as written in a pattern file. */
export interface RawRule {
    id: string;
    title: string;
    description?: string;
    kind: RuleKind;
    role: RuleRole;
    pattern: string;
    keywords?: string[];
    boundary?: string;
    severity: Severity;
    pairedSeverity?: Severity;
    minEntropy?: number;
    aloneMinLength?: number;
    keepHex?: boolean;
    pairsWith?: string[];
    needs?: string[];
    names?: string;
    publicContext?: string[];
    temporary?: boolean;
    examples: {
        match: string[];
        noMatch: string[];
        public?: string[];
    };
}
/** A provider pattern file exactly as written. */
export interface RawProviderFile {
    provider: string;
    name: string;
    contextWords: string;
    denylist?: string[];
    remediation: Remediation;
    /** The same text in other languages (English is the file's own). */
    i18n?: Partial<Record<Lang, ProviderTranslation>>;
    rules: RawRule[];
}
export interface Provider {
    id: string;
    name: string;
    contextWords: RegExp;
    denylist: ReadonlySet<string>;
    remediation: Remediation;
    /** The provider's and its rules' text in other languages; reporters fall back to English. */
    i18n?: Partial<Record<Lang, ProviderTranslation>>;
}
/** A validated rule, ready for the detector. */
export interface Rule {
    id: string;
    title: string;
    description: string;
    kind: RuleKind;
    role: RuleRole;
    provider: Provider;
    /** Global regex for the value with boundary look-arounds; callers set lastIndex. */
    regex: RegExp;
    /** Sticky variant of `regex`, for trying a match at a known position. */
    sticky: RegExp;
    keywords: readonly string[];
    severity: Severity;
    pairedSeverity: Severity;
    minEntropy: number | undefined;
    /** Id/token rules: a shorter match counts only when assigned to a name matching `names` or naming the provider. */
    aloneMinLength: number | undefined;
    /** Secret rules: keep values made only of hex digits (by default dropped as digests). */
    keepHex: boolean;
    pairsWith: readonly Rule[];
    /** Secret rules: reported only beside a finding of one of these rules, the two forming a pair. */
    needs: readonly Rule[];
    names: RegExp | undefined;
    publicContext: readonly RegExp[];
    temporary: boolean;
    maxLength: number;
    examples: {
        match: string[];
        noMatch: string[];
        public?: string[];
    };
}
export interface RuleSet {
    providers: readonly Provider[];
    rules: readonly Rule[];
    /** Rules found by literal prefix (role id or token). */
    prefixed: readonly Rule[];
    /** Rules found only by pairing or context (role secret). */
    contextual: readonly Rule[];
    /** Longest value any rule can match. */
    maxLength: number;
    /** The pattern files it was compiled from (plain JSON data), so a worker thread can rebuild it. */
    sources: readonly {
        name: string;
        data: unknown;
    }[];
}
export type Confidence = 'prefix' | 'pair' | 'context';
export interface PairRef {
    ruleId: string;
    line: number;
    column: number;
    fingerprint: string;
}
export interface CommitInfo {
    sha: string;
    author: string;
    date: string;
    /** How many commits the same secret appears in at this path (history scans). */
    count?: number;
}
export interface Finding {
    ruleId: string;
    provider: string;
    providerName: string;
    kind: RuleKind;
    title: string;
    severity: Severity;
    temporary: boolean;
    confidence: Confidence;
    /** An ID in a place that is public by design (pre-signed URL, signed header). */
    isPublic: boolean;
    /** Path relative to the scan root, with forward slashes. Empty for stdin until a source sets it. */
    file: string;
    /** 1-based line. */
    line: number;
    /** 1-based column, in characters (UTF-8 code points). */
    column: number;
    /** 1-based column just past the value (exclusive, as SARIF). */
    endColumn: number;
    /** Byte offset of the value in the scanned content. */
    offset: number;
    /** The raw value. Reporters mask it unless asked not to. */
    secret: string;
    /** Hash of rule id and secret: stable, never reveals the secret. */
    fingerprint: string;
    pair?: PairRef;
    commit?: CommitInfo;
    /** Commit-range scans: whether the value is still in the file at HEAD (false: removed or moved since). */
    presentAtHead?: boolean;
    /** Set by --verify for both halves of a pair. */
    verification?: VerificationResult;
}
export interface VerificationResult {
    status: 'live' | 'dead' | 'unknown';
    account?: string;
    arn?: string;
    root?: boolean;
    reason?: string;
}
export declare function severityRank(s: Severity): number;
/** A file or blob that was not scanned, and why (reports list them all: never a silent pass). */
export interface SkippedFile {
    file: string;
    reason: string;
}
export interface ScanStats {
    files: number;
    bytes: number;
    lines: number;
    skipped: number;
    durationMs: number;
    /** Commits walked (commit-range scans only). */
    commits?: number;
}
export interface ScanResult {
    /** The directory finding paths are relative to: the repository top for git scans; absent: the cwd. */
    base?: string;
    findings: Finding[];
    stats: ScanStats;
    skipped: SkippedFile[];
}
/** Running totals for a progress display. */
export interface ScanProgress {
    files: number;
    bytes: number;
    findings: number;
    /** Commits walked so far (commit-range scans). */
    commits?: number;
}
/**
 * Appends every item of `items` to `target`. Not `target.push(...items)`: a spread passes each
 * item as an argument on the stack, which overflows past roughly 120,000 items (a leaked dump
 * holds more keys than that).
 */
export declare function appendAll<T>(target: T[], items: readonly T[]): void;
