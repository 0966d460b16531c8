/**
 * A scan of a few made-up lines, its findings dropped: V8 compiles the scanner's functions and
 * the rules' regular expressions the first time they run, and this makes that time come before
 * the first real file. Only worth it where the thread would otherwise wait: the pre-commit scan
 * calls it while git's diff is still running (scan/staged.ts).
 */
import type { RuleSet } from '../types.js';
import { ContentScanner } from './scanner.js';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';

/**
 * The sample: code with an Alibaba Cloud and a Tencent Cloud key pair in the shapes the rules
 * look for (built here from a fixed pseudo-random sequence, so no key-shaped text is stored in
 * the source), hex and base64 strings, a URL, a comment in Chinese: the paths a commit's files
 * take through the scanner (prefixes, secret-shaped runs, provider words, pairing, a finding).
 */
function sample(): string {
  let seed = 20261202;
  const pick = (n: number, from: string): string => {
    let out = '';
    for (let i = 0; i < n; i++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      out += from[(seed >>> 8) % from.length];
    }
    return out;
  };
  return [
    'import { Client } from "@alicloud/pop-core";',
    '// 初始化客户端：从环境变量读取',
    `const accessKeyId = "${'LTAI'}${pick(20, ALNUM)}";`,
    `const accessKeySecret = "${pick(30, ALNUM)}";`,
    `const endpoint = "https://ecs.aliyuncs.com/api/v1?region=cn-hangzhou&token=${pick(40, HEX)}";`,
    `tencentcloud.SecretId = '${'AKID'}${pick(32, ALNUM)}'`,
    `tencentcloud.SecretKey = '${pick(32, ALNUM)}'`,
    `const blob = "${pick(96, `${ALNUM}+/`)}==";`,
    `const digest = "${pick(64, HEX)}"; // sha256`,
    'export default function handler(event, context) { return Client.request(event.path, { timeout: 5000 }); }',
    '',
  ].join('\n');
}

let text: Buffer | undefined;

/** Scans the sample once with `rules`; returns how many findings it made (for tests). */
export function warmUp(rules: RuleSet): number {
  text ??= Buffer.from(sample(), 'utf8');
  const scanner = new ContentScanner(rules, { file: 'warm-up.js' });
  return scanner.push(text).length + scanner.end().length;
}
