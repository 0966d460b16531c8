/** Every rule's own examples, and the loader's errors. Adding a rule needs no code here. */
import { describe, expect, it } from 'vitest';
import { compilePatterns, loadPatternSchema, loadPatterns, readPatternSources, scanText } from '../src/index.js';
import { checkLinear, maxMatchLength } from '../src/patterns/compile.js';

const set = loadPatterns();

describe('rule examples', () => {
  for (const rule of set.rules) {
    describe(rule.id, () => {
      for (const example of rule.examples.match) {
        it(`matches ${JSON.stringify(example).slice(0, 80)}`, () => {
          const ids = scanText(set, example).map((f) => f.ruleId);
          expect(ids).toContain(rule.id);
        });
      }
      for (const example of rule.examples.noMatch) {
        it(`does not match ${JSON.stringify(example).slice(0, 80)}`, () => {
          const ids = scanText(set, example).map((f) => f.ruleId);
          expect(ids).not.toContain(rule.id);
        });
      }
      for (const example of rule.examples.public ?? []) {
        it(`matches only as public (low) ${JSON.stringify(example).slice(0, 80)}`, () => {
          const own = scanText(set, example).filter((f) => f.ruleId === rule.id);
          expect(own.length).toBeGreaterThan(0);
          expect(own.map((f) => [f.severity, f.isPublic])).toEqual(own.map(() => ['low', true]));
        });
      }
    });
  }
});

describe('pattern loading', () => {
  const schema = loadPatternSchema();
  const good = readPatternSources();
  const alibaba = good.find((s) => s.name === 'patterns/alibaba.json')!;

  function withRule(change: (rule: Record<string, unknown>) => void) {
    const data = structuredClone(alibaba.data) as { rules: Array<Record<string, unknown>> };
    change(data.rules[0]!);
    return [{ name: 'patterns/alibaba.json', data }];
  }

  it('loads the built-in set with both providers', () => {
    expect(set.providers.map((p) => p.id).sort()).toEqual(['alibaba', 'tencent']);
    expect(set.rules.length).toBeGreaterThanOrEqual(8);
  });

  it('the built-in files pass every check, and the unchecked start-up compile builds the same rule set', () => {
    // loadPatterns() skips the checks for the built-in files (compileTrustedPatterns): this is where they are checked.
    const checked = compilePatterns(good, schema);
    expect(set).toEqual(checked);
    expect(set.rules.map((r) => [r.id, r.regex.source, r.regex.flags, r.sticky.flags, r.maxLength, r.pairsWith.map((p) => p.id)])).toEqual(
      checked.rules.map((r) => [r.id, r.regex.source, r.regex.flags, r.sticky.flags, r.maxLength, r.pairsWith.map((p) => p.id)]),
    );
  });

  it('names the file, rule and field of a schema error', () => {
    expect(() => compilePatterns(withRule((r) => (r.severity = 'urgent')), schema)).toThrow(
      /patterns\/alibaba\.json: rule "alibaba-access-key-id" \(rules\[0\]\): field "severity" must be one of/,
    );
  });

  it('reports unknown fields and missing required fields together', () => {
    let message = '';
    try {
      compilePatterns(
        withRule((r) => {
          r.colour = 'red';
          delete r.examples;
        }),
        schema,
      );
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/field "colour" is not a known field/);
    expect(message).toMatch(/field "examples" is required/);
  });

  it('rejects an invalid regular expression, naming the rule', () => {
    expect(() => compilePatterns(withRule((r) => (r.pattern = 'LTAI[A-Z')), schema)).toThrow(/rule "alibaba-access-key-id".*invalid regular expression/);
  });

  it('rejects nested quantifiers and unbounded patterns', () => {
    expect(() => compilePatterns(withRule((r) => (r.pattern = 'LTAI(?:[A-Z]+)+')), schema)).toThrow(/nested quantifiers|bounded length/);
    expect(() => compilePatterns(withRule((r) => (r.pattern = 'LTAI[A-Z]+')), schema)).toThrow(/bounded length/);
  });

  it('rejects a keyword that is not a prefix of the pattern', () => {
    expect(() => compilePatterns(withRule((r) => (r.keywords = ['AKID'])), schema)).toThrow(/"AKID" is not a prefix/);
  });

  it('rejects pairsWith naming an unknown rule', () => {
    const data = structuredClone(alibaba.data) as { rules: Array<Record<string, unknown>> };
    data.rules[1]!.pairsWith = ['no-such-rule'];
    expect(() => compilePatterns([{ name: 'patterns/alibaba.json', data }], schema)).toThrow(/pairsWith" names unknown rule "no-such-rule"/);
  });

  it('checkLinear and maxMatchLength', () => {
    expect(checkLinear('(a+)+')).toBeDefined();
    expect(checkLinear('(?:ab)+')).toBeUndefined();
    expect(checkLinear('(a)\\1')).toBeDefined();
    expect(maxMatchLength('LTAI(?:[A-Za-z0-9]{20}|[A-Za-z0-9]{12})')).toBe(24);
    expect(maxMatchLength('STS\\.[A-Za-z0-9]{20,32}')).toBe(36);
    expect(maxMatchLength('[A-Za-z0-9+/]{43}=')).toBe(44);
  });
});
