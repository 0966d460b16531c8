/**
 * Languages (--lang, issue 19): the catalogues have the same keys, every built-in rule and
 * provider is translated, the language is resolved as documented (flag > config > environment),
 * Chinese columns line up, JSON differs only in titles, and snapshots of the Chinese text report,
 * the hook's output in a real `git commit` and an error line.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { en } from '../src/report/messages/en.js';
import { zhCN } from '../src/report/messages/zh-CN.js';
import { CATALOGUES, localeFor } from '../src/report/messages/all.js';
import { loadLocale } from '../src/report/messages/index.js';
import { langFlag, langFromEnv, langOfLocale, parseLang, resolveLang } from '../src/cli/lang.js';
import { displayWidth, padEndWidth } from '../src/report/width.js';
import { loadPatternSchema, loadPatterns, readPatternSources } from '../src/patterns/load.js';
import { compilePatterns, PatternError } from '../src/patterns/compile.js';
import { renderText } from '../src/report/text.js';
import { renderSarif } from '../src/report/sarif.js';
import { NO_COLORS } from '../src/report/types.js';
import type { Report } from '../src/report/types.js';
import { errorLine } from '../src/cli/common.js';
import { InputError } from '../src/sources/files.js';
import { scan } from '../src/api.js';
import { LANGS, type Lang, type RawProviderFile } from '../src/types.js';
import { git, initRepo, makeKeys, runCli, tempDir } from './helpers.js';
import { gitRun, write } from './git-helpers.js';

const ZH = { LANG: 'zh_CN.UTF-8', LC_ALL: undefined, LC_MESSAGES: undefined };
const EN_ENV = { LANG: 'C.UTF-8', LC_ALL: undefined, LC_MESSAGES: undefined };
const k = makeKeys(19);

/** Every key path of a catalogue, with the arity of each message function. */
function shape(o: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(o).flatMap(([key, v]) =>
    typeof v === 'function' ? [`${prefix}${key}(${v.length})`]
    : v && typeof v === 'object' ? shape(v as Record<string, unknown>, `${prefix}${key}.`)
    : [`${prefix}${key}`],
  );
}

/** A message function called with sample values (strings or numbers, whichever it accepts). */
function call(f: (...a: unknown[]) => unknown): string {
  try {
    return String(f(2, 3, 4, 5, 6, '7', true));
  } catch {
    return String(f('a', 'b', 'c', 'd', 'e', 'f', true));
  }
}

describe('message catalogues', () => {
  it('every language has exactly the keys (and parameters) of English', () => {
    const reference = shape(en).sort();
    expect(reference.length).toBeGreaterThan(60);
    for (const lang of LANGS) expect(shape(CATALOGUES[lang]).sort(), lang).toEqual(reference);
  });

  it('loadLocale gives the same catalogues (English without loading the others)', async () => {
    for (const lang of LANGS) expect((await loadLocale(lang)).m).toBe(CATALOGUES[lang]);
  });

  it('the key comparison fails on a message missing in one language', () => {
    const { noCredentials: _, ...fewer } = zhCN;
    expect(shape(fewer).sort()).not.toEqual(shape(en).sort());
  });

  it('no Chinese message is left in English', () => {
    const sample = (v: unknown): string[] =>
      typeof v === 'string' ? [v]
      : typeof v === 'function' ? [call(v as (...a: unknown[]) => unknown)]
      : v && typeof v === 'object' ? Object.values(v).flatMap(sample)
      : [];
    const english = new Set(sample(en));
    // Punctuation-only entries (the colon, the full stop, separators) and `lang` are allowed to differ trivially.
    const same = Object.entries(zhCN).filter(([key, v]) => typeof v !== 'object' && sample(v).every((s) => english.has(s)) && !['error', 'skipReason'].includes(key));
    expect(same.map(([key]) => key)).toEqual([]);
  });

  it('the server gate and merge groups (hook, push, merge) are translated message by message', () => {
    for (const group of ['hook', 'push', 'merge'] as const) {
      const left = Object.entries(zhCN[group]).filter(([key, v]) => {
        const english = (en[group] as Record<string, unknown>)[key];
        return typeof v === 'function' ? call(v as (...a: unknown[]) => unknown) === call(english as (...a: unknown[]) => unknown) : v === english;
      });
      expect(left.map(([key]) => `${group}.${key}`)).toEqual([]);
    }
  });
});

describe('translations in patterns/*.json', () => {
  const rules = loadPatterns();
  for (const lang of LANGS.filter((l) => l !== 'en')) {
    it(`${lang}: every built-in provider and rule is translated, with as many links as in English`, () => {
      for (const p of rules.providers) {
        const t = p.i18n?.[lang];
        expect(t?.name, p.id).toBeTruthy();
        expect(t?.remediation?.now.length, p.id).toBe(p.remediation.now.length);
        expect(t?.remediation?.prevent.length, p.id).toBe(p.remediation.prevent.length);
        expect(t?.remediation?.links.length, p.id).toBe(p.remediation.links.length);
        expect(t?.remediation?.console.url).toBe(p.remediation.console.url);
      }
      for (const r of rules.rules) {
        const t = r.provider.i18n?.[lang]?.rules?.[r.id];
        expect(t?.title, r.id).toBeTruthy();
        expect(t?.description, r.id).toBeTruthy();
      }
    });
  }

  it('zh-CN links: Alibaba on help.aliyun.com (same document ids as the English guides); Tencent unchanged (already Chinese)', () => {
    const ali = rules.providers.find((p) => p.id === 'alibaba')!;
    const tc = rules.providers.find((p) => p.id === 'tencent')!;
    const id = (url: string) => /(\d+)\.html?/.exec(url)?.[1];
    const zhAli = ali.i18n!['zh-CN']!.remediation!.links;
    expect(zhAli.every((l) => l.url.startsWith('https://help.aliyun.com/'))).toBe(true);
    expect(zhAli.map((l) => id(l.url))).toEqual(ali.remediation.links.map((l) => id(l.url)));
    expect(tc.i18n!['zh-CN']!.remediation!.links.map((l) => l.url)).toEqual(tc.remediation.links.map((l) => l.url));
  });

  it('a translation naming an unknown rule or language is an error naming the field', () => {
    const [first] = readPatternSources();
    const data = JSON.parse(JSON.stringify(first!.data)) as RawProviderFile;
    data.i18n!['zh-CN']!.rules!['no-such-rule'] = { title: 'x' };
    expect(() => compilePatterns([{ name: 'x.json', data }], loadPatternSchema())).toThrow(/x\.json: field "i18n\.zh-CN\.rules\.no-such-rule" names no rule/);
    const other = JSON.parse(JSON.stringify(first!.data)) as Record<string, Record<string, unknown>>;
    other.i18n!['fr'] = { name: 'x' };
    expect(() => compilePatterns([{ name: 'y.json', data: other }], loadPatternSchema())).toThrow(PatternError);
    expect(() => compilePatterns([{ name: 'y.json', data: other }], loadPatternSchema())).toThrow(/i18n\.fr/);
  });

  it('a pattern file without translations falls back to English', () => {
    const t = localeFor('zh-CN');
    const p = { ...loadPatterns().providers[0]!, i18n: undefined };
    expect(t.providerName(p, 'x')).toBe(p.name);
    expect(t.remediation(p)).toBe(p.remediation);
    expect(t.ruleTitle(p, 'alibaba-access-key-id', 'Fallback')).toBe('Fallback');
  });
});

describe('language resolution', () => {
  it.each([
    ['zh_CN.UTF-8', 'zh-CN'],
    ['zh_CN', 'zh-CN'],
    ['zh_SG.GB2312', 'zh-CN'],
    ['zh_Hans', 'zh-CN'],
    ['zh_Hans_CN.UTF-8', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh_TW.UTF-8', 'en'],
    ['zh_HK', 'en'],
    ['en_US.UTF-8', 'en'],
    ['de_DE@euro', 'en'],
    ['C', 'en'],
    ['POSIX', 'en'],
    ['', 'en'],
  ])('locale %j → %s', (locale, lang) => {
    expect(langOfLocale(locale)).toBe(lang);
  });

  it('LC_ALL, then LC_MESSAGES, then LANG; empty values are skipped', () => {
    expect(langFromEnv({ LC_ALL: 'en_US.UTF-8', LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(langFromEnv({ LC_ALL: '', LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' })).toBe('zh-CN');
    expect(langFromEnv({ LC_MESSAGES: 'C', LANG: 'zh_CN.UTF-8' })).toBe('en');
    expect(langFromEnv({ LANG: 'zh_CN.UTF-8' })).toBe('zh-CN');
    expect(langFromEnv({})).toBe('en');
  });

  it('flag > config > environment', () => {
    const env = { LANG: 'zh_CN.UTF-8' };
    expect(resolveLang({ env })).toBe('zh-CN');
    expect(resolveLang({ config: 'en', env })).toBe('en');
    expect(resolveLang({ flag: 'zh-CN', config: 'en', env: {} })).toBe('zh-CN');
    expect(resolveLang({ flag: 'en', config: 'zh-CN', env })).toBe('en');
  });

  it('parses --lang values and finds the flag in argv', () => {
    expect(parseLang('zh-CN')).toBe('zh-CN');
    expect(parseLang('zh_cn')).toBe('zh-CN');
    expect(parseLang('en')).toBe('en');
    expect(parseLang('fr')).toBeUndefined();
    expect(langFlag(['.', '--lang', 'en'])).toBe('en');
    expect(langFlag(['--lang=zh-CN', '.'])).toBe('zh-CN');
    expect(langFlag(['--', '--lang', 'en'])).toBeUndefined();
  });
});

describe('display width', () => {
  it('counts CJK and fullwidth punctuation as two columns', () => {
    expect(displayWidth('AccessKey')).toBe(9);
    expect(displayWidth('阿里云 AccessKey ID')).toBe(19);
    expect(displayWidth('（临时）')).toBe(8);
    expect(padEndWidth('腾讯云', 8)).toBe('腾讯云  ');
    expect(padEndWidth('abc', 2)).toBe('abc');
  });
});

/** A report of a tree with keys of both providers, with a fixed duration. */
async function bothProviders(dir: string): Promise<Report> {
  write(dir, 'config/app.properties', `# aliyun\naccessKeyId=${k.aliId}\naccessKeySecret=${k.aliSecret}\n`);
  write(dir, 'src/cos.py', `cred = credential.Credential("${k.tcId}", "${k.tcKey}")\n`);
  write(dir, 'src/lone.ts', `const id = "${k.aliIdShort}";\n`);
  const rules = loadPatterns();
  const r = await scan(['.'], { root: dir, rules });
  r.stats.durationMs = 123;
  return { ...r, providers: rules.providers, failOn: 'medium', showSecrets: false, rules: rules.rules, toolVersion: '0.1.0' };
}

describe('the Chinese report', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDir('scan-keys-zh-')));
  afterEach(() => cleanup());

  it('text report (snapshot): headings, titles, notes, remediation with Chinese links, summary; columns aligned by display width', async () => {
    const report = await bothProviders(dir);
    const text = renderText(report, NO_COLORS, localeFor('zh-CN'));
    await expect(text).toMatchFileSnapshot('__snapshots__/i18n.report.zh-CN.txt');
    // The masked value starts at the same display column on every finding line.
    const rows = text.split('\n').filter((l) => /^ {2}\d+:\d+/.test(l));
    expect(rows.length).toBe(5);
    const columns = rows.map((l) => displayWidth(l.slice(0, l.search(/(LTAI|AKID|\*{4})/))));
    expect(new Set(columns).size).toBe(1);
    for (const secret of [k.aliId, k.aliSecret, k.tcId, k.tcKey, k.aliIdShort]) expect(text).not.toContain(secret);
  });

  it('SARIF message.text and rule help in Chinese; ids, levels and URIs as in English', async () => {
    const report = await bothProviders(dir);
    const zh = JSON.parse(renderSarif(report, localeFor('zh-CN')));
    const enDoc = JSON.parse(renderSarif(report));
    const run = zh.runs[0];
    expect(run.results[0].message.text).toMatch(/^阿里云 AccessKey ID LTAI\*+\w{4} （?\(严重；与第 3 行第 17 列配对\)。 请禁用它并创建新的：https:\/\/usercenter\.console\.aliyun\.com/);
    const rule = run.tool.driver.rules.find((r: { id: string }) => r.id === 'alibaba-access-key-id');
    expect(rule.help.text).toContain('现在该做什么：');
    expect(rule.help.text).toContain('https://help.aliyun.com/document_detail/116401.html');
    expect(rule.name).toBe(enDoc.runs[0].tool.driver.rules[0].name);
    const strip = (d: typeof zh) => JSON.stringify(d, (key, v) => (['text', 'markdown'].includes(key) ? undefined : v));
    expect(strip(zh)).toBe(strip(enDoc));
  });

  it('an error line (snapshot), translated when we know its shape, English otherwise, never a secret', () => {
    const lines = [
      errorLine(new InputError('no such file or directory: secrets/prod.env', 'ENOENT'), { known: true, quoted: false, rules: undefined, showSecrets: false, m: zhCN }),
      errorLine(new Error(`.scan-keys.json: field "allow[0].reason" is required\n.scan-keys.json: field "lang" must be one of "en", "zh-CN"`), { known: true, quoted: true, rules: undefined, showSecrets: false, m: zhCN }),
      errorLine(new Error(`boom ${k.aliSecret}`), { known: false, quoted: true, rules: loadPatterns(), showSecrets: false, m: zhCN }),
      errorLine(new Error('something new we never translated'), { known: true, quoted: false, rules: undefined, showSecrets: false, m: zhCN }),
    ].join('');
    expect(lines).toMatchInlineSnapshot(`
      "scan-keys: 没有这个文件或目录：secrets/prod.env
      scan-keys: .scan-keys.json：字段 "allow[0].reason" 是必填项
        .scan-keys.json：字段 "lang" 必须是以下之一："en", "zh-CN"
      scan-keys: 内部错误：boom [redacted]
      scan-keys: something new we never translated
      "
    `);
  });
});

describe('end to end (bin/scan-keys.js)', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDir('scan-keys-zh-e2e-')));
  afterEach(() => cleanup());

  function plant(): void {
    write(dir, 'config/app.properties', `# aliyun\naccessKeyId=${k.aliId}\naccessKeySecret=${k.aliSecret}\n`);
    write(dir, '.env', `TENCENTCLOUD_SECRET_ID=${k.tcId}\nTENCENTCLOUD_SECRET_KEY=${k.tcKey}\n`);
  }

  it('LANG=zh_CN.UTF-8 prints the whole report in Chinese with the Chinese guides; --lang en overrides it', () => {
    plant();
    const zh = runCli(['.'], { cwd: dir, env: ZH });
    expect(zh.status).toBe(1);
    expect(zh.stdout).toMatch(/2:13\s+严重\s+阿里云 AccessKey ID\s+LTAI\*+\w{4}\s+\(与 3:17 配对\)/);
    expect(zh.stdout).toContain('阿里云：现在该做什么（2 处发现）');
    expect(zh.stdout).toContain('腾讯云：现在该做什么（2 处发现）');
    expect(zh.stdout).toContain('https://help.aliyun.com/document_detail/116401.html');
    expect(zh.stdout).toContain('https://cloud.tencent.com/document/product/598/10592');
    expect(zh.stdout).toContain('✖ 2 个文件中有 4 处发现（严重 4）');
    expect(zh.stdout).not.toMatch(/what to do now|Guides:|findings|scanned/);
    const en = runCli(['.', '--lang', 'en'], { cwd: dir, env: ZH });
    expect(en.status).toBe(1);
    expect(en.stdout).toContain('Alibaba Cloud: what to do now (2 findings)');
    expect(en.stdout).toContain('https://www.alibabacloud.com/help/doc-detail/116401.htm');
    expect(en.stdout).not.toMatch(/[\u4e00-\u9fff]/);
  }, 30_000);

  it('the config\'s "lang" beats the environment and loses to --lang; an invalid value is exit 2', () => {
    plant();
    writeFileSync(join(dir, '.scan-keys.json'), JSON.stringify({ lang: 'zh-CN' }));
    expect(runCli(['.'], { cwd: dir, env: EN_ENV }).stdout).toContain('阿里云：现在该做什么');
    expect(runCli(['.', '--lang=en'], { cwd: dir, env: EN_ENV }).stdout).toContain('Alibaba Cloud: what to do now');
    writeFileSync(join(dir, '.scan-keys.json'), JSON.stringify({ lang: 'en' }));
    expect(runCli(['.'], { cwd: dir, env: ZH }).stdout).toContain('Alibaba Cloud: what to do now');
    writeFileSync(join(dir, '.scan-keys.json'), JSON.stringify({ lang: 'fr' }));
    const bad = runCli(['.'], { cwd: dir, env: ZH });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('scan-keys: .scan-keys.json：字段 "lang" 必须是以下之一："en", "zh-CN"\n');
  }, 30_000);

  it('--format json is byte-identical in both languages apart from rule titles', () => {
    plant();
    const norm = (s: string) => s.replace(/"durationMs": \d+/, '"durationMs": 0');
    const zh = norm(runCli(['.', '--format', 'json'], { cwd: dir, env: ZH }).stdout);
    const en = norm(runCli(['.', '--format', 'json', '--lang', 'en'], { cwd: dir, env: ZH }).stdout);
    expect(zh).not.toBe(en);
    const titles = (s: string) => s.replace(/^ {6}"title": ".*",$/gm, '      "title": "…",');
    expect(titles(zh)).toBe(titles(en));
    expect(JSON.parse(zh).findings.map((f: { title: string }) => f.title)).toContain('腾讯云 SecretKey');
  }, 30_000);

  it('--lang with an unknown value is a usage error (exit 2) in the language of the environment', () => {
    const r = runCli(['.', '--lang', 'fr'], { cwd: dir, env: ZH });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^scan-keys: .*fr.*（参见 scan-keys --help）\n$/s);
  }, 30_000);

  it('HTML audit page in Chinese (lang="zh-CN"), values masked', () => {
    plant();
    const r = runCli(['.', '--format', 'html'], { cwd: dir, env: ZH });
    expect(r.stdout).toContain('<html lang="zh-CN">');
    expect(r.stdout).toContain('<h2 id="remediation">处置建议</h2>');
    expect(r.stdout).toContain('<a href="https://help.aliyun.com/knowledge_detail/54059.html" rel="noopener noreferrer">敏感信息泄露的安全威胁</a>');
    for (const secret of [k.aliId, k.aliSecret, k.tcId, k.tcKey]) expect(r.stdout).not.toContain(secret);
  }, 30_000);

  it(
    "the hook (snapshot): install, then a real git commit blocked in Chinese; the same report with a config file",
    async () => {
      initRepo(dir);
      write(dir, 'README.md', '# demo\n');
      git(dir, 'add', '-A');
      git(dir, 'commit', '-q', '-m', 'base');
      const installed = runCli(['install'], { cwd: dir, env: ZH });
      expect(installed.status).toBe(0);
      plant();
      git(dir, 'add', '-A');
      const commit = gitRun(dir, ['commit', '-m', 'add keys'], { LANG: 'zh_CN.UTF-8', NO_COLOR: '1' });
      expect(commit.status).not.toBe(0);
      const hookOutput = (commit.stdout + commit.stderr).replace(/用时 [\d.]+ 秒/, '用时 0.00 秒');
      const normal = (s: string) => s.split(dir).join('<repo>');
      await expect(normal(installed.stdout) + '---\n' + hookOutput).toMatchFileSnapshot('__snapshots__/i18n.hook.zh-CN.txt');
      // The same report when a config file is read too (once a separate, slower path; now one path).
      writeFileSync(join(dir, '.scan-keys.json'), '{}');
      const full = runCli(['--staged'], { cwd: dir, env: ZH });
      expect(full.stdout.replace(/用时 [\d.]+ 秒/, '用时 0.00 秒')).toBe(hookOutput);
    },
    60_000,
  );
});

describe('bin/scan-keys.js in Chinese', () => {
  it('a scan cut short by a signal says so in Chinese (exit 2); --lang en overrides the environment', async () => {
    const { spawn } = await import('node:child_process');
    const { BIN } = await import('./helpers.js');
    for (const [args, expected] of [
      [['-'], 'scan-keys: 被 SIGTERM 中断；扫描不完整\n'],
      [['-', '--lang', 'en'], 'scan-keys: interrupted by SIGTERM; the scan is incomplete\n'],
    ] as const) {
      const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'zh_CN.UTF-8' }, stdio: ['pipe', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += String(d)));
      child.stdin.write('still typing...\n');
      await new Promise((r) => setTimeout(r, 1500));
      child.kill('SIGTERM');
      expect(await new Promise<number | null>((r) => child.on('close', (c) => r(c)))).toBe(2);
      expect(stderr).toBe(expected);
    }
  }, 30_000);
});

describe('every reporter takes a language', () => {
  it('rules list in Chinese, wrapped by display width, never inside a Latin word', async () => {
    const { renderRulesText } = await import('../src/report/rules.js');
    const text = renderRulesText(loadPatterns(), 100, localeFor('zh-CN' as Lang));
    expect(text.split('\n')[0]).toMatch(/^规则\s+单独\s+配对\s+检测内容$/);
    for (const line of text.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(100);
    expect(text).not.toMatch(/Access\n|\n\s+Key\b/);
  });
});
