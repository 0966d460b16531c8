/**
 * `--history --format html`: a self-contained audit page. String checks (escaping, masking, no
 * external resources, no scripts) always run; the page is also rendered in headless Chromium
 * (Debian's `chromium`), which is skipped, loudly, when /usr/bin/chromium is missing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { git, initRepo, makeKeys, runCli, tempDir } from './helpers.js';
import { gitRun, pairText, write } from './git-helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const k = makeKeys(85);
const m = makeKeys(86);
const ODD = 'conf<b>&amp;"q".env';
let dir: string;
let cleanup: () => void;
let html: string;
let status: number | null;
let shas: string[] = [];

function commit(message: string, day: number): string {
  const date = `2024-03-${String(day).padStart(2, '0')}T09:00:00+00:00`;
  git(dir, 'add', '-A');
  const r = gitRun(dir, ['commit', '-q', '--no-verify', '-m', message], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  if (r.status !== 0) throw new Error(r.stderr);
  return git(dir, 'rev-parse', 'HEAD').trim();
}

beforeAll(() => {
  ({ dir, cleanup } = tempDir('scan-keys-html-'));
  initRepo(dir);
  write(dir, 'README', 'demo\n');
  shas.push(commit('base', 1));
  write(dir, ODD, pairText(k)); // stays at HEAD
  shas.push(commit('odd file name with a key', 2));
  write(dir, 'old.env', `TENCENTCLOUD_SECRET_ID=${m.tcId}\nTENCENTCLOUD_SECRET_KEY=${m.tcKey}\n`);
  shas.push(commit('tencent key', 3));
  write(dir, 'old.env', 'removed\n');
  shas.push(commit('remove tencent key', 4));
  const r = runCli(['--history', '--format', 'html'], { cwd: dir });
  html = r.stdout;
  status = r.status;
  if (r.stderr) throw new Error(r.stderr);
});
afterAll(() => cleanup());

describe('--format html (string)', () => {
  it('is one page with findings by provider, a timeline with HEAD status, remediation; exit 1', () => {
    expect(status).toBe(1);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('Findings by provider and severity');
    expect(html).toMatch(/<td>Alibaba Cloud<\/td><td class="n">2<\/td>/); // 2 critical
    expect(html).toMatch(/<td>Tencent Cloud<\/td><td class="n">2<\/td>/);
    expect(html).toContain(`<code title="${shas[1]}">${shas[1]!.slice(0, 10)}</code>`);
    expect(html).toContain('Test &lt;test@example.invalid&gt;');
    // The odd file still holds its key at HEAD; the Tencent key was removed.
    const rows = html.split('\n').filter((l) => l.startsWith('<tr><td>2024'));
    expect(rows).toHaveLength(4);
    expect(rows.slice(0, 2).every((r) => r.includes('yes: still in the file'))).toBe(true);
    expect(rows.slice(2).every((r) => r.includes('<td class="no">no</td>'))).toBe(true);
    expect(html).toContain('Remediation');
    expect(html).toContain('href="https://usercenter.console.aliyun.com/#/manage/ak"');
  });

  it('escapes file names, masks every value, and loads nothing from outside', () => {
    expect(html).toContain('conf&lt;b&gt;&amp;amp;&quot;q&quot;.env:2');
    expect(html).not.toContain('<b>&');
    for (const secret of [k.aliId, k.aliSecret, m.tcId, m.tcKey]) expect(html).not.toContain(secret);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|url\(|@import/i);
    const urls = html.match(/https?:\/\//g) ?? [];
    const hrefs = html.match(/<a href="https?:\/\/[^"]*" rel="noopener noreferrer">/g) ?? [];
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.length).toBe(hrefs.length);
  });
});

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(`\n*** SKIPPED: html-report Chromium rendering: ${CHROMIUM} is missing (apt-get install -y chromium) ***\n`);
}

describe.skipIf(!hasChromium)('--format html in headless Chromium', () => {
  it('renders the findings, timeline and remediation, with no console errors', () => {
    const page = join(dir, 'report.html');
    writeFileSync(page, html);
    const profile = tempDir('scan-keys-chromium-');
    try {
      const r = spawnSync(
        CHROMIUM,
        [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          `--user-data-dir=${profile.dir}`,
          '--enable-logging=stderr',
          '--v=0',
          '--dump-dom',
          `file://${page}`,
        ],
        { encoding: 'utf8', timeout: 90_000, maxBuffer: 16 * 1024 * 1024 },
      );
      expect(r.error).toBeUndefined();
      const dom = r.stdout;
      expect(dom).toContain('scan-keys audit report');
      expect(dom).toContain('Timeline: when each key was introduced');
      expect(dom).toContain('conf&lt;b&gt;&amp;amp;"q".env:2');
      expect(dom).toContain('yes: still in the file');
      expect(dom).toContain('Alibaba Cloud AccessKey management');
      for (const secret of [k.aliId, k.aliSecret, m.tcId, m.tcKey]) expect(dom).not.toContain(secret);
      // Chromium logs page console messages as "CONSOLE(...)" / ":CONSOLE:" lines on stderr.
      expect(r.stderr.split('\n').filter((l) => /CONSOLE|Uncaught|Refused to/i.test(l))).toEqual([]);
    } finally {
      profile.cleanup();
    }
  }, 120_000);
});
