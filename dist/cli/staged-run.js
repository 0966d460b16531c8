import { EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, errorLine, useColor } from './common.js';
import { loadPatterns } from '../patterns/load.js';
import { isBlocking } from '../report/present.js';
import { renderSkipped, renderText } from '../report/text.js';
import { NO_COLORS } from '../report/types.js';
import { scanStaged } from '../scan/staged.js';
import { GitError } from '../sources/git-run.js';
import { langFromEnv } from './lang.js';
import { EN, loadLocale } from '../report/messages/index.js';
export async function runStaged(o, io, git, started) {
    let rules;
    // No config on this path (a config sends the run to the full command line): the flag, else the environment.
    let t = EN;
    try {
        t = await loadLocale(o.lang ?? langFromEnv(io.env));
        rules = loadPatterns();
        // base: false spares a rev-parse; the text and JSON reports do not show it.
        const result = await scanStaged({ rules, cwd: io.cwd, git, base: false });
        result.stats.durationMs = Number(process.hrtime.bigint() - started) / 1e6;
        const c = useColor(o.color, io) ? (await import('picocolors')).createColors(true) : NO_COLORS;
        const report = { ...result, providers: rules.providers, failOn: o.failOn, showSecrets: o.showSecrets };
        if (o.verbose)
            io.stderr.write(renderSkipped(report, c, t));
        if (o.format === 'json') {
            const { writePieces } = await import('./write.js');
            await writePieces(io.stdout, (await import('../report/json.js')).renderJsonChunks(report, t));
        }
        else
            io.stdout.write(renderText(report, c, t));
        return result.findings.some((f) => isBlocking(f, o.failOn)) ? EXIT_FINDINGS : EXIT_CLEAN;
    }
    catch (err) {
        const known = err instanceof GitError || err.name === 'PatternError';
        io.stderr.write(errorLine(err, { known, quoted: !(err instanceof GitError), rules, showSecrets: o.showSecrets, m: t.m }));
        return EXIT_ERROR;
    }
}
