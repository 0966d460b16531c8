/**
 * The one place that runs git. simple-git is loaded lazily (it costs start-up time a tree scan
 * outside git never needs). The environment is inherited whole: a pre-commit hook of
 * `git commit -a` points GIT_INDEX_FILE at a temporary index, and dropping it would scan the
 * wrong index. simple-git 4 strips ambient GIT_* variables by default (its "environment guard"),
 * which would reopen exactly that hole, so every variable we inherit is allow-listed.
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
    factory = (baseDir: string) =>
      mod.simpleGit({ baseDir, trimmed: false, allowEnvironment: Object.keys(process.env) } as Parameters<typeof mod.simpleGit>[0]);
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

/** True for the errors that mean "not in a git work tree" or "no git here", as opposed to a failure. */
export function isNotARepository(err: unknown): boolean {
  const msg = err instanceof Error ? err.message : String(err);
  return /not a git repository|ENOENT|spawn git/i.test(msg);
}
