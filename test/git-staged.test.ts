/**
 * `scan-keys --staged` on throwaway repositories: every case of ../shared/design/git-semantics.md
 * where a pre-commit scanner lets a leaking commit through or blocks a clean one.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chmodSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { git, initRepo, makeKeys, runCli, tempDir } from './helpers.js';
import { gitRun, json, pairText, staged, write } from './git-helpers.js';

const k = makeKeys(31);
const other = makeKeys(32);
let dir: string;
let cleanup: () => void;

beforeEach(() => {
  ({ dir, cleanup } = tempDir('scan-keys-staged-'));
  initRepo(dir);
});
afterEach(() => cleanup());

function commitAll(message = 'c'): void {
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '--no-verify', '-m', message);
}

describe('scan-keys --staged: what is read', () => {
  it('first commit (no HEAD): every staged file is new and its keys block', () => {
    write(dir, 'config/app.properties', pairText(k));
    git(dir, 'add', '-A');
    const r = staged(dir, '--format', 'json');
    expect(r.status).toBe(1);
    const doc = json(r);
    expect(doc.findings.map((f) => [f.file, f.line])).toEqual([
      ['config/app.properties', 2],
      ['config/app.properties', 3],
    ]);
    expect(doc.stats).toMatchObject({ files: 1, lines: 3 });
  });

  it('partial staging: a key only in an unstaged edit passes, and the report says nothing was scanned', () => {
    write(dir, 'app.properties', 'name=demo\n');
    commitAll();
    write(dir, 'app.properties', `name=demo\n${pairText(k)}`);
    const r = staged(dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('scanned 0 files, 0 B, 0 lines');
  });

  it('partial staging: a key staged and then removed from the work tree still blocks', () => {
    write(dir, 'app.properties', 'name=demo\n');
    commitAll();
    write(dir, 'app.properties', `name=demo\n${pairText(k)}`);
    git(dir, 'add', 'app.properties');
    write(dir, 'app.properties', 'name=demo\n');
    const r = staged(dir, '--format', 'json');
    expect(r.status).toBe(1);
    expect(json(r).findings.map((f) => f.line)).toEqual([3, 4]);
  });

  it('a secret added beside an ID that is already committed is caught as a pair; the old ID is not reported', () => {
    write(dir, 'app.properties', `# aliyun\naccessKeyId=${k.aliId}\n`);
    commitAll();
    write(dir, 'app.properties', `# aliyun\naccessKeyId=${k.aliId}\naccessKeySecret=${k.aliSecret}\n`);
    git(dir, 'add', '-A');
    const r = staged(dir, '--format', 'json');
    expect(r.status).toBe(1);
    const doc = json(r);
    expect(doc.findings).toHaveLength(1);
    expect(doc.findings[0]).toMatchObject({ ruleId: 'alibaba-access-key-secret', line: 3, pair: { line: 2 } });
  });

  it('an old key on an unchanged line is not this commit\'s fault', () => {
    write(dir, 'app.properties', pairText(k));
    commitAll();
    write(dir, 'app.properties', `${pairText(k)}region=cn-hangzhou\n`);
    git(dir, 'add', '-A');
    const r = staged(dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('scanned 1 file');
    expect(r.stdout).toContain('1 line');
  });

  it('rename plus edit: the added key in the renamed file blocks, under the new name', () => {
    const body = Array.from({ length: 20 }, (_, i) => `line ${i} of a long enough file`).join('\n') + '\n';
    write(dir, 'old.properties', body);
    commitAll();
    git(dir, 'mv', 'old.properties', 'new.properties');
    write(dir, 'new.properties', body + pairText(k));
    git(dir, 'add', '-A');
    expect(git(dir, 'diff', '--cached', '--name-status', '-M')).toMatch(/^R\d+\told\.properties\tnew\.properties/);
    const r = staged(dir, '--format', 'json');
    expect(r.status).toBe(1);
    expect(json(r).findings.map((f) => [f.file, f.line])).toEqual([
      ['new.properties', 22],
      ['new.properties', 23],
    ]);
  });

  it('copy plus edit: the added key in the copy blocks', () => {
    const body = Array.from({ length: 20 }, (_, i) => `setting${i}=value ${i}`).join('\n') + '\n';
    write(dir, 'base.properties', body);
    commitAll();
    write(dir, 'base.properties', body + 'extra=1\n');
    write(dir, 'copy.properties', body + pairText(k));
    git(dir, 'add', '-A');
    expect(git(dir, 'diff', '--cached', '--name-status', '-C')).toMatch(/C\d+\tbase\.properties\tcopy\.properties/);
    const r = staged(dir, '--format', 'json');
    expect(r.status).toBe(1);
    expect(new Set(json(r).findings.map((f) => f.file))).toEqual(new Set(['copy.properties']));
  });

  it('deleted, binary, symlink, submodule and LFS pointer entries are skipped, named with --verbose, never crash', () => {
    write(dir, 'gone.properties', pairText(k));
    commitAll();
    git(dir, 'rm', '-q', 'gone.properties');
    write(dir, 'blob.bin', Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(pairText(other))]));
    symlinkSync(`${k.aliId}-${k.aliSecret}`, join(dir, 'link'));
    write(dir, 'model.bin', `version https://git-lfs.github.com/spec/v1\noid sha256:${'ab'.repeat(32)}\nsize 12345\n`);
    git(dir, 'add', '-A');
    const head = git(dir, 'rev-parse', 'HEAD').trim();
    git(dir, 'update-index', '--add', '--cacheinfo', `160000,${head},vendor/sub`);
    const r = staged(dir, '--verbose');
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('skipped gone.properties: deleted');
    expect(r.stderr).toContain('skipped blob.bin: binary');
    expect(r.stderr).toContain('skipped link: symbolic link');
    expect(r.stderr).toContain('skipped vendor/sub: submodule');
    expect(r.stderr).toContain('skipped model.bin: Git LFS pointer');
    expect(r.stdout).toContain('no credentials found');
  });

  it('reads the index named by GIT_INDEX_FILE (as git commit -a gives a hook)', () => {
    write(dir, 'a.txt', 'clean\n');
    commitAll();
    const tmpIndex = join(dir, '.git', 'other-index');
    write(dir, 'a.txt', `clean\n${pairText(k)}`);
    gitRun(dir, ['add', 'a.txt'], { GIT_INDEX_FILE: tmpIndex });
    git(dir, 'checkout', '--', 'a.txt');
    expect(staged(dir).status).toBe(0);
    const r = runCli(['--staged'], { cwd: dir, env: { GIT_INDEX_FILE: tmpIndex } });
    expect(r.status).toBe(1);
  });

  it('outside a repository: exit 2 with one clear line', () => {
    const outside = tempDir('scan-keys-nogit-');
    try {
      const r = runCli(['--staged'], { cwd: outside.dir, env: { GIT_CEILING_DIRECTORIES: outside.dir } });
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^scan-keys: --staged: not inside a git repository/);
    } finally {
      outside.cleanup();
    }
  });

  it('runs from a subdirectory and still sees the whole index', () => {
    write(dir, 'sub/dir/keep.txt', 'x\n');
    write(dir, 'top.properties', pairText(k));
    git(dir, 'add', '-A');
    const r = runCli(['--staged', '--format', 'json'], { cwd: join(dir, 'sub', 'dir') });
    expect(r.status).toBe(1);
    expect(json(r).findings[0]?.file).toBe('top.properties');
  });

  it('rejects paths and conflicting modes', () => {
    expect(runCli(['--staged', 'src'], { cwd: dir }).status).toBe(2);
    expect(runCli(['--staged', '--history'], { cwd: dir }).status).toBe(2);
  });
});

describe('scan-keys --staged: immune to hostile git config', () => {
  const cases: Array<[string, (d: string) => void]> = [
    ['diff.mnemonicPrefix=true', (d) => git(d, 'config', 'diff.mnemonicPrefix', 'true')],
    ['diff.noprefix=true', (d) => git(d, 'config', 'diff.noprefix', 'true')],
    ['color.ui=always', (d) => git(d, 'config', 'color.ui', 'always')],
    ['color.diff=always', (d) => git(d, 'config', 'color.diff', 'always')],
    ['core.quotePath=true', (d) => git(d, 'config', 'core.quotePath', 'true')],
    [
      'diff.external',
      (d) => {
        write(d, '.git/ext-diff.sh', '#!/bin/sh\necho "nothing to see"\n');
        chmodSync(join(d, '.git/ext-diff.sh'), 0o755);
        git(d, 'config', 'diff.external', join(d, '.git/ext-diff.sh'));
      },
    ],
    [
      'textconv via .gitattributes',
      (d) => {
        write(d, '.git/info/attributes', '*.env diff=hide\n');
        git(d, 'config', 'diff.hide.textconv', 'sed s/./x/g');
      },
    ],
    ['binary attribute', (d) => write(d, '.git/info/attributes', '*.env binary\n')],
    ['diff.interHunkContext=20', (d) => git(d, 'config', 'diff.interHunkContext', '20')],
    ['diff.submodule=log', (d) => git(d, 'config', 'diff.submodule', 'log')],
    ['diff.relative=true', (d) => git(d, 'config', 'diff.relative', 'true')],
    ['core.abbrev=7', (d) => git(d, 'config', 'core.abbrev', '7')],
  ];
  it.each(cases)('%s: a key in 配置.env blocks and is reported by its real name', (_name, setup) => {
    write(dir, 'README', 'x\n');
    commitAll();
    setup(dir);
    write(dir, '配置.env', `name=demo\n${pairText(k)}`);
    write(dir, 'sub/keep.txt', 'x\n');
    git(dir, 'add', '-A');
    const r = runCli(['--staged', '--format', 'json'], { cwd: join(dir, 'sub') });
    expect(r.status).toBe(1);
    const doc = json(r);
    expect(doc.findings.map((f) => [f.file, f.line])).toEqual([
      ['配置.env', 3],
      ['配置.env', 4],
    ]);
  });
});

describe('scan-keys --staged during a merge', () => {
  function branches(): void {
    write(dir, 'shared.txt', 'one\ntwo\nthree\n');
    commitAll('base');
    git(dir, 'checkout', '-q', '-b', 'feature');
    write(dir, 'feature.properties', pairText(other));
    write(dir, 'shared.txt', 'one\nfeature two\nthree\n');
    commitAll('feature adds a key (committed there, past its own hook)');
    git(dir, 'checkout', '-q', 'main');
  }

  it('keys already committed on the merged branch do not block a clean merge', () => {
    branches();
    write(dir, 'main.txt', 'main work\n');
    commitAll('main');
    git(dir, 'merge', '--no-commit', '--no-ff', 'feature');
    expect(git(dir, 'rev-parse', '-q', '--verify', 'MERGE_HEAD').trim()).toMatch(/^[0-9a-f]{40}$/);
    const r = staged(dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('no credentials found');
  });

  it('in a linked worktree and from a subdirectory, the merge is recognised too', () => {
    branches();
    write(dir, 'main.txt', 'main work\n');
    commitAll('main');
    const tree = join(dir, '..', `${dir.split('/').pop()}-tree`);
    git(dir, 'worktree', 'add', '-q', '-b', 'other', tree, 'main');
    try {
      git(tree, 'merge', '--no-commit', '--no-ff', 'feature');
      write(tree, 'sub/x.txt', 'x\n');
      git(tree, 'add', '-A');
      const r = runCli(['--staged'], { cwd: join(tree, 'sub') });
      expect(r.stdout).toContain('no credentials found');
      expect(r.status).toBe(0);
    } finally {
      git(dir, 'worktree', 'remove', '--force', tree);
    }
  });

  it('a key typed while resolving a conflict blocks; the branch\'s committed key does not', () => {
    branches();
    write(dir, 'shared.txt', 'one\nmain two\nthree\n');
    commitAll('main');
    const m = gitRun(dir, ['merge', 'feature']);
    expect(m.status).not.toBe(0);
    write(dir, 'shared.txt', `one\n# aliyun\naccessKeyId=${k.aliId}\naccessKeySecret=${k.aliSecret}\nthree\n`);
    git(dir, 'add', '-A');
    const r = staged(dir, '--format', 'json');
    expect(r.status).toBe(1);
    expect(json(r).findings.map((f) => [f.file, f.line])).toEqual([
      ['shared.txt', 3],
      ['shared.txt', 4],
    ]);
  });
});

describe('scan-keys --staged through git commit', () => {
  it('git commit -a and git commit <path> run the hook on the temporary index', () => {
    write(dir, 'a.properties', 'name=a\n');
    write(dir, 'b.properties', 'name=b\n');
    commitAll();
    expect(runCli(['install'], { cwd: dir }).status).toBe(0);
    // Unstaged edits only: the default index is clean, the commit's temporary index is not.
    write(dir, 'a.properties', `name=a\n${pairText(k)}`);
    const all = gitRun(dir, ['commit', '-a', '-m', 'leak via -a']);
    expect(all.status).not.toBe(0);
    expect(all.stdout + all.stderr).toContain('a.properties');
    expect(all.stdout + all.stderr).toContain('Alibaba Cloud AccessKey');
    const path = gitRun(dir, ['commit', '-m', 'leak via path', 'a.properties']);
    expect(path.status).not.toBe(0);
    expect(path.stdout + path.stderr).toContain('a.properties');
    expect(git(dir, 'rev-list', '--count', 'HEAD').trim()).toBe('1');
    write(dir, 'a.properties', 'name=a\nregion=cn-hangzhou\n');
    expect(gitRun(dir, ['commit', '-m', 'clean', 'a.properties']).status).toBe(0);
  });
});


describe('scan-keys --staged: one command-line path for every run', () => {
  function mixedChange(): void {
    write(dir, 'gone.properties', pairText(other));
    write(dir, 'old.properties', Array.from({ length: 20 }, (_, i) => `line ${i} of a long enough file`).join('\n') + '\n');
    commitAll();
    git(dir, 'rm', '-q', 'gone.properties');
    git(dir, 'mv', 'old.properties', 'new.properties');
    write(dir, 'new.properties', Array.from({ length: 20 }, (_, i) => `line ${i} of a long enough file`).join('\n') + '\n' + pairText(other));
    write(dir, 'a.properties', pairText(k));
    write(dir, 'crlf.env', pairText(k).replace(/\n/g, '\r\n'));
    write(dir, 'blob.bin', Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(pairText(other))]));
    symlinkSync('a.properties', join(dir, 'link'));
    git(dir, 'add', '-A');
  }
  const lines = (r: ReturnType<typeof staged>) => json(r).findings.map((f) => `${f.file}:${f.line}`).sort();

  it('a mixed change: every finding on an added line, each skip named, whatever the flags', { timeout: 60_000 }, () => {
    mixedChange();
    const plain = staged(dir, '--format', 'json');
    expect(plain.status).toBe(1);
    expect(lines(plain)).toEqual(['a.properties:2', 'a.properties:3', 'crlf.env:2', 'crlf.env:3', 'new.properties:22', 'new.properties:23']);
    expect(json(plain).skipped).toEqual([
      { file: 'blob.bin', reason: 'binary (NUL byte in the first 8 KiB)' },
      { file: 'link', reason: 'symbolic link (target path, not followed)' },
    ]);
    // Flags that used to send the hook down another path give the same scan.
    const other = staged(dir, '--format', 'json', '--max-file-size', '100M', '--fail-on', 'high', '--no-inline-allow');
    const noTime = (r: ReturnType<typeof staged>) => ({ ...json(r), stats: { ...json(r).stats, durationMs: 0 } });
    expect(noTime(other)).toEqual(noTime(plain));
    const verbose = staged(dir, '--verbose');
    expect(verbose.status).toBe(1);
    expect(verbose.stderr).toContain('skipped blob.bin: binary');
    expect(verbose.stdout).toMatch(/^new.properties\n  22:13 /m);
  });

  it('a .scan-keys.json (exclude globs, allow entries) is honoured on the same path', { timeout: 60_000 }, () => {
    mixedChange();
    write(dir, '.scan-keys.json', JSON.stringify({
      exclude: ['**/*.env', 'vendor/**'],
      allow: [{ path: 'new.properties', reason: 'fixture' }, { fingerprint: 'f'.repeat(32), reason: 'not this one' }],
    }));
    const r = staged(dir, '--format', 'json', '--fail-on', 'high');
    expect(r.status).toBe(1);
    expect(lines(r)).toEqual(['a.properties:2', 'a.properties:3']);
    // From a subdirectory the globs are still relative to the repository root.
    write(dir, 'sub/keep.txt', 'x\n');
    expect(lines(runCli(['--staged', '--format', 'json'], { cwd: join(dir, 'sub') }))).toEqual(['a.properties:2', 'a.properties:3']);
    // A value allow entry silences what it matches.
    write(dir, '.scan-keys.json', JSON.stringify({ allow: [{ value: `^(${k.aliId}|${k.aliSecret})$`, reason: 'test key' }] }));
    expect(lines(staged(dir, '--format', 'json'))).toEqual(['new.properties:22', 'new.properties:23']);
  });

  it('usage errors are as strict as before: exit 2, one line, nothing scanned', () => {
    mixedChange();
    for (const [args, message] of [
      [['--fail-on', 'loud'], 'Invalid values'],
      [['--format', 'xml'], 'Invalid values'],
      [['--bogus'], 'Unknown argument: bogus'],
      [['--since', 'HEAD'], 'choose one of --staged, --since, --range, --history'],
      [['src'], 'they take no paths'],
    ] as const) {
      const r = staged(dir, ...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(message);
    }
  }, 60_000);
});
