/**
 * repoFromFiles (sources/repo-root.ts) answers for `git rev-parse --show-toplevel --absolute-git-dir`
 * without running git, and only where that is certain: it must print what git prints, and give no
 * answer at all in the layouts where git could disagree.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { repoFromFiles } from '../src/sources/repo-root.js';
import { git, initRepo, tempDir } from './helpers.js';

const revParse = (cwd: string) => {
  const [top, gitDir] = git(cwd, 'rev-parse', '--show-toplevel', '--absolute-git-dir').trim().split('\n');
  return { top, gitDir };
};
/** The environment of a test run without the variables a developer's git might have set. */
const clean = (): NodeJS.ProcessEnv => Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GIT_')));

describe.skipIf(process.platform === 'win32')('repoFromFiles', () => {
  let tmp: ReturnType<typeof tempDir>;
  let repo: string;
  beforeEach(() => {
    tmp = tempDir();
    const base = realpathSync(tmp.dir);
    repo = join(base, 'repo');
    mkdirSync(join(repo, 'src', 'deep'), { recursive: true });
    initRepo(repo);
    writeFileSync(join(repo, 'a.txt'), 'a\n');
    git(repo, 'add', 'a.txt');
    git(repo, 'commit', '-q', '-m', 'one');
  });
  afterEach(() => tmp.cleanup());

  it('is what rev-parse prints, from the top and from below it', () => {
    for (const cwd of [repo, join(repo, 'src'), join(repo, 'src', 'deep')]) {
      expect(repoFromFiles(cwd, clean()), cwd).toEqual(revParse(cwd));
    }
  });

  it('asks git (undefined) wherever git could answer otherwise', () => {
    const base = realpathSync(tmp.dir);
    // A linked worktree (its `.git` is a file, and its hooks get GIT_DIR).
    git(repo, 'worktree', 'add', '-q', join(base, 'linked'));
    expect(repoFromFiles(join(base, 'linked'), clean())).toBeUndefined();
    // A path through a symbolic link (git prints the real one).
    symlinkSync(repo, join(base, 'link'));
    expect(revParse(join(base, 'link')).top).toBe(repo);
    expect(repoFromFiles(join(base, 'link'), clean())).toBeUndefined();
    // Inside the git directory.
    expect(repoFromFiles(join(repo, '.git'), clean())).toBeUndefined();
    expect(repoFromFiles(join(repo, '.git', 'refs'), clean())).toBeUndefined();
    // Variables that move the repository or its work tree.
    expect(repoFromFiles(repo, { ...clean(), GIT_DIR: join(repo, '.git') })).toBeUndefined();
    expect(repoFromFiles(repo, { ...clean(), GIT_WORK_TREE: base })).toBeUndefined();
    expect(repoFromFiles(repo, { ...clean(), GIT_CONFIG_PARAMETERS: `'core.worktree'='${base}'` })).toBeUndefined();
    // Outside any repository.
    expect(repoFromFiles(base, clean())).toBeUndefined();
    // A config that names another work tree.
    git(repo, 'config', 'core.worktree', join(repo, 'src'));
    expect(revParse(repo).top).toBe(join(repo, 'src'));
    expect(repoFromFiles(repo, clean())).toBeUndefined();
  });

  it('asks git for a bare-flagged repository and for a config that includes another file', () => {
    git(repo, 'config', 'include.path', 'extra');
    expect(repoFromFiles(repo, clean())).toBeUndefined();
    git(repo, 'config', '--unset', 'include.path');
    expect(repoFromFiles(repo, clean())).toEqual(revParse(repo));
    git(repo, 'config', 'core.bare', 'true');
    expect(repoFromFiles(repo, clean())).toBeUndefined();
  });

  it("asks git about a repository of another owner (git may refuse it: safe.directory)", () => {
    if (process.getuid?.() !== 0) return; // needs root to give the repository away
    expect(spawnSync('chown', ['-R', '65534:65534', join(repo, '.git')]).status).toBe(0);
    expect(repoFromFiles(repo, clean())).toBeUndefined();
  });
});
