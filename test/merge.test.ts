/**
 * `scan-keys merge`: three throwaway repositories, each scanned by its own process
 * (`--history --format json`), one key shared by two of them, merged in every format.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import AjvDraft04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import { git, initRepo, makeKeys, ROOT, runCli, tempDir } from './helpers.js';
import { pairText, write } from './git-helpers.js';

const AjvDraft04 = ((AjvDraft04Module as unknown as { default?: typeof AjvDraft04Module.default }).default ?? AjvDraft04Module) as typeof AjvDraft04Module.default;
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule.default }).default ?? addFormatsModule) as typeof addFormatsModule.default;
const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'sarif-schema-2.1.0.json'), 'utf8')));

const shared = makeKeys(181);
const own = makeKeys(182);
const RAW = [shared.aliId, shared.aliSecret, own.tcId, own.tcKey];
let root: string;
let cleanup: () => void;
const reports: string[] = [];

function repo(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  mkdirSync(dir);
  initRepo(dir);
  for (const [path, text] of Object.entries(files)) write(dir, path, text);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--no-verify', '-m', `${name}: first`);
  return dir;
}

beforeAll(() => {
  ({ dir: root, cleanup } = tempDir('scan-keys-merge-'));
  const a = repo('alpha', { 'app.properties': pairText(shared), 'README': 'alpha\n' });
  const b = repo('beta', { 'deploy/values.properties': `x=1\n${pairText(shared)}`, '.env': `TENCENTCLOUD_SECRET_ID=${own.tcId}\nTENCENTCLOUD_SECRET_KEY=${own.tcKey}\n` });
  const c = repo('gamma', { 'README': 'clean\n' });
  // Names: --repo-name; the origin remote (its credentials dropped); the folder's name.
  git(b, 'remote', 'add', 'origin', 'https://ci-bot:t0ken@git.example.com/org/beta.git');
  const scans: Array<[string, string[]]> = [[a, ['--repo-name', 'org/alpha']], [b, []], [c, []]];
  for (const [dir, extra] of scans) {
    const out = join(root, `${dir.split('/').pop()}.json`);
    const r = runCli(['--history', '--format', 'json', '-o', out, ...extra], { cwd: dir });
    expect([0, 1]).toContain(r.status);
    reports.push(out);
  }
}, 60_000);
afterAll(() => cleanup());

const merge = (...args: string[]) => runCli(['merge', ...reports, ...args], { cwd: root });

describe('scan-keys merge', () => {
  it('each JSON report names its repository', () => {
    const names = reports.map((r) => JSON.parse(readFileSync(r, 'utf8')).repository);
    expect(names).toEqual(['org/alpha', 'https://git.example.com/org/beta.git', 'gamma']);
  });

  it('json: a key found in two repositories is one entry with both places; exit 1', { timeout: 60_000 }, () => {
    const r = merge('--format', 'json');
    expect(r.status).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.summary).toEqual({ repositories: 3, keys: 4, blocking: 4, inMoreThanOneRepository: 2 });
    const id = doc.keys.filter((k: { ruleId: string }) => k.ruleId === 'alibaba-access-key-id');
    expect(id).toHaveLength(1);
    expect(id[0].repositories).toEqual(['org/alpha', 'https://git.example.com/org/beta.git']);
    expect(id[0].places.map((p: { repository: string; file: string; line: number }) => [p.repository, p.file, p.line])).toEqual([
      ['org/alpha', 'app.properties', 2],
      ['https://git.example.com/org/beta.git', 'deploy/values.properties', 3],
    ]);
    for (const p of id[0].places) expect(p.commit.sha).toMatch(/^[0-9a-f]{40}$/);
    expect(doc.keys[0].repositories).toHaveLength(2); // shared keys come first
    expect(doc.repositories.map((x: { name: string; findings: number }) => [x.name, x.findings])).toEqual([
      ['org/alpha', 2], ['https://git.example.com/org/beta.git', 4], ['gamma', 0],
    ]);
    for (const v of RAW) expect(r.stdout).not.toContain(v);
  });

  it('text: the shared keys first, then each repository', { timeout: 60_000 }, () => {
    const r = merge();
    expect(r.status).toBe(1);
    const sharedAt = r.stdout.indexOf('Keys found in more than one repository (2)');
    const byRepo = r.stdout.indexOf('By repository');
    expect(sharedAt).toBeGreaterThanOrEqual(0);
    expect(byRepo).toBeGreaterThan(sharedAt);
    expect(r.stdout).toContain('org/alpha  app.properties:2');
    expect(r.stdout).toContain('https://git.example.com/org/beta.git  deploy/values.properties:3');
    expect(r.stdout).toContain('also in org/alpha');
    expect(r.stdout).toContain('4 keys (4 blocking) in 3 repositories; 2 in more than one repository');
    for (const v of RAW) expect(r.stdout).not.toContain(v);
  });

  it('text and html in Chinese with --lang zh-CN (and from the environment)', { timeout: 60_000 }, () => {
    const r = merge('--lang', 'zh-CN');
    expect(r.status).toBe(1);
    const sharedAt = r.stdout.indexOf('出现在多个仓库中的密钥（2）');
    expect(sharedAt).toBeGreaterThanOrEqual(0);
    expect(r.stdout.indexOf('按仓库')).toBeGreaterThan(sharedAt);
    expect(r.stdout).toContain('也出现在 org/alpha');
    expect(r.stdout).toContain('3 个仓库中共有 4 个密钥（4 个阻止）；其中 2 个出现在多个仓库中');
    expect(r.stdout).not.toContain('By repository');
    for (const v of RAW) expect(r.stdout).not.toContain(v);
    const fromEnv = runCli(['merge', ...reports], { cwd: root, env: { LC_ALL: 'zh_CN.UTF-8' } });
    expect(fromEnv.stdout).toBe(r.stdout);
    const html = merge('--lang', 'zh-CN', '--format', 'html');
    expect(html.stdout).toContain('<html lang="zh-CN">');
    expect(html.stdout).toContain('<h1>scan-keys 组织审计报告</h1>');
  });

  it('sarif: valid against the SARIF 2.1.0 schema; one result per key, a location per place', { timeout: 60_000 }, () => {
    const out = join(root, 'merged.sarif');
    const r = merge('--format', 'sarif', '-o', out);
    expect(r.status).toBe(1);
    const text = readFileSync(out, 'utf8');
    const log = JSON.parse(text);
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    const run = log.runs[0];
    expect(run.results).toHaveLength(4);
    const id = run.results.find((x: { ruleId: string }) => x.ruleId === 'alibaba-access-key-id');
    expect(id.locations.map((l: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }) => l.physicalLocation.artifactLocation)).toEqual([
      { uri: 'app.properties', uriBaseId: 'REPO1' },
      { uri: 'deploy/values.properties', uriBaseId: 'REPO2' },
    ]);
    expect(run.originalUriBaseIds.REPO2.description.text).toBe('https://git.example.com/org/beta.git');
    expect(id.properties.repositories).toHaveLength(2);
    for (const v of RAW) expect(text).not.toContain(v);
  });

  it('html: a "more than one repository" section at the top, then a view per repository', { timeout: 60_000 }, () => {
    const r = merge('--format', 'html');
    expect(r.status).toBe(1);
    const html = r.stdout;
    const sharedAt = html.indexOf('<h2 id="shared">Keys found in more than one repository (2)</h2>');
    expect(sharedAt).toBeGreaterThan(0);
    expect(html.indexOf('<h2 id="repositories">')).toBeGreaterThan(sharedAt);
    for (const name of ['org/alpha', 'https://git.example.com/org/beta.git', 'gamma']) expect(html).toContain(`>${name}</h3>`);
    expect(html).not.toMatch(/<script|<link|src=/i);
    for (const v of RAW) expect(html).not.toContain(v);
  });

  it.skipIf(!existsSync('/usr/bin/chromium'))('html: renders in headless Chromium with no console messages', { timeout: 120_000 }, () => {
    const page = join(root, 'audit.html');
    expect(merge('--format', 'html', '-o', page).status).toBe(1);
    const profile = tempDir('scan-keys-chromium-');
    try {
      const r = spawnSync('/usr/bin/chromium', [
        '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', `--user-data-dir=${profile.dir}`, '--enable-logging=stderr', '--v=0', '--dump-dom', `file://${page}`,
      ], { encoding: 'utf8', timeout: 90_000, maxBuffer: 16 * 1024 * 1024 });
      expect(r.error).toBeUndefined();
      expect(r.stdout).toContain('Keys found in more than one repository (2)');
      expect(r.stdout).toContain('https://git.example.com/org/beta.git');
      for (const v of RAW) expect(r.stdout).not.toContain(v);
      expect(r.stderr.split('\n').filter((l) => /CONSOLE|Uncaught|Refused to/i.test(l))).toEqual([]);
    } finally {
      profile.cleanup();
    }
  });

  it('exit 0 when nothing blocks; exit 2 for a file that is not a report', { timeout: 60_000 }, () => {
    expect(runCli(['merge', reports[2] as string], { cwd: root }).status).toBe(0);
    expect(merge('--fail-on', 'none').status).toBe(0);
    const bad = join(root, 'bad.json');
    writeFileSync(bad, '{"findings": []}');
    const r = runCli(['merge', bad], { cwd: root });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('not a scan-keys JSON report');
  });
});

describe('repository names', () => {
  it('drop credentials from a remote URL, and leave scp-like and plain URLs alone', async () => {
    const { withoutCredentials } = await import('../src/cli/merge.js');
    expect(withoutCredentials('https://bot:s3cret@git.example.com/org/a.git')).toBe('https://git.example.com/org/a.git');
    expect(withoutCredentials('ssh://git@git.example.com:2222/org/a.git')).toBe('ssh://git.example.com:2222/org/a.git');
    expect(withoutCredentials('git@git.example.com:org/a.git')).toBe('git@git.example.com:org/a.git');
    expect(withoutCredentials('https://git.example.com/org/a.git')).toBe('https://git.example.com/org/a.git');
  });
});
