/**
 * `.scan-keys.json`: raw JSON → validated, compiled config. Reading is the caller's (cli.ts).
 * Two stages, as with patterns: RawConfig is what was written; Config is checked and compiled
 * (globs into matchers, value expressions into RegExps), and every problem is reported at once.
 */
import { createRequire } from 'node:module';
import type micromatchType from 'micromatch';
import { validateSchema, type JsonSchema, type SchemaIssue } from '../patterns/validate.js';
import { checkLinear, type PatternSource } from '../patterns/compile.js';
import { compileSimpleGlobs, isPlainPath } from './glob.js';
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

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export const EMPTY_CONFIG: Config = { isPathIgnored: () => false, allowRules: [], patterns: [] };

export interface CompileConfigOptions {
  /** Schema of a provider pattern file, to check `patterns` entries in the same pass. */
  patternSchema?: JsonSchema;
  /**
   * Turns a path as the scan shows it into one relative to the directory the globs are relative
   * to (the repository root). Default: unchanged.
   */
  toGlobPath?: (path: string, base?: string) => string | undefined;
}

let micromatchModule: typeof micromatchType | undefined;

/**
 * micromatch, loaded on first use: only a glob outside glob.ts's subset, or a path that is not
 * plain, needs it, and loading it costs about 7-15 ms of a 2-core machine's start-up (picomatch,
 * braces and their helpers).
 * `require` exists where scripts/bundle-staged.mjs has bundled this module into the command
 * line's CommonJS files, and there it is dist/cjs/micromatch.cjs (micromatch bundled as one
 * file, required only at this call: the server hook and a config without globs never load it);
 * as an ES module (dist/, tests) it does not, and createRequire finds the package.
 */
function micromatch(): typeof micromatchType {
  return (micromatchModule ??= typeof require === 'function' ? (require('micromatch') as typeof micromatchType) : (createRequire(import.meta.url)('micromatch') as typeof micromatchType));
}

function matcherOf(globs: string[]): ((path: string) => boolean) | undefined {
  if (globs.length === 0) return undefined;
  // The list itself, not `{a,b}`: inside braces `**/*.env` no longer matches `x.env` at the root.
  // (micromatch.matcher is picomatch, which takes a list; @types/micromatch says one string.)
  let full: ((path: string) => boolean) | undefined;
  const slow = (path: string) => (full ??= (micromatch().matcher as unknown as (globs: string[], options: object) => (path: string) => boolean)(globs, { dot: true }))(path);
  // The usual globs without micromatch (glob.ts: loading it cost the hook ~15 ms); the same answers.
  const fast = compileSimpleGlobs(globs);
  return fast ? (path) => (isPlainPath(path) ? fast.test(path) : slow(path)) : slow;
}

function compileValue(source: string): { regex?: RegExp; problem?: string } {
  let regex: RegExp;
  try {
    regex = new RegExp(source);
  } catch (err) {
    return { problem: `is not a valid regular expression: ${(err as Error).message}` };
  }
  const linear = checkLinear(source);
  return linear ? { problem: linear } : { regex };
}

export function compileConfig(data: unknown, schema: JsonSchema, source: string, options: CompileConfigOptions = {}): Config {
  const issues: SchemaIssue[] = validateSchema(data, schema);
  const raw = (issues.length === 0 ? data : typeof data === 'object' && data !== null ? data : {}) as RawConfig;

  const allowRules: AllowRule[] = [];
  (Array.isArray(raw.allow) ? raw.allow : []).forEach((entry, i) => {
    if (typeof entry !== 'object' || entry === null) return;
    if (typeof entry.value === 'string') {
      const { regex, problem } = compileValue(entry.value);
      if (problem) issues.push({ path: `allow[${i}].value`, message: problem });
      else allowRules.push({ reason: entry.reason, value: regex as RegExp });
    } else if (typeof entry.fingerprint === 'string') {
      allowRules.push({ reason: entry.reason, fingerprint: entry.fingerprint });
    }
  });

  const patterns: PatternSource[] = [];
  if (Array.isArray(raw.patterns)) {
    raw.patterns.forEach((p, i) => {
      if (options.patternSchema) {
        for (const issue of validateSchema(p, options.patternSchema)) {
          issues.push({ path: `patterns[${i}]${issue.path ? (issue.path.startsWith('[') ? '' : '.') + issue.path : ''}`, message: issue.message });
        }
      }
      patterns.push({ name: `${source}: patterns[${i}]`, data: p });
    });
  }

  if (issues.length > 0) {
    throw new ConfigError(issues.map((i) => `${source}: ${i.path ? `field "${i.path}"` : 'the file'} ${i.message}`).join('\n'));
  }

  const skip = matcherOf([...(raw.exclude ?? []), ...(raw.allow ?? []).flatMap((a) => (a.path ? [a.path] : []))]);
  const include = matcherOf(raw.include ?? []);
  const toGlobPath = options.toGlobPath ?? ((p: string) => p);
  const isPathIgnored =
    !skip && !include
      ? () => false
      : (path: string, base?: string) => {
          const rel = toGlobPath(path, base);
          // A file outside the root: the globs say nothing about it.
          if (rel === undefined) return false;
          if (include && !include(rel)) return true;
          return skip ? skip(rel) : false;
        };
  return {
    isPathIgnored,
    allowRules,
    patterns,
    ...(raw.failOn !== undefined ? { failOn: raw.failOn } : {}),
    ...(raw.maxFileSize !== undefined ? { maxFileSize: raw.maxFileSize } : {}),
    ...(raw.lang !== undefined ? { lang: raw.lang } : {}),
  };
}
