/**
 * One window of text in, candidate findings out. Pure: no I/O, no state between calls.
 *
 * The text is the latin1 decoding of raw bytes, so string indices are byte offsets and every key
 * (ASCII by definition) reads the same whatever the file's encoding. Order of work, cheapest first:
 * a literal prefilter for the id prefixes (LTAI, AKID, STS., CAIS), the rule regexes only at those
 * hits, then provider words, and the secret regexes only in windows around ids and words.
 */
import type { Rule, RuleSet, Severity } from '../types.js';
import { defaultEntropyFloor, shannonEntropy } from './entropy.js';
import { isPlaceholder } from './filters.js';
import { KEY_MARK } from '../patterns/compile.js';

/** How far (bytes) a secret may be from the id it pairs with, or from a provider word. */
export const CONTEXT_BYTES = 1024;
/** How many line breaks may separate a secret from its id. */
export const PAIR_LINES = 4;
/** How many line breaks may separate a secret from a provider word. */
export const WORD_LINES = 8;

export interface Candidate {
  rule: Rule;
  /** Index in the analysed text. */
  start: number;
  end: number;
  value: string;
  severity: Severity;
  confidence: 'prefix' | 'pair' | 'context';
  isPublic: boolean;
  /** The candidate on the other side of a pair. */
  pair?: Candidate;
}

interface Prepared {
  keywordRegex: RegExp;
  rulesByKeyword: Map<string, Rule[]>;
}

const prepared = new WeakMap<RuleSet, Prepared>();

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function prepare(set: RuleSet): Prepared {
  let p = prepared.get(set);
  if (!p) {
    const rulesByKeyword = new Map<string, Rule[]>();
    for (const rule of set.prefixed) {
      for (const kw of rule.keywords) rulesByKeyword.set(kw, [...(rulesByKeyword.get(kw) ?? []), rule]);
    }
    const alternation = [...rulesByKeyword.keys()].sort((a, b) => b.length - a.length).map(escapeRegex).join('|');
    p = { keywordRegex: new RegExp(alternation || '(?!)', 'g'), rulesByKeyword };
    prepared.set(set, p);
  }
  return p;
}

function passesValueFilters(rule: Rule, value: string): boolean {
  if (rule.provider.denylist.has(value)) return false;
  if (isPlaceholder(value)) return false;
  const floor = rule.minEntropy ?? defaultEntropyFloor(value.length);
  return shannonEntropy(value) >= floor;
}

/**
 * A secret made only of hex digits is a digest (md5 is 32 hex characters), not a key: a random
 * 30-character alphanumeric key is all-hex with probability (22/62)^30, about 3e-14.
 */
function isHexDigest(value: string): boolean {
  return /^(?:[0-9a-f]+|[0-9A-F]+)$/.test(value);
}

function countNewlines(s: string, from: number, to: number, stopAfter: number): number {
  let n = 0;
  for (let i = s.indexOf('\n', from); i !== -1 && i < to; i = s.indexOf('\n', i + 1)) {
    if (++n > stopAfter) break;
  }
  return n;
}

/** Distance in bytes between two spans (0 when they touch or overlap). */
function gap(aStart: number, aEnd: number, bStart: number, bEnd: number): number {
  return aEnd <= bStart ? bStart - aEnd : bEnd <= aStart ? aStart - bEnd : 0;
}

function isNear(s: string, a: { start: number; end: number }, b: { start: number; end: number }, maxLines: number): boolean {
  if (gap(a.start, a.end, b.start, b.end) > CONTEXT_BYTES) return false;
  const from = Math.min(a.end, b.end);
  const to = Math.max(a.start, b.start);
  return countNewlines(s, from, to, maxLines) <= maxLines;
}

/**
 * Documentation masks keys with a run of '*' (`STS.NUgYrLnoC37mZZCNnAbez****`). Three or more
 * stars right after a value mark it masked; two are Markdown bold (`**LTAI…**`) and still count.
 */
function isMasked(s: string, end: number): boolean {
  return s.startsWith('***', end);
}

/** Finds prefixed (id and token) candidates, longest match per start. */
function findPrefixed(s: string, set: RuleSet): Candidate[] {
  const { keywordRegex, rulesByKeyword } = prepare(set);
  const out: Candidate[] = [];
  const re = new RegExp(keywordRegex.source, 'g');
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    const start = m.index;
    let best: Candidate | undefined;
    for (const rule of rulesByKeyword.get(m[0]) ?? []) {
      rule.sticky.lastIndex = start;
      const hit = rule.sticky.exec(s);
      if (hit && isMasked(s, start + hit[0].length)) continue;
      if (hit && (!best || hit[0].length > best.value.length)) {
        best = { rule, start, end: start + hit[0].length, value: hit[0], severity: rule.severity, confidence: 'prefix', isPublic: false };
      }
    }
    if (best) out.push(best);
    re.lastIndex = start + 1;
  }
  return out;
}

function findWords(s: string, set: RuleSet): Map<string, number[]> {
  const words = new Map<string, number[]>();
  for (const provider of set.providers) {
    const re = new RegExp(provider.contextWords.source, 'gi');
    const hits: number[] = [];
    for (let m = re.exec(s); m !== null; m = re.exec(s)) {
      hits.push(m.index);
      if (m[0].length === 0) re.lastIndex++;
    }
    words.set(provider.id, hits);
  }
  return words;
}

/** Merges [start, end) windows around anchor positions. */
function windowsAround(anchors: Array<{ start: number; end: number }>, length: number): Array<[number, number]> {
  const sorted = [...anchors].sort((a, b) => a.start - b.start);
  const out: Array<[number, number]> = [];
  for (const a of sorted) {
    const from = Math.max(0, a.start - CONTEXT_BYTES - 64);
    const to = Math.min(length, a.end + CONTEXT_BYTES + 64);
    const last = out[out.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

const NAME_BEFORE =
  /([A-Za-z_$@-][\w.$@-]*(?:[ \t]+[A-Za-z_][\w.-]*){0,2})\\?["'`\]>)]*[ \t]*(?:[:=]{1,4}|\?=|=>|\.=|,|>|\()[ \t]*[@$&!]?\(?[ \t]*(?:\\?["'`])?[ \t]*$/;

/**
 * The name a value is assigned to, read back from the text before it: `name = v`, `name: v`,
 * `"name": "v"`, `name := v`, `<name>v`, `setProperty("NAME", "v")`, or, when the value stands
 * alone on its line, the previous line (`<name>` / `name:` then the value below).
 */
export function nameBefore(s: string, start: number): string | undefined {
  const lineStart = s.lastIndexOf('\n', start - 1) + 1;
  const prefix = s.slice(Math.max(lineStart, start - 256), start);
  const m = NAME_BEFORE.exec(prefix);
  if (m) return m[1];
  if (/^[\s"'`]*$/.test(prefix) && lineStart > 0) {
    const prevStart = s.lastIndexOf('\n', lineStart - 2) + 1;
    const prev = s.slice(Math.max(prevStart, lineStart - 257), lineStart - 1).replace(/\r$/, '');
    const p = NAME_BEFORE.exec(prev);
    if (p) return p[1];
  }
  return undefined;
}

function nearestWord(hits: number[], pos: number): number | undefined {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((hits[mid] as number) < pos) lo = mid + 1;
    else hi = mid;
  }
  const after = hits[lo];
  const before = hits[lo - 1];
  if (after === undefined) return before;
  if (before === undefined) return after;
  return pos - before <= after - pos ? before : after;
}

function publicContextOf(s: string, c: Candidate): boolean {
  if (c.rule.publicContext.length === 0) return false;
  const lineStart = s.lastIndexOf('\n', c.start - 1) + 1;
  let lineEnd = s.indexOf('\n', c.end);
  if (lineEnd === -1) lineEnd = s.length;
  const around =
    s.slice(Math.max(lineStart, c.start - 512), c.start) + KEY_MARK + s.slice(c.end, Math.min(lineEnd, c.end + 512));
  return c.rule.publicContext.some((re) => re.test(around));
}

/**
 * Analyses `s` and returns the candidates that start in [ownFrom, ownTo), each with its severity
 * and pair decided. Candidates outside that range still serve as anchors and pair partners.
 */
export function analyzeText(s: string, set: RuleSet, ownFrom = 0, ownTo = s.length): Candidate[] {
  const prefixed = findPrefixed(s, set);
  const ids = prefixed.filter((c) => passesValueFilters(c.rule, c.value));
  const words = set.contextual.length > 0 ? findWords(s, set) : new Map<string, number[]>();

  const secrets: Candidate[] = [];
  for (const rule of set.contextual) {
    const partners = ids.filter((c) => rule.pairsWith.includes(c.rule));
    const wordHits = rule.names ? (words.get(rule.provider.id) ?? []) : [];
    const anchors = [...partners, ...wordHits.map((w) => ({ start: w, end: w + 4 }))];
    if (anchors.length === 0) continue;
    for (const [from, to] of windowsAround(anchors, s.length)) {
      // Search a slice, not s from lastIndex: a global regex would run on to the end of the
      // buffer looking for the next match, once per window (quadratic on a buffer full of ids).
      // The slice keeps one character before (for the look-behind) and enough after.
      const sliceFrom = Math.max(0, from - 1);
      const region = s.slice(sliceFrom, Math.min(s.length, to + rule.maxLength + 1));
      const re = rule.regex;
      re.lastIndex = from - sliceFrom;
      for (let m = re.exec(region); m !== null && m.index + sliceFrom < to; m = re.exec(region)) {
        const start = m.index + sliceFrom;
        const end = start + m[0].length;
        const value = m[0];
        if (prefixed.some((p) => p.start < end && start < p.end) || isMasked(s, end)) continue;
        if (!passesValueFilters(rule, value) || isHexDigest(value)) continue;
        const span = { start, end };
        let partner: Candidate | undefined;
        for (const id of partners) {
          if (!isNear(s, id, span, PAIR_LINES)) continue;
          if (!partner || gap(id.start, id.end, start, end) < gap(partner.start, partner.end, start, end)) partner = id;
        }
        if (partner) {
          secrets.push({ rule, start, end, value, severity: rule.pairedSeverity, confidence: 'pair', isPublic: false, pair: partner });
          continue;
        }
        if (!rule.names) continue;
        const name = nameBefore(s, start);
        if (name === undefined || !rule.names.test(name)) continue;
        const providerWords = new RegExp(rule.provider.contextWords.source, 'i');
        let hasWord = providerWords.test(name);
        if (!hasWord) {
          const w = nearestWord(wordHits, start);
          hasWord = w !== undefined && isNear(s, { start: w, end: w + 1 }, span, WORD_LINES);
        }
        if (hasWord) secrets.push({ rule, start, end, value, severity: rule.severity, confidence: 'context', isPublic: false });
      }
    }
  }

  // One finding per span: a paired reading beats a context one, then the earlier rule wins.
  secrets.sort((a, b) => a.start - b.start || (a.confidence === 'pair' ? 0 : 1) - (b.confidence === 'pair' ? 0 : 1));
  const unique: Candidate[] = [];
  for (const c of secrets) {
    const prev = unique[unique.length - 1];
    if (prev && prev.start < c.end && c.start < prev.end) continue;
    unique.push(c);
  }

  // Link each id to the nearest secret that chose it.
  for (const secret of unique) {
    const id = secret.pair;
    if (!id) continue;
    const current = id.pair;
    if (!current || gap(secret.start, secret.end, id.start, id.end) < gap(current.start, current.end, id.start, id.end)) {
      id.pair = secret;
    }
  }
  for (const id of ids) {
    if (id.pair) {
      id.severity = id.rule.pairedSeverity;
      id.confidence = 'pair';
    }
  }

  const out: Candidate[] = [];
  for (const c of [...ids, ...unique]) {
    if (c.start < ownFrom || c.start >= ownTo) continue;
    if (!c.pair && c.rule.role !== 'secret' && publicContextOf(s, c)) {
      c.isPublic = true;
      c.severity = 'low';
    }
    out.push(c);
  }
  return out.sort((a, b) => a.start - b.start);
}
