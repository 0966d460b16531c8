/**
 * A run once argv is parsed (main.ts): the project's config, the rules, the scan, the silencing,
 * the report and the exit code. What only some runs need (a tree or history scan, a report
 * format other than text, --verify, install, the rules list, colour, the progress line) is
 * imported where it is used, so a pre-commit `--staged` loads little beyond the scanner.
 */
import { closeSync, existsSync, openSync, writeSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { appendAll } from '../types.js';
import { ConfigError, EMPTY_CONFIG } from '../policy/config.js';
import { applyAllowlist } from '../policy/allow.js';
import { applyBaseline, BaselineError, baselineEntries } from '../policy/baseline.js';
import { baselinePathMapper, loadProjectConfig, readBaselineFile, writeBaselineFile } from '../policy/project.js';
import { PatternError } from '../patterns/compile.js';
import { InputError, isWarnedSkip } from '../sources/files.js';
import { GitError } from '../sources/git-run.js';
import { NO_COLORS } from '../report/types.js';
import { isBlocking } from '../report/present.js';
import { renderSkipped, renderText } from '../report/text.js';
import { findProjectRoot } from '../sources/repo-root.js';
import { loadPatterns } from '../patterns/load.js';
import { EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, errorLine, useColor } from './common.js';
import { gitScanMode, runGitScan, runHookCommand } from './git.js';
import { BASELINE_FILE, CONFIG_FILE } from './options.js';
import { readVersion, STDIN_ARG } from './io.js';
import { langFromEnv, resolveLang } from './lang.js';
import { EN, loadLocale } from '../report/messages/index.js';
/** A usage problem found after parsing (a size that is not one): exit 2, in our words. */
export class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
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
const DEFAULT_MAX_FILE_SIZE = 100 * 1024 * 1024;
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
/** `--config FILE` (must exist), else `.scan-keys.json` at the project root if present, else none. */
async function projectConfig(path, cwd) {
    if (path === undefined) {
        const root = findProjectRoot(cwd);
        if (!existsSync(join(root, CONFIG_FILE)))
            return { config: EMPTY_CONFIG, root };
    }
    return loadProjectConfig(path, cwd);
}
export async function run(parsed, io, ctx) {
    // The language (lang.ts): --lang, else the config's "lang", else the environment. Until the
    // config is read (its errors too), the flag or the environment.
    const flag = parsed.lang;
    let t = EN;
    try {
        t = await loadLocale(flag ?? langFromEnv(io.env));
        const color = useColor(parsed.color, io);
        const c = color ? (await import('picocolors')).createColors(true) : NO_COLORS;
        const { config, root } = await projectConfig(parsed.config, io.cwd);
        const lang = resolveLang({ flag, config: config.lang, env: io.env });
        if (lang !== t.lang)
            t = await loadLocale(lang);
        const { m } = t;
        const failOn = parsed['fail-on'] ?? config.failOn ?? 'medium';
        const format = parsed.format;
        const maxFileSize = parseSize(String(parsed['max-file-size'] ?? config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE));
        const rules = loadPatterns([...config.patterns]);
        const inlineAllow = parsed['inline-allow'] !== false;
        const command = parsed._[0];
        if (command === 'install' && typeof parsed.server === 'string') {
            const { installServer, describeServerInstall } = await import('./install-server.js');
            io.stdout.write(`scan-keys: ${describeServerInstall(await installServer(parsed.server, io.cwd))}\n`);
            return EXIT_CLEAN;
        }
        if (command === 'merge')
            return await (await import('./merge.js')).runMerge(parsed, io, { rules, failOn, toolVersion: readVersion(), color: c, t });
        if (command === 'install' || command === 'uninstall') {
            io.stdout.write(`scan-keys: ${await runHookCommand(command, io.cwd, m)}\n`);
            return EXIT_CLEAN;
        }
        if (command === 'rules') {
            const { renderRulesJson, renderRulesText } = await import('../report/rules.js');
            io.stdout.write(format === 'json' ? renderRulesJson(rules, t) : renderRulesText(rules, Math.min(110, process.stdout.columns ?? 100), t));
            return EXIT_CLEAN;
        }
        const gitMode = gitScanMode(parsed);
        const paths = gitMode ? [] : (parsed.paths ?? ['.']);
        const fileArgs = paths.filter((p) => p !== STDIN_ARG);
        // A progress line only on a terminal, and only for a scan that lasts (ProgressLine waits 1 s).
        const progress = io.stderr.isTTY === true && parsed.quiet !== true ? new (await import('./progress.js')).ProgressLine(io.stderr, io.now, {}, m) : undefined;
        const onProgress = progress ? progress.update.bind(progress) : undefined;
        const results = [];
        const skipUnreadable = parsed['skip-unreadable'] === true;
        try {
            if (gitMode) {
                const base = command === 'baseline' || typeof parsed.baseline === 'string';
                results.push(await runGitScan(gitMode, { rules, config, maxFileSize, cwd: io.cwd, inlineAllow, onProgress, stagedGit: ctx.stagedGit, base, skipUnreadable }));
            }
            if (paths.includes(STDIN_ARG) || fileArgs.length > 0) {
                const { scanPaths, scanStream } = await import('../scan/tree.js');
                if (paths.includes(STDIN_ARG))
                    results.push(await scanStream(io.stdin, '<stdin>', rules, { inlineAllow }));
                if (fileArgs.length > 0) {
                    results.push(await scanPaths(fileArgs, { rules, root: io.cwd, config, maxFileSize, inlineAllow, onProgress, skipUnreadable }));
                }
            }
        }
        finally {
            progress?.end();
        }
        const merged = merge(results);
        if (parsed.verify === true)
            await runVerify(merged, parsed);
        merged.stats.durationMs = Number(process.hrtime.bigint() - ctx.started) / 1e6;
        // Silencing, after the scan: config allow entries (value, fingerprint), then the baseline.
        const notes = [];
        if (config.allowRules.length > 0) {
            const allowedByConfig = applyAllowlist(merged.findings, config.allowRules);
            merged.findings = allowedByConfig.kept;
            for (const a of allowedByConfig.allowed)
                notes.push(m.allowedNote(`${a.finding.file}:${a.finding.line}:${a.finding.column}`, a.finding.ruleId, a.reason));
        }
        if (command === 'baseline') {
            return await writeBaseline(merged.findings, (parsed['baseline-file'] ?? parsed.output ?? join(root, BASELINE_FILE)), io, c, t, merged.base);
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
            // Only SARIF and HTML show it: the other runs skip reading package.json.
            ...(format === 'sarif' || format === 'html' ? { toolVersion: readVersion() } : {}),
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
        const pieces = format === 'json' ? (await import('../report/json.js')).renderJsonChunks(report, t)
            : format === 'sarif' ? (await import('../report/sarif.js')).renderSarifChunks(report, t)
                : format === 'github' ? [(await import('../report/github.js')).renderGithub(report, t)]
                    : format === 'html' ? [(await import('../report/html.js')).renderHtml(report, t)]
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
            await (await import('./write.js')).writePieces(io.stdout, pieces);
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
async function writeBaseline(findings, file, io, c, t, from) {
    const entries = baselineEntries(findings, baselinePathMapper(file, io.cwd, from));
    writeBaselineFile(file, io.cwd, entries);
    const shown = relative(io.cwd, resolve(io.cwd, file)) || file;
    io.stderr.write(c.green(`${t.m.baselineWritten(entries.length, shown)}\n`));
    return EXIT_CLEAN;
}
