import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadPatterns } from '../src/index.js';
import { allLongRuns, internTable, runChars, runMinLength, TextRuns } from '../src/detect/runs.js';
import { forEachMatch } from '../src/detect/analyze.js';

const set = loadPatterns();

/** A rule's value pattern, read back from its compiled source as analyze.ts does. */
function inner(source: string): string | undefined {
  return /^\(\?<!\[[^\]\\]*\]\)\(\?:(.*)\)\(\?!\[[^\]\\]*\]\)$/.exec(source)?.[1];
}

describe('runs: secret regexes searched only in long runs of token characters', () => {
  it('knows the shortest match of run-shaped patterns and refuses every other shape', () => {
    expect(runMinLength('[A-Za-z0-9]{30}')).toBe(30);
    expect(runMinLength('[A-Za-z0-9]{32,48}')).toBe(32);
    expect(runMinLength('[A-Za-z0-9+/]{43}=')).toBe(44);
    expect(runMinLength('[0-9a-f]{40}[A-Za-z0-9]{1,8}|[A-Za-z0-9_-]{100,4000}')).toBe(41);
    expect(runMinLength('CAIS[A-Za-z0-9+/]{36,4000}={0,2}')).toBe(40);
    expect(runMinLength('(?:ab|c)?[a-z]{3}')).toBe(3);
    expect(runMinLength('[A-Za-z0-9]+')).toBe(1);
    expect(runMinLength('a*[a-z]{3}')).toBe(3);
    for (const other of ['[A-Za-z0-9.]{30}', '[^ ]{30}', '\\w{30}', '.{30}', 'a(?=b)c', '[!-~]{20}', 'key:[a-z]{20}']) {
      expect(runMinLength(other), other).toBeUndefined();
    }
  });

  it('every built-in secret rule is run-shaped (else it silently loses the speed-up)', () => {
    for (const rule of set.contextual) expect(runMinLength(inner(rule.regex.source) ?? ''), rule.id).toBeGreaterThanOrEqual(16); // 16: the legacy AccessKey ID (alibaba-legacy-access-key-id)
  });

  it('finds every match of every secret rule that a search of the whole text finds', () => {
    const alphabet = 'aB3+/=_-Zz9 .:"\n\u00e9'.split('');
    const text = fc.array(fc.oneof(fc.constantFrom(...alphabet), fc.constantFrom('xY7q', 'K2'.repeat(8), 'Ab9+'.repeat(11), '0f'.repeat(20), 'Qw3'.repeat(10), `${'Zx9'.repeat(10)}ab`, `${'Ab9+'.repeat(10)}abc=`)), { maxLength: 400 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (s) => {
        for (const rule of set.contextual) {
          const all: number[] = [];
          const re = new RegExp(rule.regex.source, 'g');
          for (let m = re.exec(s); m !== null; m = re.exec(s)) all.push(m.index);
          // The scanner's own search (analyze.ts forEachMatch), over runs found as a scan finds
          // them (TextRuns at the set's shortest run, 30; the 16-character rule reads again).
          const inRuns: number[] = [];
          forEachMatch(s, rule, new TextRuns(s, 30), 0, s.length, (start) => inRuns.push(start));
          expect(inRuns, rule.id).toEqual(all);
        }
      }),
      { numRuns: 300 },
    );
  });

});

describe('allLongRuns and TextRuns (the probing pass)', () => {
  const unit = fc.constantFrom(...'aZ9+/=_-'.split(''), ' ', '.', '%', '\n', 'é', 'ab12', '          ');
  const text = fc.array(unit, { maxLength: 400 }).map((a) => a.join(''));

  it('finds exactly the maximal runs of token characters a regex finds, for every minimum', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 2, max: 48 }), (s, min) => {
        const want: number[] = [];
        for (const m of s.matchAll(/[A-Za-z0-9+/=_-]+/g)) if (m[0].length >= min) want.push(m.index as number, (m.index as number) + m[0].length);
        expect(allLongRuns(s, min)).toEqual(want);
      }),
      { numRuns: 2000 },
    );
  });

  it("a rule's character runs are what a regex for those characters finds", () => {
    const alnum = runChars('[A-Za-z0-9]{30}') as Uint8Array;
    const b64 = runChars('[A-Za-z0-9+/]{43}=') as Uint8Array;
    expect(internTable(Uint8Array.from(alnum))).toBe(alnum);
    fc.assert(
      fc.property(text, fc.integer({ min: 2, max: 12 }), (s, min) => {
        const runs = new TextRuns(s, 2);
        for (const [table, re] of [[alnum, /[A-Za-z0-9]+/g], [b64, /[A-Za-z0-9+/=]+/g]] as const) {
          const want: number[] = [];
          for (const m of s.matchAll(re)) if (m[0].length >= min) want.push(m.index as number, (m.index as number) + m[0].length);
          expect(runs.runsOf(table, min)).toEqual(want);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
