/**
 * The command line: argv in, exit code out. The only module that decides exit codes; it writes
 * through the `io` it is given, so tests can call it directly. bin/scan-keys.js maps anything
 * thrown past this point to exit 2.
 *
 * Exit codes: 0 nothing blocks; 1 at least one finding at or above --fail-on; 2 usage error,
 * unreadable input, git failure or any internal error.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import yargs from 'yargs';
import { createColors } from 'picocolors';
import type { Severity } from './types.js';
import { SEVERITIES } from './types.js';
import { loadPatterns } from './patterns/load.js';
import { PatternError } from './patterns/compile.js';
import { compileConfig, ConfigError, EMPTY_CONFIG, type Config } from './config.js';
import type { JsonSchema } from './patterns/validate.js';
import { DEFAULT_MAX_FILE_SIZE, scanPaths, scanStream, type ScanResult } from './scan.js';
import { InputError } from './sources/files.js';
import { GitError } from './sources/git-run.js';
import { renderJson } from './report/json.js';
import { renderSkipped, renderText } from './report/text.js';
import type { Colors, Report } from './report/types.js';
import { NO_COLORS } from './report/types.js';
import { isBlocking } from './report/present.js';

export interface Io {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  stdin: AsyncIterable<Uint8Array>;
  env: Record<string, string | undefined>;
  cwd: string;
}

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

const CONFIG_FILE = '.scan-keys.json';
const CONFIG_SCHEMA = fileURLToPath(new URL('../config.schema.json', import.meta.url));

class UsageError extends Error {}

const EXAMPLES: Array<[string, string]> = [
  ['scan-keys .', 'scan the files git tracks here (or every file, outside git)'],
  ['scan-keys src/ .env', 'scan some directories and files'],
  ['cat config.yaml | scan-keys -', 'scan standard input'],
  ['scan-keys . --format json', 'machine-readable findings'],
];

function buildParser(args: string[]) {
  return yargs(args)
    .scriptName('scan-keys')
    .usage('$0 [paths..]\n\nFind Alibaba Cloud and Tencent Cloud credentials before they reach git.')
    .command('$0 [paths..]', false, (y) =>
      y.positional('paths', { type: 'string', array: true, default: ['.'], describe: 'files or directories; - reads stdin' }),
    )
    .option('format', { choices: ['text', 'json'] as const, default: 'text' as const, describe: 'report format' })
    .option('fail-on', {
      choices: [...SEVERITIES, 'none'] as const,
      default: 'medium' as const,
      describe: 'lowest severity that fails the run (exit 1)',
    })
    .option('show-secrets', { type: 'boolean', default: false, describe: 'print values unmasked (never in shared logs)' })
    .option('color', { type: 'boolean', describe: 'force colour on or off (default: on for a terminal; honours NO_COLOR, FORCE_COLOR)' })
    .option('config', { type: 'string', describe: `config file (default: ${CONFIG_FILE} in the current directory)` })
    .option('max-file-size', { type: 'string', default: String(DEFAULT_MAX_FILE_SIZE), describe: 'skip (with a warning) files larger than this; bytes, or with K/M/G' })
    .option('output', { alias: 'o', type: 'string', describe: 'write the report to this file; the exit code still reflects findings' })
    .option('verify', { type: 'boolean', default: false, describe: 'ask the provider whether each ID + secret pair is live (sends the pair to the provider over TLS; never on by default)' })
    .option('verify-endpoint', { type: 'string', array: true, describe: 'override a provider endpoint: alibaba=URL or tencent=URL (http only for loopback)' })
    .option('verify-timeout', { type: 'number', default: 5000, describe: 'milliseconds per verification call' })
    .option('verbose', { alias: 'v', type: 'boolean', default: false, describe: 'say what was skipped and why' })
    .example(EXAMPLES)
    .epilogue('Exit codes: 0 nothing blocks, 1 findings at or above --fail-on, 2 usage error, unreadable input or internal error.')
    .strict()
    .help()
    .alias('help', 'h')
    .version(readVersion())
    .wrap(Math.min(110, process.stdout.columns ?? 100));
}

function readVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('../package.json', import.meta.url)), 'utf8')) as { version: string };
    return pkg.version;
  } catch {
    return 'unknown';
  }
}

export function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?$/i.exec(text.trim());
  if (!m) throw new UsageError(`--max-file-size: not a size: ${text}`);
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const mult = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.floor(Number(m[1]) * mult);
}

function useColor(flag: boolean | undefined, io: Io): boolean {
  if (flag !== undefined) return flag;
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR !== undefined) return io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== 'false';
  return io.stdout.isTTY === true;
}

function loadConfig(path: string | undefined, cwd: string): Config {
  const file = path ? resolve(cwd, path) : resolve(cwd, CONFIG_FILE);
  if (!path && !existsSync(file)) return EMPTY_CONFIG;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new ConfigError(`${path ?? CONFIG_FILE}: ${e.code ? `cannot read: ${e.code}` : `invalid JSON: ${e.message}`}`);
  }
  const schema = JSON.parse(readFileSync(CONFIG_SCHEMA, 'utf8')) as JsonSchema;
  return compileConfig(data, schema, path ?? CONFIG_FILE);
}

function merge(results: ScanResult[]): ScanResult {
  const out: ScanResult = { findings: [], skipped: [], stats: { files: 0, bytes: 0, lines: 0, skipped: 0, durationMs: 0 } };
  for (const r of results) {
    out.findings.push(...r.findings);
    out.skipped.push(...r.skipped);
    out.stats.files += r.stats.files;
    out.stats.bytes += r.stats.bytes;
    out.stats.lines += r.stats.lines;
    out.stats.skipped += r.stats.skipped;
  }
  return out;
}

async function runVerify(result: ScanResult, parsed: Record<string, unknown>): Promise<void> {
  const { parseVerifyEndpoint } = await import('./verify/verify.js');
  const { verifyFindings } = await import('./verify/apply.js');
  const endpoints: { alibaba?: string; tencent?: string } = {};
  for (const spec of (parsed['verify-endpoint'] as string[] | undefined) ?? []) {
    try {
      const { provider, url } = parseVerifyEndpoint(spec);
      endpoints[provider] = url;
    } catch (err) {
      throw new UsageError(`--verify-endpoint: ${(err as Error).message}`);
    }
  }
  await verifyFindings(result.findings, { endpoints, timeoutMs: parsed['verify-timeout'] as number });
}

function oneLine(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.split('\n').filter(Boolean).join('\n  ');
}

/** yargs drops a bare `-`; it stands for stdin, so it travels through the parser under this name. */
const STDIN_ARG = '\u0000stdin';

export async function main(argv: string[], io: Io): Promise<number> {
  const started = performance.now();
  const args = argv.map((a) => (a === '-' ? STDIN_ARG : a));
  let parsed: Record<string, unknown>;
  try {
    const result = await new Promise<{ argv?: Record<string, unknown>; output: string; exit: boolean }>((done, fail) => {
      let exit = false;
      buildParser(args)
        .exitProcess(false)
        .fail((msg, err) => fail(new UsageError(msg ?? err?.message ?? 'invalid arguments')))
        .parse(args, {}, (err, argv, output) => {
          if (err) return;
          exit = /^--(help|version)$|^-h$/.test(args.find((a) => /^(--help|--version|-h)$/.test(a)) ?? '');
          done({ argv: argv as Record<string, unknown>, output, exit });
        });
    });
    if (result.exit || result.output) {
      io.stdout.write(result.output + '\n');
      return EXIT_CLEAN;
    }
    parsed = result.argv as Record<string, unknown>;
  } catch (err) {
    io.stderr.write(`scan-keys: ${oneLine(err)} (see scan-keys --help)\n`);
    return EXIT_ERROR;
  }

  const color = useColor(parsed.color as boolean | undefined, io);
  const c: Colors = color ? createColors(true) : NO_COLORS;
  try {
    const failOn = parsed['fail-on'] as Severity | 'none';
    const format = parsed.format as 'text' | 'json';
    const maxFileSize = parseSize(String(parsed['max-file-size']));
    const rules = loadPatterns();
    const config = loadConfig(parsed.config as string | undefined, io.cwd);
    const paths = (parsed.paths as string[] | undefined) ?? ['.'];
    const fileArgs = paths.filter((p) => p !== STDIN_ARG);
    const results: ScanResult[] = [];
    if (paths.includes(STDIN_ARG)) results.push(await scanStream(io.stdin, '<stdin>', rules));
    if (fileArgs.length > 0) results.push(await scanPaths(fileArgs, { rules, root: io.cwd, config, maxFileSize }));
    const merged = merge(results);
    if (parsed.verify === true) await runVerify(merged, parsed);
    merged.stats.durationMs = performance.now() - started;

    const report: Report = {
      findings: merged.findings,
      stats: merged.stats,
      skipped: merged.skipped,
      providers: rules.providers,
      failOn,
      showSecrets: parsed['show-secrets'] === true,
    };
    for (const s of merged.skipped) {
      if (s.reason.includes('--max-file-size')) io.stderr.write(c.yellow(`scan-keys: warning: skipped ${s.file}: ${s.reason}\n`));
    }
    if (parsed.verbose === true) io.stderr.write(renderSkipped(report, c));
    const output = parsed.output as string | undefined;
    const text = format === 'json' ? renderJson(report) : renderText(report, output ? NO_COLORS : c);
    if (output) {
      writeFileSync(resolve(io.cwd, output), text);
    } else {
      io.stdout.write(text);
    }
    return merged.findings.some((f) => isBlocking(f, failOn)) ? EXIT_FINDINGS : EXIT_CLEAN;
  } catch (err) {
    if (err instanceof UsageError || err instanceof InputError || err instanceof GitError || err instanceof PatternError || err instanceof ConfigError) {
      io.stderr.write(`scan-keys: ${oneLine(err)}\n`);
    } else {
      io.stderr.write(`scan-keys: internal error: ${oneLine(err)}\n`);
    }
    return EXIT_ERROR;
  }
}
