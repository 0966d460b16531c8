/** Helpers for the git gate tests: throwaway repositories, keys, and git with extra environment. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { configureRepo, git, initRepo, makeKeys, runCli, tempDir, type RunResult } from './helpers.js';

export type Keys = ReturnType<typeof makeKeys>;

/** An Alibaba ID + secret pair in a properties-like file. */
export function pairText(k: Keys): string {
  return `# aliyun\naccessKeyId=${k.aliId}\naccessKeySecret=${k.aliSecret}\n`;
}

export function write(dir: string, path: string, text: string | Buffer): void {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}

/** git with an environment, returning status and output instead of throwing. */
export function gitRun(cwd: string, args: string[], env: Record<string, string> = {}): RunResult {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export interface JsonFinding {
  ruleId: string;
  file: string;
  line: number;
  secret: string;
  fingerprint: string;
  commit?: { sha: string; author: string; date: string; count?: number };
}

export function json(r: RunResult): { findings: JsonFinding[]; stats: { files: number; lines: number; bytes: number }; skipped: Array<{ file: string; reason: string }> } {
  try {
    return JSON.parse(r.stdout);
  } catch {
    throw new Error(`not JSON (exit ${r.status}): ${r.stdout}\n${r.stderr}`);
  }
}

export function staged(cwd: string, ...args: string[]): RunResult {
  return runCli(['--staged', ...args], { cwd });
}

/**
 * One way to make a test repository: a temporary directory with `git init` (branch `main` unless
 * told otherwise), a fixed identity, no signing, and hooks from the repository's own hooks
 * directory (a global core.hooksPath on the machine must not run in tests). Commits get a fixed,
 * increasing date so histories are reproducible. Remove it with cleanup() (afterEach).
 */
export class TestRepo {
  readonly dir: string;
  private readonly tmp: { dir: string; cleanup(): void } | undefined;
  private tick = 0;

  constructor(options: { dir?: string; prefix?: string; branch?: string; init?: boolean } = {}) {
    this.tmp = options.dir === undefined ? tempDir(options.prefix ?? 'scan-keys-repo-') : undefined;
    this.dir = options.dir ?? (this.tmp as { dir: string }).dir;
    if (options.init !== false) initRepo(this.dir, options.branch ?? 'main');
  }

  /** The same set-up for a repository made some other way (a clone, a linked worktree). */
  static configure(dir: string): void {
    configureRepo(dir);
  }

  /** git in the repository; throws with git's stderr on failure. */
  git(...args: string[]): string {
    return git(this.dir, ...args);
  }

  /** git with extra environment; status and output, never throws. */
  run(args: string[], env: Record<string, string> = {}): RunResult {
    return gitRun(this.dir, args, env);
  }

  write(path: string, text: string | Buffer): void {
    write(this.dir, path, text);
  }

  path(path: string): string {
    return join(this.dir, path);
  }

  /** Stages everything (unless `add: false`) and commits without hooks, at the next fixed date; the new HEAD. */
  commit(message = 'c', options: { add?: boolean; hooks?: boolean } = {}): string {
    if (options.add !== false) this.git('add', '-A');
    const r = this.commitRun(message, options.hooks === true);
    if (r.status !== 0) throw new Error(`git commit failed: ${r.stderr}${r.stdout}`);
    return this.head();
  }

  /** `git commit -m` (hooks on unless told otherwise) at the next fixed date: status and output. */
  commitRun(message: string, hooks = true, extra: string[] = []): RunResult {
    this.tick++;
    const date = new Date(Date.UTC(2024, 0, 1, 10, 0, this.tick)).toISOString();
    return this.run(['commit', '-q', ...(hooks ? [] : ['--no-verify']), '-m', message, ...extra], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  }

  head(): string {
    return this.git('rev-parse', 'HEAD').trim();
  }

  /** Stages a patch (a hunk of `git diff` output) without touching the work tree: `git apply --cached`. */
  stageHunk(patch: string): void {
    const r = spawnSync('git', ['apply', '--cached', '--unidiff-zero', '-'], { cwd: this.dir, input: patch, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`git apply --cached failed: ${r.stderr}\n${patch}`);
  }

  /** `scan-keys install`: the plain-git pre-commit hook running this checkout's CLI. */
  installHook(): void {
    const r = runCli(['install'], { cwd: this.dir });
    if (r.status !== 0) throw new Error(`scan-keys install failed: ${r.stderr}`);
  }

  /** The real CLI in the repository. */
  scan(args: string[], env: Record<string, string | undefined> = {}): RunResult {
    return runCli(args, { cwd: this.dir, env });
  }

  cleanup(): void {
    this.tmp?.cleanup();
  }
}

/** A TestRepo per test: `const repo = useTestRepo()` at describe level, then `repo().commit()`. */
export function useTestRepo(options: { prefix?: string; branch?: string } = {}): () => TestRepo {
  let current: TestRepo | undefined;
  beforeEach(() => {
    current = new TestRepo(options);
  });
  afterEach(() => {
    current?.cleanup();
    current = undefined;
  });
  return () => {
    if (!current) throw new Error('useTestRepo: no repository outside a test');
    return current;
  };
}
