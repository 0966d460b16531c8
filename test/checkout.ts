/**
 * The commit under test, as a user gets it: a fresh git repository holding the files a commit of
 * this work tree would hold (tracked and untracked files that .gitignore does not exclude, as they
 * are on disk now, so the freshly built dist/ too), committed. No node_modules. The integration tests
 * that install scan-keys the way users do (pre-commit, the GitHub Action) start from this, so they
 * test the current tree both before and after it is committed.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, lstatSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { git, initRepo, ROOT } from './helpers.js';

export function checkoutCopy(dest: string): { dir: string; commit: string; files: string[] } {
  const r = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`git ls-files failed: ${r.stderr}`);
  const files: string[] = [];
  for (const file of new Set(r.stdout.split('\0').filter(Boolean))) {
    let st;
    try {
      st = lstatSync(join(ROOT, file));
    } catch {
      continue; // deleted in the work tree: not in the next commit
    }
    if (!st.isFile()) continue;
    mkdirSync(dirname(join(dest, file)), { recursive: true });
    copyFileSync(join(ROOT, file), join(dest, file));
    chmodSync(join(dest, file), st.mode & 0o777);
    files.push(file);
  }
  initRepo(dest);
  git(dest, 'add', '-A');
  git(dest, 'commit', '-q', '--no-verify', '-m', 'scan-keys: the tree under test');
  return { dir: dest, commit: git(dest, 'rev-parse', 'HEAD').trim(), files };
}
