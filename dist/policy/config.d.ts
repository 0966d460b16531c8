import { type JsonSchema } from '../patterns/validate.js';
import { type PatternSource } from '../patterns/compile.js';
import type { Lang, Severity } from '../types.js';
export interface RawAllowEntry {
    reason: string;
    path?: string;
    value?: string;
    fingerprint?: string;
}
export interface RawConfig {
    include?: string[];
    exclude?: string[];
    allow?: RawAllowEntry[];
    patterns?: unknown[];
    failOn?: Severity | 'none';
    maxFileSize?: number | string;
    lang?: Lang;
}
/** An allow entry that applies to findings (path entries are applied before reading files). */
export interface AllowRule {
    reason: string;
    value?: RegExp;
    fingerprint?: string;
}
export interface Config {
    /**
     * True when the path is excluded or allowlisted. `path` is as a report shows it ('/'
     * separators), relative to `base` (default: the directory the command runs in).
     */
    isPathIgnored(path: string, base?: string): boolean;
    /** Entries matched against each finding: value expressions and fingerprints. */
    allowRules: readonly AllowRule[];
    /** Extra provider pattern files, to compile together with the built-in ones. */
    patterns: readonly PatternSource[];
    failOn?: Severity | 'none';
    maxFileSize?: number | string;
    /** The team's language for reports and messages (--lang beats it, it beats the environment). */
    lang?: Lang;
}
export declare class ConfigError extends Error {
    constructor(message: string);
}
export declare const EMPTY_CONFIG: Config;
export interface CompileConfigOptions {
    /** Schema of a provider pattern file, to check `patterns` entries in the same pass. */
    patternSchema?: JsonSchema;
    /**
     * Turns a path as the scan shows it into one relative to the directory the globs are relative
     * to (the repository root). Default: unchanged.
     */
    toGlobPath?: (path: string, base?: string) => string | undefined;
}
export declare function compileConfig(data: unknown, schema: JsonSchema, source: string, options?: CompileConfigOptions): Config;
