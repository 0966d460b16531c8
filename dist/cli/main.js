/**
 * The command line: argv in, exit code out. The only module that decides exit codes; it writes
 * through the `io` it is given, so tests can call it directly. bin/scan-keys.js maps anything
 * thrown past this point to exit 2.
 *
 * Exit codes: 0 nothing blocks; 1 at least one finding at or above --fail-on; 2 usage error,
 * unreadable input, git failure or any internal error.
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import yargs from 'yargs';
import { createColors } from 'picocolors';
import { appendAll, SEVERITIES } from '../types.js';
import { loadPatterns } from '../patterns/load.js';
import { PatternError } from '../patterns/compile.js';
import { ConfigError } from '../policy/config.js';
import { DEFAULT_MAX_FILE_SIZE, scanPaths, scanStream } from '../scan/tree.js';
import { InputError, isWarnedSkip } from '../sources/files.js';
import { GitError } from '../sources/git-run.js';
import { EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, errorLine, oneLine, useColor } from './common.js';
import { renderJsonChunks } from '../report/json.js';
import { renderSkipped, renderText } from '../report/text.js';
import { NO_COLORS } from '../report/types.js';
import { isBlocking } from '../report/present.js';
import { renderSarifChunks } from '../report/sarif.js';
import { renderGithub } from '../report/github.js';
import { applyAllowlist } from '../policy/allow.js';
import { applyBaseline, BASELINE_FILE, baselineEntries, BaselineError } from '../policy/baseline.js';
import { baselinePathMapper, CONFIG_FILE, loadProjectConfig, readBaselineFile, writeBaselineFile } from '../policy/project.js';
import { gitScanMode, runGitScan, runHookCommand } from './git.js';
import { renderHtml } from '../report/html.js';
import { renderRulesJson, renderRulesText } from '../report/rules.js';
import { ProgressLine } from './progress.js';
// --lang (issue 19): the language resolution lives in lang.ts; reporters get a Locale.
import { langFlag, langFromEnv, parseLang, resolveLang } from './lang.js';
import { loadLocale } from '../report/messages/index.js';
import { writePieces } from './write.js';
export { EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS } from './common.js';
class UsageError extends Error {
}
const EXAMPLES = [
    ['scan-keys .', 'scan the files git tracks here (or every file, outside git)'],
    ['scan-keys src/ .env', 'scan some directories and files'],
    ['cat config.yaml | scan-keys -', 'scan standard input'],
    ['scan-keys . --format json', 'machine-readable findings'],
    ['scan-keys baseline', `accept today's findings: write ${BASELINE_FILE} (commit it)`],
    [`scan-keys . --baseline ${BASELINE_FILE}`, 'report only findings not in the baseline'],
    ['scan-keys . --format sarif -o scan-keys.sarif', 'SARIF 2.1.0 for GitHub code scanning'],
    ['scan-keys --staged', 'pre-commit hook: what the next commit adds (husky, pre-commit framework)'],
    ['scan-keys install', 'add that pre-commit hook (husky v9 or plain git)'],
    ['scan-keys --since origin/main', 'CI on a push: the commits after REV up to HEAD'],
    ['scan-keys --range "$BASE_SHA..$HEAD_SHA"', 'CI on a pull/merge request: the commits in A..B'],
    ['scan-keys --history --format html > report.html', 'audit: every commit of every ref, as one HTML page'],
    ['scan-keys /abs/src/a.ts /abs/.env', 'lint-staged, pre-commit `pass_filenames`: exactly the files given'],
    ['scan-keys --range "$BASE..$HEAD" --format github', 'GitHub Actions annotations on the diff'],
    ['scan-keys . --format json -o scan-keys.json', 'a JSON artifact (GitLab CI, scripts)'],
    ['scan-keys rules', 'list the rules: what each detects, severity alone and paired'],
];
function buildParser(args, lang = 'en') {
    return yargs(args)
        .scriptName('scan-keys')
        .usage('$0 [paths..]\n\nFind Alibaba Cloud and Tencent Cloud credentials before they reach git.')
        .command('$0 [paths..]', false, (y) => y.positional('paths', { type: 'string', array: true, default: ['.'], describe: 'files or directories; - reads stdin' }))
        .command('baseline [paths..]', `write the current findings to a baseline file (default ${BASELINE_FILE} at the repository root)`, (y) => y.positional('paths', { type: 'string', array: true, default: ['.'], describe: 'files or directories; - reads stdin' }))
        .command('install', 'add the pre-commit hook (husky v9 or plain git) that runs scan-keys --staged')
        .command('uninstall', 'remove only what install added')
        .command('rules', 'list the rules in force: what each detects, severity alone and paired (--format json too)')
        // --- issue 17: server-side gate and organisation-wide merge (logic in pre-receive.ts, merge.ts) ---
        .command('pre-receive', 'git pre-receive hook on a server: scan what a push adds (stdin: <old> <new> <ref>); exit 1 rejects')
        .command('merge <reports..>', 'combine the JSON reports of many repositories into one (--format text|json|sarif|html)', (y) => y.positional('reports', { type: 'string', array: true, describe: 'JSON reports (scan-keys --format json)' }))
        .option('server', { type: 'string', describe: 'install: the pre-receive hook into this bare repository or pre-receive.d directory' })
        .option('repo-name', { type: 'string', describe: 'name of the repository in a JSON report (default: its remote URL)' })
        // --- end issue 17 ---
        .option('staged', { type: 'boolean', describe: 'scan what the next commit adds (the index), for a pre-commit hook' })
        .option('since', { type: 'string', describe: 'scan the commits after REV up to HEAD (REV..HEAD), for CI' })
        .option('range', { type: 'string', describe: 'scan the commits in A..B' })
        .option('history', { type: 'boolean', describe: 'scan every commit reachable from any ref' })
        .option('format', { choices: ['text', 'json', 'sarif', 'github', 'html'], default: 'text', describe: 'report format' })
        .option('fail-on', {
        choices: [...SEVERITIES, 'none'],
        describe: 'lowest severity that fails the run (exit 1); default: failOn in the config, else medium',
    })
        .option('show-secrets', { type: 'boolean', default: false, describe: 'print values unmasked (never in shared logs)' })
        .option('color', { type: 'boolean', describe: 'force colour on or off (default: on for a terminal; honours NO_COLOR, FORCE_COLOR)' })
        .option('config', { type: 'string', describe: `config file (default: ${CONFIG_FILE} at the repository root)` })
        .option('max-file-size', { type: 'string', describe: 'skip (with a warning) files larger than this; bytes, or with K/M/G (default: maxFileSize in the config, else 100M)' })
        .option('skip-unreadable', { type: 'boolean', default: false, describe: 'report files and directories without read permission, and git objects missing from the clone (--staged, --since, --range, --history), as skipped (with a warning) instead of exit 2' })
        .option('baseline', { type: 'string', describe: 'drop findings already in this baseline file (stale entries: --verbose)' })
        .option('baseline-file', { type: 'string', describe: `where scan-keys baseline writes (default: ${BASELINE_FILE} at the repository root; --output too)` })
        .option('inline-allow', { type: 'boolean', default: true, describe: 'honour scan-keys:allow, gitleaks:allow, pragma: allowlist secret (--no-inline-allow for audits)' })
        .option('output', { alias: 'o', type: 'string', describe: 'write the report to this file; the exit code still reflects findings' })
        .option('verify', { type: 'boolean', default: false, describe: 'ask the provider whether each ID + secret pair is live (sends the pair to the provider over TLS; never on by default)' })
        .option('verify-endpoint', { type: 'string', array: true, describe: 'override a provider endpoint: alibaba=URL or tencent=URL (http only for loopback)' })
        .option('verify-timeout', { type: 'number', default: 5000, describe: 'milliseconds per verification call' })
        .option('verbose', { alias: 'v', type: 'boolean', default: false, describe: 'say what was skipped and why' })
        .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'no progress line; text output prints nothing when nothing is found' })
        // --lang (issue 19): see lang.ts for the default (config "lang", then LC_ALL, LC_MESSAGES, LANG).
        .option('lang', { choices: ['zh-CN', 'en'], describe: 'language of reports and messages (default: "lang" in the config, else from LC_ALL/LC_MESSAGES/LANG); --format json differs only in rule titles' })
        .locale(lang === 'zh-CN' ? 'zh_CN' : 'en')
        .example(EXAMPLES)
        .epilogue('Exit codes: 0 nothing blocks, 1 findings at or above --fail-on, 2 usage error, unreadable input or internal error.')
        .strict()
        .help()
        .alias('help', 'h')
        .version(readVersion())
        .wrap(Math.min(110, process.stdout.columns ?? 100));
}
function readVersion() {
    try {
        const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8'));
        return pkg.version;
    }
    catch {
        return 'unknown';
    }
}
export function parseSize(text) {
    const m = /^(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?$/i.exec(text.trim());
    if (!m)
        throw new UsageError(`--max-file-size: not a size: ${text}`);
    const unit = (m[2] ?? 'b').toLowerCase()[0];
    const mult = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
    return Math.floor(Number(m[1]) * mult);
}
function merge(results) {
    const out = { findings: [], skipped: [], stats: { files: 0, bytes: 0, lines: 0, skipped: 0, durationMs: 0 } };
    for (const r of results) {
        appendAll(out.findings, r.findings);
        appendAll(out.skipped, r.skipped);
        out.stats.files += r.stats.files;
        out.stats.bytes += r.stats.bytes;
        out.stats.lines += r.stats.lines;
        out.stats.skipped += r.stats.skipped;
        if (r.stats.commits !== undefined)
            out.stats.commits = (out.stats.commits ?? 0) + r.stats.commits;
        // Only a git scan sets a base, and it runs alone (it takes no paths).
        if (r.base !== undefined)
            out.base = r.base;
    }
    return out;
}
async function runVerify(result, parsed) {
    const { parseVerifyEndpoint } = await import('../verify/verify.js');
    const { verifyFindings } = await import('../verify/apply.js');
    const endpoints = {};
    for (const spec of parsed['verify-endpoint'] ?? []) {
        try {
            const { provider, url } = parseVerifyEndpoint(spec);
            endpoints[provider] = url;
        }
        catch (err) {
            throw new UsageError(`--verify-endpoint: ${err.message}`);
        }
    }
    await verifyFindings(result.findings, { endpoints, timeoutMs: parsed['verify-timeout'] });
}
function safeRules() {
    try {
        return loadPatterns();
    }
    catch {
        return undefined;
    }
}
/** yargs drops a bare `-`; it stands for stdin, so it travels through the parser under this name. */
const STDIN_ARG = '\u0000stdin';
export async function main(argv, io) {
    const started = performance.now();
    // The server hook starts without the command-line parser (a push waits for it).
    if (argv.length === 1 && argv[0] === 'pre-receive')
        return (await import('./pre-receive.js')).runPreReceive(io);
    const args = argv.map((a) => (a === '-' ? STDIN_ARG : a));
    // --lang (issue 19): before the config is read, the flag or the environment decides (usage errors).
    const early = await loadLocale(parseLang(langFlag(argv) ?? '') ?? langFromEnv(io.env));
    let t = early;
    let parsed;
    try {
        const result = await new Promise((done, fail) => {
            let exit = false;
            buildParser(args, early.lang)
                .exitProcess(false)
                .fail((msg, err) => fail(new UsageError(msg ?? err?.message ?? 'invalid arguments')))
                .parse(args, {}, (err, argv, output) => {
                if (err)
                    return;
                exit = /^--(help|version)$|^-h$/.test(args.find((a) => /^(--help|--version|-h)$/.test(a)) ?? '');
                done({ argv: argv, output, exit });
            });
        });
        if (result.exit || result.output) {
            io.stdout.write(result.output + '\n');
            return EXIT_CLEAN;
        }
        parsed = result.argv;
    }
    catch (err) {
        io.stderr.write(`scan-keys: ${oneLine(err)}${early.m.seeHelp}\n`);
        return EXIT_ERROR;
    }
    const color = useColor(parsed.color, io);
    const c = color ? createColors(true) : NO_COLORS;
    try {
        const { config, root } = loadProjectConfig(parsed.config, io.cwd);
        // --lang (issue 19): flag > config "lang" > environment.
        t = await loadLocale(resolveLang({ flag: parsed.lang, config: config.lang, env: io.env }));
        const { m } = t;
        const failOn = parsed['fail-on'] ?? config.failOn ?? 'medium';
        const format = parsed.format;
        const maxFileSize = parseSize(String(parsed['max-file-size'] ?? config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE));
        const rules = loadPatterns([...config.patterns]);
        const inlineAllow = parsed['inline-allow'] !== false;
        const command = parsed._?.[0];
        if (command === 'install' && typeof parsed.server === 'string') {
            const { installServer, describeServerInstall } = await import('./install-server.js');
            io.stdout.write(`scan-keys: ${describeServerInstall(await installServer(parsed.server, io.cwd))}\n`);
            return EXIT_CLEAN;
        }
        if (command === 'merge')
            return (await import('./merge.js')).runMerge(parsed, io, { rules, failOn, toolVersion: readVersion(), color: c });
        if (command === 'install' || command === 'uninstall') {
            io.stdout.write(`scan-keys: ${await runHookCommand(command, io.cwd, m)}\n`);
            return EXIT_CLEAN;
        }
        if (command === 'rules') {
            io.stdout.write(format === 'json' ? renderRulesJson(rules, t) : renderRulesText(rules, Math.min(110, process.stdout.columns ?? 100), t));
            return EXIT_CLEAN;
        }
        // A progress line only on a terminal, and only for a scan that lasts (ProgressLine waits 1 s).
        const progress = io.stderr.isTTY === true && parsed.quiet !== true ? new ProgressLine(io.stderr, io.now, {}, m) : undefined;
        const onProgress = progress ? progress.update.bind(progress) : undefined;
        const gitMode = gitScanMode(parsed);
        const paths = gitMode ? [] : (parsed.paths ?? ['.']);
        const fileArgs = paths.filter((p) => p !== STDIN_ARG);
        const results = [];
        try {
            const skipUnreadable = parsed['skip-unreadable'] === true;
            if (gitMode)
                results.push(await runGitScan(gitMode, { rules, config, maxFileSize, cwd: io.cwd, inlineAllow, onProgress, skipUnreadable }));
            if (paths.includes(STDIN_ARG))
                results.push(await scanStream(io.stdin, '<stdin>', rules, { inlineAllow }));
            if (fileArgs.length > 0) {
                results.push(await scanPaths(fileArgs, { rules, root: io.cwd, config, maxFileSize, inlineAllow, onProgress, skipUnreadable }));
            }
        }
        finally {
            progress?.end();
        }
        const merged = merge(results);
        if (parsed.verify === true)
            await runVerify(merged, parsed);
        merged.stats.durationMs = performance.now() - started;
        // Silencing, after the scan: config allow entries (value, fingerprint), then the baseline.
        const notes = [];
        const allowedByConfig = applyAllowlist(merged.findings, config.allowRules);
        merged.findings = allowedByConfig.kept;
        for (const a of allowedByConfig.allowed)
            notes.push(m.allowedNote(`${a.finding.file}:${a.finding.line}:${a.finding.column}`, a.finding.ruleId, a.reason));
        if (parsed._?.[0] === 'baseline') {
            return writeBaseline(merged.findings, (parsed['baseline-file'] ?? parsed.output ?? join(root, BASELINE_FILE)), io, c, t, merged.base);
        }
        if (typeof parsed.baseline === 'string') {
            const pathOf = baselinePathMapper(parsed.baseline, io.cwd, merged.base);
            const b = applyBaseline(merged.findings, readBaselineFile(parsed.baseline, io.cwd), pathOf);
            merged.findings = b.kept;
            if (b.baselined.length > 0)
                notes.push(m.baselinedNote(b.baselined.length, parsed.baseline));
            for (const e of b.stale)
                notes.push(m.staleBaselineNote(e.file, e.ruleId, e.fingerprint));
        }
        const report = {
            findings: merged.findings,
            stats: merged.stats,
            skipped: merged.skipped,
            providers: rules.providers,
            failOn,
            showSecrets: parsed['show-secrets'] === true,
            rules: rules.rules,
            toolVersion: readVersion(),
            // The repository a JSON report names, for `scan-keys merge` (not for --staged: a commit in the making).
            ...(format === 'json' && gitMode !== 'staged' ? { repository: await (await import('./merge.js')).repositoryName(parsed['repo-name'], merged.base ?? io.cwd) } : {}),
        };
        for (const s of merged.skipped) {
            if (isWarnedSkip(s.reason))
                io.stderr.write(c.yellow(`${m.warningSkipped(s.file, s.reason)}\n`));
        }
        if (parsed.verbose === true)
            io.stderr.write(renderSkipped(report, c, t));
        if (parsed.verbose === true && notes.length > 0)
            io.stderr.write(c.dim(notes.join('\n')) + '\n');
        const output = parsed.output;
        // JSON and SARIF in pieces: a report of a million findings is larger than one string can be.
        const pieces = format === 'json' ? renderJsonChunks(report, t)
            : format === 'sarif' ? renderSarifChunks(report, t)
                : format === 'github' ? [renderGithub(report, t)]
                    : format === 'html' ? [renderHtml(report, t)]
                        : parsed.quiet === true && merged.findings.length === 0 ? ['']
                            : [renderText(report, output ? NO_COLORS : c, t)];
        if (output) {
            const fd = openSync(resolve(io.cwd, output), 'w');
            try {
                for (const piece of pieces)
                    writeSync(fd, piece);
            }
            finally {
                closeSync(fd);
            }
        }
        else {
            await writePieces(io.stdout, pieces);
        }
        return merged.findings.some((f) => isBlocking(f, failOn)) ? EXIT_FINDINGS : EXIT_CLEAN;
    }
    catch (err) {
        // Errors never print a secret (unless --show-secrets); an internal error is one line.
        const known = err instanceof UsageError || err instanceof InputError || err instanceof GitError || err instanceof PatternError || err instanceof ConfigError || err instanceof BaselineError;
        const quoted = !(err instanceof UsageError || err instanceof InputError || err instanceof GitError);
        io.stderr.write(errorLine(err, { known, quoted, rules: safeRules(), showSecrets: parsed['show-secrets'] === true, m: t.m }));
        return EXIT_ERROR;
    }
}
/** `scan-keys baseline`: writes every finding left after allow entries; exit 0 once written. */
function writeBaseline(findings, file, io, c, t, from) {
    const entries = baselineEntries(findings, baselinePathMapper(file, io.cwd, from));
    writeBaselineFile(file, io.cwd, entries);
    const shown = relative(io.cwd, resolve(io.cwd, file)) || file;
    io.stderr.write(c.green(`${t.m.baselineWritten(entries.length, shown)}\n`));
    return EXIT_CLEAN;
}
