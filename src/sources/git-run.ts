/**
 * The one place that runs git. simple-git is loaded lazily (it costs start-up time a tree scan
 * outside git never needs). The environment is inherited whole: a pre-commit hook of
 * `git commit -a` points GIT_INDEX_FILE at a temporary index, and dropping it would scan the
 * wrong index.
 */
import type { SimpleGit } from 'simple-git';

export class GitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GitError';
  }
}

let factory: ((dir: string) => SimpleGit) | undefined;

export async function git(dir: string): Promise<SimpleGit> {
  if (!factory) {
    const mod = await import('simple-git');
    factory = (baseDir: string) => mod.simpleGit({ baseDir, trimmed: false }).env({ ...process.env });
  }
  return factory(dir);
}

/** `git <args>` in `dir`; stdout as text. Throws GitError with git's own first line. */
export async function gitRaw(dir: string, args: string[]): Promise<string> {
  try {
    return await (await git(dir)).raw(args);
  } catch (err) {
    const first = String((err as Error).message ?? err).trim().split('\n')[0] ?? 'git failed';
    throw new GitError(first);
  }
}
