/** Helpers for the git gate tests: throwaway repositories, keys, and git with extra environment. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { makeKeys, runCli, type RunResult } from './helpers.js';

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
