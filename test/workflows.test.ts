/**
 * The pre-commit framework's .pre-commit-hooks.yaml (structure, and each hook's entry run as the
 * framework runs it) and lint-staged's calling convention (many absolute paths).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, git, initRepo, makeKeys, ROOT, runCli, tempDir } from './helpers.js';
import { json, pairText, write } from './git-helpers.js';

const k = makeKeys(89);
let dir: string;
let cleanup: () => void;

beforeEach(() => {
  ({ dir, cleanup } = tempDir('scan-keys-wf-'));
  initRepo(dir);
});
afterEach(() => cleanup());

type Scalar = string | boolean | string[];

/** Just enough YAML for this file: a top-level list of flat maps with scalars and flow lists. */
function parseHooksYaml(text: string): Array<Record<string, Scalar>> {
  const items: Array<Record<string, Scalar>> = [];
  for (const [i, raw] of text.split('\n').entries()) {
    if (/^\s*(#.*)?$/.test(raw)) continue;
    const m = /^(- |  )([a-z_]+): (.*)$/.exec(raw);
    if (!m) throw new Error(`.pre-commit-hooks.yaml:${i + 1}: not "- key: value" or "  key: value": ${raw}`);
    if (m[1] === '- ') items.push({});
    const item = items.at(-1);
    if (!item) throw new Error(`.pre-commit-hooks.yaml:${i + 1}: a key before the first "- "`);
    const key = m[2] as string;
    if (key in item) throw new Error(`.pre-commit-hooks.yaml:${i + 1}: duplicate key ${key}`);
    const v = (m[3] as string).trim();
    item[key] = v === 'true' ? true : v === 'false' ? false : /^\[.*\]$/.test(v) ? v.slice(1, -1).split(',').map((s) => s.trim()).filter(Boolean) : v.replace(/^(['"])(.*)\1$/, '$2');
  }
  return items;
}

const STAGES = ['pre-commit', 'pre-merge-commit', 'pre-push', 'prepare-commit-msg', 'commit-msg', 'post-checkout', 'post-commit', 'post-merge', 'post-rewrite', 'manual'];

/** Runs a hook's entry as pre-commit does: entry words, then (with pass_filenames) the files. */
function runEntry(hook: Record<string, Scalar>, files: string[], cwd: string) {
  const [cmd, ...args] = String(hook.entry).split(/\s+/);
  expect(cmd).toBe('scan-keys');
  const r = spawnSync(process.execPath, [BIN, ...args, ...(hook.pass_filenames === false ? [] : files)], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('pre-commit framework: .pre-commit-hooks.yaml', () => {
  const hooks = parseHooksYaml(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8'));
  const byId = (id: string) => hooks.find((h) => h.id === id) as Record<string, Scalar>;

  it('is valid: two node hooks with the required keys, known stages, unique ids', () => {
    expect(hooks.map((h) => h.id)).toEqual(['scan-keys', 'scan-keys-files']);
    for (const h of hooks) {
      for (const key of ['id', 'name', 'entry', 'language']) expect(typeof h[key], `${String(h.id)}.${key}`).toBe('string');
      expect(h.language).toBe('node');
      expect(typeof h.pass_filenames).toBe('boolean');
      for (const s of h.stages as string[]) expect(STAGES).toContain(s);
      for (const key of Object.keys(h)) {
        expect(['id', 'name', 'description', 'entry', 'language', 'pass_filenames', 'always_run', 'require_serial', 'stages', 'files', 'exclude', 'types', 'args']).toContain(key);
      }
    }
    expect(byId('scan-keys')).toMatchObject({ entry: 'scan-keys --staged', pass_filenames: false });
    expect(byId('scan-keys-files')).toMatchObject({ entry: 'scan-keys', pass_filenames: true });
    // language: node installs this package: its bin must be the entry's command.
    expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).bin).toEqual({ 'scan-keys': 'bin/scan-keys.js' });
  });

  it('the staged hook fails on a staged key and passes a clean index', () => {
    write(dir, 'README', 'x\n');
    git(dir, 'add', '-A');
    expect(runEntry(byId('scan-keys'), ['README'], dir).status).toBe(0);
    write(dir, 'app.properties', pairText(k));
    git(dir, 'add', '-A');
    const r = runEntry(byId('scan-keys'), ['README', 'app.properties'], dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('app.properties');
    expect(r.stdout).not.toContain(k.aliSecret);
  });

  it('the files hook scans the filenames it is given (pre-commit run --all-files)', () => {
    write(dir, 'clean.txt', 'x\n');
    write(dir, 'sub/app.properties', pairText(k));
    expect(runEntry(byId('scan-keys-files'), ['clean.txt'], dir).status).toBe(0);
    const r = runEntry(byId('scan-keys-files'), ['clean.txt', 'sub/app.properties'], dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('sub/app.properties');
  });
});

describe('lint-staged: scan-keys FILE…', () => {
  it('scans exactly the given files: 300 absolute paths, spaces in names, one outside the cwd', () => {
    const outside = tempDir('scan-keys-outside-');
    try {
      const files: string[] = [];
      for (let i = 0; i < 300; i++) {
        const name = i % 3 === 0 ? `src/dir with space/file ${i}.ts` : `src/f${i}.ts`;
        write(dir, name, i === 150 ? `// aliyun\nconst accessKeyId = "${k.aliId}";\nconst accessKeySecret = "${k.aliSecret}";\n` : `export const n${i} = ${i};\n`);
        files.push(join(dir, name));
      }
      write(dir, 'not-passed.env', `TENCENTCLOUD_SECRET_ID=${k.tcId}\n`); // in the tree, not given: not scanned
      write(dir, '.gitignore', 'ignored.env\n');
      write(dir, 'ignored.env', `TENCENTCLOUD_SECRET_ID=${k.tcId}\n`); // given explicitly: scanned though ignored
      files.push(join(dir, 'ignored.env'));
      writeFileSync(join(outside.dir, 'elsewhere.env'), pairText(k));
      files.push(join(outside.dir, 'elsewhere.env'));
      const r = runCli(['--format', 'json', ...files], { cwd: dir });
      expect(r.status).toBe(1);
      const doc = json(r);
      expect(doc.stats.files).toBe(302);
      const found = [...new Set(doc.findings.map((f) => f.file))].sort();
      expect(found).toEqual([join(outside.dir, 'elsewhere.env').replace(/\\/g, '/'), 'ignored.env', 'src/dir with space/file 150.ts'].sort());
    } finally {
      outside.cleanup();
    }
  });

  it('README has a .lintstagedrc.json snippet that runs scan-keys on the staged files', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const m = /`\.lintstagedrc\.json`:\n\n```json\n([\s\S]*?)```/.exec(readme);
    expect(m, 'README: "`.lintstagedrc.json`:" then a ```json block').not.toBeNull();
    const config = JSON.parse((m as RegExpExecArray)[1] as string) as Record<string, string | string[]>;
    expect(Object.values(config).flat()).toContain('scan-keys');
  });
});
