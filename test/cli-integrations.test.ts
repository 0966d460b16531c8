/** `rules`, `--help` examples, `--quiet`, the progress line (fake TTY through main()), `--format html`. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main, type Io } from '../src/cli/main.js';
import { makeKeys, runCli, tempDir } from './helpers.js';
import { pairText } from './git-helpers.js';
import { formatProgress, ProgressLine } from '../src/cli/progress.js';

const k = makeKeys(83);
let dir: string;
let cleanup: () => void;

beforeEach(() => {
  ({ dir, cleanup } = tempDir('scan-keys-integ-'));
});
afterEach(() => cleanup());

function fakeIo(options: { isTTY: boolean; now?: () => number }): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: { write: (s: string) => out.push(s), isTTY: false },
    stderr: { write: (s: string) => err.push(s), isTTY: options.isTTY },
    stdin: (async function* () {})(),
    env: { NO_COLOR: '1' },
    cwd: dir,
    ...(options.now ? { now: options.now } : {}),
  };
}

function manyFiles(n: number): void {
  for (let i = 0; i < n; i++) writeFileSync(join(dir, `f${i}.txt`), `line ${i}\n`.repeat(50));
  writeFileSync(join(dir, 'app.properties'), pairText(k));
}

describe('scan-keys rules', () => {
  it('lists every rule with what it detects and its severity alone and paired, as text and JSON', () => {
    const text = runCli(['rules'], { cwd: dir });
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/^alibaba-access-key-id\s+high\s+critical\s+Alibaba Cloud AccessKey ID: LTAI/m);
    expect(text.stdout).toMatch(/^tencent-api-gateway-secret-key\s+—\s+critical/m);
    expect(text.stdout).toMatch(/^tencent-session-token\s+medium\s+—/m);
    const doc = JSON.parse(runCli(['rules', '--format', 'json'], { cwd: dir }).stdout) as { rules: Array<{ id: string; alone: string | null; paired: string | null; detects: string }> };
    expect(doc.rules).toHaveLength(13);
    expect(doc.rules.find((r) => r.id === 'tencent-secret-key')).toMatchObject({ alone: 'high', paired: 'critical' });
    // Found only beside its secret (`needs`): never alone.
    expect(doc.rules.find((r) => r.id === 'alibaba-legacy-access-key-id')).toMatchObject({ alone: null, paired: 'critical' });
    expect(doc.rules.every((r) => r.detects.length > 10)).toBe(true);
  });
});

describe('--help', () => {
  it('shows an example for each gate and format', () => {
    const r = runCli(['--help'], { cwd: dir });
    expect(r.status).toBe(0);
    for (const s of ['scan-keys --staged', '--since', '--range', '--history --format html', 'lint-staged', '--format json', '--format sarif', '--format github', 'scan-keys rules', '--quiet']) {
      expect(r.stdout).toContain(s);
    }
  });
});

describe('progress line', () => {
  it('on a TTY, for a scan over a second (injected clock): drawn at most every 100 ms, then erased', async () => {
    manyFiles(300);
    let t = 0;
    const io = fakeIo({ isTTY: true, now: () => (t += 10) }); // each look at the clock: 10 ms later
    const code = await main(['.'], io);
    expect(code).toBe(1);
    const drawn = io.err.filter((s) => s.includes('scanning:'));
    // 301 files at 10 ms each: ~3 s, nothing in the first second, then one draw per 100 ms.
    expect(drawn.length).toBeGreaterThan(10);
    expect(drawn.length).toBeLessThanOrEqual(21);
    expect(drawn.at(-1)).toMatch(/^\r\x1b\[2Kscanning: \d+ files, [\d.]+ KiB \([\d.]+ KiB\/s\), [12] findings? so far$/);
    expect(io.err.at(-1)).toBe('\r\x1b[2K');
    for (const s of io.err) expect(s).not.toContain(k.aliId);
    expect(io.out.join('')).toContain('✖ 2 findings');
  });

  it('nothing when stderr is not a TTY, with --quiet, or when the scan takes under a second', async () => {
    manyFiles(50);
    let t = 0;
    const notTty = fakeIo({ isTTY: false, now: () => (t += 100) });
    await main(['.'], notTty);
    expect(notTty.err.join('')).toBe('');
    const quiet = fakeIo({ isTTY: true, now: () => (t += 100) });
    await main(['.', '--quiet'], quiet);
    expect(quiet.err.join('')).toBe('');
    const fast = fakeIo({ isTTY: true, now: () => 0 });
    await main(['.'], fast);
    expect(fast.err.join('')).toBe('');
  });

  it('ProgressLine: rate and commits in the line; end() clears only what was drawn', () => {
    expect(formatProgress({ files: 3, bytes: 2048, findings: 1, commits: 4 }, 2000)).toBe('scanning: 4 commits, 3 files, 2.0 KiB (1.0 KiB/s), 1 finding so far');
    const w: string[] = [];
    const p = new ProgressLine({ write: (s: string) => w.push(s) }, () => 0);
    p.update({ files: 1, bytes: 1, findings: 0 });
    p.end();
    expect(w).toEqual([]);
  });
});

describe('--quiet', () => {
  it('prints nothing on a clean text scan; findings are still reported in full', () => {
    writeFileSync(join(dir, 'a.txt'), 'clean\n');
    const clean = runCli(['.', '--quiet'], { cwd: dir });
    expect([clean.status, clean.stdout, clean.stderr]).toEqual([0, '', '']);
    writeFileSync(join(dir, 'app.properties'), pairText(k));
    const dirty = runCli(['.', '-q'], { cwd: dir });
    expect(dirty.status).toBe(1);
    expect(dirty.stdout).toContain('✖ 2 findings');
  });
});
