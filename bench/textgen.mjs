// Seeded, reproducible generation of code-like text and planted keys.

import { mulberry32 } from '../scripts/rng.mjs';

export { mulberry32 };

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const B64 = ALNUM + '+/';
const HEX = '0123456789abcdef';

export class Rng {
  constructor(seed) { this.next = mulberry32(seed); }
  int(n) { return Math.floor(this.next() * n); }
  range(lo, hi) { return lo + this.int(hi - lo + 1); }
  pick(arr) { return arr[this.int(arr.length)]; }
  chance(p) { return this.next() < p; }
  chars(alphabet, n) {
    let s = '';
    for (let i = 0; i < n; i++) s += alphabet[this.int(alphabet.length)];
    return s;
  }
  alnum(n) { return this.chars(ALNUM, n); }
  hex(n) { return this.chars(HEX, n); }
  base64(n) { return this.chars(B64, n); }
}

const WORDS = ['user', 'config', 'client', 'region', 'bucket', 'token', 'request', 'response', 'handler',
  'cache', 'session', 'endpoint', 'timeout', 'retry', 'logger', 'payload', 'order', 'invoice', 'account',
  'profile', 'upload', 'download', 'queue', 'worker', 'metric', 'event', 'stream', 'buffer', 'parser',
  'router', 'index', 'item', 'count', 'status', 'result', 'error', 'value', 'name', 'path', 'file'];
const ZH = ['初始化配置', '读取用户数据并缓存', '这里需要处理异常情况', '调用云服务接口', '对象存储上传',
  '重试三次后放弃', '解析返回结果', '注意：不要提交密钥', '性能优化：批量写入', '兼容旧版本接口'];
const EN = ['TODO: handle pagination', 'keep in sync with the server', 'see issue tracker', 'fast path',
  'retry with exponential backoff', 'legacy format, remove after migration', 'cache for 5 minutes'];

/** Comment prefix and assignment syntax per file extension. */
const LANGS = {
  py: { c: '#', assign: (n, v) => `${n} = ${v}`, open: (n, a) => `def ${n}(${a}):`, close: '' },
  js: { c: '//', assign: (n, v) => `const ${n} = ${v};`, open: (n, a) => `function ${n}(${a}) {`, close: '}' },
  ts: { c: '//', assign: (n, v) => `export const ${n}: string = ${v};`, open: (n, a) => `export function ${n}(${a}): void {`, close: '}' },
  go: { c: '//', assign: (n, v) => `\t${n} := ${v}`, open: (n, a) => `func ${n}(${a}) error {`, close: '}' },
  java: { c: '//', assign: (n, v) => `    private static final String ${n.toUpperCase()} = ${v};`, open: (n, a) => `    public void ${n}(${a}) {`, close: '    }' },
  yaml: { c: '#', assign: (n, v) => `  ${n}: ${v}`, open: (n) => `${n}:`, close: '' },
};
export const EXTENSIONS = ['py', 'js', 'ts', 'go', 'java', 'yaml', 'json'];

export function ident(rng) {
  const n = rng.range(1, 3);
  let s = rng.pick(WORDS);
  for (let i = 1; i < n; i++) { const w = rng.pick(WORDS); s += w[0].toUpperCase() + w.slice(1); }
  return rng.chance(0.2) ? s + rng.int(100) : s;
}

function value(rng) {
  switch (rng.int(6)) {
    case 0: return `"${rng.base64(rng.range(40, 160))}"`;
    case 1: return `"${rng.hex(rng.pick([32, 40, 64]))}"`;
    case 2: return `"https://${rng.pick(WORDS)}.example.com/api/v${rng.range(1, 3)}/${rng.pick(WORDS)}"`;
    case 3: return String(rng.int(100000));
    default: return `"${ident(rng)} ${ident(rng)} ${rng.pick(WORDS)}"`;
  }
}

function codeLine(rng, lang) {
  switch (rng.int(8)) {
    case 0: return `${lang.c} ${rng.chance(0.4) ? rng.pick(ZH) : rng.pick(EN)}`;
    case 1: return `${lang.open(ident(rng), `${ident(rng)}, ${ident(rng)}`)}`;
    case 2: return lang.close;
    case 3: return `    ${ident(rng)}(${ident(rng)}, ${value(rng)})`;
    default: return lang.assign(ident(rng), value(rng));
  }
}

/** Filler text must never match the ID pattern by accident: break any LTAI/AKID. */
export function scrub(text) {
  return text.replaceAll('LTAI', 'LTA1').replaceAll('AKID', 'AKI0');
}

/** Code-like text of roughly `size` bytes for a file with extension `ext`. */
export function codeText(rng, ext, size) {
  if (ext === 'json') return jsonText(rng, size);
  const lang = LANGS[ext];
  const lines = [];
  let len = 0;
  while (len < size) { const l = codeLine(rng, lang); lines.push(l); len += l.length + 1; }
  return scrub(lines.join('\n') + '\n');
}

function jsonText(rng, size) {
  const entries = [];
  let len = 0;
  while (len < size) { const e = `  "${ident(rng)}${entries.length}": ${value(rng)}`; entries.push(e); len += e.length + 2; }
  return scrub(`{\n${entries.join(',\n')}\n}\n`);
}

/** A log line (for the large log file). */
export function logLine(rng, i) {
  const ms = String(i % 1000).padStart(3, '0');
  const msg = rng.chance(0.1) ? rng.pick(ZH) : `${rng.pick(WORDS)} ${rng.pick(['ok', 'retry', 'slow', 'done'])}`;
  return `2026-11-22T11:${String(i % 60).padStart(2, '0')}:00.${ms}Z ${rng.pick(['INFO', 'WARN', 'DEBUG'])} [worker-${rng.int(8)}] ` +
    `id=${rng.hex(32)} user=${ident(rng)} latency=${rng.int(900)}ms ${msg}`;
}

/** A JSON-lines record (for the large JSONL file). */
export function jsonlLine(rng) {
  return `{"id":"${rng.hex(24)}","name":"${ident(rng)}","score":${rng.int(1e6)},"blob":"${rng.base64(rng.range(60, 200))}"}`;
}

/** One minified JS statement, no newline. */
export function minifiedStatement(rng) {
  const a = rng.alnum(1).toLowerCase(), b = ident(rng), c = ident(rng);
  switch (rng.int(4)) {
    case 0: return `var ${a}${rng.int(99)}=function(${b},${c}){return ${b}+"${rng.base64(rng.range(20, 80))}"+${c}};`;
    case 1: return `${b}.${c}=${rng.int(1e6)};`;
    case 2: return `if(${b}&&${b}.${c}){${c}("${rng.hex(40)}")}`;
    default: return `t.exports={${b}:"${ident(rng)}",${c}:[${rng.int(9)},${rng.int(99)}]};`;
  }
}

/** A planted key pair, built from pieces at run time so no literal key is in the source. */
export function makeKey(rng, provider) {
  const idPrefix = provider === 'alibaba' ? 'LT' + 'AI' : 'AK' + 'ID';
  const idLen = provider === 'alibaba' ? 20 : 32;
  const secretLen = provider === 'alibaba' ? 30 : 32;
  let secret;
  do secret = rng.alnum(secretLen); while (/^(LTAI|AKID)/.test(secret));
  return { provider, id: idPrefix + rng.alnum(idLen), secret };
}

/** The key as two lines: ID, then the paired secret on the next line. */
export function keyLines(key) {
  return `accessKeyId = "${key.id}"\naccessKeySecret = "${key.secret}"\n`;
}

/** The key inline (for single-line minified JS). */
export function keyInline(key) {
  return `var cfg={accessKeyId:"${key.id}",accessKeySecret:"${key.secret}"};`;
}
