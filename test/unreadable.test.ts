/**
 * A file or directory without read permission: exit 2 naming it, or with --skip-unreadable a
 * skipped entry plus a warning on stderr. Never a silent pass.
 *
 * Tests run as root here, and root ignores permission bits, so this is shown two ways:
 * - in-process, with node:fs (openSync, readdirSync) mocked to answer EACCES for paths named "locked" (works for
 *   any user);
 * - end to end, running bin/scan-keys.js as `nobody` through runuser(1) on a tree chowned to
 *   nobody with chmod 000 entries (only when running as root with runuser available; skipped
 *   otherwise, with the reason in the test name).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, initRepo, makeKeys, tempDir, runMain } from './helpers.js';

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const denied = (p: unknown) => /(^|\/)locked/.test(String(p));
  return {
    ...fs,
    openSync: ((p: unknown, ...rest: unknown[]) => {
      if (denied(p)) throw Object.assign(new Error(`EACCES: permission denied, open '${String(p)}'`), { code: 'EACCES' });
      return (fs.openSync as (...a: unknown[]) => unknown)(p, ...rest);
    }) as typeof fs.openSync,
    // The tree walk's readdir (sources/files.ts reads directories synchronously).
    readdirSync: ((p: unknown, ...rest: unknown[]) => {
      if (denied(p)) throw Object.assign(new Error(`EACCES: permission denied, scandir '${String(p)}'`), { code: 'EACCES' });
      return (fs.readdirSync as (...a: unknown[]) => unknown)(p, ...rest);
    }) as typeof fs.readdirSync,
  };
});

const { main } = await import('../src/cli/main.js');

const k = makeKeys(41);
let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
});
afterEach(() => cleanup());

const run = (args: string[]) => runMain(main, args, dir);

function plant(): void {
  writeFileSync(join(dir, 'locked.env'), `id=${k.aliId}\n`);
  mkdirSync(join(dir, 'lockeddir'));
  writeFileSync(join(dir, 'lockeddir', 'a.env'), `id=${k.aliId}\n`);
  writeFileSync(join(dir, 'ok.txt'), 'fine\n');
}

describe('unreadable input (fs mocked to EACCES)', () => {
  it('an unreadable file: exit 2 naming it', async () => {
    writeFileSync(join(dir, 'locked.env'), `id=${k.aliId}\n`);
    const r = await run(['.']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('scan-keys: cannot read locked.env: permission denied (EACCES)\n');
    expect(r.stdout).toBe('');
  });

  it('an unreadable directory: exit 2 naming it', async () => {
    mkdirSync(join(dir, 'lockeddir'));
    const r = await run(['.']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('scan-keys: cannot read directory lockeddir: permission denied (EACCES)\n');
  });

  it('--skip-unreadable: both reported as skipped, with a warning each, and counted', async () => {
    plant();
    const r = await run(['.', '--skip-unreadable', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'scan-keys: warning: skipped locked.env: unreadable (EACCES; skipped by --skip-unreadable)\n' +
        'scan-keys: warning: skipped lockeddir: unreadable (EACCES; skipped by --skip-unreadable)\n',
    );
    const doc = JSON.parse(r.stdout);
    expect(doc.stats).toMatchObject({ files: 1, skipped: 2 });
    expect(doc.skipped.map((s: { file: string }) => s.file)).toEqual(['locked.env', 'lockeddir']);
  });
});

const asRoot = process.getuid?.() === 0;
const hasRunuser = asRoot && spawnSync('runuser', ['-u', 'nobody', '--', process.execPath, '-e', `require('fs').accessSync(${JSON.stringify(BIN)})`]).status === 0;

describe.skipIf(!hasRunuser)('unreadable input, end to end as nobody (needs root and runuser; permission bits are real)', () => {
  function asNobody(args: string[]) {
    spawnSync('chown', ['-R', 'nobody', dir]);
    chmodSync(dir, 0o755);
    chmodSync(join(dir, 'locked.env'), 0o000);
    chmodSync(join(dir, 'lockeddir'), 0o000);
    const r = spawnSync('runuser', ['-u', 'nobody', '--', process.execPath, BIN, ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, NO_COLOR: '1', HOME: dir },
    });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  for (const inGit of [false, true]) {
    const where = inGit ? 'in a git work tree (git itself only warns)' : 'in a walk';
    it(`exit 2 naming the unreadable entry, ${where}`, () => {
      if (inGit) initRepo(dir);
      plant();
      const r = asNobody(['.']);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^scan-keys: cannot read (directory lockeddir|locked\.env): permission denied/);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    });

    it(`--skip-unreadable reports both as skipped, ${where}`, () => {
      if (inGit) initRepo(dir);
      plant();
      const r = asNobody(['.', '--skip-unreadable', '--format', 'json']);
      expect(r.status).toBe(0);
      expect(r.stderr).toContain('scan-keys: warning: skipped locked.env: unreadable (EACCES');
      expect(r.stderr).toContain('scan-keys: warning: skipped lockeddir: unreadable (EACCES');
      expect(JSON.parse(r.stdout).stats).toMatchObject({ files: 1, skipped: 2 });
    });
  }

  it('an unreadable file named explicitly: exit 2 naming it', () => {
    plant();
    const r = asNobody(['locked.env', 'ok.txt']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('scan-keys: cannot read locked.env: permission denied (EACCES)\n');
  });
});
