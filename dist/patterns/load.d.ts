import type { RuleSet } from '../types.js';
import type { JsonSchema } from './validate.js';
import { type PatternSource } from './compile.js';
export declare const BUILTIN_PATTERN_DIR: string;
export declare function loadPatternSchema(dir?: string): JsonSchema;
/** Reads every provider file in `dir` (all *.json but schema.json), plus `extra` sources. */
export declare function readPatternSources(dir?: string): PatternSource[];
/**
 * The built-in rule set (cached), optionally with extra pattern sources appended. The built-in
 * files alone are compiled without the checks (see compileTrustedPatterns); with extra files,
 * everything is checked together (ids and providers must not clash across files).
 */
export declare function loadPatterns(extra?: PatternSource[]): RuleSet;
