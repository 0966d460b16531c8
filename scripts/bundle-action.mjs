/**
 * `npm run build`, last step: the GitHub Action's copy of the command line, with its dependencies
 * (yargs, micromatch, picocolors, simple-git) inlined, in action/dist/. The action runs from a plain
 * checkout of this repository (no `npm ci`), so it cannot load anything from node_modules.
 *
 * Entries: bin/scan-keys.js itself (so the action runs exactly what the command line runs) and the
 * scan worker (dist/scan/parallel.js starts `./worker.js` next to itself). action/dist/ sits two
 * levels below the repository root, as dist/<stage>/ does, so the built code's
 * `new URL('../../patterns/', import.meta.url)` (rewritten to __filename) still finds patterns/,
 * config.schema.json and package.json. action/dist/package.json makes its .js files CommonJS.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}action/dist`;
await rm(outDir, { recursive: true, force: true });
const bundle = await rolldown({
  input: { 'scan-keys': `${root}bin/scan-keys.js`, worker: `${root}dist/scan/worker.js` },
  platform: 'node',
  logLevel: 'warn',
  // yargs's `extends` support uses import.meta.resolve, which a CommonJS bundle has not; scan-keys
  // never passes yargs a config with `extends`, so that one warning is noise.
  onLog(level, log, handler) {
    if (log.code === 'EMPTY_IMPORT_META' && /yargs/.test(log.id ?? log.message)) return;
    handler(level, log);
  },
});
await bundle.write({ dir: outDir, format: 'cjs', entryFileNames: '[name].js', chunkFileNames: '[name].js' });
await bundle.close();
await mkdir(outDir, { recursive: true });
await writeFile(`${outDir}/package.json`, '{ "type": "commonjs" }\n');
