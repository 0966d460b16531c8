/** The git gates honour the same silencing as tree scans: config, inline allow, baseline. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { git, initRepo, makeKeys, runCli, tempDir } from './helpers.js';
import { write } from './git-helpers.js';

const k = makeKeys(23);
let dir: string;
let cleanup: () => void;

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  initRepo(dir);
  write(dir, 'README.md', 'hello\n');
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'init');
});
afterEach(() => cleanup());

describe('--staged with silencing', () => {
  it('skips paths the config excludes or allows', () => {
    write(dir, '.scan-keys.json', JSON.stringify({ allow: [{ path: 'fixtures/**', reason: 'test data' }] }));
    write(dir, 'fixtures/a.env', `id=${k.aliId}\n`);
    git(dir, 'add', '.');
    expect(runCli(['--staged'], { cwd: dir }).status).toBe(0);
    write(dir, 'src/a.env', `id=${k.aliId}\n`);
    git(dir, 'add', '.');
    expect(runCli(['--staged'], { cwd: dir }).status).toBe(1);
  });

  it('honours scan-keys:allow, and --no-inline-allow ignores it', () => {
    write(dir, 'a.py', `ID = "${k.aliId}"  # scan-keys:allow\n`);
    git(dir, 'add', '.');
    expect(runCli(['--staged'], { cwd: dir }).status).toBe(0);
    expect(runCli(['--staged', '--no-inline-allow'], { cwd: dir }).status).toBe(1);
  });

  it('drops baselined keys, even moved to another line, but not a new key', () => {
    write(dir, 'old.env', `id=${k.aliId}\n`);
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'old key', '--no-verify');
    expect(runCli(['baseline'], { cwd: dir }).status).toBe(0);
    write(dir, 'old.env', `# moved down\n\nid=${k.aliId}\n`);
    git(dir, 'add', 'old.env');
    expect(runCli(['--staged', '--baseline', '.scan-keys-baseline.json'], { cwd: dir }).status).toBe(0);
    write(dir, 'old.env', `# moved down\n\nid=${k.aliId}\nother=${k.tcId}\n`);
    git(dir, 'add', 'old.env');
    const r = runCli(['--staged', '--baseline', '.scan-keys-baseline.json'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('Tencent Cloud SecretId');
    expect(r.stdout).not.toContain('Alibaba Cloud AccessKey ID');
  });
});

describe('--history with a baseline', () => {
  it('adopting on a repository with an old key: baseline once, then clean until a new key', () => {
    write(dir, 'old.env', `id=${k.aliId}\n`);
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'old key');
    expect(runCli(['--history'], { cwd: dir }).status).toBe(1);
    expect(runCli(['baseline', '--history'], { cwd: dir }).status).toBe(0);
    expect(runCli(['--history', '--baseline', '.scan-keys-baseline.json'], { cwd: dir }).status).toBe(0);
  });
});

describe('--staged from a subdirectory', () => {
  it('finds the config at the repository root, as a tree scan does', () => {
    write(dir, '.scan-keys.json', JSON.stringify({ allow: [{ path: 'fixtures/**', reason: 'test data' }] }));
    write(dir, 'fixtures/a.env', `id=${k.aliId}\n`);
    write(dir, 'src/x.txt', 'x\n');
    git(dir, 'add', '.');
    const r = runCli(['--staged'], { cwd: `${dir}/src` });
    expect(r.stderr + r.stdout).toContain('no credentials found');
    expect(r.status).toBe(0);
  });
});
