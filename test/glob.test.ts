/**
 * policy/glob.ts compiles the config's usual globs without micromatch; it must answer exactly as
 * micromatch ({ dot: true }, a list of globs) does, for every glob it claims and every plain path.
 * Generated globs and paths come from small alphabets so that matches are frequent.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import micromatch from 'micromatch';
import { compileSimpleGlobs, isPlainPath, simpleGlobSource } from '../src/policy/glob.js';
import { compileConfig } from '../src/policy/config.js';
import type { JsonSchema } from '../src/patterns/validate.js';

const reference = (globs: string[]) => (micromatch.matcher as unknown as (g: string[], o: object) => (p: string) => boolean)(globs, { dot: true });

const NAMES = ['a', 'b', 'vendor', '.env', '.env.local', 'x.js', 'x.min.js', '.min.js', '__snapshots__', 'a.b', 'ab', 'b-a', '.git', 'é', 'a b', '*', '.'];
const segmentGlob = fc.oneof(
  fc.constantFrom('**', '*', '*.js', '*.min.js', '.env*', '*a*', 'a*', '*b', 'a', 'vendor', '.env', '__snapshots__', 'x.*', '*.*', '.*', 'a.b', 'b-a', '*.', '.a*', 'a*b'),
  fc.stringMatching(/^[ab.*-]{1,4}$/),
  fc.tuple(fc.stringMatching(/^[ab.-]{0,3}$/), fc.stringMatching(/^[ab.-]{0,3}$/)).map(([a, b]) => `${a}*${b}`),
);
const glob = fc.array(segmentGlob, { minLength: 1, maxLength: 4 }).map((s) => s.join('/'));
const path = fc.array(fc.oneof(fc.constantFrom(...NAMES), fc.stringMatching(/^[ab.\-*]{1,4}$/)), { minLength: 1, maxLength: 5 }).map((s) => s.join('/'));
/** Paths that are not plain too: empty segments, `.`/`..`, a leading or trailing slash, `./`. */
const oddPath = fc.tuple(fc.constantFrom('', '/', './', '../'), path, fc.constantFrom('', '/', '/.', '/..', '//a')).map(([a, b, c]) => a + b + c);

describe('simple globs agree with micromatch', () => {
  it('for every generated glob list the subset claims, on generated plain paths', () => {
    fc.assert(
      fc.property(fc.array(glob, { minLength: 1, maxLength: 3 }), fc.array(path, { minLength: 1, maxLength: 8 }), (globs, paths) => {
        const fast = compileSimpleGlobs(globs);
        if (!fast) return;
        const ref = reference(globs);
        for (const p of paths) {
          if (!isPlainPath(p)) continue;
          expect(fast.test(p), `${JSON.stringify(globs)} on ${JSON.stringify(p)}`).toBe(ref(p));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('claims the usual config globs, and leaves the rest to micromatch', () => {
    for (const g of ['vendor/**', '**/*.min.js', 'pkg19/**', '**/__snapshots__/**', 'test/fixtures/**', '.env*', '**', 'src/**/*.ts', '*.js']) expect(simpleGlobSource(g), g).toBeDefined();
    for (const g of ['', '!a', 'a/{b,c}', 'a?c', '[ab]', '@(a|b)', 'a\\*', './a', '/a', 'a/', 'a//b', 'a**b', '**/**', 'a b', 'é', '*.*', '*a*', '.', '..', 'a/../b']) expect(simpleGlobSource(g), g).toBeUndefined();
  });

  it('sends paths that are not plain to micromatch, through the config', () => {
    const schema: JsonSchema = { type: 'object' };
    fc.assert(
      fc.property(fc.array(glob, { minLength: 1, maxLength: 3 }), fc.array(fc.oneof(path, oddPath), { minLength: 1, maxLength: 8 }), (globs, paths) => {
        const config = compileConfig({ exclude: globs }, schema, 'test');
        const ref = reference(globs);
        for (const p of paths) expect(config.isPathIgnored(p), `${JSON.stringify(globs)} on ${JSON.stringify(p)}`).toBe(ref(p));
      }),
      { numRuns: 500 },
    );
  });

  it('knows the plain paths', () => {
    for (const p of ['a', 'a/b', '.env', 'a/.git/x', 'a b/é', '...']) expect(isPlainPath(p), p).toBe(true);
    for (const p of ['', '/a', 'a/', 'a//b', './a', 'a/./b', 'a/..', '..', '.', 'a\nb']) expect(isPlainPath(p), JSON.stringify(p)).toBe(false);
  });
});
