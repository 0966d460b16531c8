/** The library API: findings as data, from the source entry (types) and the built package entry. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPatterns, scan, scanRange, scanStaged, type Finding, type ScanResult } from '../src/index.js';
import { git, initRepo, makeKeys, ROOT, tempDir } from './helpers.js';
import { pairText } from './git-helpers.js';

const k = makeKeys(81);
let dir: string;
let cleanup: () => void;

beforeEach(() => {
  ({ dir, cleanup } = tempDir('scan-keys-lib-'));
});
afterEach(() => cleanup());

describe('library API', () => {
  it('scan(paths, { root }) returns findings as data without printing', async () => {
    writeFileSync(join(dir, 'app.properties'), pairText(k));
    writeFileSync(join(dir, 'clean.txt'), 'nothing here\n');
    const writes: string[] = [];
    const orig = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((s: string) => (writes.push(String(s)), true)) as typeof process.stdout.write;
    let result: ScanResult;
    try {
      result = await scan(['.'], { root: dir });
    } finally {
      process.stdout.write = orig;
    }
    expect(writes).toEqual([]);
    const findings: Finding[] = result.findings;
    expect(findings.map((f) => [f.ruleId, f.file, f.line, f.severity])).toEqual([
      ['alibaba-access-key-id', 'app.properties', 2, 'critical'],
      ['alibaba-access-key-secret', 'app.properties', 3, 'critical'],
    ]);
    expect(findings[0]?.secret).toBe(k.aliId); // raw data: masking is the caller's choice
    expect(result.stats.files).toBe(2);
  });

  it('scanStaged and scanRange take a cwd and default to the built-in rules', async () => {
    initRepo(dir);
    writeFileSync(join(dir, 'README'), 'x\n');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '--no-verify', '-m', 'base');
    writeFileSync(join(dir, 'app.properties'), pairText(k));
    git(dir, 'add', '-A');
    const staged = await scanStaged({ cwd: dir });
    expect(staged.findings).toHaveLength(2);
    git(dir, 'commit', '-q', '--no-verify', '-m', 'key');
    const range = await scanRange('HEAD~1..HEAD', { cwd: dir, rules: loadPatterns() });
    expect(range.findings.map((f) => [f.file, f.commit?.count, f.presentAtHead])).toEqual([
      ['app.properties', 1, true],
      ['app.properties', 1, true],
    ]);
    writeFileSync(join(dir, 'app.properties'), 'gone\n');
    git(dir, 'commit', '-q', '--no-verify', '-am', 'remove');
    const history = await scanRange({ history: true }, { cwd: dir });
    expect(history.findings.map((f) => f.presentAtHead)).toEqual([false, false]);
  });

  it("the built package entry: import('scan-keys') (self-reference through exports) scans, and ships .d.ts", () => {
    writeFileSync(join(dir, 'app.properties'), pairText(k));
    const code = `const m = await import('scan-keys');
const r = await m.scan([${JSON.stringify(dir)}], { root: ${JSON.stringify(dir)} });
console.log(JSON.stringify({ api: ['scan','scanStaged','scanRange','loadPatterns'].map((n) => typeof m[n]), rules: m.loadPatterns().rules.length, ids: r.findings.map((f) => f.ruleId) }));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { api: string[]; rules: number; ids: string[] };
    expect(out.api).toEqual(['function', 'function', 'function', 'function']);
    expect(out.rules).toBeGreaterThan(10);
    expect(out.ids).toEqual(['alibaba-access-key-id', 'alibaba-access-key-secret']);
    const dts = spawnSync('grep', ['-c', 'scanRange', join(ROOT, 'dist', 'index.d.ts')], { encoding: 'utf8' });
    expect(Number(dts.stdout.trim())).toBeGreaterThan(0);
  });
});
