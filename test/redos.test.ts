/**
 * No catastrophic backtracking. Every pattern, built in or user supplied, is checked at load
 * (checkLinear: no nested quantifiers, no alternation under a quantifier, no quantifier inside a
 * lookaround, no back-references; value patterns and provider words must be bounded in length).
 * Then 10 MB adversarial inputs are scanned and the *work* is bounded, not the wall time:
 * - bytes analysed (ContentScanner.analysedBytes) stay under 1.5 × the input;
 * - regex executions (counted through a RuleSet whose regexes count their calls) stay under a
 *   fixed multiple of the input, and every regex is linear, so each call is bounded;
 * - the time for 10 MB over the time for 1 MB stays far below the 100 a quadratic scan would take.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compilePatterns, ContentScanner, loadPatterns, loadPatternSchema, PatternError, readPatternSources } from '../src/index.js';
import { checkLinear } from '../src/patterns/compile.js';
import { NAME_BEFORE, nameMatch } from '../src/detect/analyze.js';
import type { RawProviderFile, Rule, RuleSet } from '../src/index.js';
import { randomAlnum, rng } from './helpers.js';

describe('checkLinear', () => {
  const rejected: Array<[string, RegExp]> = [
    ['(a+)+', /nested quantifiers/],
    ['(a*)*b', /nested quantifiers/],
    ['(\\w*x)*', /nested quantifiers/],
    ['(?:a?){20}', /nested quantifiers/],
    ['((a+)b)*', /nested quantifiers/],
    ['(a|a)*', /alternation is under a quantifier/],
    ['(?:a|ab)+c', /alternation is under a quantifier/],
    ['(?:x|y){2,}', /alternation is under a quantifier/],
    ['(?:(?:a|b)c)*', /alternation is under a quantifier/],
    ['(?=a+)b', /lookaround contains a quantifier/],
    ['x(?<![A-Z]*)', /lookaround contains a quantifier/],
    ['(?!\\d{3})', /lookaround contains a quantifier/],
    ['(a)\\1', /back-references/],
    ['(?<n>a)\\k<n>', /back-references/],
  ];
  for (const [p, why] of rejected) it(`rejects ${p}`, () => expect(checkLinear(p)).toMatch(why));

  const accepted = ['LTAI(?:[A-Za-z0-9]{20}|[A-Za-z0-9]{12})', 'CAIS[A-Za-z0-9+/]{36,4000}={0,2}', '(?:ab)?c', '(?<![A-Z])x', '[(+*)|]{3}', '\\(a+\\)+', 'a|b|c', '(?:a|b)?', 'sts.*(?:secret|key)'];
  for (const p of accepted) it(`accepts ${p}`, () => expect(checkLinear(p)).toBeUndefined());

  it('every built-in pattern, name, provider-word and public-context expression passes', () => {
    for (const { name, data } of readPatternSources()) {
      const file = data as RawProviderFile;
      expect(checkLinear(file.contextWords), `${name} contextWords`).toBeUndefined();
      for (const r of file.rules) {
        for (const p of [r.pattern, r.names, ...(r.publicContext ?? [])]) if (p) expect(checkLinear(p), `${name} ${r.id}: ${p}`).toBeUndefined();
      }
    }
  });

  it('the one in-code exception, NAME_BEFORE, runs on at most 256 characters, and nameMatch finds exactly its match', () => {
    // NAME_BEFORE has a bounded {0,2} group with quantifiers inside; its input is the <= 256
    // characters before a value, so each call is bounded. nameMatch only skips start positions.
    const unit = fc.constantFrom(...'aZ_1.$@- \t\\"\'`]>):=?,(&!#;'.split(''), '  ');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 80 }), (a) => {
        const s = a.join('');
        expect(nameMatch(s)?.[1]).toBe(NAME_BEFORE.exec(s)?.[1]);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('user-supplied patterns are checked at load, naming the file, rule and field', () => {
  const schema = loadPatternSchema();
  const [alibaba, tencent] = readPatternSources();
  function withChange(change: (f: RawProviderFile) => void) {
    const data = structuredClone(alibaba!.data) as RawProviderFile;
    change(data);
    return () => compilePatterns([{ name: 'my-rules.json', data }, tencent!], schema);
  }
  const idRule = (f: RawProviderFile) => f.rules.find((r) => r.id === 'alibaba-access-key-id')!;
  const secretRule = (f: RawProviderFile) => f.rules.find((r) => r.id === 'alibaba-access-key-secret')!;

  it('pattern', () => {
    expect(withChange((f) => (idRule(f).pattern = 'LTAI(?:[A-Z]|[A-Z0-9]){20}'))).toThrow(/my-rules\.json: rule "alibaba-access-key-id".*field "pattern" an alternation is under a quantifier/);
  });
  it('names', () => {
    expect(withChange((f) => (secretRule(f).names = '(?:secret\\w*)+'))).toThrow(/field "names" a quantified group contains a quantifier/);
  });
  it('publicContext', () => {
    expect(withChange((f) => (idRule(f).publicContext = ['@@KEY@@(?=[^&]*&sig=)']))).toThrow(/field "publicContext\[0\]" a lookaround contains a quantifier/);
  });
  it('contextWords (they run over every byte: bounded length too)', () => {
    expect(withChange((f) => (f.contextWords = '(?:ali|yun)+'))).toThrow(/field "contextWords" an alternation is under a quantifier/);
    expect(withChange((f) => (f.contextWords = 'aliyun.*cloud'))).toThrow(/field "contextWords" must have a bounded length/);
  });
  it('boundary cannot break out of its character class', () => {
    expect(withChange((f) => (idRule(f).boundary = 'A-Z](?:a+)+['))).toThrow(/field "boundary" must be the body of a character class/);
  });
  it('the built-in set compiles', () => {
    expect(() => compilePatterns(readPatternSources(), schema)).not.toThrow(PatternError);
  });
});

/** The built-in rules with every regex counting its exec calls (test() goes through exec). */
function countingRules(): { set: RuleSet; calls: () => number } {
  let n = 0;
  class Counting extends RegExp {
    override exec(s: string): RegExpExecArray | null {
      n++;
      return super.exec(s);
    }
  }
  const wrap = (r: RegExp) => new Counting(r.source, r.flags);
  const base = loadPatterns();
  const rules = new Map<Rule, Rule>();
  for (const r of base.rules) {
    rules.set(r, { ...r, regex: wrap(r.regex), sticky: wrap(r.sticky), names: r.names && wrap(r.names), publicContext: r.publicContext.map(wrap) });
  }
  for (const [orig, copy] of rules) (copy as { pairsWith: readonly Rule[] }).pairsWith = orig.pairsWith.map((p) => rules.get(p)!);
  const all = [...rules.values()];
  const set: RuleSet = {
    ...base,
    rules: all,
    prefixed: all.filter((r) => r.role !== 'secret'),
    contextual: all.filter((r) => r.role === 'secret'),
  };
  return { set, calls: () => n };
}

const MB = 1_000_000;
const next = rng(2024);
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const fill = (unit: () => string, n: number) => {
  const parts: string[] = [];
  let len = 0;
  while (len < n) {
    const u = unit();
    parts.push(u);
    len += u.length;
  }
  return parts.join('').slice(0, n);
};
const id = 'LTAI' + randomAlnum(20, next);
const value = randomAlnum(30, next);

const inputs: Record<string, (n: number) => string> = {
  'LTAILTAI…': (n) => 'LTAI'.repeat(n / 4),
  'AKID repeated': (n) => 'AKID'.repeat(n / 4),
  'AKID + 31 (one short), repeated': (n) => fill(() => `AKID${value}x `, n),
  'one long alphanumeric run': (n) => randomAlnum(n, next),
  'a line of =': (n) => '='.repeat(n),
  'a line of +': (n) => '+'.repeat(n),
  'CAIS + long base64': (n) => 'CAIS' + randomAlnum(n - 4, next, B64),
  '=CAIS + base64, repeated': (n) => fill(() => '=CAIS' + randomAlnum(60, next, B64), n),
  'aliyun secret = , repeated': (n) => 'aliyun secret = '.repeat(n / 16),
  'aliyun secret = <30 chars>, repeated on one line': (n) => fill(() => `aliyun secret = ${value} `, n),
  'tencent key=<32 chars>, repeated': (n) => fill(() => `tencent key=${value}ab `, n),
  'id and secret pairs on one line': (n) => fill(() => `${id} ${value} `, n),
};

function measure(text: string, set: RuleSet) {
  const data = Buffer.from(text, 'latin1');
  const scanner = new ContentScanner(set);
  const started = performance.now();
  let findings = 0;
  for (let i = 0; i < data.length; i += 1 << 20) findings += scanner.push(data.subarray(i, i + (1 << 20))).length;
  findings += scanner.end().length;
  return { ms: performance.now() - started, analysed: scanner.analysedBytes, findings, bytes: data.length };
}

describe('10 MB adversarial inputs: bounded work, linear scaling', () => {
  for (const [name, make] of Object.entries(inputs)) {
    it(name, () => {
      const block = make(1 * MB);
      const counting = countingRules();
      const small = measure(block, counting.set);
      const callsSmall = counting.calls();
      const large = measure(block.repeat(10), counting.set);
      const calls = counting.calls() - callsSmall;
      expect(large.bytes).toBeGreaterThanOrEqual(10 * MB - 1000);
      // Every byte is analysed at most 1.5 times (only the kept tail of a round is seen again).
      expect(large.analysed).toBeLessThanOrEqual(1.5 * large.bytes);
      // At most one keyword hit per 4 bytes, each tried by at most 3 rules, plus a bounded number
      // of searches per anchor, and each call is linear (checkLinear): under one call per byte.
      expect(calls).toBeLessThanOrEqual(large.bytes);
      expect(calls).toBeLessThanOrEqual(12 * callsSmall + 1000);
      // Linearity is asserted on the work counted above (bytes analysed, regex calls), not on the
      // clock: wall time on a loaded machine says nothing. small.ms / large.ms are for a reader.
      void small.ms;
    }, 120_000);
  }
});
