/**
 * `npm run build`, second step: the pre-commit fast path as CommonJS bundles in dist/staged/,
 * which bin/scan-keys.js require()s. Measured on the 2-core reference machine (staged bench
 * corpus, alternating runs, medians of 41): tsc's ~30 ES modules 124 ms, an ES-module bundle
 * 116 ms, this 105 ms (`node -e 0`: 74 ms). Node 20 spends ~0.4 ms on each ES module it loads,
 * and more to set up its ES module loader at all; require() of a few CommonJS files skips both.
 *
 * Two bundles, as the source has two parts: cli-staged.cjs (flags, then git is started) and
 * cli-staged-run.cjs (scanner, rules, reports), required after git has started; json.cjs only
 * for --format json, and shared code in chunks of its own. Library users and the full command
 * line keep using dist/ as tsc wrote it. The files sit two levels below the package root, as
 * dist/patterns/load.js does, so load.ts's `new URL('../../patterns/', import.meta.url)`
 * (rewritten to __filename) still finds the pattern files.
 */
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}dist/staged`;
await rm(outDir, { recursive: true, force: true });
const bundle = await rolldown({
  input: { "cli-staged": `${root}dist/cli/staged.js` },
  platform: 'node',
  // Packages stay packages: picocolors only with colour, simple-git never on this path.
  external: ['picocolors', 'simple-git'],
  logLevel: 'warn',
});
await bundle.write({ dir: outDir, format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: '[name].cjs' });
await bundle.close();

// The server's pre-receive hook (git waits for it on every push) the same way: one CommonJS
// bundle in dist/pre-receive/, which bin/scan-keys.js require()s for `scan-keys pre-receive`.
const hookDir = `${root}dist/pre-receive`;
await rm(hookDir, { recursive: true, force: true });
const hook = await rolldown({
  input: { 'pre-receive': `${root}dist/cli/pre-receive.js` },
  platform: 'node',
  external: ['picocolors', 'simple-git', 'micromatch'],
  logLevel: 'warn',
});
await hook.write({ dir: hookDir, format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: '[name].cjs' });
await hook.close();
