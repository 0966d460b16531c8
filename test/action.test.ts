/**
 * The GitHub Action exactly as the runner starts it: action.yml's `runs.main` run with node, from a
 * copy of the commit under test that has no node_modules (the runner checks the action out and runs
 * it: no `npm ci`, no build), in a throwaway repository as the workspace, with the runner's
 * environment: GITHUB_EVENT_NAME, GITHUB_EVENT_PATH (a payload file), GITHUB_STEP_SUMMARY,
 * GITHUB_OUTPUT, GITHUB_WORKSPACE, and every input as INPUT_<NAME> (upper case, hyphens kept) with
 * action.yml's defaults.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { git, initRepo, makeKeys, ROOT, tempDir } from './helpers.js';
import { gitRun, pairText, write } from './git-helpers.js';
import { checkoutCopy } from './checkout.js';

const ZERO = '0'.repeat(40);
const k = makeKeys(87);
let dir: string;
let work: string;
let cleanup: () => void;

const ACTION_YML = readFileSync(join(ROOT, 'action.yml'), 'utf8');

/** action.yml's inputs and their defaults, and its `runs:` keys (flat YAML, as the file is written). */
function actionManifest(text: string): { inputs: Record<string, string>; runs: Record<string, string> } {
  const inputs: Record<string, string> = {};
  const runs: Record<string, string> = {};
  let section = '';
  let input = '';
  for (const line of text.split('\n')) {
    const top = /^([a-z-]+):/.exec(line);
    if (top) {
      section = top[1] as string;
      continue;
    }
    const unquote = (v: string) => v.trim().replace(/^'(.*)'$/, '$1');
    if (section === 'inputs') {
      const name = /^ {2}([a-z-]+):\s*$/.exec(line);
      if (name) input = name[1] as string;
      const def = /^ {4}default:(.*)$/.exec(line);
      if (def && input) inputs[input] = unquote(def[1] as string);
      else if (name) inputs[input] = '';
    }
    if (section === 'runs') {
      const kv = /^ {2}([a-z-]+):(.*)$/.exec(line);
      if (kv) runs[kv[1] as string] = unquote(kv[2] as string);
    }
  }
  return { inputs, runs };
}
const manifest = actionManifest(ACTION_YML);

/** The action as the runner checks it out: the committed files, no node_modules anywhere above. */
let action: { dir: string; cleanup(): void };
beforeAll(() => {
  action = tempDir('scan-keys-action-checkout-');
  checkoutCopy(join(action.dir, 'scan-keys'));
}, 120_000);
afterAll(() => action.cleanup());

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

/** Runs the action as the runner does; `inputs` by their action.yml names (`with:`). */
function runAction(cwd: string, eventName: string, event: object, inputs: Record<string, string> = {}) {
  const eventPath = join(work, 'event.json');
  const summary = join(work, 'summary.md');
  const output = join(work, 'output.txt');
  writeFileSync(eventPath, JSON.stringify(event));
  writeFileSync(summary, '');
  writeFileSync(output, '');
  const env: Record<string, string> = {};
  for (const name of ['PATH', 'HOME', 'TMPDIR', 'LANG']) if (process.env[name] !== undefined) env[name] = process.env[name] as string;
  Object.assign(env, {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: cwd,
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output,
  });
  for (const name of Object.keys(inputs)) expect(Object.keys(manifest.inputs), `input ${name} in action.yml`).toContain(name);
  for (const [name, def] of Object.entries(manifest.inputs)) env[`INPUT_${name.toUpperCase()}`] = inputs[name] ?? def;
  const entry = join(action.dir, 'scan-keys', manifest.runs.main as string);
  const r = spawnSync('node', [entry], { cwd, env, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, summary: readFileSync(summary, 'utf8'), output: readFileSync(output, 'utf8') };
}

function noSecrets(...texts: string[]): void {
  for (const t of texts) for (const s of [k.aliId, k.aliSecret]) expect(t).not.toContain(s);
}

// Each case starts node (the action) and the bundled command line two or three times: generous timeouts.
describe('GitHub Action, run as the runner runs it', { timeout: 60_000 }, () => {
  it('pull_request: scans base..head, fails, annotates, writes the summary table and SARIF', () => {
    const [c1, c2, c3] = history();
    const sarif = join(work, 'out.sarif');
    const r = runAction(dir, 'pull_request', { pull_request: { base: { sha: c1 }, head: { sha: c3 } } }, { 'sarif-file': sarif });
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

  it('inputs as the runner spells them: working-directory and fail-on', () => {
    write(dir, 'README', 'demo\n');
    write(dir, 'svc/app.properties', pairText(k));
    write(dir, 'other/clean.txt', 'x\n');
    commit('c1');
    const inSvc = runAction(dir, 'workflow_dispatch', {}, { 'working-directory': 'svc' });
    expect(inSvc.status).toBe(1);
    expect(inSvc.stdout).toMatch(/^::error file=app.properties,line=3,/m);
    const inOther = runAction(dir, 'workflow_dispatch', {}, { 'working-directory': 'other' });
    expect(inOther.status).toBe(0);
    expect(inOther.output).toBe('findings=0\n');
    const notFailing = runAction(dir, 'workflow_dispatch', {}, { 'fail-on': 'none' });
    expect(notFailing.status).toBe(0);
    expect(notFailing.output).toBe('findings=2\n');
    const missing = runAction(dir, 'workflow_dispatch', {}, { 'working-directory': 'nope' });
    expect(missing.status).toBe(2);
    expect(missing.stdout).toMatch(/^::error title=scan-keys::working-directory nope: no such directory$/m);
  });

  it('a tree large enough for worker threads: the bundled worker finds the key', () => {
    for (let i = 0; i < 400; i++) write(dir, `src/f${i}.ts`, i === 333 ? `// aliyun\nexport const id = "${k.aliId}";\nexport const secret = "${k.aliSecret}";\n` : `export const n${i} = ${i};\n`);
    commit('many files');
    const r = runAction(dir, 'workflow_dispatch', {});
    expect(r.status).toBe(1);
    expect(r.summary).toContain('Scanned the files at this commit: 400 file(s).');
    expect(r.summary).toContain('<code>src/f333.ts:2</code>');
    expect(r.output).toBe('findings=2\n');
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
  it('is a JavaScript action whose entry is committed and needs nothing installed', () => {
    expect(manifest.runs).toEqual({ using: 'node24', main: 'action/run.mjs' });
    expect(Object.keys(manifest.inputs).sort()).toEqual(['baseline', 'config', 'fail-on', 'sarif-file', 'working-directory']);
    expect(ACTION_YML).not.toMatch(/npm (ci|install)|docker/i);
    // The entry loads node's built-in modules only; the command line it runs is the committed bundle.
    const entry = readFileSync(join(ROOT, 'action', 'run.mjs'), 'utf8');
    const imports = [...entry.matchAll(/^import .* from '([^']+)';$/gm)].map((m) => m[1]);
    expect(imports.length).toBeGreaterThan(0);
    for (const spec of imports) expect(spec).toMatch(/^node:/);
    expect(entry).toContain("new URL('./dist/scan-keys.js', import.meta.url)");
    expect(existsSync(join(ROOT, 'action', 'dist', 'scan-keys.js'))).toBe(true);
    // Tree scans of 256+ files start ./worker.js next to the bundle (and quietly scan in one thread
    // without it): the bundle must carry it.
    expect(existsSync(join(ROOT, 'action', 'dist', 'worker.js'))).toBe(true);
  });
});
