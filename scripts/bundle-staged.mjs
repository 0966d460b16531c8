/**
 * `npm run build`, second step: the command line as CommonJS files in dist/cjs/, which
 * bin/scan-keys.js require()s. (The file keeps its old name: `npm run build` calls it.)
 *
 * Why: Node 20 spends ~0.4 ms on each ES module it loads, and more to set up its ES module loader
 * at all; require() of a few CommonJS files skips both. Measured for the pre-commit path when it
 * was a separate bundle (2-core machine, staged bench corpus, medians of 41): tsc's ~30 ES modules
 * 124 ms, an ES-module bundle 116 ms, CommonJS 105 ms (`node -e 0`: 74 ms).
 *
 * One entry, cli.cjs (main.ts: the option table, the parser, git started for --staged); each
 * `await import()` of the source becomes a chunk required when reached, so a run loads what it
 * uses: run.cjs after git has started, the tree or history scan, a report format, yargs
 * (external, for --help and usage errors only), micromatch.cjs for a config with globs, and for
 * `scan-keys pre-receive` (the server hook) hook.cjs instead of run.cjs. Library users keep
 * dist/ as tsc wrote it.
 *
 * The files sit two levels below the package root as tsc's do (dist/cjs/ beside dist/patterns/),
 * so `new URL('../../patterns/', import.meta.url)` (rewritten to __filename) still finds the
 * pattern files. A URL relative to a module that points inside dist/ (the scan worker,
 * dist/scan/worker.js, which stays tsc's ES module) is rewritten for its new place below.
 *
 * Tried and not kept (alternating runs, medians of 21, 2-core machine at load ~10, ratio to
 * `node -e 0`): one file for everything (codeSplitting: false): --staged with a config 2.0x ->
 * 2.8x, `scan-keys .` 1.4x -> 2.4x; V8's code cache (vm.Script cachedData written after a run,
 * Node 20 has no module.enableCompileCache): 2.00x -> 1.82x, 1.41x -> 1.47x, plain --staged
 * 1.65x -> 1.70x, within the noise, so not worth a loader of our own. Tried again with the
 * four-chunk layout (issue 13; a loader in bin/ compiling our chunks through vm.Script with a
 * cache file written at exit): requiring cli.cjs 21-28 ms with the cache against 21-31 without,
 * run.cjs 7-10 ms against 4-5 (deserialising a cache that holds every function a run compiled
 * cost more than compiling the few a run calls): no gain, and a cache file is one more thing
 * that can go stale. Once git starts first, the staged run waits for git's diff, not for code.
 */
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist`;
const outDir = `${dist}/cjs`;

/** `new URL('./worker.js', import.meta.url)` in dist/scan/parallel.js → '../scan/worker.js' from dist/cjs/. */
const relocateUrls = {
  name: 'relocate-import-meta-urls',
  transform(code, id) {
    if (!id.startsWith(dist)) return undefined;
    const out = code.replace(/new URL\((['"])(\.{1,2}\/[^'"]*)\1, import\.meta\.url\)/g, (all, q, rel) => {
      const target = resolve(dirname(id), rel);
      const fromOut = relative(outDir, target) + (rel.endsWith('/') ? '/' : '');
      return `new URL(${q}${fromOut.startsWith('.') ? fromOut : `./${fromOut}`}${q}, import.meta.url)`;
    });
    return out === code ? undefined : { code: out };
  },
};

/** The modules `file` reaches through static imports (not `import()`), itself included. */
function staticGraph(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/(?:\bfrom\s*|^\s*import\s+)(['"])(\.{1,2}\/[^'"]+)\1/gm)) staticGraph(resolve(dirname(file), m[2]), seen);
  return seen;
}

/**
 * Chunks for what runs load, whatever rolldown's sharing analysis would split out: start (the
 * staged diff's arguments and spawn, an entry that bin/scan-keys.js requires first for --staged),
 * base (what main.ts and pre-receive.ts both import: running git, exit codes, the language), core
 * (the rest of pre-receive.ts's static imports that a staged or tree run needs too: the scanner,
 * rules, config), push (the rest of them: the push and range scans, git log's parser), boot (the
 * rest of main.ts's: the table, the plain-forms parser, the staged diff's reader), parse
 * (yargs-parser, for the forms fast-args.ts leaves to it) and run (the rest of run.ts's: text
 * report, the staged scan). base is its own chunk so that --staged starts git before core loads
 * (core and node:crypto took 10-18 ms, which the diff now runs beside instead of after: the git
 * process was the last to finish on the staged bench). 13 files became 6 on the --staged path
 * (each require() costs a path resolution, a read and a compile). The server hook has a second
 * entry, hook.cjs (pre-receive.ts), which needs base, core and push: bin/scan-keys.js requires it
 * for the hook's exact command line (`scan-keys pre-receive`, as `install --server` writes it);
 * through cli.cjs (the parser) the same push took 7% longer (push-small corpus, medians of 25,
 * 1.92x against 1.77x `node -e 0` for the former separate hook bundle; hook.cjs: 1.85x against
 * 1.85x). Priorities: a module the hook needs goes to core or push even if main imports it.
 */
const boot = staticGraph(`${dist}/cli/main.js`);
boot.delete(`${dist}/cli/main.js`); // stays in the entry, cli.cjs
// The staged scan too, which git.ts imports on demand: it is the hook's, the case that counts.
const run = staticGraph(`${dist}/cli/run.js`, new Set([`${dist}/scan/staged.js`]));
// The server hook's modules (pre-receive.ts's static imports): what run.ts shares with it too, so
// `scan-keys pre-receive` loads boot, this and its own chunk, never run.cjs.
const hook = staticGraph(`${dist}/cli/pre-receive.js`);
hook.delete(`${dist}/cli/pre-receive.js`);
// The parser (args.ts and yargs-parser), which main.ts imports after starting git for --staged.
const parse = staticGraph(`${dist}/cli/args.js`);
// The staged diff's start (bin/scan-keys.js requires it before anything else): an entry and a
// group of its own, so that start.cjs holds it alone and boot.cjs requires it from there.
const start = `${dist}/sources/staged-start.js`;
// What a --staged or tree run reaches statically (run.ts and the staged scan): the server hook's
// modules outside it (the push and range scans, git log's parser) go to a chunk of their own,
// push.cjs, which `--staged` never loads: core.cjs 120 -> 91 KB, and requiring it 8.5 -> 6.4 ms
// (fastest of 21 alternating runs; medians 11.2 -> 8.4 at load 3.3); the server hook reads one
// file more.
const stagedRun = new Set([...staticGraph(`${dist}/cli/run.js`), ...staticGraph(`${dist}/scan/staged.js`)]);
const group = (id) =>
  id === start ? 'start' :
  // Shared by main.ts and the server hook (boot has lost main.js only): neither loads the other's.
  hook.has(id) && boot.has(id) ? 'base'
  : hook.has(id) && stagedRun.has(id) ? 'core'
  : hook.has(id) ? 'push'
  : boot.has(id) ? 'boot'
  : parse.has(id) || /[\\/]node_modules[\\/]yargs-parser[\\/]/.test(id) ? 'parse'
  : run.has(id) ? 'run'
  : null;

await rm(outDir, { recursive: true, force: true });
// The former separate bundles: the pre-commit fast path's, the server hook's.
await rm(`${dist}/staged`, { recursive: true, force: true });
await rm(`${dist}/pre-receive`, { recursive: true, force: true });
const bundle = await rolldown({
  // hook.cjs: pre-receive.ts as a second entry, which bin/scan-keys.js requires for the server
  // hook's exact command line (`scan-keys pre-receive`): core.cjs and itself, no parser.
  input: { cli: `${dist}/cli/main.js`, hook: `${dist}/cli/pre-receive.js`, start },
  platform: 'node',
  // Packages stay packages: yargs only for help and usage errors, picocolors only with colour,
  // simple-git never on these paths. micromatch and yargs-parser are inlined.
  external: ['yargs', 'picocolors', 'simple-git', 'micromatch'],
  plugins: [relocateUrls],
  logLevel: 'warn',
});
await bundle.write({
  dir: outDir,
  format: 'cjs',
  entryFileNames: '[name].cjs',
  chunkFileNames: '[name].cjs',
  codeSplitting: {
    groups: [
      // One name function returning 'core' did not keep git-run.js out of boot; priorities do.
      { name: 'start', test: (id) => group(id) === 'start', priority: 5 },
      { name: 'base', test: (id) => group(id) === 'base', priority: 4 },
      { name: 'core', test: (id) => group(id) === 'core', priority: 3 },
      { name: 'push', test: (id) => group(id) === 'push', priority: 3 },
      { name: 'boot', test: (id) => group(id) === 'boot', priority: 2 },
      { name: 'parse', test: (id) => group(id) === 'parse', priority: 2 },
      { name: 'run', test: (id) => group(id) === 'run', priority: 1 },
    ],
  },
  // config.ts require()s micromatch on first use: then this one file, bundled below.
  paths: { micromatch: './micromatch.cjs' },
  // No doc comments (the sources keep them) and ASCII only: node reads a file of ASCII as a
  // one-byte string, and V8 scans less. A `…` or `→` in a comment made the whole file a UTF-8
  // decode and a two-byte source. core.cjs 160 KB -> 120 KB, and requiring it 10.8 -> 8.9 ms
  // (fastest of 15 alternating runs on the 2-core reference machine; medians 18.9 -> 15.4 at load 5).
  comments: { jsdoc: false, legal: false, annotation: false },
  charset: 'ascii',
});
await bundle.close();

// micromatch (with picomatch, braces and their helpers) as one CommonJS file: one read and
// compile when a config has globs, instead of a dozen files resolved in node_modules, and
// nothing at all for a run without globs (the server hook on every push, a plain --staged).
const glob = await rolldown({ input: { micromatch: `${root}node_modules/micromatch/index.js` }, platform: 'node', logLevel: 'warn' });
await glob.write({ dir: outDir, format: 'cjs', entryFileNames: '[name].cjs', exports: 'auto' });
await glob.close();
