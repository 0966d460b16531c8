/**
 * Test keys are generated at run time from a seeded PRNG, never written out whole in a source
 * file, so that `scan-keys .` on this repository stays clean.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BIN = join(ROOT, 'bin', 'scan-keys.js');

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

import { mulberry32 as rng } from '../scripts/rng.mjs';

export { rng };

export function randomAlnum(n: number, next: () => number, alphabet = ALNUM): string {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[Math.floor(next() * alphabet.length)];
  return s;
}

/** Key material built from a prefix and random characters. */
export function makeKeys(seed = 1) {
  const next = rng(seed);
  return {
    aliId: 'LTAI' + '5t' + randomAlnum(18, next),
    aliIdShort: 'LTAI' + randomAlnum(12, next),
    aliSecret: randomAlnum(30, next),
    tcId: 'AK' + 'ID' + randomAlnum(32, next),
    tcKey: randomAlnum(32, next),
    next,
  };
}

export function tempDir(prefix = 'scan-keys-test-'): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Tests expect English unless they ask for another language (a developer's own locale must not change them). */
const ENGLISH = { LC_ALL: undefined, LC_MESSAGES: undefined, LANG: 'C.UTF-8' };

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { cwd: string; input?: string | Buffer; env?: Record<string, string | undefined> }): RunResult {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...ENGLISH, ...options.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    input: options.input,
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

/** `git init` on branch main plus configureRepo: what TestRepo (git-helpers.ts) does, for older tests. */
export function initRepo(dir: string, branch = 'main'): void {
  git(dir, 'init', '-q', '-b', branch);
  configureRepo(dir);
}

/**
 * The one test-repository set-up: a fixed identity, no signing, and hooks from the repository's
 * own hooks directory (a global core.hooksPath on the machine must not run in tests). Absolute:
 * a relative core.hooksPath is read from the top of each work tree, and a linked worktree's
 * `.git` is a file.
 */
export function configureRepo(dir: string): void {
  for (const [key, value] of [
    ['user.email', 'test@example.invalid'],
    ['user.name', 'Test'],
    ['commit.gpgsign', 'false'],
    ['tag.gpgsign', 'false'],
  ] as const) {
    git(dir, 'config', key, value);
  }
  const common = git(dir, 'rev-parse', '--path-format=absolute', '--git-common-dir').trim();
  git(dir, 'config', 'core.hooksPath', join(common, 'hooks'));
}

/** Like runCli, but without blocking this process's event loop (for servers in the test process). */
export function runCliAsync(args: string[], options: { cwd: string; env?: Record<string, string | undefined> }): Promise<RunResult> {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, ...ENGLISH, ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd, env: env as NodeJS.ProcessEnv });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', fail);
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

/** Calls main() in this process with captured output (for tests that mock modules under it). */
export async function runMain(
  main: (argv: string[], io: import('../src/cli/main.js').Io) => Promise<number>,
  args: string[],
  cwd: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: (async function* () {})(),
    env: { NO_COLOR: '1' },
    cwd,
  });
  return { code, stdout, stderr };
}
