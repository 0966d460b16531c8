/**
 * One window of text in, candidate findings out. Pure: no I/O, no state between calls.
 *
 * The text is the latin1 decoding of raw bytes, so string indices are byte offsets and every key
 * (ASCII by definition) reads the same whatever the file's encoding. Order of work, cheapest first:
 * a literal prefilter for the id prefixes (LTAI, AKID, STS., CAIS), the rule regexes only at those
 * hits, then provider words, and the secret regexes only in windows around ids and words.
 */
import type { Provider, Rule, RuleSet, Severity } from '../types.js';
import { defaultEntropyFloor, shannonEntropy } from './entropy.js';
import {
  hasRedactedTail,
  isExampleValue,
  isHexDigest,
  isIdentifier,
  isInBase64Run,
  isLinkToken,
  isPlaceholder,
  isWordTail,
} from './filters.js';
import { BARE_RUN_MIN, decodedView, bareShapedRuns, segmentAt, toOriginal, type DecodedView } from './decode.js';
import { maskEscapes, unescapeSeparators } from './escapes.js';
import { KEY_MARK } from '../patterns/compile.js';
import { runChars, runMinLength, TextRuns } from './runs.js';
import { anyWord, WordIndex } from './words.js';

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
  /**
   * Matches wherever a keyword could stand in the masked text: each keyword's leading letters and
   * digits (`STS` for `STS.`), which masking never changes (see analyzeText). Undefined when a
   * keyword starts with another character: then every buffer is analysed.
   */
  trigger: RegExp | undefined;
  /** Every keyword once, longest first. */
  keywords: string[];
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
    const keywords = [...rulesByKeyword.keys()].sort((a, b) => b.length - a.length);
    const alternation = keywords.map(escapeRegex).join('|');
    const roots = keywords.map((kw) => /^[A-Za-z0-9]*/.exec(kw)?.[0] ?? '');
    const trigger = roots.some((r) => r === '') ? undefined : new RegExp([...new Set(roots)].map(escapeRegex).join('|') || '(?!)');
    p = { keywordRegex: new RegExp(alternation || '(?!)', 'g'), rulesByKeyword, trigger, keywords };
    prepared.set(set, p);
  }
  return p;
}

function passesValueFilters(rule: Rule, value: string): boolean {
  if (rule.provider.denylist.has(value)) return false;
  if (isPlaceholder(value) || hasRedactedTail(value)) return false;
  if (rule.role !== 'secret') {
    const kw = rule.keywords.find((k) => value.startsWith(k));
    if (kw !== undefined && isWordTail(value.slice(kw.length))) return false;
  }
  const floor = rule.minEntropy ?? defaultEntropyFloor(value.length);
  return shannonEntropy(value) >= floor;
}

/**
 * Prefix-less values also must not be a digest or a code identifier. The identifier test comes
 * first: most prefix-less matches in code are long names (`DescribeDBInstanceSecurityGroups`), and
 * it is cheaper than the entropy.
 */
function passesSecretFilters(rule: Rule, value: string): boolean {
  if (isIdentifier(value) || (!rule.keepHex && isHexDigest(value))) return false;
  return passesValueFilters(rule, value);
}

/** Line-break positions of the text being analysed, found once per text (one entry cache). */
let newlineCache: { s: string; at: number[] } | undefined;

function newlinesOf(s: string): number[] {
  if (newlineCache === undefined || newlineCache.s !== s) {
    const at: number[] = [];
    for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) at.push(i);
    newlineCache = { s, at };
  }
  return newlineCache.at;
}

function lowerBound(sorted: readonly number[], pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Line breaks in s[from, to), at most stopAfter + 1. By binary search over the text's line
 * breaks: scanning the span for every id/secret pair made a buffer full of ids quadratic.
 */
function countNewlines(s: string, from: number, to: number, stopAfter: number): number {
  if (to <= from) return 0;
  const at = newlinesOf(s);
  return Math.min(lowerBound(at, to) - lowerBound(at, from), stopAfter + 1);
}

/** First index in `sorted` (ascending by start) whose start is >= pos. */
function firstFrom(sorted: readonly Candidate[], pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as Candidate).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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

/** The tail of a masked value (`1siMD5r0******6a1ad76f…`): three stars right before it. */
function isMaskedBefore(s: string, start: number): boolean {
  return start >= 3 && s.startsWith('***', start - 3);
}

/**
 * A short token (below the rule's aloneMinLength) is a test string unless its name says what it
 * is: `securityToken = "CAIS…"` counts, `token = "CAIS…"` does not.
 */
function shortTokenHasName(s: string, c: Candidate): boolean {
  const name = nameBefore(s, c.start);
  if (name === undefined) return false;
  if (c.rule.names?.test(name)) return true;
  return namesProvider(c.rule.provider, name);
}

const nameWords = new WeakMap<Provider, RegExp>();

/** True when `text` (a name) holds one of the provider's words. The compiled regex is kept per provider. */
function namesProvider(provider: Provider, text: string): boolean {
  let re = nameWords.get(provider);
  if (!re) {
    // contextWords is global (stateful test()); names are checked with a non-global copy.
    re = new RegExp(provider.contextWords.source, 'i');
    nameWords.set(provider, re);
  }
  return re.test(text);
}

/** Finds prefixed (id and token) candidates in `masked`, longest match per start. */
function findPrefixed(masked: string, s: string, set: RuleSet): Candidate[] {
  const { keywordRegex, rulesByKeyword } = prepare(set);
  const out: Candidate[] = [];
  const re = new RegExp(keywordRegex.source, 'g');
  for (let m = re.exec(masked); m !== null; m = re.exec(masked)) {
    const start = m.index;
    let best: Candidate | undefined;
    for (const rule of rulesByKeyword.get(m[0]) ?? []) {
      rule.sticky.lastIndex = start;
      const hit = rule.sticky.exec(masked);
      if (hit && (isMasked(masked, start + hit[0].length) || isInBase64Run(masked, start, start + hit[0].length))) continue;
      if (hit && (!best || hit[0].length > best.value.length)) {
        best = { rule, start, end: start + hit[0].length, value: hit[0], severity: rule.severity, confidence: 'prefix', isPublic: false };
      }
    }
    if (best && best.rule.aloneMinLength !== undefined && best.value.length < best.rule.aloneMinLength && !shortTokenHasName(s, best)) {
      best = undefined;
    }
    if (best) out.push(best);
    re.lastIndex = start + 1;
  }
  return out;
}

interface RunShape {
  /** Shortest match. */
  min: number;
  /** The characters a match is made of (runs.ts runChars). */
  chars: Uint8Array;
  /** The look-behind refuses every one of those characters: a match starts where a run does. */
  startsRun: boolean;
  /** The look-ahead refuses every one of them: a match ends where a run does. */
  endsRun: boolean;
}

const runShapes = new WeakMap<Rule, RunShape | null>();

/**
 * The shape of a secret rule's matches when they are runs of token characters (see runs.ts),
 * read back from its compiled source `(?<![…])(?:PATTERN)(?![…])`; else undefined (then the rule
 * is searched over whole windows).
 */
function runShapeOf(rule: Rule): RunShape | undefined {
  let shape = runShapes.get(rule);
  if (shape === undefined) {
    const m = /^\(\?<!\[([^\]\\]*)\]\)\(\?:(.*)\)\(\?!\[([^\]\\]*)\]\)$/.exec(rule.regex.source);
    const min = m ? runMinLength(m[2] as string) : undefined;
    const chars = m ? runChars(m[2] as string) : undefined;
    // When both look-arounds refuse every character of the pattern, a match is a whole run.
    const before = m ? runChars(`[${m[1]}]`) : undefined;
    const after = m ? runChars(`[${m[3]}]`) : undefined;
    const covers = (t: Uint8Array | undefined) => t !== undefined && chars !== undefined && chars.every((v, i) => v === 0 || t[i] === 1);
    shape = min !== undefined && min >= 8 && chars ? { min, chars, startsRun: covers(before), endsRun: covers(after) } : null;
    runShapes.set(rule, shape);
  }
  return shape ?? undefined;
}

const minRuns = new WeakMap<RuleSet, number>();

/**
 * The shortest run a run-shaped secret rule of the set needs, among the rules searched over whole
 * texts (not those with `needs`, searched only near other candidates).
 */
function minRunOf(set: RuleSet): number {
  let min = minRuns.get(set);
  if (min === undefined) {
    min = Math.min(...set.contextual.filter((r) => r.needs.length === 0).map((r) => runShapeOf(r)?.min ?? Infinity));
    if (!Number.isFinite(min)) min = 1;
    minRuns.set(set, min);
  }
  return min;
}

/** Word search around each secret-shaped run costs about this much text (two 4 KiB blocks). */
const LAZY_WORDS_BYTES = 8192;

/**
 * How many runs could hold a match of a secret rule searched over whole texts (one with names;
 * `runs`, of the masked text) or a bare encoded secret (decode.ts; `plainRuns`, of `s`), counting
 * up to `cap`. 0 means no provider word can matter. A rule whose matches are not runs counts as
 * `cap`.
 */
function secretShapedRuns(s: string, masked: string, set: RuleSet, runs: TextRuns, plainRuns: TextRuns, cap: number): number {
  let n = 0;
  for (const rule of set.contextual) {
    if (!rule.names || rule.needs.length > 0) continue;
    const shape = runShapeOf(rule);
    if (!shape) return cap;
    const all = runs.runsOf(shape.chars, shape.min);
    for (let i = 0; i < all.length && n < cap; i += 2) {
      const a = all[i] as number;
      const b = all[i + 1] as number;
      if (!(shape.startsRun && shape.endsRun)) n++;
      // A whole-run match is the run: one the value filters refuse (a long name, a digest) never
      // needs a word, as a secret or as an example.
      else if (b - a <= rule.maxLength) {
        const value = masked.slice(a, b);
        if (passesSecretFilters(rule, value) || isExampleValue(rule.provider, value)) n++;
      }
    }
    if (n >= cap) return cap;
  }
  return Math.min(cap, n + bareShapedRuns(s, plainRuns));
}

/**
 * Calls `onMatch` for each match of `rule` in `masked` starting in [from, to): over the whole span,
 * or only in the runs of the rule's characters (runs.ts, `runs` of `masked`) long enough for a
 * match. Each search reads a slice, not the text from lastIndex (a global regex would run on to the
 * end of the buffer looking for the next match, once per window: quadratic on a buffer full of
 * ids), with one character before it for the look-behind and, after it, the rest of the run or
 * maxLength + 1. Exported for test/runs.test.ts, which checks it against a whole-text search.
 */
export function forEachMatch(
  masked: string,
  rule: Rule,
  runs: TextRuns,
  from: number,
  to: number,
  onMatch: (start: number, end: number, value: string) => void,
): void {
  const end = Math.min(masked.length, to + rule.maxLength + 1);
  const re = rule.regex;
  const scan = (sliceFrom: number, sliceTo: number, first: number): void => {
    const region = masked.slice(sliceFrom, sliceTo);
    re.lastIndex = first - sliceFrom;
    for (let m = re.exec(region); m !== null && m.index + sliceFrom < to; m = re.exec(region)) {
      onMatch(m.index + sliceFrom, m.index + sliceFrom + m[0].length, m[0]);
    }
  };
  const shape = runShapeOf(rule);
  if (shape === undefined) return scan(Math.max(0, from - 1), end, from);
  const all = runs.runsOf(shape.chars, shape.min);
  // First run that ends after `from` (runs are disjoint, in order, as start/end pairs).
  let lo = 0;
  let hi = all.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((all[2 * mid + 1] as number) <= from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = 2 * lo; i < all.length; i += 2) {
    const a = all[i] as number;
    if (a >= to) break;
    // Most runs in code are too long to be one match of a rule like [A-Za-z0-9]{30}: they are
    // skipped unsearched. Before this and the next shortcut the rules' regexes (with the bare
    // secrets' of decode.ts) were about 30 % of a single-thread profile of the bench's 20,000
    // small files.
    const b = all[i + 1] as number;
    if (shape.startsRun && shape.endsRun && b - a > rule.maxLength) continue;
    // A match that ends where the run does starts at most maxLength before (a base64 secret
    // `…{43}=` may follow an '=' inside a run): search from there.
    const first = Math.max(a, from, shape.endsRun ? b - rule.maxLength : 0);
    scan(Math.max(0, first - 1), Math.min(end, b + 1), first);
  }
}

/** True when `pos` lies in the window (windowsAround) of one of `anchors` (sorted by start). */
function inWindowOf(anchors: readonly Candidate[], pos: number, maxLength: number): boolean {
  for (let i = firstFrom(anchors, pos - CONTEXT_BYTES - 64 - maxLength); i < anchors.length; i++) {
    const a = anchors[i] as Candidate;
    if (a.start - CONTEXT_BYTES - 64 > pos) break;
    if (pos < a.end + CONTEXT_BYTES + 64) return true;
  }
  return false;
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

export const NAME_BEFORE =
  /([A-Za-z_$@-][\w.$@-]*(?:[ \t]+[A-Za-z_][\w.-]*){0,2})\\?["'`\]>)]*[ \t]*(?:[:=]{1,4}|\?=|=>|\.=|,|>|\()[ \t]*[@$&!]?\(?[ \t]*(?:\\?["'`])?[ \t]*$/;

/**
 * NAME_BEFORE.exec(text), searching only where a match can start. A match holds at most 6
 * maximal runs of blanks (2 between the name's words, 4 around the assignment operator), and
 * starts on a non-blank, so it starts after the 7th-last run: the leftmost match from there is
 * the leftmost match of the whole text. On a long line of `name = value` it saves trying (and
 * backtracking from) every one of 256 start positions.
 */
export function nameMatch(text: string): RegExpExecArray | null {
  let runs = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) continue;
    const next = text.charCodeAt(i + 1);
    if (i + 1 < text.length && (next === 32 || next === 9)) continue;
    if (++runs === 7) return NAME_BEFORE.exec(text.slice(i + 1));
  }
  return NAME_BEFORE.exec(text);
}

/**
 * The name a value is assigned to, read back from the text before it: `name = v`, `name: v`,
 * `"name": "v"`, `name := v`, `<name>v`, `setProperty("NAME", "v")`, or, when the value stands
 * alone on its line, the previous line (`<name>` / `name:` then the value below).
 */
export function nameBefore(s: string, start: number): string | undefined {
  // Bounded look-backs (lineStartNear): on one long line an unbounded lastIndexOf per candidate
  // made the work quadratic. A value indented by 256+ blanks is not read against the line above.
  const lineStart = lineStartNear(s, start, 257);
  // An escaped line break (`\n` inside a JSON string) ends a line too.
  const lines = unescapeSeparators(s.slice(Math.max(lineStart, start - 256), start)).split('\n');
  const own = lines[lines.length - 1] as string;
  const m = nameMatch(own);
  if (m) return m[1];
  if (!/^[\s"'`]*$/.test(own)) return undefined;
  let prev = lines.length > 1 ? lines[lines.length - 2] : undefined;
  if (prev === undefined && lineStart > 0) {
    const prevStart = lineStartNear(s, lineStart - 1, 257);
    prev = unescapeSeparators(s.slice(Math.max(prevStart, lineStart - 257), lineStart - 1)).split('\n').pop();
  }
  const p = prev === undefined ? null : nameMatch(prev.replace(/\r$/, ''));
  return p ? p[1] : undefined;
}

/**
 * Start of the line holding index `pos` (just after a '\n', or 0), looking back at most `max`
 * characters; -1 when the line starts further back. Keeps per-candidate work bounded.
 */
export function lineStartNear(s: string, pos: number, max: number): number {
  const floor = Math.max(0, pos - max);
  for (let i = pos - 1; i >= floor; i--) if (s.charCodeAt(i) === 10) return i + 1;
  return floor === 0 ? 0 : -1;
}

/** Index of the '\n' ending the line at `pos` (or s.length), looking at most `max` ahead; pos + max when further. */
function lineEndNear(s: string, pos: number, max: number): number {
  const ceil = Math.min(s.length, pos + max);
  for (let i = pos; i < ceil; i++) if (s.charCodeAt(i) === 10) return i;
  return ceil === s.length ? s.length : pos + max;
}

/**
 * A candidate is part of a documentation example when an example value of the same provider
 * (a denylisted documentation key, or a hand-redacted copy of a key: isExampleValue) is near it
 * (at most PAIR_LINES line breaks and CONTEXT_BYTES apart) and nearer than its own partner: the
 * documented SecretId beside a SecretKey whose last characters were changed, a SecretId beside
 * `tmp_secret_key = "…12345"`. A real pair with an example a few lines away keeps its partner.
 * `examples` is sorted by start; only those within reach are looked at (binary search), so a
 * buffer full of examples and ids stays linear.
 */
function nearExample(s: string, c: Candidate, examples: readonly Candidate[], maxLength: number): boolean {
  const own = c.pair ? gap(c.start, c.end, c.pair.start, c.pair.end) : Infinity;
  for (let i = firstFrom(examples, c.start - CONTEXT_BYTES - maxLength); i < examples.length; i++) {
    const e = examples[i] as Candidate;
    if (e.start > c.end + CONTEXT_BYTES) break;
    if (e.rule.provider !== c.rule.provider || gap(e.start, e.end, c.start, c.end) >= own) continue;
    if (isNear(s, e, c, PAIR_LINES)) return true;
  }
  return false;
}

function publicContextOf(s: string, c: { rule: Rule; start: number; end: number }): boolean {
  if (c.rule.publicContext.length === 0) return false;
  const lineStart = lineStartNear(s, c.start, 512);
  const lineEnd = lineEndNear(s, c.end, 512);
  const around = unescapeSeparators(
    s.slice(Math.max(lineStart, c.start - 512), c.start) + KEY_MARK + s.slice(c.end, Math.min(lineEnd, c.end + 512)),
  ).replace(/%2F/gi, '/');
  return c.rule.publicContext.some((re) => re.test(around));
}

/**
 * Analyses `s` and returns the candidates that start in [ownFrom, ownTo), each with its severity
 * and pair decided. Candidates outside that range still serve as anchors and pair partners.
 * Keys inside base64 runs are found on a decoded view of the text (see decode.ts) and reported at
 * the encoded run.
 */
export function analyzeText(s: string, set: RuleSet, ownFrom = 0, ownTo = s.length): Candidate[] {
  // Provider words are what costs: the case-insensitive word lists read about 4 ns a byte, and
  // over every byte they were a fifth of a scan of tencentcloud-sdk-nodejs. So:
  // - a text with no id prefix and no run the value filters let through as a secret (or an
  //   example) needs no word at all: it can hold nothing (runs cost about 1 ns a byte). The
  //   trigger test is exact: masking only overwrites escapes with punctuation, so a keyword's
  //   leading letters and digits stand at the same place in `s` as in the masked text;
  // - where such runs are few, words are searched only around them (words.ts, 4 KiB blocks): a
  //   100-byte run in a 120 KiB round of a JSON model costs 8 KiB of word search, not 120 KiB;
  // - else one test that stops at the first word decides (an SDK names its provider early).
  // Rule matches are searched on the masked text (an escape can split or join runs), bare encoded
  // secrets on the text as it is.
  const { trigger, keywords } = prepare(set);
  const runs = new TextRuns(s, Math.min(minRunOf(set), BARE_RUN_MIN));
  const masked = maskEscapes(s);
  const hasTrigger = trigger === undefined || trigger.test(s);
  const cap = Math.ceil(s.length / LAZY_WORDS_BYTES);
  const maskedRuns = masked === s ? runs : new TextRuns(masked, minRunOf(set));
  const shaped = set.contextual.length === 0 ? 0 : secretShapedRuns(s, masked, set, maskedRuns, runs, cap);
  const lazy = shaped * LAZY_WORDS_BYTES < s.length;
  const needWords = (hasTrigger || shaped > 0) && (lazy || anyWord(s, set.providers));
  const words = new WordIndex(s, set.providers, !needWords);
  const plain = !needWords && !hasTrigger ? [] : analyzePlain(s, set, ownFrom, ownTo, words, maskedRuns, masked);
  // An encoded secret counts only near an anchor: a provider word or a plain candidate.
  const starts = plain.map((c) => c.start);
  const nearAnchor = (from: number, to: number): boolean => {
    const i = lowerBound(starts, from);
    return (i < starts.length && (starts[i] as number) < to) || words.anyIn(from, to);
  };
  // Without a word or a plain candidate, only an encoded id can anchor an encoded secret.
  const view = decodedView(s, keywords, needWords || plain.length > 0 ? nearAnchor : undefined, 2 * CONTEXT_BYTES + 512, runs);
  if (!view) return plain;
  return mergeDecoded(plain, analyzeAroundSegments(view, set), view, ownFrom, ownTo);
}

/**
 * Analyses the decoded view only near its decoded runs: a candidate there, or its partner, is at
 * most 1 KiB (plus a name and a value) from a run, so windows of 2.5 KiB either side suffice, and
 * the view costs a few KiB of analysis per run rather than a second pass over the whole buffer.
 */
function analyzeAroundSegments(view: DecodedView, set: RuleSet): Candidate[] {
  const reach = 2 * CONTEXT_BYTES + 512;
  const windows: Array<[number, number]> = [];
  for (const seg of view.segments) {
    const from = Math.max(0, seg.viewStart - reach);
    const to = Math.min(view.text.length, seg.viewEnd + reach);
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = to;
    else windows.push([from, to]);
  }
  const out: Candidate[] = [];
  for (const [from, to] of windows) {
    const found = analyzePlain(view.text.slice(from, to), set);
    const shifted = new Map<Candidate, Candidate>(found.map((c) => [c, { ...c, start: c.start + from, end: c.end + from }]));
    for (const [orig, c] of shifted) {
      if (orig.pair) c.pair = shifted.get(orig.pair) ?? { ...orig.pair, start: orig.pair.start + from, end: orig.pair.end + from };
      out.push(c);
    }
  }
  return out;
}

/**
 * Adds what the decoded view found inside decoded runs (mapped to the run's position), and lets a
 * plain candidate take a partner found only in a decoded run (an id in clear, its secret encoded).
 */
function mergeDecoded(plain: Candidate[], found: Candidate[], view: DecodedView, ownFrom: number, ownTo: number): Candidate[] {
  const mapped = new Map<Candidate, Candidate>();
  const map = (c: Candidate): Candidate => {
    let m = mapped.get(c);
    if (!m) {
      const seg = segmentAt(view, c.start);
      m = seg ? { ...c, start: seg.start, end: seg.end } : { ...c, start: toOriginal(view, c.start), end: toOriginal(view, c.end) };
      mapped.set(c, m);
      if (c.pair) m.pair = map(c.pair);
    }
    return m;
  };
  const out = [...plain];
  for (const c of found) {
    const inDecoded = segmentAt(view, c.start) !== undefined;
    const pairDecoded = c.pair !== undefined && segmentAt(view, c.pair.start) !== undefined;
    if (!inDecoded && !pairDecoded) continue;
    const m = map(c);
    if (m.start < ownFrom || m.start >= ownTo) continue;
    const same = inDecoded ? undefined : plain.find((p) => p.start === m.start && p.rule === m.rule);
    if (!same) out.push(m);
    else if (!same.pair) Object.assign(same, { pair: m.pair, severity: m.severity, confidence: m.confidence, isPublic: false });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * One pass over plain text. Values are matched on `masked` (escapes overwritten, same indices, see
 * escapes.ts); names, provider words and places are read from `s`.
 */
function analyzePlain(
  s: string,
  set: RuleSet,
  ownFrom = 0,
  ownTo = s.length,
  words = new WordIndex(s, set.providers),
  textRuns?: TextRuns,
  masked = maskEscapes(s),
): Candidate[] {
  const prefixed = findPrefixed(masked, s, set);
  const ids = prefixed.filter((c) => passesValueFilters(c.rule, c.value));
  // Documentation examples and hand-redacted copies of keys: they make their neighbours examples.
  const examples: Candidate[] = prefixed.filter((c) => isExampleValue(c.rule.provider, c.value));

  const secrets: Candidate[] = [];
  /** Matches of rules with `needs`: kept only beside a finding of a needed rule (below). */
  const needing: Candidate[] = [];
  // Runs are found on the masked text (an escape splits or joins runs): `textRuns` when given.
  const runs = textRuns ?? new TextRuns(masked, minRunOf(set));
  const maxWord = CONTEXT_BYTES + set.maxLength + 2;

  /**
   * A match of `rule` at [start, end). A secret without a partner id is searched (in the
   * streaming analysis before this one) only within CONTEXT_BYTES + 64 of a partner or of one of
   * its provider's words, and counts only with a name that says what it is and such a word near
   * it (or in the name).
   */
  const consider = (rule: Rule, partners: readonly Candidate[], start: number, end: number, value: string): void => {
    // Only candidates that can reach this span are looked at (binary search, both lists are
    // sorted by start): scanning them all per match was quadratic on a buffer full of ids.
    for (let i = firstFrom(prefixed, start - set.maxLength); i < prefixed.length && (prefixed[i] as Candidate).start < end; i++) {
      if (start < (prefixed[i] as Candidate).end) return;
    }
    // In reach of a partner or a word (the window the match was searched in before words were
    // found lazily): a partner's window, or a word's when the blocks around were searched
    // already (cheap); otherwise asked only once the cheaper tests below have passed. Every test
    // is a condition of the outcome, so their order changes only the cost: with the word search
    // last, a 10 MB base64 run took 21 s (every match searched for words); with it first, the
    // bench's 20,000 small files searched most of their text for words.
    const gateFrom = start - CONTEXT_BYTES - 64 - 4 + 1;
    const gateTo = start + CONTEXT_BYTES + 64 + 1;
    let gate: boolean | undefined = inWindowOf(partners, start, set.maxLength) ? true : rule.names === undefined ? false : words.known(rule.provider, gateFrom, gateTo);
    if (gate === false) return;
    const inWindow = (): boolean => (gate ??= words.hitsIn(rule.provider, gateFrom, gateTo).length > 0);
    if (isMasked(masked, end) || isMaskedBefore(masked, start)) return;
    const example = isExampleValue(rule.provider, value);
    if (!example && !passesSecretFilters(rule, value)) return;
    if (isInBase64Run(masked, start, end)) return;
    if (example) {
      if (inWindow()) examples.push({ rule, start, end, value, severity: rule.severity, confidence: 'context', isPublic: false });
      return;
    }
    // A value in a URL's query string is a link token, unless the URL is a pre-signed one
    // that carries it in a public place (then it is reported low, below).
    if (isLinkToken(s, start) && !publicContextOf(s, { rule, start, end })) return;
    const span = { start, end };
    let partner: Candidate | undefined;
    for (let i = firstFrom(partners, start - CONTEXT_BYTES - set.maxLength); i < partners.length; i++) {
      const id = partners[i] as Candidate;
      if (id.start > end + CONTEXT_BYTES) break;
      if (!isNear(s, id, span, PAIR_LINES)) continue;
      if (!partner || gap(id.start, id.end, start, end) < gap(partner.start, partner.end, start, end)) partner = id;
    }
    if (partner) {
      secrets.push({ rule, start, end, value, severity: rule.pairedSeverity, confidence: 'pair', isPublic: false, pair: partner });
      return;
    }
    if (!rule.names) return;
    const name = nameBefore(s, start);
    if (name === undefined || !rule.names.test(name)) return;
    let hasWord: boolean;
    if (namesProvider(rule.provider, name)) {
      hasWord = inWindow();
    } else {
      // The word nearest to start, as a search of every word would pick it: one further than
      // maxWord is never near, so a word beyond that range never decides.
      const w = words.nearest(rule.provider, start, start - maxWord, start + maxWord + 1);
      // A word near the end of a long token may still be out of the window's reach.
      hasWord = w !== undefined && isNear(s, { start: w, end: w + 1 }, span, WORD_LINES) && inWindow();
    }
    if (!hasWord) return;
    const c: Candidate = { rule, start, end, value, severity: rule.severity, confidence: 'context', isPublic: false };
    (rule.needs.length > 0 ? needing : secrets).push(c);
  };

  const search = (rule: Rule, partners: readonly Candidate[], from: number, to: number): void =>
    forEachMatch(masked, rule, runs, from, to, (start, end, value) => consider(rule, partners, start, end, value));

  const later: Rule[] = [];
  for (const rule of set.contextual) {
    if (rule.needs.length > 0) {
      later.push(rule);
      continue;
    }
    const partners = ids.filter((c) => rule.pairsWith.includes(c.rule));
    if (partners.length === 0 && !rule.names) continue;
    // A rule with names may count anywhere a word of its provider stands: its matches are found
    // first (in runs of its characters, runs.ts), and the words looked for only around those that
    // pass the value filters. A rule without names counts only beside its partner ids.
    if (rule.names && words.mayHave) search(rule, partners, 0, s.length);
    else for (const [from, to] of windowsAround(partners, s.length)) search(rule, partners, from, to);
  }
  // A rule with `needs` (the prefix-less legacy AccessKey ID, 16 characters: many identifiers)
  // counts only beside a secret of a needed rule, and its examples matter only near another
  // candidate (nearExample): it is searched only near ids and secrets, far enough for both.
  if (later.length > 0 && (ids.length > 0 || secrets.length > 0)) {
    const reach = 2 * CONTEXT_BYTES + 2 * set.maxLength + 64;
    const around = [...ids, ...secrets].map((c) => ({ start: c.start - reach + CONTEXT_BYTES + 64, end: c.end + reach - CONTEXT_BYTES - 64 }));
    const windows = windowsAround(around, s.length);
    for (const rule of later) {
      const partners = ids.filter((c) => rule.pairsWith.includes(c.rule));
      for (const [from, to] of windows) search(rule, partners, from, to);
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

  // A match of a rule with `needs` (a prefix-less legacy AccessKey ID) counts only beside a finding
  // of a needed rule (its AccessKey Secret); the two form a pair.
  const paired: Candidate[] = [];
  for (const c of needing) {
    let partner: Candidate | undefined;
    // `unique` is sorted by start: only the secrets within reach are looked at.
    for (let i = firstFrom(unique, c.start - CONTEXT_BYTES - set.maxLength); i < unique.length; i++) {
      const other = unique[i] as Candidate;
      if (other.start > c.end + CONTEXT_BYTES) break;
      if (!c.rule.needs.includes(other.rule) || !isNear(s, c, other, PAIR_LINES)) continue;
      if (other.start < c.end && c.start < other.end) continue;
      if (!partner || gap(c.start, c.end, other.start, other.end) < gap(c.start, c.end, partner.start, partner.end)) partner = other;
    }
    if (!partner) continue;
    Object.assign(c, { pair: partner, severity: c.rule.pairedSeverity, confidence: 'pair' });
    if (!partner.pair) Object.assign(partner, { pair: c, severity: partner.rule.pairedSeverity, confidence: 'pair' });
    paired.push(c);
  }
  unique.push(...paired);

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

  examples.sort((a, b) => a.start - b.start);
  const out: Candidate[] = [];
  for (const c of [...ids, ...unique]) {
    if (c.start < ownFrom || c.start >= ownTo) continue;
    if (nearExample(s, c, examples, set.maxLength)) continue;
    if (!c.pair && publicContextOf(s, c)) {
      c.isPublic = true;
      c.severity = 'low';
    }
    out.push(c);
  }
  return out.sort((a, b) => a.start - b.start);
}
