/**
 * A differential fuzzer for the git gates. A seeded generator builds random repositories and
 * index states (edits, hunks staged with `git apply --cached`, renames and copies with edits, mode
 * changes, file <-> symlink swaps, deletions, merges with and without conflicts, cherry-picks,
 * reverts, `commit --amend`), planting keys in some added lines, some removed lines, some unstaged
 * edits and some untouched files. The oracle is written without the scanner: plain
 * `git diff --cached -U0 -M` / `git log -p --cc -U0 -M` output and the list of planted keys say
 * which keys the commit or range adds; `--staged` and the range scan must report exactly those.
 *
 * A failure prints the seed and the commands that rebuild the repository. Replay one seed:
 * `FUZZ_SEED=<seed> npx vitest run test/fuzz-git.test.ts`. FUZZ_SERIES sets how many.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, readFileSync, rmSync, symlinkSync, unlinkSync } from 'node:fs';
import { loadPatterns } from '../src/patterns/load.js';
import { scanStaged } from '../src/scan/staged.js';
import { scanRange } from '../src/scan/range.js';
import { rng } from './helpers.js';
import { TestRepo } from './git-helpers.js';

const rules = loadPatterns();
/** Consonants and digits, no character twice in a row: no placeholder word, no run of five. */
const ALPHABET = 'BCDFGHJKLMNPQRSTVWXZbcdfghjklmnpqrstvwxz0123456789';

class Scenario {
  readonly repo: TestRepo;
  readonly log: string[] = [];
  readonly keys = new Set<string>();
  readonly next: () => number;
  private fileNo = 0;

  constructor(readonly seed: number) {
    this.next = rng(seed);
    this.repo = new TestRepo({ prefix: 'scan-keys-fuzz-' });
    this.log.push(`git init -q -b main repo && cd repo  # seed ${seed}`);
  }

  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)] as T;
  }

  key(): string {
    let key = 'LTAI' + '5t';
    let last = '';
    while (key.length < 24) {
      const c = ALPHABET[this.int(ALPHABET.length)] as string;
      if (c !== last) key += c;
      last = c;
    }
    this.keys.add(key);
    return key;
  }

  /** A line: plain, or (with probability p) holding a new key. */
  line(p = 0.15): string {
    return this.chance(p) ? `accessKeyId${this.int(100)}=${this.key()}` : `row ${this.int(1e6)} of text`;
  }

  lines(n: number, p = 0.15): string[] {
    return Array.from({ length: n }, () => this.line(p));
  }

  git(...args: string[]): string {
    this.log.push(`git ${args.map((a) => (/^[\w./=:@^~-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ')}`);
    return this.repo.git(...args);
  }

  gitMay(...args: string[]): number {
    this.log.push(`git ${args.join(' ')}  # may fail`);
    return this.repo.run(args).status ?? 1;
  }

  write(path: string, lines: string[]): void {
    const text = lines.length ? lines.join('\n') + '\n' : '';
    this.log.push(`rm -f '${path}'; printf '%s' '${text.replace(/'/g, `'\\''`)}' > '${path}'`);
    if (existsSync(this.repo.path(path)) && lstatSync(this.repo.path(path)).isSymbolicLink()) unlinkSync(this.repo.path(path));
    this.repo.write(path, text);
  }

  read(path: string): string[] {
    const file = this.repo.path(path);
    if (!existsSync(file) || lstatSync(file).isSymbolicLink()) return [];
    return readFileSync(file, 'utf8').split('\n').slice(0, -1);
  }

  files(): string[] {
    const isFile = (f: string) => {
      try {
        return lstatSync(this.repo.path(f)).isFile();
      } catch {
        return false;
      }
    };
    return this.repo.git('ls-files', '-z').split('\0').filter((f) => f && isFile(f));
  }

  newName(): string {
    return `dir${this.int(3)}/file${++this.fileNo}.txt`;
  }

  commit(message: string): string {
    this.git('add', '-A');
    this.gitMay('commit', '-q', '--no-verify', '--allow-empty', '-m', message);
    return this.repo.head();
  }

  /** One random change to the work tree. */
  change(): void {
    const files = this.files();
    const op = files.length === 0 ? 'add' : this.pick(['edit', 'edit', 'edit', 'add', 'delete', 'rename', 'copy', 'mode', 'symlink', 'unsymlink']);
    const path = files.length ? this.pick(files) : '';
    switch (op) {
      case 'add':
        this.write(this.newName(), this.lines(1 + this.int(12)));
        break;
      case 'edit': {
        const body = this.read(path);
        for (let n = 1 + this.int(3); n > 0; n--) {
          const at = this.int(body.length + 1);
          if (body.length > 0 && this.chance(0.4)) body.splice(at, 1 + this.int(2)); // removes lines, keys too
          else body.splice(at, 0, ...this.lines(1 + this.int(3)));
        }
        this.write(path, body);
        break;
      }
      case 'delete':
        this.log.push(`rm '${path}'`);
        rmSync(this.repo.path(path));
        break;
      case 'rename':
      case 'copy': {
        const to = this.newName();
        const body = this.read(path);
        if (op === 'rename' && this.gitMay('mv', path, to) !== 0) break;
        if (this.chance(0.5)) body.splice(this.int(body.length + 1), 0, ...this.lines(1 + this.int(2)));
        this.write(to, body);
        if (op === 'copy' && this.chance(0.5)) this.write(path, [...this.read(path), this.line()]);
        break;
      }
      case 'mode':
        this.log.push(`chmod +x '${path}'`);
        chmodSync(this.repo.path(path), 0o755);
        break;
      case 'symlink':
        this.log.push(`rm '${path}'; ln -s target '${path}'`);
        unlinkSync(this.repo.path(path));
        symlinkSync('target', this.repo.path(path));
        break;
      case 'unsymlink': {
        const links = this.repo.git('ls-files', '-s').split('\n').filter((l) => l.startsWith('120000')).map((l) => l.split('\t')[1] as string);
        if (links.length) this.write(this.pick(links), this.lines(1 + this.int(4)));
        break;
      }
    }
  }

  /** Stages the work tree: all of it, some files, or one hunk of a file (git apply --cached). */
  stage(): void {
    const how = this.int(4);
    if (how <= 1) {
      this.git('add', '-A');
      return;
    }
    const changed = this.repo.git('status', '--porcelain', '-z', '-uall', '--no-renames').split('\0').filter(Boolean).map((l) => l.slice(3));
    if (how === 2) {
      for (const f of changed) if (this.chance(0.6)) this.gitMay('add', '-A', '--', f);
      return;
    }
    // One hunk of one modified file; the rest stays unstaged.
    const modified = changed.filter((f) => this.repo.git('ls-files', '--', f).trim() !== '' && existsSync(this.repo.path(f)) && !lstatSync(this.repo.path(f)).isSymbolicLink());
    if (modified.length === 0) return this.git('add', '-A') as unknown as void;
    const file = this.pick(modified);
    const diff = this.repo.git('diff', '-U0', '--no-color', '--no-ext-diff', '--', file);
    const at = diff.indexOf('\n@@');
    if (at === -1) return;
    const header = diff.slice(0, at + 1);
    const hunks = diff.slice(at + 1).split(/(?=^@@)/m);
    const patch = header + this.pick(hunks);
    this.log.push(`git apply --cached --unidiff-zero <<'PATCH'\n${patch}PATCH`);
    this.repo.stageHunk(patch);
  }
}

/** (path, key) for every planted key on an added line of a `-U0` patch (plain or combined). */
function oracle(patch: string, keys: ReadonlySet<string>): string[] {
  const out: string[] = [];
  let path: string | undefined;
  let parents = 1;
  let inHunk = false;
  for (const line of patch.split('\n')) {
    if (line.startsWith('\x01') || line.startsWith('diff --')) {
      inHunk = false;
      path = undefined;
    } else if (!inHunk && line.startsWith('+++ ')) {
      path = line === '+++ /dev/null' ? undefined : line.slice(6);
    } else if (!inHunk && /^(new|deleted) file mode 1[26]0000/.test(line)) {
      // a symbolic link or submodule: its "content" is a path or a commit id
      if (line.startsWith('new')) path = undefined;
    } else if (line.startsWith('@@')) {
      parents = (/^(@+)/.exec(line)?.[1]?.length ?? 2) - 1;
      inHunk = path !== undefined;
    } else if (inHunk && path !== undefined) {
      const cols = line.slice(0, parents);
      if (cols.length === parents && [...cols].every((c) => c === '+')) {
        for (const m of line.slice(parents).matchAll(/LTAI5t[0-9A-Za-z]{18}/g)) if (keys.has(m[0])) out.push(`${path}\0${m[0]}`);
      }
    }
  }
  return out;
}

const PINNED = ['-c', 'core.quotePath=false', '-c', 'diff.noprefix=false', '-c', 'diff.mnemonicPrefix=false'];
/** Keys on lines the index adds to HEAD; during a merge, only lines new to every parent (as --cc). */
function stagedOracle(s: Scenario): Set<string> {
  const against = (rev: string[]) => new Set(oracle(s.repo.git(...PINNED, 'diff', '--cached', '-U0', '-M', '--no-color', '--no-ext-diff', '--no-textconv', '--text', ...rev), s.keys));
  const added = against([]);
  if (!existsSync(s.repo.path('.git/MERGE_HEAD'))) return added;
  const fromOther = against(['MERGE_HEAD']);
  return new Set([...added].filter((e) => fromOther.has(e)));
}
const rangeOracle = (s: Scenario, range: string) =>
  new Set(oracle(s.repo.git(...PINNED, 'log', '-p', '--cc', '-U0', '-M', '--no-color', '--no-ext-diff', '--no-textconv', '--text', '--format=%x01%H', range, '--'), s.keys));

const asSet = (findings: Array<{ file: string; secret: string }>) => new Set(findings.map((f) => `${f.file}\0${f.secret}`));
const show = (set: Set<string>) => [...set].map((e) => e.replace('\0', ' ')).sort();

async function checkStaged(s: Scenario, what: string): Promise<void> {
  const expected = stagedOracle(s);
  const got = asSet((await scanStaged({ rules, cwd: s.repo.dir })).findings);
  if (show(got).join() !== show(expected).join()) fail(s, `--staged (${what})`, expected, got);
}

async function checkRange(s: Scenario, from: string, what: string): Promise<void> {
  const range = `${from}..HEAD`;
  const expected = rangeOracle(s, range);
  const got = asSet((await scanRange({ rules, cwd: s.repo.dir, spec: { range }, count: false, presentAtHead: false })).findings);
  if (show(got).join() !== show(expected).join()) fail(s, `--range ${range} (${what})`, expected, got);
}

function fail(s: Scenario, what: string, expected: Set<string>, got: Set<string>): never {
  const missing = show(expected).filter((e) => !show(got).includes(e));
  const extra = show(got).filter((e) => !show(expected).includes(e));
  throw new Error(
    `fuzz seed ${s.seed}: ${what} disagrees with the oracle\n  missed: ${JSON.stringify(missing)}\n  extra: ${JSON.stringify(extra)}\n` +
      `replay: FUZZ_SEED=${s.seed} npx vitest run test/fuzz-git.test.ts, or these commands:\n${s.log.join('\n')}`,
  );
}

/** One series: a repository grown step by step; each step is a scenario checked on both gates. */
async function series(seed: number, steps: number): Promise<number> {
  const s = new Scenario(seed);
  let checked = 0;
  try {
    s.write('base.txt', s.lines(8, 0.3));
    s.commit('base');
    for (let step = 0; step < steps; step++) {
      const before = s.repo.head();
      const kind = s.int(10);
      if (kind <= 5) {
        // Work-tree changes, some staged (whole files or one hunk), some left unstaged.
        for (let n = 1 + s.int(3); n > 0; n--) s.change();
        s.stage();
        await checkStaged(s, 'edits');
        s.gitMay('commit', '-q', '--no-verify', '--allow-empty', '-m', `step ${step}`);
        s.git('add', '-A');
        if (s.repo.git('diff', '--cached', '--name-only') !== '') s.gitMay('commit', '-q', '--no-verify', '-m', `rest ${step}`);
      } else if (kind === 6) {
        // A branch and a merge: without a conflict, or with one resolved by typing new lines.
        const main = s.repo.git('rev-parse', '--abbrev-ref', 'HEAD').trim();
        const files = s.files();
        if (files.length === 0) s.write('base.txt', s.lines(3));
        const target = files.length ? s.pick(files) : 'base.txt';
        s.git('checkout', '-q', '-b', `b${step}`);
        s.write(target, [...s.read(target), ...s.lines(2, 0.5)]);
        s.write(s.newName(), s.lines(1 + s.int(4)));
        s.commit(`branch ${step}`);
        s.git('checkout', '-q', main);
        s.write(target, [...s.read(target), ...s.lines(2, 0.5)]);
        s.commit(`main ${step}`);
        if (s.gitMay('merge', '-q', '--no-edit', '--no-ff', `b${step}`) !== 0) {
          // Conflict: the resolution keeps both sides' lines and types new ones (maybe a key).
          const files = s.repo.git('diff', '--name-only', '--diff-filter=U').split('\n').filter(Boolean);
          for (const f of files) {
            const body = s.read(f).filter((l) => !/^(<<<<<<<|=======|>>>>>>>)/.test(l));
            body.push(...s.lines(1 + s.int(2), 0.5));
            s.write(f, body);
          }
          s.git('add', '-A');
          await checkStaged(s, 'conflict resolution during a merge');
          s.git('commit', '-q', '--no-verify', '--no-edit');
        }
      } else if (kind === 7) {
        // Cherry-pick (from a side branch) or revert (of HEAD: removed keys come back), no commit yet.
        if (s.chance(0.5)) {
          const main = s.repo.git('rev-parse', '--abbrev-ref', 'HEAD').trim();
          s.git('checkout', '-q', '-b', `c${step}`);
          s.change();
          const picked = s.commit(`to pick ${step}`);
          s.git('checkout', '-q', main);
          if (s.gitMay('cherry-pick', '-n', picked) !== 0) {
            s.gitMay('cherry-pick', '--abort');
            s.git('reset', '-q', '--hard');
            continue;
          }
        } else if (s.gitMay('revert', '-n', 'HEAD') !== 0) {
          s.gitMay('revert', '--abort');
          s.git('reset', '-q', '--hard');
          continue;
        }
        await checkStaged(s, 'cherry-pick or revert');
        s.gitMay('commit', '-q', '--no-verify', '--allow-empty', '-m', `pick ${step}`);
      } else if (s.repo.git('rev-list', '--count', 'HEAD').trim() !== '1') {
        // Amend: the hook sees only the amendment; the range sees the new commit whole.
        s.change();
        s.git('add', '-A');
        await checkStaged(s, 'amend');
        s.gitMay('commit', '-q', '--no-verify', '--amend', '--allow-empty', '-m', `amended ${step}`);
        await checkRange(s, `${s.repo.head()}~1`, 'amended commit');
        checked++;
        continue;
      } else {
        continue;
      }
      await checkRange(s, before, 'the step');
      checked++;
    }
    // The whole history as one range, from the root.
    const root = s.repo.git('rev-list', '--max-parents=0', 'HEAD').trim().split('\n')[0] as string;
    await checkRange(s, root, 'whole history');
    return checked;
  } catch (err) {
    if ((err as Error).message.startsWith('fuzz seed')) throw err;
    throw new Error(`fuzz seed ${seed}: ${(err as Error).message}\nreplay: FUZZ_SEED=${seed} npx vitest run test/fuzz-git.test.ts, or these commands:\n${s.log.join('\n')}`);
  } finally {
    s.repo.cleanup();
  }
}

const only = process.env.FUZZ_SEED ? [Number(process.env.FUZZ_SEED)] : undefined;
const SERIES = only ?? Array.from({ length: Number(process.env.FUZZ_SERIES ?? 32) }, (_, i) => 18_000 + i);
const STEPS = 10;

describe('differential fuzzer: --staged and ranges against a git-diff oracle', () => {
  it(`${SERIES.length} seeded series of ${STEPS} scenarios each agree with the oracle`, { timeout: 600_000 }, async () => {
    let scenarios = 0;
    for (const seed of SERIES) scenarios += await series(seed, STEPS);
    expect(scenarios).toBeGreaterThanOrEqual(only ? 1 : 300);
    console.log(`fuzz: ${scenarios} scenarios in ${SERIES.length} series agreed with the oracle`);
  });
});
