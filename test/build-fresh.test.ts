/**
 * dist/ (tsc + the --staged bundle) and action/dist/ (the GitHub Action's bundle) are committed, so
 * that a checkout runs as it is: `npm install <git url>`, pre-commit's `language: node` and the
 * Action need no compiler and no dev dependencies (README "Design": "Committed build output").
 * This checks that the committed output is what the committed sources build to. `npm test` builds
 * first (the `pretest` script), so on a clean clone any difference here means a commit changed the
 * sources without the output (or the reverse). The build is deterministic: no absolute paths, no
 * dates, and `npm run build` empties dist/ first, so a file whose source is gone goes too.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { git, ROOT } from './helpers.js';

const OUTPUT = ['dist', 'action/dist'];
const FIX = 'the committed build output does not match the sources: run `npm run build && git add dist action/dist` and commit';

describe('committed build output', () => {
  it('dist/ and action/dist/ are exactly what `npm run build` makes of the sources', () => {
    const status = git(ROOT, 'status', '--porcelain', '--untracked-files=all', '--', ...OUTPUT);
    expect(status, `${FIX}\n${status}`).toBe('');
    // And they are tracked at all (an ignored dist/ would pass the check above).
    const tracked = git(ROOT, 'ls-files', '--', ...OUTPUT).split('\n').filter(Boolean);
    expect(tracked).toContain('dist/index.js');
    expect(tracked).toContain('dist/cjs/cli.cjs');
    expect(tracked).toContain('action/dist/scan-keys.js');
  });

  it('holds no absolute paths of the machine that built it', () => {
    for (const dirName of OUTPUT) {
      for (const entry of readdirSync(join(ROOT, dirName), { recursive: true, withFileTypes: true })) {
        if (!entry.isFile()) continue;
        const text = readFileSync(join(entry.parentPath, entry.name), 'utf8');
        expect(text.includes(ROOT.replace(/\/$/, '')), `${entry.name} names ${ROOT}`).toBe(false);
      }
    }
  });

  it('the package needs nothing from devDependencies to install or run: no install-time build', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    // npm runs these when installing from git or packing (and prints their banner on the standard
    // output that pre-commit reads as the tarball's name): they must not exist.
    for (const script of ['prepare', 'prepack', 'postpack', 'preinstall', 'install', 'postinstall']) expect(pkg.scripts[script], script).toBeUndefined();
  });
});
