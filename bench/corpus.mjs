// Reproducible corpora in os.tmpdir()/scan-keys-bench-<name>, reused when the
// manifest (written last) matches the requested seed and size.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import {
  Rng, EXTENSIONS, codeText, logLine, jsonlLine, minifiedStatement, makeKey, keyLines, keyInline, scrub,
} from './textgen.mjs';

const CORPUS_VERSION = 1;
const MiB = 1024 * 1024;
const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.invalid', GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z',
  GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.invalid', GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z',
  GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null',
};

export function git(cwd, args, input) {
  const r = spawnSync('git', ['-c', 'commit.gpgsign=false', '-c', 'core.autocrlf=false', ...args],
    { cwd, env: GIT_ENV, input, encoding: 'utf8', maxBuffer: 256 * MiB });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed in ${cwd}: ${r.stderr}`);
  return r.stdout;
}

/**
 * Return the corpus for `name` with `params`, building it with `build(dir, rng)`
 * unless an identical one (same version, seed, params) already exists.
 * `build` returns { planted: [{id, file}], files, bytes, ... }.
 */
export function ensureCorpus(name, seed, params, build, { quick = false } = {}) {
  const dir = path.join(os.tmpdir(), `scan-keys-bench-${name}${quick ? '-quick' : ''}`);
  const wanted = { version: CORPUS_VERSION, name, seed, params };
  // The manifest lists the planted IDs, so it lives beside the corpus, never inside it.
  const manifestPath = `${dir}.manifest.json`;
  if (fs.existsSync(manifestPath)) {
    const m = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
    if (JSON.stringify(m.key) === JSON.stringify(wanted)) return { dir, reused: true, ...m.info };
  }
  fs.rmSync(manifestPath, { force: true });
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const info = build(dir, new Rng(seed), params);
  fs.writeFileSync(manifestPath, JSON.stringify({ key: wanted, info }, null, 1));
  return { dir, reused: false, ...info };
}

/** Keys to plant: half Alibaba, half Tencent. */
function plantKeys(rng, n) {
  return Array.from({ length: n }, (_, i) => makeKey(rng, i % 2 === 0 ? 'alibaba' : 'tencent'));
}

/** Insert the key lines at a random line boundary of `text`. */
function insertKey(rng, text, key) {
  const lines = text.split('\n');
  const at = rng.int(Math.max(1, lines.length - 1));
  lines.splice(at, 0, keyLines(key).trimEnd());
  return lines.join('\n');
}

/** Write `count` code-like files of minSize..maxSize bytes under dir; plant keys into some. */
function writeCodeFiles(dir, rng, { count, minSize, maxSize, keys }) {
  const plantAt = new Map();
  while (plantAt.size < keys.length) {
    const i = rng.int(count);
    if (EXTENSIONS[i % EXTENSIONS.length] !== 'json' && !plantAt.has(i)) plantAt.set(i, keys[plantAt.size]);
  }
  const planted = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const ext = EXTENSIONS[i % EXTENSIONS.length];
    const rel = path.join(`pkg${String(Math.floor(i / 1000)).padStart(2, '0')}`,
      `mod${String(Math.floor(i / 100) % 10)}`, `file${i}.${ext}`);
    let text = codeText(rng, ext, rng.range(minSize, maxSize));
    const key = plantAt.get(i);
    if (key) { text = insertKey(rng, text, key); planted.push({ id: key.id, file: rel }); }
    fs.mkdirSync(path.join(dir, path.dirname(rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
    bytes += Buffer.byteLength(text);
  }
  return { planted, files: count, bytes };
}

function gitInitAndCommit(dir) {
  git(dir, ['init', '-q']);
  git(dir, ['symbolic-ref', 'HEAD', 'refs/heads/main']);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', 'bench corpus']);
}

/** many-small: code-like files in a git repo with one commit. */
export function buildManySmall(dir, rng, { files }) {
  const keys = plantKeys(rng, 8);
  const info = writeCodeFiles(dir, rng, { count: files, minSize: 1024, maxSize: 8192, keys });
  gitInitAndCommit(dir);
  return info;
}

/** Stream `totalBytes` made of randomly chosen pre-generated chunks to `file`, planting keys at chunk boundaries. */
function streamFromPool(file, rng, { totalBytes, pool, keys, render }) {
  const fd = fs.openSync(file, 'w');
  const nChunks = Math.ceil(totalBytes / pool[0].length);
  const plantAt = new Map(keys.map((k, i) => [Math.floor(((i + 0.5) * nChunks) / keys.length), k]));
  let written = 0;
  for (let c = 0; written < totalBytes; c++) {
    const key = plantAt.get(c);
    if (key) written += fs.writeSync(fd, render(key));
    written += fs.writeSync(fd, pool[rng.int(pool.length)]);
  }
  fs.closeSync(fd);
  return written;
}

function pool(rng, n, chunkSize, makeText) {
  return Array.from({ length: n }, () => Buffer.from(scrub(makeText(chunkSize))));
}

function linesOf(rng, size, line) {
  const out = [];
  let len = 0;
  for (let i = 0; len < size; i++) { const l = line(i); out.push(l); len += Buffer.byteLength(l) + 1; }
  return out.join('\n') + '\n';
}

/** few-large: one single-line minified JS file, one log file, one JSONL file. */
export function buildFewLarge(dir, rng, { minifiedMiB, logMiB, jsonlMiB }) {
  const keys = plantKeys(rng, 4);
  const chunk = 256 * 1024;
  const minified = pool(rng, 16, chunk, (size) => { let s = ''; while (s.length < size) s += minifiedStatement(rng); return s; });
  const logs = pool(rng, 16, chunk, (size) => linesOf(rng, size, (i) => logLine(rng, i)));
  const jsonl = pool(rng, 16, chunk, (size) => linesOf(rng, size, () => jsonlLine(rng)));
  let bytes = 0;
  bytes += streamFromPool(path.join(dir, 'bundle.min.js'), rng,
    { totalBytes: minifiedMiB * MiB, pool: minified, keys: keys.slice(0, 2), render: (k) => keyInline(k) });
  fs.appendFileSync(path.join(dir, 'bundle.min.js'), '\n');
  bytes += 1 + streamFromPool(path.join(dir, 'server.log'), rng,
    { totalBytes: logMiB * MiB, pool: logs, keys: keys.slice(2), render: (k) => keyLines(k) });
  bytes += streamFromPool(path.join(dir, 'events.jsonl'), rng,
    { totalBytes: jsonlMiB * MiB, pool: jsonl, keys: [], render: () => '' });
  return {
    planted: keys.map((k, i) => ({ id: k.id, file: i < 2 ? 'bundle.min.js' : 'server.log' })),
    files: 3, bytes, singleLineFile: 'bundle.min.js',
  };
}

/** one-gib: a single multi-line code-like file of `mib` MiB. */
export function buildOneFile(dir, rng, { mib }) {
  const keys = plantKeys(rng, 4);
  const chunks = pool(rng, 16, MiB, (size) => codeText(rng, rng.pick(['py', 'js', 'go', 'java']), size));
  const bytes = streamFromPool(path.join(dir, 'big.txt'), rng,
    { totalBytes: mib * MiB, pool: chunks, keys, render: (k) => keyLines(k) });
  return { planted: keys.map((k) => ({ id: k.id, file: 'big.txt' })), files: 1, bytes };
}

/** staged: a committed repo of small files plus a 10-file staged change (8 modified, 2 new, 1 key). */
export function buildStaged(dir, rng, { files }) {
  const info = writeCodeFiles(dir, rng, { count: files, minSize: 300, maxSize: 1500, keys: [] });
  gitInitAndCommit(dir);
  const key = makeKey(rng, 'alibaba');
  const changed = [];
  for (let k = 0; k < 8; k++) {
    const rel = git(dir, ['ls-files', `pkg00/mod${k}`]).split('\n')[0];
    fs.appendFileSync(path.join(dir, rel), codeText(rng, rel.split('.').pop(), 200));
    changed.push(rel);
  }
  fs.writeFileSync(path.join(dir, 'new_settings.py'), codeText(rng, 'py', 600) + keyLines(key));
  fs.writeFileSync(path.join(dir, 'new_util.js'), codeText(rng, 'js', 600));
  changed.push('new_settings.py', 'new_util.js');
  git(dir, ['add', '--', ...changed]);
  const staged = git(dir, ['diff', '--cached', '--name-only']).trim().split('\n').length;
  if (staged !== 10) throw new Error(`staged corpus: expected 10 staged files, got ${staged}`);
  return { ...info, planted: [{ id: key.id, file: 'new_settings.py' }], stagedFiles: staged };
}

/** history: `commits` commits generated with git fast-import; keys added and later removed. */
export function buildHistory(dir, rng, { commits, files }) {
  git(dir, ['init', '-q']);
  const keys = plantKeys(rng, 6);
  const plantAt = new Map(keys.map((k, i) => [Math.floor(((i + 1) * commits) / (keys.length + 1)), k]));
  const tree = Array.from({ length: files }, (_, i) => {
    const ext = EXTENSIONS[i % EXTENSIONS.length] === 'json' ? 'py' : EXTENSIONS[i % EXTENSIONS.length];
    return { path: `src/m${i % 10}/f${i}.${ext}`, ext, lines: codeText(rng, ext, rng.range(800, 3000)).split('\n') };
  });
  const parts = [];
  const data = (s) => { parts.push(`data ${Buffer.byteLength(s)}\n${s}\n`); };
  const planted = [];
  for (let c = 0; c < commits; c++) {
    const touched = c === 0 ? tree : Array.from({ length: rng.range(1, 3) }, () => rng.pick(tree));
    if (c > 0) for (const f of touched) mutate(rng, f);
    const key = plantAt.get(c);
    if (key) { touched[0].lines.splice(1, 0, ...keyLines(key).trimEnd().split('\n')); planted.push({ id: key.id, file: touched[0].path, commit: c }); }
    parts.push(`commit refs/heads/main\nmark :${c + 1}\ncommitter bench <bench@example.invalid> ${1767225600 + c * 600} +0000\n`);
    data(`commit ${c}: update ${touched.map((f) => f.path).join(', ')}`);
    for (const f of new Set(touched)) { parts.push(`M 100644 inline ${f.path}\n`); data(f.lines.join('\n')); }
  }
  git(dir, ['fast-import', '--quiet'], parts.join(''));
  git(dir, ['symbolic-ref', 'HEAD', 'refs/heads/main']);
  git(dir, ['reset', '-q', '--hard']);
  const bytes = parts.reduce((n, p) => n + Buffer.byteLength(p), 0);
  return { planted, files, commits, bytes };
}

/**
 * A server's bare repository for a push of `pushed` commits on top of `base` (history as
 * buildHistory makes it): every object is in the repository, but main still points at the base,
 * as inside a pre-receive hook (the pushed objects are there, no ref has moved yet). `stdin` is
 * the line git gives the hook.
 */
export function buildPush(dir, rng, { base, pushed, files }) {
  const work = `${dir}.work`;
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });
  const info = buildHistory(work, rng, { commits: base + pushed, files });
  git(dir, ['init', '-q', '--bare']);
  git(dir, ['fetch', '-q', work, 'main:main']);
  const shas = git(dir, ['rev-list', '--reverse', 'main']).toString().trim().split('\n');
  const head = shas[shas.length - 1];
  const old = shas[base - 1];
  git(dir, ['update-ref', 'refs/heads/main', old]);
  fs.rmSync(work, { recursive: true, force: true });
  const stdin = `${dir}.stdin`;
  fs.writeFileSync(stdin, `${old} ${head} refs/heads/main\n`);
  return { planted: info.planted.filter((p) => p.commit >= base), files, commits: pushed, bytes: info.bytes, old, head, stdin };
}

/** Change a few lines of a file: replace, insert, or delete (which also removes planted keys over time). */
function mutate(rng, f) {
  for (let n = rng.range(1, 5); n > 0; n--) {
    const at = rng.int(f.lines.length);
    const line = codeText(rng, f.ext, 40).split('\n')[0];
    const op = rng.int(3);
    if (op === 0) f.lines[at] = line;
    else if (op === 1) f.lines.splice(at, 0, line);
    else if (f.lines.length > 5) f.lines.splice(at, 1);
  }
}
