/** Raw pattern files (as read) → a validated, frozen RuleSet. Pure: the caller does the reading. */
import type { JsonSchema, SchemaIssue } from './validate.js';
import { validateSchema } from './validate.js';
import type { Provider, RawProviderFile, RawRule, Rule, RuleSet, Severity } from '../types.js';

export class PatternError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PatternError';
  }
}

export interface PatternSource {
  /** Shown in errors, e.g. `patterns/alibaba.json`. */
  name: string;
  data: unknown;
}

const DEFAULT_BOUNDARY = 'A-Za-z0-9';

/** Placeholder inserted where the match stood when testing publicContext expressions. */
export const KEY_MARK = '@@KEY@@';

function describe(source: string, data: unknown, issue: SchemaIssue): string {
  const m = /^rules\[(\d+)\](?:\.(.*))?$/.exec(issue.path);
  if (m) {
    const rules = (data as { rules?: Array<{ id?: unknown }> }).rules;
    const id = rules?.[Number(m[1])]?.id;
    const rule = typeof id === 'string' ? `rule "${id}" (rules[${m[1]}])` : `rules[${m[1]}]`;
    return `${source}: ${rule}: ${m[2] ? `field "${m[2]}"` : 'the rule'} ${issue.message}`;
  }
  return `${source}: ${issue.path ? `field "${issue.path}"` : 'the file'} ${issue.message}`;
}

function compileRegex(source: string, where: string, flags: string): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (err) {
    throw new PatternError(`${where}: invalid regular expression: ${(err as Error).message}`);
  }
}

/**
 * Reject the constructs that make a backtracking engine super-linear, so every rule (built in or
 * user supplied) runs in time linear in the text it scans:
 * - a quantified group that itself contains a quantifier (`(a+)+`, `(\w*x)*`, `(a?){9}`);
 * - an alternation under a quantifier (`(a|a)*`, `(?:a|ab){2,}`): overlapping branches backtrack
 *   exponentially, and telling overlap apart is not worth the risk;
 * - a lookaround containing a quantifier (`(?=a+)`, `(?<![a-z]*)`): it re-scans at every position;
 * - back-references (`\1`, `\k<name>`), which no linear engine supports.
 * `?` alone on a group is allowed (at most two ways to match). Values are matched with simple
 * classes and bounded counts, so nothing a rule needs is lost.
 */
export function checkLinear(pattern: string): string | undefined {
  if (/\\[1-9]|\\k</.test(pattern)) return 'back-references are not allowed';
  interface Group {
    quantified: boolean;
    alternation: boolean;
    lookaround: boolean;
  }
  const stack: Group[] = [];
  let inClass = false;
  const quantifierAt = (i: number): string | undefined => {
    const c = pattern[i];
    if (c === '*' || c === '+' || c === '?') return c;
    if (c === '{' && /^\{\d+(?:,\d*)?\}/.test(pattern.slice(i))) return c;
    return undefined;
  };
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    const top = stack[stack.length - 1];
    if (c === '[') {
      inClass = true;
      if (pattern[i + 1] === ']') i++; // `[]...]`: a literal ] first
    } else if (c === '(') {
      const rest = pattern.slice(i + 1);
      const lookaround = /^\?(?:=|!|<=|<!)/.test(rest);
      const prefix = /^\?(?:<=|<!|[:=!]|<[A-Za-z_$][\w$]*>)/.exec(rest);
      stack.push({ quantified: false, alternation: false, lookaround });
      if (prefix) i += prefix[0].length;
    } else if (c === ')') {
      const g = stack.pop() ?? { quantified: false, alternation: false, lookaround: false };
      const q = quantifierAt(i + 1);
      if (g.lookaround && g.quantified) return 'a lookaround contains a quantifier (it re-scans the text at every position)';
      if (q && q !== '?' && g.quantified) return 'a quantified group contains a quantifier (nested quantifiers can backtrack exponentially)';
      if (q && q !== '?' && g.alternation) return 'an alternation is under a quantifier (overlapping branches like (a|a)* can backtrack exponentially)';
      const parent = stack[stack.length - 1];
      if (parent) {
        parent.quantified ||= g.quantified || q !== undefined;
        parent.alternation ||= g.alternation;
      }
    } else if (c === '|') {
      if (top) top.alternation = true;
    } else if (top && quantifierAt(i)) {
      top.quantified = true;
    }
  }
  return undefined;
}

/** Longest string a value pattern can match, from its counted repeats; Infinity if unbounded. */
export function maxMatchLength(pattern: string): number {
  // Good enough for value patterns: literal characters, classes, and {n}/{n,m}/? repeats, with
  // alternation inside groups. Unbounded * and + are refused.
  let total = 0;
  let best = 0;
  const stack: Array<{ total: number; best: number }> = [];
  let last = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    let unit = -1;
    if (c === '\\') {
      i++;
      unit = 1;
    } else if (c === '[') {
      const end = pattern.indexOf(']', i + 1 + (pattern[i + 1] === ']' ? 1 : 0));
      i = end < 0 ? pattern.length : end;
      unit = 1;
    } else if (c === '(') {
      stack.push({ total, best });
      total = 0;
      best = 0;
      if (pattern.startsWith('?:', i + 1)) i += 2;
      continue;
    } else if (c === '|') {
      best = Math.max(best, total);
      total = 0;
      continue;
    } else if (c === ')') {
      const inner = Math.max(best, total);
      const outer = stack.pop() ?? { total: 0, best: 0 };
      total = outer.total;
      best = outer.best;
      unit = inner;
    } else if (c === '*' || c === '+') {
      return Infinity;
    } else if (c === '{') {
      const end = pattern.indexOf('}', i);
      const m = /^\{(\d+)(?:,(\d*))?\}$/.exec(pattern.slice(i, end + 1));
      if (!m) return Infinity;
      const max = m[2] === undefined ? Number(m[1]) : m[2] === '' ? Infinity : Number(m[2]);
      total += last * (max - 1);
      i = end;
      continue;
    } else if (c === '?') {
      continue;
    } else {
      unit = 1;
    }
    total += unit;
    last = unit;
  }
  return Math.max(best, total);
}

/**
 * The value between look-arounds: no boundary character may touch it. '=' is allowed before a
 * value even when the boundary lists it (it is base64 padding after, an assignment before).
 */
function bounded(pattern: string, boundary: string): string {
  const before = boundary.replace(/=/g, '') || 'A-Za-z0-9';
  return `(?<![${before}])(?:${pattern})(?![${boundary}])`;
}

export function compilePatterns(sources: PatternSource[], schema: JsonSchema): RuleSet {
  return compile(sources, schema);
}

/**
 * The built-in files without the checks (schema, linear time, prefixes, field rules): they ship
 * with the package and the test suite compiles them with every check (test/patterns.test.ts).
 * Only what the scanner needs is built. Checking cost 2-3 ms of every start-up on the 2-core
 * reference machine (cold code: 4.1 ms with checks, ~1.5 ms without), which the pre-commit
 * hook pays on each commit.
 */
export function compileTrustedPatterns(sources: PatternSource[]): RuleSet {
  return compile(sources, undefined);
}

/** With a schema, every check; without, none (compileTrustedPatterns). */
function compile(sources: PatternSource[], schema: JsonSchema | undefined): RuleSet {
  const check = schema !== undefined;
  const messages: string[] = [];
  if (schema) {
    for (const { name, data } of sources) {
      for (const issue of validateSchema(data, schema)) messages.push(describe(name, data, issue));
    }
  }
  if (messages.length > 0) throw new PatternError(messages.join('\n'));

  const providers: Provider[] = [];
  const rawById = new Map<string, { raw: RawRule; where: string; provider: Provider }>();
  for (const { name, data } of sources) {
    const file = data as RawProviderFile;
    if (providers.some((p) => p.id === file.provider)) {
      messages.push(`${name}: field "provider" "${file.provider}" is already defined by another file`);
      continue;
    }
    const words = check ? checkLinear(file.contextWords) : undefined;
    if (words) messages.push(`${name}: field "contextWords" ${words}`);
    else if (check && !Number.isFinite(maxMatchLength(file.contextWords))) {
      // It runs over every byte scanned: an unbounded repeat could re-scan a long line per hit.
      messages.push(`${name}: field "contextWords" must have a bounded length (use {n,m}, not * or +)`);
    }
    const provider: Provider = Object.freeze({
      id: file.provider,
      name: file.name,
      contextWords: compileRegex(file.contextWords, `${name}: field "contextWords"`, 'gi'),
      denylist: new Set(file.denylist ?? []),
      remediation: file.remediation,
      ...(file.i18n ? { i18n: file.i18n } : {}),
    });
    providers.push(provider);
    if (check) {
      // A translation names rules of its own file: a typo would silently fall back to English.
      for (const [lang, t] of Object.entries(file.i18n ?? {})) {
        for (const id of Object.keys(t?.rules ?? {})) {
          if (!file.rules.some((r) => r.id === id)) messages.push(`${name}: field "i18n.${lang}.rules.${id}" names no rule of this file`);
        }
      }
    }
    file.rules.forEach((raw, i) => {
      const where = `${name}: rule "${raw.id}" (rules[${i}])`;
      if (rawById.has(raw.id)) messages.push(`${where}: field "id" duplicates another rule`);
      rawById.set(raw.id, { raw, where, provider });
    });
  }

  const rules = new Map<string, Rule>();
  for (const [id, { raw, where, provider }] of rawById) {
    try {
      rules.set(id, compileRule(raw, where, provider, check));
    } catch (err) {
      messages.push((err as Error).message);
    }
  }
  // Second pass: link pairsWith now that every rule exists.
  for (const [id, { raw, where }] of rawById) {
    const rule = rules.get(id);
    if (!rule) continue;
    const partners: Rule[] = [];
    for (const other of raw.pairsWith ?? []) {
      const partner = rules.get(other);
      if (!partner && rawById.has(other)) continue; // its own error is already reported
      if (!partner) messages.push(`${where}: field "pairsWith" names unknown rule "${other}"`);
      else if (partner.role === 'secret') messages.push(`${where}: field "pairsWith" must name id or token rules, "${other}" is a secret rule`);
      else partners.push(partner);
    }
    (rule as { pairsWith: readonly Rule[] }).pairsWith = Object.freeze(partners);
    const needs: Rule[] = [];
    for (const other of raw.needs ?? []) {
      const partner = rules.get(other);
      if (!partner && rawById.has(other)) continue;
      if (!partner) messages.push(`${where}: field "needs" names unknown rule "${other}"`);
      else if (partner.role !== 'secret' || (rawById.get(other)?.raw.needs?.length ?? 0) > 0) {
        messages.push(`${where}: field "needs" must name secret rules without "needs", "${other}" is not one`);
      } else needs.push(partner);
    }
    if (needs.length > 0 && rule.role !== 'secret') messages.push(`${where}: field "needs" is for secret rules (no prefix)`);
    (rule as { needs: readonly Rule[] }).needs = Object.freeze(needs);
    if (rule.role === 'secret' && partners.length === 0 && !rule.names) {
      messages.push(`${where}: a secret rule needs "pairsWith" or "names", or it can never be reported`);
    }
  }
  if (messages.length > 0) throw new PatternError(messages.join('\n'));

  const all = [...rules.values()].map((r) => Object.freeze(r));
  return Object.freeze({
    providers: Object.freeze(providers),
    rules: Object.freeze(all),
    prefixed: Object.freeze(all.filter((r) => r.role !== 'secret')),
    contextual: Object.freeze(all.filter((r) => r.role === 'secret')),
    maxLength: all.reduce((m, r) => Math.max(m, r.maxLength), -Infinity),
    sources: Object.freeze(sources.map(({ name, data }) => ({ name, data }))),
  });
}

/** Throws a PatternError for the first rule problem that the schema cannot express. */
function checkRule(raw: RawRule, where: string, maxLength: number): void {
  compileRegex(raw.pattern, `${where}: field "pattern"`, '');
  const linear = checkLinear(raw.pattern);
  if (linear) throw new PatternError(`${where}: field "pattern" ${linear}`);
  if (/\((?!\?[:=!<])/.test(raw.pattern.replace(/\\./g, ''))) {
    throw new PatternError(`${where}: field "pattern" must not contain capture groups; use (?:…)`);
  }
  if (!Number.isFinite(maxLength)) {
    throw new PatternError(`${where}: field "pattern" must have a bounded length (use {n,m}, not * or +)`);
  }
  if (raw.role !== 'secret') {
    if (!raw.keywords || raw.keywords.length === 0) {
      throw new PatternError(`${where}: field "keywords" is required for ${raw.role} rules (the literal every match starts with)`);
    }
  }
  if (!/^(?:[^\\[\]]|\\.)*$/.test(raw.boundary ?? DEFAULT_BOUNDARY)) {
    throw new PatternError(`${where}: field "boundary" must be the body of a character class (no unescaped [ or ])`);
  }
  const linearNames = raw.names ? checkLinear(raw.names) : undefined;
  if (linearNames) throw new PatternError(`${where}: field "names" ${linearNames}`);
  for (const [i, p] of (raw.publicContext ?? []).entries()) {
    const linearContext = checkLinear(p);
    if (linearContext) throw new PatternError(`${where}: field "publicContext[${i}]" ${linearContext}`);
  }
  const anchored = compileRegex(`^(?:${raw.pattern})`, `${where}: field "pattern"`, '');
  for (const kw of raw.keywords ?? []) {
    if (!anchored.test(kw + 'A'.repeat(maxLength))) {
      throw new PatternError(`${where}: field "keywords": "${kw}" is not a prefix of the pattern`);
    }
  }
}

function compileRule(raw: RawRule, where: string, provider: Provider, check: boolean): Rule {
  const maxLength = maxMatchLength(raw.pattern);
  if (check) checkRule(raw, where, maxLength);
  const source = bounded(raw.pattern, raw.boundary ?? DEFAULT_BOUNDARY);
  const regex = compileRegex(source, `${where}: field "pattern"`, 'g');
  const sticky = compileRegex(source, `${where}: field "pattern"`, 'y');
  return {
    id: raw.id,
    title: raw.title,
    description: raw.description ?? raw.title,
    kind: raw.kind,
    role: raw.role,
    provider,
    regex,
    sticky,
    keywords: Object.freeze([...(raw.keywords ?? [])]),
    severity: raw.severity,
    pairedSeverity: raw.pairedSeverity ?? ('critical' as Severity),
    minEntropy: raw.minEntropy,
    aloneMinLength: raw.aloneMinLength,
    keepHex: raw.keepHex ?? false,
    pairsWith: [],
    needs: [],
    names: raw.names ? compileRegex(raw.names, `${where}: field "names"`, 'i') : undefined,
    publicContext: Object.freeze(
      (raw.publicContext ?? []).map((p, i) =>
        compileRegex(p, `${where}: field "publicContext[${i}]"`, 'i'),
      ),
    ),
    temporary: raw.temporary ?? false,
    maxLength,
    examples: raw.examples,
  };
}
