/**
 * `scan-keys merge REPORT.json…`: read the reports, merge (report/merge.ts), render, exit 1 when any
 * key blocks. Also the name a JSON report gives its repository (`repository` field).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { NO_COLORS } from '../report/types.js';
import { gitOutput } from '../sources/git-run.js';
import { mergeReports, parseJsonReport, MergeInputError } from '../report/merge.js';
import { renderMergedHtml, renderMergedJson, renderMergedSarif, renderMergedText } from '../report/merge-render.js';
import { EXIT_CLEAN, EXIT_FINDINGS } from './common.js';
import { InputError } from '../sources/files.js';
/** A remote URL without credentials (`https://user:token@host/…` → `https://host/…`). */
export function withoutCredentials(url) {
    return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1');
}
/**
 * `--repo-name`, else the `origin` remote's URL (without credentials), else the name of the
 * repository's (or the scanned directory's) folder.
 */
export async function repositoryName(given, dir) {
    if (typeof given === 'string' && given !== '')
        return given;
    try {
        const url = (await gitOutput(dir, ['config', '--get', 'remote.origin.url'])).toString('utf8').trim();
        if (url)
            return withoutCredentials(url);
    }
    catch {
        /* no remote, or not a repository */
    }
    return basename(dir);
}
export async function runMerge(parsed, io, ctx) {
    const files = parsed.reports ?? [];
    const inputs = files.map((source) => {
        let text;
        try {
            text = readFileSync(resolve(io.cwd, source), 'utf8');
        }
        catch (err) {
            throw new InputError(`${source}: cannot read: ${err.code ?? err.message}`);
        }
        try {
            return { source, doc: parseJsonReport(text, source) };
        }
        catch (err) {
            if (err instanceof MergeInputError)
                throw new InputError(err.message);
            throw err;
        }
    });
    const explicitFailOn = parsed['fail-on'];
    const merged = mergeReports(inputs, explicitFailOn !== undefined ? { failOn: explicitFailOn } : {});
    const options = { providers: ctx.rules.providers, rules: ctx.rules.rules, showSecrets: parsed['show-secrets'] === true, failOn: explicitFailOn ?? ctx.failOn, toolVersion: ctx.toolVersion, ...(ctx.t ? { t: ctx.t } : {}) };
    const format = parsed.format;
    const output = parsed.output;
    const text = format === 'json' ? renderMergedJson(merged, options)
        : format === 'sarif' ? renderMergedSarif(merged, options)
            : format === 'html' ? renderMergedHtml(merged, options)
                : renderMergedText(merged, options, output ? NO_COLORS : ctx.color);
    if (output)
        writeFileSync(resolve(io.cwd, output), text);
    else
        io.stdout.write(text);
    return merged.keys.some((k) => k.blocking) ? EXIT_FINDINGS : EXIT_CLEAN;
}
