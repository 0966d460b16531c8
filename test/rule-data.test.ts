/**
 * scan-keys' own rule files are rule data, never findings: a pattern file is recognised by its
 * head (ContentScanner), and untracked node_modules/ is not listed in a git work tree.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentScanner, loadPatterns } from '../src/index.js';
import { git, initRepo, makeKeys, ROOT, runCli, tempDir } from './helpers.js';

const set = loadPatterns();

function scanWhole(data: Buffer) {
  const scanner = new ContentScanner(set, { file: 'x.json' });
  const findings = [...scanner.push(data), ...scanner.end()];
  return { findings, ruleData: scanner.isRuleData, binary: scanner.isBinary };
}

describe('pattern files are rule data', () => {
  for (const name of ['alibaba.json', 'tencent.json']) {
    it(`patterns/${name}: no finding, recognised as rule data, not as binary`, () => {
      const r = scanWhole(readFileSync(join(ROOT, 'patterns', name)));
      expect(r).toEqual({ findings: [], ruleData: true, binary: false });
    });
  }

  it('the same examples in a JSON file of another shape are still found', () => {
    const data = JSON.parse(readFileSync(join(ROOT, 'patterns', 'alibaba.json'), 'utf8')) as Record<string, unknown>;
    const { $schema: _schema, provider: _provider, ...rest } = data;
    const r = scanWhole(Buffer.from(JSON.stringify({ settings: rest }, null, 2)));
    expect(r.ruleData).toBe(false);
    expect(r.findings.length).toBeGreaterThan(10);
  });

  it('a config that merely names a schema.json is not rule data', () => {
    const k = makeKeys(21);
    const text = `{\n  "$schema": "./config.schema.json",\n  "accessKeyId": "${k.aliId}",\n  "rules": []\n}\n`;
    const r = scanWhole(Buffer.from(text));
    expect(r.ruleData).toBe(false);
    expect(r.findings.map((f) => f.ruleId)).toContain('alibaba-access-key-id');
  });
});

describe('node_modules/ in a git work tree', () => {
  const tmp = tempDir('scan-keys-modules-');
  afterAll(() => tmp.cleanup());
  const k = makeKeys(22);
  const line = `module.exports = { accessKeyId: '${k.aliId}' };\n`;

  it('untracked files there are not listed, tracked ones are, and a directory named inside it is scanned', () => {
    const dir = tmp.dir;
    initRepo(dir);
    for (const p of ['node_modules/dep/index.js', 'packages/app/node_modules/dep/index.js', 'node_modules/committed.js', 'src/index.js']) {
      mkdirSync(join(dir, p, '..'), { recursive: true });
      writeFileSync(join(dir, p), line);
    }
    git(dir, 'add', '-f', 'node_modules/committed.js');
    const r = runCli(['--format', 'json', '.'], { cwd: dir });
    expect(r.status, r.stderr).toBe(1);
    const files = (JSON.parse(r.stdout) as { findings: Array<{ file: string }> }).findings.map((f) => f.file).sort();
    expect(files).toEqual(['node_modules/committed.js', 'src/index.js']);
    const named = runCli(['--format', 'json', 'node_modules/dep'], { cwd: dir });
    expect((JSON.parse(named.stdout) as { findings: Array<{ file: string }> }).findings.map((f) => f.file)).toEqual(['node_modules/dep/index.js']);
  }, 60_000);
});
