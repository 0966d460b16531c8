// The benchmark scenarios: which corpus, which commands, which targets.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureCorpus, buildManySmall, buildFewLarge, buildOneFile, buildStaged, buildHistory, buildPush } from './corpus.mjs';
import { spawnSync } from 'node:child_process';
import { ID_PATTERN, ID_PATTERN_ERE, ID_PATTERN_PCRE } from './patterns.mjs';
import { ensureRealCorpus } from '../scripts/real-corpus.mjs';

/**
 * ripgrep is told to read what scan-keys reads: --hidden (dot files),
 * --no-ignore (.gitignore/.ignore/.rgignore are not honoured), -g '!.git'
 * (scan-keys never scans .git), default binary detection (files with NUL bytes
 * are skipped), no symlink following, --no-config (no RIPGREP_CONFIG_PATH).
 */
export const RG_TREE_FLAGS = ['--no-config', '-c', '--hidden', '--no-ignore', '-g', '!.git'];
const C_LOCALE = { ...process.env, LC_ALL: 'C' };
const OK = [0, 1]; // 0 = clean / matches, 1 = findings / no matches

const sh = (s) => `'${s.replaceAll("'", `'\\''`)}'`;

function scanKeys(ctx, args, cwd, feature) {
  return { name: 'scan-keys', role: 'subject', cmd: ctx.scanKeys.cmd, args: [...ctx.scanKeys.args, ...args], cwd, ok: OK, feature };
}
function rg(cwd, target) {
  return { name: 'rg', role: 'reference', needs: 'rg', cmd: 'rg', args: [...RG_TREE_FLAGS, ID_PATTERN, target], cwd, ok: OK };
}
function gitGrep(cwd, mode) {
  const pattern = mode === '-P' ? ID_PATTERN_PCRE : ID_PATTERN_ERE;
  return { name: `git grep ${mode}`, role: 'reference', cmd: 'git', args: ['grep', '-c', mode, pattern], cwd, env: C_LOCALE, ok: OK };
}
const nodeStartup = (cwd) => ({ name: 'node -e 0', role: 'reference', cmd: process.execPath, args: ['-e', '0'], cwd, ok: [0] });

// Issue 16: at most 3x rg on every tree (stretch 2x), at most 128 MiB peak RSS.
const treeTargets = [{ kind: 'ratio', ref: 'rg', max: 3, stretch: 2 }, { kind: 'rss', maxMiB: 128 }];
const rssTarget = { kind: 'rss', maxMiB: 128 };

/** Files and bytes under a directory (for throughput of the real tree). */
function treeSize(dir) {
  let files = 0, bytes = 0;
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) { files++; bytes += fs.statSync(p).size; }
    }
  };
  walk(dir);
  return { files, bytes };
}

const stagedCorpus = (ctx) => ensureCorpus('staged', 1005, { files: ctx.quick ? 2000 : 20000 }, buildStaged, ctx);

/** What a team adds first: globs for vendored and generated files, a few allow entries of each kind. */
const STAGED_CONFIG = {
  exclude: ['vendor/**', '**/*.min.js', 'pkg19/**', '**/__snapshots__/**'],
  allow: [
    { path: 'test/fixtures/**', reason: 'fixtures hold fake keys' },
    { value: '^LTAI5tEXAMPLE', reason: 'the documentation example key' },
    { fingerprint: '0123456789abcdef0123456789abcdef', reason: 'revoked 2026-01' },
  ],
};

const fewLargeCorpus = (ctx) => ensureCorpus('few-large', 1003,
  ctx.quick ? { minifiedMiB: 8, logMiB: 3, jsonlMiB: 2 } : { minifiedMiB: 60, logMiB: 30, jsonlMiB: 20 }, buildFewLarge, ctx);

/**
 * The pinned npm packages of the precision benchmark (scripts/real-corpus.mjs: fetched once into a
 * cache outside the repository, then read from there): code nobody here wrote, much Chinese text in
 * tencentcloud-sdk-nodejs. Not a git work tree, so scan-keys walks it as rg does.
 */
let realCorpus;
function realPackages() {
  realCorpus ??= ensureRealCorpus({ log: (m) => console.log(`  ${m}`) });
  return realCorpus;
}
function realTree(names) {
  return () => {
    const pkgs = realPackages().filter((p) => names.includes(p.name));
    if (pkgs.length !== names.length) throw new Error(`real corpus lacks ${names.join(', ')}`);
    const dir = path.dirname(pkgs[0].dir);
    return {
      dir: pkgs.length === 1 ? pkgs[0].dir : path.dirname(dir), reused: true, planted: [], dirs: pkgs.map((p) => p.dir),
      files: pkgs.reduce((n, p) => n + p.files, 0), bytes: pkgs.reduce((n, p) => n + p.bytes, 0),
    };
  };
}
const realScenario = (name, names, about) => ({
  name, about,
  corpus: realTree(names),
  tools: (c, ctx) => [scanKeys(ctx, c.dirs, c.dir), { ...rg(c.dir, '.'), args: [...RG_TREE_FLAGS, ID_PATTERN, ...c.dirs] }],
  targets: treeTargets,
  throughput: true,
});
const SMALL_REAL = ['cos-nodejs-sdk-v5', 'ali-oss', '@alicloud/pop-core', '@alicloud/openapi-client', '@alicloud/credentials'];

/**
 * The first commit of a real package: every file staged at once. `--staged` against a tree scan of
 * the same files (issue 16: no slower, and flat memory).
 */
function stagedRealCorpus() {
  const pkg = realPackages().find((p) => p.name === 'tencentcloud-sdk-nodejs');
  const dir = path.join(os.tmpdir(), `scan-keys-bench-staged-real-${pkg.version}`);
  if (!fs.existsSync(path.join(dir, '.complete'))) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.cpSync(pkg.dir, path.join(dir, 'tree'), { recursive: true });
    const git = (...args) => {
      const r = spawnSync('git', args, { cwd: path.join(dir, 'tree'), encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`git ${args[0]}: ${r.stderr.trim()}`);
    };
    git('init', '-q');
    git('add', '-A');
    fs.writeFileSync(path.join(dir, '.complete'), '');
  }
  return { dir: path.join(dir, 'tree'), reused: true, planted: [], files: pkg.files, bytes: pkg.bytes };
}

export const SCENARIOS = [
  {
    name: 'many-small',
    about: 'code-like files (.py/.js/.ts/.go/.java/.yaml/.json, 1-8 KB) in a one-commit git repo, 8 planted IDs',
    corpus: (ctx) => ensureCorpus('many-small', 1001, { files: ctx.quick ? 2000 : 20000 }, buildManySmall, ctx),
    tools: (c, ctx) => [scanKeys(ctx, ['.'], c.dir), rg(c.dir, '.'), gitGrep(c.dir, '-E'), gitGrep(c.dir, '-P')],
    targets: treeTargets,
    throughput: true,
    sanity: 'exact',
  },
  {
    name: 'real-tree',
    about: "the project's own node_modules, passed as an explicit path",
    corpus: (ctx) => {
      const dir = path.join(ctx.projectRoot, 'node_modules');
      if (!fs.existsSync(dir)) throw new Error(`${dir} does not exist: run npm install first`);
      return { dir, reused: true, planted: [], ...treeSize(dir) };
    },
    tools: (c, ctx) => [scanKeys(ctx, ['node_modules'], ctx.projectRoot), rg(ctx.projectRoot, 'node_modules')],
    targets: treeTargets,
    throughput: true,
  },
  {
    name: 'few-large',
    about: '3 files: single-line minified JS, a log, a JSONL file (2 IDs inline in the JS, 2 in the log)',
    corpus: (ctx) => fewLargeCorpus(ctx),
    tools: (c, ctx) => [scanKeys(ctx, ['.'], c.dir), rg(c.dir, '.')],
    targets: treeTargets,
    throughput: true,
    sanity: 'exact',
  },
  {
    name: 'single-line',
    about: "only few-large's single-line minified JS file (same corpus), to pin peak RSS on one huge line",
    corpus: (ctx) => {
      const c = fewLargeCorpus(ctx);
      return { ...c, files: 1, bytes: fs.statSync(path.join(c.dir, c.singleLineFile)).size, planted: c.planted.filter((p) => p.file === c.singleLineFile) };
    },
    tools: (c, ctx) => [scanKeys(ctx, [c.singleLineFile], c.dir), rg(c.dir, c.singleLineFile)],
    targets: treeTargets,
    throughput: true,
    sanity: 'exact',
  },
  {
    name: 'one-gib',
    about: 'one multi-line code-like file of 1 GiB (128 MiB with --quick), streamed to disk, 4 planted IDs',
    corpus: (ctx) => ensureCorpus('one-gib', 1004, { mib: ctx.quick ? 128 : 1024 }, buildOneFile, ctx),
    // scan-keys skips files over --max-file-size (100 MiB by default); this scenario is about scanning it.
    tools: (c, ctx) => [scanKeys(ctx, ['--max-file-size', '2G', '.'], c.dir), rg(c.dir, '.')],
    targets: treeTargets,
    throughput: true,
    sanity: 'exact',
  },
  {
    name: 'staged',
    about: 'pre-commit: repo of 20,000 small files (2,000 with --quick) with a 10-file staged change, `scan-keys --staged`',
    corpus: (ctx) => stagedCorpus(ctx),
    tools: (c, ctx) => [
      scanKeys(ctx, ['--staged'], c.dir, '--staged'),
      nodeStartup(c.dir),
      { name: 'git diff --cached', role: 'reference', cmd: 'git', args: ['diff', '--cached'], cwd: c.dir, ok: [0] },
    ],
    targets: [{ kind: 'ratio', ref: 'node -e 0', max: 1.5 }, rssTarget],
    sanity: 'exact',
  },
  realScenario('real-tencentcloud', ['tencentcloud-sdk-nodejs'], 'tencentcloud-sdk-nodejs from npm (pinned): generated SDK code with much Chinese text'),
  realScenario('real-aws-sdk', ['aws-sdk'], 'aws-sdk v2 from npm (pinned): another cloud\'s SDK, large JSON API models and bundles'),
  realScenario('real-small', SMALL_REAL, 'five small Alibaba/Tencent SDK packages from npm (pinned), scanned together'),
  {
    name: 'staged-real',
    about: 'the first commit of tencentcloud-sdk-nodejs: every file staged, `--staged` against `scan-keys .` on the same files',
    corpus: () => stagedRealCorpus(),
    tools: (c, ctx) => [
      scanKeys(ctx, ['--staged'], c.dir, '--staged'),
      { ...scanKeys(ctx, ['.'], c.dir), name: 'scan-keys .', role: 'reference' },
    ],
    targets: [{ kind: 'ratio', ref: 'scan-keys .', max: 1 }, { kind: 'rss', maxMiB: 128 }],
    throughput: true,
  },
  {
    name: 'staged-json',
    about: "staged's corpus, `scan-keys --staged --format json --fail-on high` (flags once sent the hook down yargs' path)",
    corpus: (ctx) => stagedCorpus(ctx),
    tools: (c, ctx) => [scanKeys(ctx, ['--staged', '--format', 'json', '--fail-on', 'high'], c.dir, '--staged'), nodeStartup(c.dir)],
    targets: [{ kind: 'ratio', ref: 'node -e 0', max: 1.5 }],
    sanity: 'exact',
  },
  {
    name: 'staged-config',
    about: "staged's repo and change plus a .scan-keys.json with exclude globs and allow entries, `scan-keys --staged`",
    corpus: (ctx) => ensureCorpus('staged-config', 1005, { files: ctx.quick ? 2000 : 20000, config: STAGED_CONFIG }, (dir, rng, params) => {
      const info = buildStaged(dir, rng, params);
      // Untracked: found at the root as a committed one is, and the staged change stays 10 files.
      fs.writeFileSync(path.join(dir, '.scan-keys.json'), JSON.stringify(STAGED_CONFIG, null, 2));
      return info;
    }, ctx),
    tools: (c, ctx) => [scanKeys(ctx, ['--staged'], c.dir, '--staged'), nodeStartup(c.dir)],
    targets: [{ kind: 'ratio', ref: 'node -e 0', max: 1.5 }],
    sanity: 'exact',
  },
  {
    name: 'empty-dir',
    about: '`scan-keys .` in an empty directory outside git: start-up, config lookup, a walk of nothing, a report',
    corpus: () => {
      const dir = path.join(os.tmpdir(), 'scan-keys-bench-empty-dir');
      fs.rmSync(dir, { recursive: true, force: true });
      fs.mkdirSync(dir);
      return { dir, reused: false, planted: [], files: 0, bytes: 0 };
    },
    tools: (c, ctx) => [scanKeys(ctx, ['.'], c.dir), nodeStartup(c.dir)],
    targets: [{ kind: 'ratio', ref: 'node -e 0', max: 1.5 }],
  },
  {
    name: 'history',
    about: 'repo of 2,000 commits (300 with --quick) made with git fast-import, keys added then edited away, `scan-keys --history`',
    corpus: (ctx) => ensureCorpus('history', 1006,
      ctx.quick ? { commits: 300, files: 60 } : { commits: 2000, files: 200 }, buildHistory, ctx),
    tools: (c, ctx) => [
      scanKeys(ctx, ['--history'], c.dir, '--history'),
      { name: 'git log -p | rg', role: 'reference', needs: 'rg', cmd: 'sh',
        args: ['-c', `git log -p --all | rg --no-config -c -a ${sh(ID_PATTERN)}`], cwd: c.dir, ok: OK },
    ],
    targets: [{ kind: 'ratio', ref: 'git log -p | rg', max: 1.5 }, rssTarget],
    sanity: 'all-found',
  },
  {
    name: 'push',
    about: 'pre-receive: a push of 1,000 commits (150 with --quick) onto 200 in a bare repository, `scan-keys pre-receive`',
    corpus: (ctx) => pushCorpus(ctx),
    tools: (c, ctx) => [
      preReceive(ctx, c.stdin, c.dir),
      { name: 'git log -p | rg', role: 'reference', needs: 'rg', cmd: 'sh',
        args: ['-c', `git log -p ${c.old}..${c.head} | rg --no-config -c -a ${sh(ID_PATTERN)}`], cwd: c.dir, ok: OK },
    ],
    targets: [{ kind: 'ratio', ref: 'git log -p | rg', max: 1.5 }],
  },
  {
    name: 'push-small',
    about: 'pre-receive: a typical push (3 commits) onto 1,200 (350 with --quick) in a bare repository',
    corpus: (ctx) => ensureCorpus('push-small', 1008, ctx.quick ? { base: 347, pushed: 3, files: 60 } : { base: 1197, pushed: 3, files: 200 }, buildPush, ctx),
    tools: (c, ctx) => [preReceive(ctx, c.stdin, c.dir), nodeStartup(c.dir)],
    targets: [{ kind: 'ratio', ref: 'node -e 0', max: 3 }],
  },
];

function pushCorpus(ctx) {
  return ensureCorpus('push', 1007, ctx.quick ? { base: 200, pushed: 150, files: 60 } : { base: 200, pushed: 1000, files: 200 }, buildPush, ctx);
}

/** `scan-keys pre-receive` with git's standard input from a file, run where git runs the hook: the git directory. */
function preReceive(ctx, stdinFile, cwd) {
  return {
    name: 'scan-keys', role: 'subject', cmd: 'sh', feature: 'pre-receive',
    args: ['-c', 'exec "$@" pre-receive < "$0"', stdinFile, ctx.scanKeys.cmd, ...ctx.scanKeys.args], cwd, ok: OK,
  };
}
