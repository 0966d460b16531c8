/** Baselines: stable file, keyed on rule + fingerprint + path, never lines, never values. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyBaseline, baselineEntries, parseBaseline, renderBaseline } from '../src/policy/baseline.js';
import type { Finding } from '../src/types.js';
import { git, initRepo, makeKeys, runCli, tempDir } from './helpers.js';

const k = makeKeys(41);
const k2 = makeKeys(42);

function finding(file: string, ruleId: string, fingerprint: string, line = 1): Finding {
  return { file, ruleId, fingerprint, line } as Finding;
}

describe('baseline file', () => {
  it('is sorted, de-duplicated, 2-space JSON with a trailing newline and no line numbers', () => {
    const fp = (c: string) => c.repeat(32);
    const entries = baselineEntries([
      finding('b.txt', 'r1', fp('a'), 9),
      finding('a.txt', 'r2', fp('b'), 3),
      finding('a.txt', 'r1', fp('c'), 1),
      finding('a.txt', 'r1', fp('c'), 7),
    ]);
    const text = renderBaseline(entries);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toBe(JSON.stringify(JSON.parse(text), null, 2) + '\n');
    expect(text).not.toMatch(/"line"|Date|time/i);
    const doc = JSON.parse(text);
    expect(doc.version).toBe(1);
    expect(doc.findings.map((e: { file: string; ruleId: string }) => `${e.file} ${e.ruleId}`)).toEqual(['a.txt r1', 'a.txt r2', 'b.txt r1']);
    expect(renderBaseline([...entries].reverse())).toBe(text);
    expect(parseBaseline(text, 'x')).toEqual(entries);
  });

  it('drops covered findings and lists stale entries', () => {
    const fp = (c: string) => c.repeat(32);
    const entries = baselineEntries([finding('a.txt', 'r1', fp('a')), finding('gone.txt', 'r1', fp('b'))]);
    const r = applyBaseline([finding('a.txt', 'r1', fp('a'), 50), finding('a.txt', 'r1', fp('d')), finding('other.txt', 'r1', fp('a'))], entries);
    expect(r.baselined.map((f) => f.line)).toEqual([50]);
    expect(r.kept.map((f) => f.file)).toEqual(['a.txt', 'other.txt']);
    expect(r.stale.map((e) => e.file)).toEqual(['gone.txt']);
  });

  it('rejects a file that is not a baseline, naming it', () => {
    expect(() => parseBaseline('{"version":1,"findings":[{"file":"a"}]}', 'b.json')).toThrow(/b\.json: field "findings\[0\]"/);
    expect(() => parseBaseline('[]', 'b.json')).toThrow(/not a scan-keys baseline/);
    expect(() => parseBaseline('{', 'b.json')).toThrow(/invalid JSON/);
  });
});

describe('adopting on a repository with old keys', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(() => cleanup());

  it('baseline once, then only new keys fail; moving a key does not resurrect it', () => {
    initRepo(dir);
    mkdirSync(join(dir, 'config'));
    writeFileSync(join(dir, 'config', 'old.properties'), `# aliyun\naccessKeyId=${k.aliId}\naccessKeySecret=${k.aliSecret}\n`);
    writeFileSync(join(dir, 'tc.env'), `TENCENTCLOUD_SECRET_ID=${k.tcId}\n`);
    expect(runCli(['.'], { cwd: dir }).status).toBe(1);

    const w = runCli(['baseline'], { cwd: dir });
    expect(w.status).toBe(0);
    expect(w.stderr).toContain('wrote 3 baseline entries to .scan-keys-baseline.json');
    const text = readFileSync(join(dir, '.scan-keys-baseline.json'), 'utf8');
    for (const secret of [k.aliId, k.aliSecret, k.tcId]) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/"line"/);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'baseline');

    // Rewriting the baseline with nothing changed gives the same bytes.
    expect(runCli(['baseline'], { cwd: dir }).status).toBe(0);
    expect(readFileSync(join(dir, '.scan-keys-baseline.json'), 'utf8')).toBe(text);

    const scan = () => runCli(['.', '--baseline', '.scan-keys-baseline.json', '--format', 'json'], { cwd: dir });
    expect(scan().status).toBe(0);

    // Lines move: still baselined.
    writeFileSync(join(dir, 'config', 'old.properties'), `# aliyun\n\n\n# moved\naccessKeyId=${k.aliId}\n\naccessKeySecret=${k.aliSecret}\n`);
    expect(scan().status).toBe(0);

    // A new key on a baselined line is found.
    writeFileSync(join(dir, 'tc.env'), `TENCENTCLOUD_SECRET_ID=${k.tcId} ${k2.tcId}\n`);
    const r = scan();
    expect(r.status).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.findings).toHaveLength(1);
    expect(doc.findings[0]).toMatchObject({ file: 'tc.env', line: 1, ruleId: 'tencent-secret-id' });
  });

  it('keys on the path: the same key in another file is new; baseline paths hold from a subdirectory', () => {
    initRepo(dir);
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'a.txt'), `aliyun ${k.aliId}\n`);
    expect(runCli(['baseline'], { cwd: dir }).status).toBe(0);
    expect(runCli(['.', '--baseline', '../.scan-keys-baseline.json'], { cwd: join(dir, 'sub') }).status).toBe(0);
    writeFileSync(join(dir, 'sub', 'b.txt'), `aliyun ${k.aliId}\n`);
    const r = runCli(['.', '--baseline', '.scan-keys-baseline.json'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('sub/b.txt');
    expect(r.stdout).not.toContain('sub/a.txt');
  });

  it('reports stale entries with --verbose; --baseline-file and --output choose where to write', () => {
    writeFileSync(join(dir, 'a.txt'), `aliyun ${k.aliId}\n`);
    writeFileSync(join(dir, 'b.txt'), `tencent ${k.tcId}\n`);
    expect(runCli(['baseline', '--baseline-file', 'bl.json'], { cwd: dir }).status).toBe(0);
    expect(runCli(['baseline', 'a.txt', '-o', 'only-a.json'], { cwd: dir }).status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'only-a.json'), 'utf8')).findings).toHaveLength(1);
    writeFileSync(join(dir, 'b.txt'), 'revoked and removed\n');
    const quiet = runCli(['.', '--baseline', 'bl.json'], { cwd: dir });
    expect(quiet.status).toBe(0);
    expect(quiet.stderr).toBe('');
    const r = runCli(['.', '--baseline', 'bl.json', '--verbose'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/stale baseline entry \(no longer found\): b\.txt tencent-secret-id [0-9a-f]{32}/);
  });

  it('exits 2 on a missing or malformed baseline', () => {
    writeFileSync(join(dir, 'a.txt'), 'clean\n');
    expect(runCli(['.', '--baseline', 'nope.json'], { cwd: dir }).stderr).toContain('nope.json: cannot read: ENOENT');
    writeFileSync(join(dir, 'bad.json'), '{"findings": 3}');
    const r = runCli(['.', '--baseline', 'bad.json'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('not a scan-keys baseline');
  });
});
