/** .scan-keys.json: schema errors (all at once, naming fields), discovery at the repository root, overrides. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileConfig, ConfigError } from '../src/policy/config.js';
import type { JsonSchema } from '../src/patterns/validate.js';
import { loadPatternSchema } from '../src/patterns/load.js';
import { initRepo, makeKeys, randomAlnum, ROOT, runCli, tempDir } from './helpers.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'config.schema.json'), 'utf8')) as JsonSchema;
const k = makeKeys(21);

function errorsOf(data: unknown): string[] {
  try {
    compileConfig(data, schema, '.scan-keys.json', { patternSchema: loadPatternSchema() });
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message.split('\n');
  }
  return [];
}

/** A provider file for an extra rule, in the shape of patterns/*.json. */
function acmeProvider(example: string) {
  return {
    provider: 'acme',
    name: 'Acme Cloud',
    contextWords: 'acme',
    remediation: {
      console: { title: 'Acme keys', url: 'https://console.acme.invalid/keys' },
      now: ['Revoke it.'],
      prevent: ['Use a vault.'],
      links: [{ title: 'Docs', url: 'https://docs.acme.invalid/' }],
    },
    rules: [
      {
        id: 'acme-token',
        title: 'Acme API token',
        kind: 'access-key-id',
        role: 'id',
        pattern: 'ACME[A-Za-z0-9]{20}',
        keywords: ['ACME'],
        severity: 'high',
        examples: { match: [example], noMatch: ['ACME'] },
      },
    ],
  };
}

describe('compileConfig', () => {
  it('accepts the documented example', () => {
    const config = compileConfig(
      {
        include: ['src/**', '.env*'],
        exclude: ['vendor/**'],
        allow: [
          { path: 'test/fixtures/**', reason: 'fixtures' },
          { value: '^LTAI5tEXAMPLE', reason: 'docs' },
          { fingerprint: '0123456789abcdef0123456789abcdef', reason: 'revoked 2024-05' },
        ],
        failOn: 'high',
        maxFileSize: '10M',
      },
      schema,
      '.scan-keys.json',
    );
    expect(config.failOn).toBe('high');
    expect(config.maxFileSize).toBe('10M');
    expect(config.allowRules).toHaveLength(2);
    expect(config.isPathIgnored('src/a.ts')).toBe(false);
    expect(config.isPathIgnored('.env.local')).toBe(false);
    expect(config.isPathIgnored('lib/a.ts')).toBe(true); // not included
    expect(config.isPathIgnored('src/vendor/x')).toBe(false);
  });

  it('matches each glob of a list as it matches alone (`**/*.env` at the root too)', () => {
    const config = compileConfig({ exclude: ['**/*.env', 'vendor/**'], allow: [{ path: 'a.txt', reason: 'r' }] }, schema, '.scan-keys.json');
    expect(['x.env', 'a/b/x.env', 'vendor/y', 'a.txt'].map((p) => config.isPathIgnored(p))).toEqual([true, true, true, true]);
    expect(['x.envy', 'src/vendor/y', 'b/a.txt'].map((p) => config.isPathIgnored(p))).toEqual([false, false, false]);
  });

  it('reports every problem at once, each naming its field', () => {
    const errors = errorsOf({
      exclud: ['x'],
      include: 'src/**',
      allow: [
        { path: 'a/**' },
        { reason: 'no selector' },
        { reason: 'two', path: 'a', value: 'b' },
        { reason: 'bad regex', value: '(' },
        { reason: 'slow', value: '(a+)+$' },
        { reason: 'bad fp', fingerprint: 'xyz' },
        { reason: 'extra', path: 'a', note: 1 },
      ],
      failOn: 'severe',
      maxFileSize: 'huge',
    });
    const text = errors.join('\n');
    expect(text).toContain('field "exclud" is not a known field');
    expect(text).toContain('field "include" must be array');
    expect(text).toContain('field "allow[0].reason" is required');
    expect(text).toContain('field "allow[1]" needs one of "path", "value", "fingerprint"');
    expect(text).toContain('field "allow[2]" must have only one of "path", "value", "fingerprint"');
    expect(text).toMatch(/field "allow\[3\]\.value" is not a valid regular expression/);
    expect(text).toMatch(/field "allow\[4\]\.value" a quantified group contains a quantifier/);
    expect(text).toMatch(/field "allow\[5\]\.fingerprint" must match/);
    expect(text).toContain('field "allow[6].note" is not a known field');
    expect(text).toMatch(/field "failOn" must be one of/);
    expect(text).toMatch(/field "maxFileSize" must match/);
    for (const line of errors) expect(line.startsWith('.scan-keys.json: field "')).toBe(true);
  });

  it('checks extra pattern files against the pattern schema in the same pass', () => {
    const bad = acmeProvider('x') as Record<string, unknown>;
    delete bad.remediation;
    const errors = errorsOf({ patterns: [bad], failOn: 'x' });
    expect(errors.join('\n')).toContain('field "patterns[0].remediation" is required');
    expect(errors.join('\n')).toContain('field "failOn"');
  });
});

describe('config on the command line', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(() => cleanup());

  function plant(path: string, text: string): void {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }

  it('finds .scan-keys.json at the git top level when run in a subdirectory; globs are root-relative', () => {
    initRepo(dir);
    plant('pkg/a/keys.txt', `aliyun id ${k.aliId}\n`);
    plant('pkg/b/keys.txt', `aliyun id ${k.aliIdShort}\n`);
    writeFileSync(join(dir, '.scan-keys.json'), JSON.stringify({ exclude: ['pkg/a/**'] }));
    const r = runCli(['.', '--format', 'json'], { cwd: join(dir, 'pkg') });
    expect(r.status).toBe(1);
    const files = JSON.parse(r.stdout).findings.map((f: { file: string }) => f.file);
    expect(files).toEqual(['b/keys.txt']);
  });

  it('exits 2 listing every config error', () => {
    writeFileSync(join(dir, '.scan-keys.json'), JSON.stringify({ allow: [{ path: 'x' }], colour: true }));
    writeFileSync(join(dir, 'a.txt'), 'clean\n');
    const r = runCli(['.'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('field "allow[0].reason" is required');
    expect(r.stderr).toContain('field "colour" is not a known field');
  });

  it('--config FILE must exist', () => {
    const r = runCli(['.', '--config', 'nope.json'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('nope.json: cannot read: ENOENT');
  });

  it('uses failOn and maxFileSize from the config; flags override them', () => {
    plant('a.txt', `aliyun id ${k.aliId}\n`); // high, alone
    writeFileSync(join(dir, 'cfg.json'), JSON.stringify({ failOn: 'critical' }));
    expect(runCli(['.', '--config', 'cfg.json'], { cwd: dir }).status).toBe(0);
    expect(runCli(['.', '--config', 'cfg.json', '--fail-on', 'high'], { cwd: dir }).status).toBe(1);
    writeFileSync(join(dir, 'cfg.json'), JSON.stringify({ maxFileSize: 10 }));
    const small = runCli(['.', '--config', 'cfg.json'], { cwd: dir });
    expect(small.status).toBe(0);
    expect(small.stderr).toContain('skipped a.txt');
    expect(runCli(['.', '--config', 'cfg.json', '--max-file-size', '1K'], { cwd: dir }).status).toBe(1);
  });

  it('compiles extra providers from "patterns" with the built-in rules', () => {
    const token = 'ACME' + randomAlnum(20, k.next);
    // The example sits in the config file, which is scanned too: it is found there as well.
    writeFileSync(join(dir, '.scan-keys.json'), JSON.stringify({ patterns: [acmeProvider(`token=${token}`)], exclude: ['.scan-keys.json'] }));
    plant('a.txt', `token = ${token}\n`);
    const r = runCli(['.', '--format', 'json'], { cwd: dir });
    expect(r.status).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.findings).toHaveLength(1);
    expect(doc.findings[0]).toMatchObject({ ruleId: 'acme-token', provider: 'acme', line: 1, column: 9 });
  });

  it('rejects an extra provider that reuses a built-in id', () => {
    writeFileSync(join(dir, '.scan-keys.json'), JSON.stringify({ patterns: [{ ...acmeProvider('ACME'), provider: 'alibaba' }] }));
    plant('a.txt', 'x\n');
    const r = runCli(['.'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('patterns[0]: field "provider" "alibaba" is already defined');
  });
});
