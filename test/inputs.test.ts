/**
 * The hostile input matrix, end to end through bin/scan-keys.js. Each test states the behaviour.
 * Big inputs are generated in a temporary directory, streamed, and deleted afterwards.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, closeSync, ftruncateSync, mkdirSync, openSync, statSync, statfsSync, symlinkSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, initRepo, git, makeKeys, runCli, tempDir } from './helpers.js';
import { loadPatterns } from '../src/index.js';
import { readFileChunks, type FileTarget } from '../src/sources/files.js';
import { scanPaths } from '../src/scan/tree.js';

const k = makeKeys(31);
let dir: string;
let cleanup: () => void;

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
});
afterEach(() => cleanup());

interface Doc {
  findings: Array<{ file: string; ruleId: string; line: number; column: number }>;
  skipped: Array<{ file: string; reason: string }>;
  stats: { files: number; skipped: number; lines: number; bytes: number };
}

function json(args: string[], env?: Record<string, string | undefined>): { status: number | null; doc: Doc; stderr: string } {
  const r = runCli([...args, '--format', 'json'], { cwd: dir, env });
  return { status: r.status, doc: r.stdout ? (JSON.parse(r.stdout) as Doc) : ({} as Doc), stderr: r.stderr };
}

const reasons = (doc: Doc) => Object.fromEntries(doc.skipped.map((s) => [s.file, s.reason]));

describe('skipped and counted, never silently', () => {
  it('binary files, images and archives (NUL in the first 8 KiB) are skipped and counted, even when named', () => {
    const key = Buffer.from(`id=${k.aliId}\n`);
    writeFileSync(join(dir, 'a.bin'), Buffer.concat([Buffer.from([1, 2, 0, 3]), key]));
    writeFileSync(join(dir, 'logo.png'), Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n\0\0\0\rIHDR', 'latin1'), key]));
    writeFileSync(join(dir, 'pack.zip'), Buffer.concat([Buffer.from('PK\x03\x04\x14\0\0\0\x08\0', 'latin1'), key]));
    writeFileSync(join(dir, 'pack.tar.gz'), Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0]), key]));
    const { status, doc } = json(['.', 'logo.png']);
    expect(status).toBe(0);
    expect(doc.stats.skipped).toBe(4);
    for (const f of ['a.bin', 'logo.png', 'pack.zip', 'pack.tar.gz']) expect(reasons(doc)[f]).toMatch(/^binary/);
  });

  it('.git internals passed explicitly (the directory, a text file, the index) are skipped and counted', () => {
    initRepo(dir);
    writeFileSync(join(dir, 'a.txt'), 'fine\n');
    git(dir, 'add', 'a.txt');
    writeFileSync(join(dir, '.git', 'description'), `id=${k.aliId}\n`);
    const { status, doc } = json(['.git', '.git/description', '.git/index']);
    expect(status).toBe(0);
    expect(reasons(doc)).toEqual({
      '.git': 'git internals (.git/ is never scanned)',
      '.git/description': 'git internals (.git/ is never scanned)',
      '.git/index': 'git internals (.git/ is never scanned)',
    });
    expect(doc.stats).toMatchObject({ files: 0, skipped: 3 });
  });

  it('an empty file is scanned: one file, zero lines, exit 0', () => {
    writeFileSync(join(dir, 'empty.txt'), '');
    const { status, doc } = json(['empty.txt']);
    expect(status).toBe(0);
    expect(doc.stats).toMatchObject({ files: 1, lines: 0, bytes: 0, skipped: 0 });
  });

  it('a FIFO (in the tree or named) is skipped as not a regular file, without hanging; so is /dev/null', () => {
    const made = spawnSync('mkfifo', [join(dir, 'pipe')]);
    expect(made.status).toBe(0);
    writeFileSync(join(dir, 'a.txt'), 'fine\n');
    const r = spawnSync(process.execPath, [BIN, '.', 'pipe', '/dev/null', '--format', 'json'], { cwd: dir, encoding: 'utf8', timeout: 20_000 });
    expect(r.error).toBeUndefined(); // no timeout: a FIFO is never opened for reading
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(reasons(doc)).toEqual({ pipe: 'not a regular file', '/dev/null': 'not a regular file' });
    expect(doc.stats.files).toBe(1);
  });

  it('symbolic links are not followed: a loop and a link out of the tree are skipped, in a walk and in git', () => {
    const outside = tempDir();
    try {
      writeFileSync(join(outside.dir, 'leak.env'), `id=${k.aliId}\n`);
      mkdirSync(join(dir, 'src'));
      writeFileSync(join(dir, 'src', 'a.txt'), 'fine\n');
      symlinkSync('loop-b', join(dir, 'loop-a'));
      symlinkSync('loop-a', join(dir, 'loop-b'));
      symlinkSync(outside.dir, join(dir, 'outdir'));
      symlinkSync(join(outside.dir, 'leak.env'), join(dir, 'outfile'));
      const walked = json(['.']);
      expect(walked.status).toBe(0);
      expect(reasons(walked.doc)).toEqual({
        'loop-a': 'symbolic link (not followed)',
        'loop-b': 'symbolic link (not followed)',
        outdir: 'symbolic link (not followed)',
        outfile: 'symbolic link (not followed)',
      });
      // Named explicitly: still not followed.
      expect(json(['outfile', 'loop-a']).doc.stats).toMatchObject({ files: 0, skipped: 2 });
      initRepo(dir);
      git(dir, 'add', '-A');
      const tracked = json(['.']);
      expect(tracked.status).toBe(0);
      expect(tracked.doc.findings).toEqual([]);
      expect(tracked.doc.stats.skipped).toBe(4);
    } finally {
      outside.cleanup();
    }
  });
});

describe('encodings through the CLI', () => {
  it('UTF-16 LE and BE files with a BOM are decoded and scanned; invalid UTF-8 is scanned as bytes', () => {
    const text = `# aliyun 配置\r\naccessKeyId = ${k.aliId}\r\n`;
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    writeFileSync(join(dir, 'le.ini'), le);
    writeFileSync(join(dir, 'be.ini'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]));
    writeFileSync(join(dir, 'bom8.ini'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    writeFileSync(join(dir, 'bad.txt'), Buffer.concat([Buffer.from([0xc3, 0x28, 0xa0, 0xff, 0x20]), Buffer.from(`key=${k.tcId}\n`)]));
    const { status, doc } = json(['.', '--fail-on', 'high']);
    expect(status).toBe(1);
    const at = doc.findings.map((f) => `${f.file} ${f.ruleId} ${f.line}:${f.column}`).sort();
    expect(at).toEqual([
      'bad.txt tencent-secret-id 1:10', // c3 28 → U+FFFD '(', a0 → U+FFFD, ff → U+FFFD, space, 'key='
      'be.ini alibaba-access-key-id 2:15',
      'bom8.ini alibaba-access-key-id 2:15',
      'le.ini alibaba-access-key-id 2:15',
    ]);
  });
});

describe('file names', () => {
  const names = ['with space.env', 'new\nline.env', `quo"te's.env`, '-rf --help.env', '中文 密钥.env', '--.env'];

  for (const inGit of [false, true]) {
    it(`spaces, newlines, quotes, leading dashes and Chinese characters are reported by name (${inGit ? 'git work tree' : 'walk'})`, () => {
      if (inGit) initRepo(dir);
      for (const n of names) writeFileSync(join(dir, n), `id: ${k.aliId}\n`);
      const { status, doc } = json(['.']);
      expect(status).toBe(1);
      expect(doc.findings.map((f) => f.file).sort()).toEqual([...names].sort());
      const text = runCli(['.'], { cwd: dir });
      for (const n of names.filter((x) => !x.includes('\n'))) expect(text.stdout).toContain(n);
    });
  }
});

describe('size limits and files that change', () => {
  it('--max-file-size: a larger file is skipped with a warning naming it, and counted', () => {
    writeFileSync(join(dir, 'big one.txt'), `id=${k.aliId}\n`.repeat(100));
    writeFileSync(join(dir, 'small.txt'), 'fine\n');
    const r = runCli(['.', '--max-file-size', '1K'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('scan-keys: warning: skipped big one.txt: larger than --max-file-size (2800 bytes)\n');
    expect(r.stdout).toMatch(/scanned 1 file.*skipped 1/);
  });

  it('a single 200 MB line: skipped with a warning by default (100M), found at its column with a larger limit', async () => {
    const file = join(dir, 'one-line.txt');
    const fd = openSync(file, 'w');
    const block = Buffer.from('lorem ipsum dolor sit amet consectetur '.repeat(27_000).slice(0, 1 << 20));
    const total = 200;
    const keyAt = (total - 1) * block.length + 12_345;
    for (let i = 0; i < total; i++) {
      if (i === total - 1) block.write(` ${k.aliId} `, 12_344, 'latin1');
      writeSync(fd, block);
    }
    closeSync(fd);
    try {
      expect(statSync(file).size).toBe(total << 20);
      const def = runCli(['.'], { cwd: dir });
      expect(def.status).toBe(0);
      expect(def.stderr).toContain('skipped one-line.txt: larger than --max-file-size');
      const r = json(['.', '--max-file-size', '300M']);
      expect(r.status).toBe(1);
      expect(r.doc.findings.map((f) => [f.ruleId, f.line, f.column])).toEqual([['alibaba-access-key-id', 1, keyAt + 1]]);
      expect(r.doc.stats).toMatchObject({ files: 1, lines: 1, bytes: total << 20 });
    } finally {
      unlinkSync(file);
    }
  }, 120_000);

  it('a 2 GiB file (sparse: a text header, zeros, a key near the end) is streamed in bounded memory', () => {
    // Sparse, so it costs no disk; reading 2 GiB of zeros and analysing them takes a few seconds.
    const file = join(dir, 'huge.log');
    const size = 2 * 1024 ** 3;
    const fd = openSync(file, 'w');
    try {
      writeSync(fd, Buffer.from('log header, plain text\n'.repeat(1000)));
      ftruncateSync(fd, size);
      writeSync(fd, Buffer.from(`\nid = ${k.aliId}\n`), 0, undefined, size - 4096);
    } finally {
      closeSync(fd);
    }
    const st = statSync(file);
    const free = statfsSync(dir);
    if (st.blocks * 512 > 64 << 20 && free.bavail * free.bsize < 4 * 1024 ** 3) {
      unlinkSync(file);
      console.warn('skipped the 2 GiB case: the file system is not sparse and has under 4 GiB free');
      return;
    }
    try {
      const def = runCli(['huge.log'], { cwd: dir });
      expect(def.status).toBe(0);
      expect(def.stderr).toContain('skipped huge.log: larger than --max-file-size (2147483648 bytes)');
      const r = spawnSync(process.execPath, ['--max-old-space-size=256', BIN, 'huge.log', '--max-file-size', '3G', '--format', 'json'], {
        cwd: dir,
        encoding: 'utf8',
        timeout: 240_000,
      });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(1);
      const doc = JSON.parse(r.stdout) as Doc;
      expect(doc.findings.map((f) => [f.ruleId, f.line, f.column])).toEqual([['alibaba-access-key-id', 1002, 6]]);
      expect(doc.stats.bytes).toBe(size);
    } finally {
      unlinkSync(file);
    }
  }, 300_000);

  const rules = loadPatterns();
  const target = (name: string, explicit = false): FileTarget => ({ path: join(dir, name), display: name, explicit });

  it('a file that grows while it is read: the appended key is read and found', async () => {
    writeFileSync(join(dir, 'grow.log'), 'start\n');
    let grown = false;
    const chunks: Buffer[] = [];
    const out = await readFileChunks(target('grow.log'), 1 << 20, (c) => {
      chunks.push(Buffer.from(c));
      if (!grown) appendFileSync(join(dir, 'grow.log'), `id=${k.aliId}\n`);
      grown = true;
    });
    expect(out.kind).toBe('read');
    expect(Buffer.concat(chunks).toString()).toBe(`start\nid=${k.aliId}\n`);
  });

  it('a file that grows past --max-file-size while read is skipped, never half-scanned as clean', async () => {
    writeFileSync(join(dir, 'grow.log'), 'x'.repeat(100));
    const out = await readFileChunks(target('grow.log'), 150, () => appendFileSync(join(dir, 'grow.log'), 'y'.repeat(100)));
    expect(out).toEqual({ kind: 'skipped', reason: 'grew past --max-file-size while being read' });
  });

  it('a file that vanishes: while read, the open handle still reads it; before it is read, skipped if listed, exit 2 if named', async () => {
    writeFileSync(join(dir, 'gone.env'), `id=${k.aliId}\n`.repeat(10));
    const seen: Buffer[] = [];
    const out = await readFileChunks(target('gone.env'), 1 << 20, (c) => {
      seen.push(c);
      try {
        unlinkSync(join(dir, 'gone.env'));
      } catch {
        /* already gone */
      }
    });
    expect(out).toEqual({ kind: 'read', size: 280 });
    expect(await readFileChunks(target('gone.env'), 1 << 20, () => {})).toEqual({ kind: 'skipped', reason: 'deleted from the work tree' });
    await expect(readFileChunks(target('gone.env', true), 1 << 20, () => {})).rejects.toThrow('cannot read gone.env: ENOENT');
    // And through scanPaths: a file listed and then deleted is a counted skip.
    writeFileSync(join(dir, 'a.env'), 'fine\n');
    const r = await scanPaths(['.'], { rules, root: dir, config: undefined, workers: 0 });
    expect(r.stats.files).toBe(1);
  });

  it('a file replaced by a FIFO between listing and reading is skipped, not opened for a blocking read', async () => {
    spawnSync('mkfifo', [join(dir, 'swap')]);
    const out = await readFileChunks(target('swap'), 1 << 20, () => {});
    expect(out).toEqual({ kind: 'skipped', reason: 'not a regular file' });
  });
});

describe('git', () => {
  it('without git on PATH, a tree scan inside a repository falls back to a walk (.gitignore not honoured: more is scanned, never less)', () => {
    initRepo(dir);
    writeFileSync(join(dir, '.gitignore'), 'ignored.env\n');
    writeFileSync(join(dir, 'ignored.env'), `id=${k.aliId}\n`);
    expect(json(['.']).status).toBe(0);
    const r = json(['.'], { PATH: join(dir, 'no-bin') });
    expect(r.status).toBe(1);
    expect(r.doc.findings.map((f) => f.file)).toEqual(['ignored.env']);
  });

  it('a git failure other than "not a repository" (a corrupt index) is exit 2 with one line', () => {
    initRepo(dir);
    writeFileSync(join(dir, 'a.txt'), `id=${k.aliId}\n`);
    git(dir, 'add', 'a.txt');
    writeFileSync(join(dir, '.git', 'index'), 'DIRC garbage');
    const r = runCli(['.'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^scan-keys: .*index/);
  });
});

describe('reading stops on a signal', () => {
  it('SIGTERM and SIGINT during a scan exit 2 with one line, never 0', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const child = spawn(process.execPath, [BIN, '-'], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
      let stderr = '';
      let stdout = '';
      child.stderr.on('data', (d) => (stderr += String(d)));
      child.stdout.on('data', (d) => (stdout += String(d)));
      child.stdin.write('still typing...\n'); // stdin stays open: the scan waits for more
      await new Promise((r) => setTimeout(r, 1500));
      child.kill(signal);
      const code = await new Promise<number | null>((r) => child.on('close', (c) => r(c)));
      expect(code, signal).toBe(2);
      expect(stderr).toBe(`scan-keys: interrupted by ${signal}; the scan is incomplete\n`);
      expect(stdout).toBe('');
    }
  }, 30_000);
});
