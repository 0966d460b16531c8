/**
 * yargs, built from options.ts, for what args.ts leaves to it: --help, --version, usage errors in
 * yargs' words (strict: unknown options and arguments, bad choices) and the rare forms args.ts
 * does not take on (`--`). Loaded only then: its start-up (about 120 ms on the 2-core reference
 * machine) is not paid by an ordinary run.
 */
import yargs from 'yargs';
import { COMMANDS, EPILOGUE, EXAMPLES, OPTIONS, PATHS, REPORTS, USAGE } from './options.js';
export class UsageError extends Error {
}
function buildParser(args, version, lang) {
    let y = yargs(args).scriptName('scan-keys').usage(USAGE);
    for (const c of COMMANDS) {
        y = c.paths
            ? y.command(`${c.name} [paths..]`, c.describe, (p) => p.positional('paths', { type: 'string', array: true, default: PATHS.default, describe: PATHS.describe }))
            : c.reports
                ? y.command(`${c.name} <reports..>`, c.describe, (p) => p.positional('reports', { type: 'string', array: true, describe: REPORTS.describe }))
                : y.command(c.name, c.describe);
    }
    for (const [name, spec] of Object.entries(OPTIONS)) {
        const { type, choices, ...rest } = spec;
        y = y.option(name, choices ? { ...rest, choices: [...choices] } : { ...rest, type });
    }
    return y
        // yargs' own words (headings, usage errors) in the run's language; our texts stay English.
        .locale(lang === 'zh-CN' ? 'zh_CN' : 'en')
        .example(EXAMPLES)
        .epilogue(EPILOGUE)
        .strict()
        .help()
        .alias('help', 'h')
        .version(version)
        .wrap(Math.min(110, process.stdout.columns ?? 100));
}
/** What yargs makes of argv: the parsed options, or text to print (help, version); a UsageError when it is wrong. */
export function parseWithYargs(args, version, lang = 'en') {
    return new Promise((done, fail) => {
        buildParser(args, version, lang)
            .exitProcess(false)
            .fail((msg, err) => fail(new UsageError(msg ?? err?.message ?? 'invalid arguments')))
            .parse(args, {}, (err, argv, output) => {
            if (err)
                return;
            const exit = args.some((a) => /^(--help|--version|-h)$/.test(a));
            if (exit || output)
                done({ output });
            else
                done({ argv: argv });
        });
    });
}
