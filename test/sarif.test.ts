/**
 * SARIF output validated against the official SARIF 2.1.0 JSON schema (test/fixtures, see
 * README there), and GitHub workflow-command annotations with their escaping.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvDraft04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import { escapeData, escapeProperty, workflowCommand } from '../src/report/github.js';
import { toUri } from '../src/report/sarif.js';
import { loadPatterns } from '../src/patterns/load.js';
import { makeKeys, ROOT, runCli, tempDir } from './helpers.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'sarif-schema-2.1.0.json'), 'utf8'));
// unicodeRegExp: false: the schema's `language` pattern (`^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$`)
// has a stray ']' that only a non-unicode RegExp accepts. strict: false: draft-04 `id` and
// SARIF's own annotations are not Ajv keywords.
// Both are CommonJS with `exports.default`: under NodeNext the default import is the module object.
const AjvDraft04 = ((AjvDraft04Module as unknown as { default?: typeof AjvDraft04Module.default }).default ?? AjvDraft04Module) as typeof AjvDraft04Module.default;
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule.default }).default ?? addFormatsModule) as typeof addFormatsModule.default;
const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

const k = makeKeys(51);
let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

function plant(): void {
  mkdirSync(join(dir, 'dir with space'));
  writeFileSync(join(dir, 'app.properties'), `# aliyun\naccessKeyId=${k.aliId}\naccessKeySecret=${k.aliSecret}\n`);
  // A non-ASCII path and a column after multi-byte characters.
  writeFileSync(join(dir, 'dir with space', 'café%.txt'), `名前 = "${k.tcId}"\n`);
  // Public by design: low, not blocking → note.
  writeFileSync(join(dir, 'url.txt'), `https://b.oss-cn-hangzhou.aliyuncs.com/a.zip?OSSAccessKeyId=${k.aliIdShort}&Expires=1700000000&Signature=abc%3D\n`);
}

describe('--format sarif', () => {
  it('the schema validator rejects what it should (the check is not vacuous)', () => {
    const bad = { version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'fatal', locations: [{ physicalLocation: { region: { startLine: 0 } } }] }] }] };
    expect(validate(bad)).toBe(false);
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
  });

  it('validates against the SARIF 2.1.0 schema and carries what GitHub code scanning reads', () => {
    plant();
    const r = runCli(['.', '--format', 'sarif'], { cwd: dir });
    expect(r.status).toBe(1);
    const log = JSON.parse(r.stdout);
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);

    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    const rules = run.tool.driver.rules as Array<{ id: string; helpUri: string; properties: Record<string, unknown>; help: { text: string } }>;
    expect(run.tool.driver.name).toBe('scan-keys');
    expect(rules.map((x) => x.id)).toEqual(loadPatterns().rules.map((x) => x.id));
    expect(new Set(rules.map((x) => x.id)).size).toBe(rules.length);
    for (const rule of rules) {
      expect(rule.helpUri).toMatch(/^https:\/\//);
      expect(rule.properties['security-severity']).toMatch(/^\d+\.\d$/);
      expect(rule.properties.tags).toContain('security');
      expect(rule.help.text).toContain(rule.helpUri);
    }

    const results = run.results as Array<Record<string, any>>;
    expect(results).toHaveLength(4);
    for (const res of results) {
      expect(rules[res.ruleIndex]!.id).toBe(res.ruleId);
      expect(res.partialFingerprints['scanKeys/v1']).toMatch(/^[0-9a-f]{32}$/);
    }
    const id = results.find((x) => x.ruleId === 'alibaba-access-key-id' && x.locations[0].physicalLocation.artifactLocation.uri === 'app.properties')!;
    expect(id.level).toBe('error');
    expect(id.locations[0].physicalLocation.region).toEqual({ startLine: 2, startColumn: 13, endLine: 2, endColumn: 37 });
    expect(id.message.text).toMatch(/LTAI\*+.{4}/);

    const tc = results.find((x) => x.ruleId === 'tencent-secret-id')!;
    expect(tc.locations[0].physicalLocation.artifactLocation.uri).toBe('dir%20with%20space/caf%C3%A9%25.txt');
    expect(tc.locations[0].physicalLocation.region.startColumn).toBe(7);

    const pub = results.find((x) => x.locations[0].physicalLocation.artifactLocation.uri === 'url.txt')!;
    expect(pub.level).toBe('note');

    for (const secret of [k.aliId, k.aliSecret, k.tcId, k.aliIdShort]) expect(r.stdout).not.toContain(secret);
  });

  it('shows values only with --show-secrets, and --output keeps the exit code', () => {
    plant();
    const shown = runCli(['.', '--format', 'sarif', '--show-secrets'], { cwd: dir });
    expect(shown.stdout).toContain(k.aliSecret);
    expect(validate(JSON.parse(shown.stdout))).toBe(true);
    const out = runCli(['.', '--format', 'sarif', '-o', 'scan.sarif'], { cwd: dir });
    expect(out.status).toBe(1);
    expect(out.stdout).toBe('');
    expect(validate(JSON.parse(readFileSync(join(dir, 'scan.sarif'), 'utf8')))).toBe(true);
  });

  it('a clean run is a valid log with no results; warnings below --fail-on', () => {
    writeFileSync(join(dir, 'a.txt'), 'clean\n');
    const clean = runCli(['.', '--format', 'sarif'], { cwd: dir });
    expect(clean.status).toBe(0);
    const log = JSON.parse(clean.stdout);
    expect(validate(log)).toBe(true);
    expect(log.runs[0].results).toEqual([]);
    writeFileSync(join(dir, 'a.txt'), `aliyun ${k.aliId}\n`);
    const warn = runCli(['.', '--format', 'sarif', '--fail-on', 'critical'], { cwd: dir });
    expect(warn.status).toBe(0);
    expect(JSON.parse(warn.stdout).runs[0].results[0].level).toBe('warning');
  });

  it('percent-encodes relative URIs with forward slashes', () => {
    expect(toUri('a/b c/#x?.txt')).toBe('a/b%20c/%23x%3F.txt');
    expect(toUri("it's(1)*.txt")).toBe('it%27s%281%29%2A.txt');
    expect(toUri('/abs/path x')).toBe('file:///abs/path%20x');
  });
});

describe('--format github', () => {
  it('escapes per the Actions toolkit: data % CR LF, properties also : and ,', () => {
    expect(escapeData('50% done\r\nnext: a, b')).toBe('50%25 done%0D%0Anext: a, b');
    expect(escapeProperty('a:b,c%d\ne')).toBe('a%3Ab%2Cc%25d%0Ae');
    expect(workflowCommand('error', [['file', 'x,y:z.txt'], ['line', 3]], 'bad: 100%\nfix')).toBe('::error file=x%2Cy%3Az.txt,line=3::bad: 100%25%0Afix');
  });

  it('writes one annotation per finding: error when blocking, warning otherwise; masked', () => {
    writeFileSync(join(dir, 'a,b:c.txt'), `aliyun id ${k.aliId}\n`);
    const r = runCli(['.', '--format', 'github'], { cwd: dir });
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^::error file=a%2Cb%3Ac\.txt,line=1,endLine=1,col=11,endColumn=35,title=scan-keys%3A Alibaba Cloud AccessKey ID::Alibaba Cloud AccessKey ID LTAI\*+.{4} \(high\)/);
    expect(lines[0]).not.toMatch(/[\r]/);
    expect(r.stdout).not.toContain(k.aliId);
    const warn = runCli(['.', '--format', 'github', '--fail-on', 'critical'], { cwd: dir });
    expect(warn.status).toBe(0);
    expect(warn.stdout).toMatch(/^::warning file=/);
  });
});
