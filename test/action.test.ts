/** action/run.mjs with simulated GitHub event payloads and environment, on a repo with a known history. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { git, initRepo, makeKeys, ROOT, tempDir } from './helpers.js';
import { gitRun, pairText, write } from './git-helpers.js';

const RUN = join(ROOT, 'action', 'run.mjs');
const ZERO = '0'.repeat(40);
const k = makeKeys(87);
let dir: string;
let work: string;
let cleanup: () => void;

beforeEach(() => {
  ({ dir: work, cleanup } = tempDir('scan-keys-action-'));
  dir = join(work, 'repo');
  mkdirSync(dir);
  initRepo(dir);
});
afterEach(() => cleanup());

let tick = 0;
function commit(message: string): string {
  tick++;
  const date = `2024-05-${String(tick).padStart(2, '0')}T10:00:00+00:00`;
  git(dir, 'add', '-A');
  const r = gitRun(dir, ['commit', '-q', '--no-verify', '-m', message], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  if (r.status !== 0) throw new Error(r.stderr);
  return git(dir, 'rev-parse', 'HEAD').trim();
}

/** c1 base; c2 adds a key pair; c3 another file. */
function history(): [string, string, string] {
  write(dir, 'README', 'demo\n');
  const c1 = commit('c1 base');
  write(dir, 'app.properties', `name=demo\n${pairText(k)}`);
  const c2 = commit('c2 adds a key');
  write(dir, 'README', 'demo\nmore\n');
  const c3 = commit('c3 other');
  return [c1, c2, c3];
}

function runAction(cwd: string, eventName: string, event: object, inputs: Record<string, string> = {}) {
  const eventPath = join(work, 'event.json');
  const summary = join(work, 'summary.md');
  const output = join(work, 'output.txt');
  writeFileSync(eventPath, JSON.stringify(event));
  writeFileSync(summary, '');
  const env: Record<string, string | undefined> = {
    ...process.env,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output,
    ...inputs,
  };
  const r = spawnSync(process.execPath, [RUN], { cwd, env: env as NodeJS.ProcessEnv, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, summary: readFileSync(summary, 'utf8'), output: existsSync(output) ? readFileSync(output, 'utf8') : '' };
}

function noSecrets(...texts: string[]): void {
  for (const t of texts) for (const s of [k.aliId, k.aliSecret]) expect(t).not.toContain(s);
}

describe('GitHub Action (action/run.mjs)', () => {
  it('pull_request: scans base..head, fails, annotates, writes the summary table and SARIF', () => {
    const [c1, c2, c3] = history();
    const sarif = join(work, 'out.sarif');
    const r = runAction(dir, 'pull_request', { pull_request: { base: { sha: c1 }, head: { sha: c3 } } }, { INPUT_SARIF_FILE: sarif });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`scanning pull request commits ${c1.slice(0, 7)}..${c3.slice(0, 7)}`);
    expect(r.stdout).toMatch(/^::error file=app.properties,line=3,endLine=3,col=\d+,endColumn=\d+,title=scan-keys%3A Alibaba Cloud AccessKey ID::/m);
    expect(r.stdout).toMatch(/^::error file=app.properties,line=4,/m);
    expect(r.summary).toContain('### scan-keys: 2 findings (failing the check)');
    expect(r.summary).toContain('| file:line | rule | severity | value (masked) | commit |');
    expect(r.summary).toContain(`| <code>app.properties:3</code> | Alibaba Cloud AccessKey ID (<code>alibaba-access-key-id</code>) | critical | <code>LTAI`);
    expect(r.summary).toContain(`<code>${c2.slice(0, 10)}</code> Test 2024-05-`);
    expect(r.output).toBe('findings=2\n');
    const log = JSON.parse(readFileSync(sarif, 'utf8')) as { version: string; runs: Array<{ results: Array<{ ruleId: string }> }> };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]?.results.map((x) => x.ruleId)).toEqual(['alibaba-access-key-id', 'alibaba-access-key-secret']);
    noSecrets(r.stdout, r.stderr, r.summary, readFileSync(sarif, 'utf8'));
  });

  it('push: scans before..after; a range without the key passes with a clean summary', () => {
    const [, c2, c3] = history();
    const r = runAction(dir, 'push', { before: c2, after: c3, ref: 'refs/heads/main', repository: { default_branch: 'main' } });
    expect(r.status).toBe(0);
    expect(r.summary).toContain('### scan-keys: no credentials found');
    expect(r.output).toBe('findings=0\n');
    expect(r.stdout).not.toContain('::error');
  });

  it('push of a new branch (all-zero before): the commits not on the default branch', () => {
    write(dir, 'README', 'demo\n');
    commit('base on main');
    git(dir, 'checkout', '-q', '-b', 'feature');
    write(dir, 'app.properties', pairText(k));
    const f1 = commit('feature adds a key');
    const r = runAction(dir, 'push', { before: ZERO, after: f1, ref: 'refs/heads/feature', repository: { default_branch: 'main' } });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('scanning new branch feature: commits not on main');
    expect(r.summary).toContain(f1.slice(0, 10));
    noSecrets(r.stdout, r.summary);
  });

  it('push of the default branch for the first time: the tree; a deleted branch: nothing', () => {
    const [, , c3] = history();
    const first = runAction(dir, 'push', { before: ZERO, after: c3, ref: 'refs/heads/main', repository: { default_branch: 'main' } });
    expect(first.status).toBe(1);
    expect(first.stdout).toContain('scanning the files at this commit (new branch)');
    expect(first.summary).toContain('| —');
    const deleted = runAction(dir, 'push', { before: c3, after: ZERO, ref: 'refs/heads/gone' });
    expect(deleted.status).toBe(0);
    expect(deleted.stdout).toContain('deleted a branch');
  });

  it('a shallow checkout: exit 2 with an error annotation that says fetch-depth: 0', () => {
    const [c1, , c3] = history();
    const clone = join(work, 'shallow');
    git(work, 'clone', '-q', '--depth', '1', `file://${dir}`, clone);
    const r = runAction(clone, 'pull_request', { pull_request: { base: { sha: c1 }, head: { sha: c3 } } });
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/^::error title=scan-keys::.*fetch-depth: 0/m);
    expect(r.summary).toContain('### scan-keys: error');
  });
});

describe('action.yml', () => {
  it('is a composite action that installs from its own directory and runs action/run.mjs', () => {
    const yml = readFileSync(join(ROOT, 'action.yml'), 'utf8');
    expect(yml).toMatch(/^runs:\n {2}using: composite$/m);
    expect(yml).not.toMatch(/docker/i);
    expect(yml).toContain('working-directory: ${{ github.action_path }}');
    expect(yml).toContain('run: node "$GITHUB_ACTION_PATH/action/run.mjs"');
    for (const name of ['sarif-file', 'fail-on', 'baseline', 'config']) {
      expect(yml).toContain(`\n  ${name}:\n`);
      expect(yml).toContain(`INPUT_${name.toUpperCase().replace('-', '_')}: \${{ inputs.${name} }}`);
    }
  });
});
