/**
 * The parser for what fast-args.ts leaves to it (the plain forms of an ordinary run are parsed
 * there, to the same object): yargs-parser (the parser inside yargs) driven by options.ts, with
 * yargs' own parser configuration, then the checks yargs' strict mode makes. An argv it accepts
 * parses exactly as yargs parses it (test/cli-args.test.ts compares the two on generated argvs);
 * anything else (help, version, an unknown option, a bad choice, an odd form such as `--`)
 * returns undefined and main.ts lets yargs (usage.ts) answer, with yargs' words and exit 2.
 * Loading yargs costs about 120 ms of start-up on the 2-core reference machine; this costs ~1 ms.
 */
import yargsParser from 'yargs-parser';
import { COMMANDS, OPTIONS, PATHS } from './options.js';
const TABLE = OPTIONS;
let parserOptions;
let known;
/** Declared one-letter names: any may stand alone; only booleans may be grouped (-vq). */
let shortAny;
let shortBoolean;
const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
function options() {
    if (parserOptions)
        return parserOptions;
    const o = { alias: {}, array: [], boolean: [], string: [], number: [], default: {}, configuration: {} };
    known = new Set();
    shortAny = new Set();
    shortBoolean = new Set();
    for (const [name, spec] of Object.entries(TABLE)) {
        o[spec.type].push(name);
        if (spec.array)
            o.array.push(name);
        if (spec.alias)
            o.alias[name] = [spec.alias];
        if (spec.default !== undefined)
            o.default[name] = spec.default;
        for (const key of [name, camel(name), spec.alias])
            if (key)
                known.add(key);
        if (spec.alias?.length === 1) {
            shortAny.add(spec.alias);
            if (spec.type === 'boolean')
                shortBoolean.add(spec.alias);
        }
    }
    // What yargs passes to the same parser (yargs-factory.js, kRunYargsParserAndExecuteCommands).
    o.configuration = { 'parse-positional-numbers': false, 'populate--': true };
    return (parserOptions = o);
}
/** argv parsed as yargs would; undefined when yargs must answer (help, version, usage error, rare forms). */
export function parseArgs(args) {
    // `--` and the help/version flags: yargs' own handling, never a scan.
    // A bare `-` too (yargs drops it; main.ts has renamed it already).
    if (args.some((a) => a === '--' || a === '-' || a === '-h' || /^--(help|version)(=|$)/.test(a)))
        return undefined;
    const opts = options();
    // Options by their declared spelling only (--fail-on, -v, --no-color); other spellings that
    // yargs-parser would also read (--failOn) go to yargs, which decides.
    for (const a of args) {
        if (a.startsWith('--')) {
            const name = a.slice(2).split('=')[0];
            const negated = name.startsWith('no-') ? TABLE[name.slice(3)] : undefined;
            if (!TABLE[name] && !(negated?.type === 'boolean' && !a.includes('=')))
                return undefined;
        }
        else if (a.startsWith('-') && a.length > 1) {
            const letters = a.slice(1);
            if (![...letters].every((l) => shortBoolean.has(l)) && !(letters.length === 1 && shortAny.has(letters)))
                return undefined;
        }
    }
    const detailed = yargsParser.detailed(args, opts);
    if (detailed.error)
        return undefined;
    const argv = detailed.argv;
    // Strict, as yargs' .strict(): every key a declared option; values of a declared type.
    for (const [key, value] of Object.entries(argv)) {
        if (key === '_' || key === '$0' || key === '--')
            continue;
        if (!known.has(key))
            return undefined;
        const spec = TABLE[key];
        if (!spec)
            continue; // an alias or camelCase copy: checked under its long name
        if (Array.isArray(value) !== (spec.array === true) && value !== undefined)
            return undefined;
        if (spec.choices && value !== undefined && !spec.choices.includes(value))
            return undefined;
    }
    const words = argv._.map(String);
    if (argv['--']?.length)
        return undefined;
    const command = COMMANDS.find((c) => c.name !== '$0' && c.name === words[0]) ?? COMMANDS[0];
    const rest = command.name === '$0' ? words : words.slice(1);
    // A command without [paths..] or <reports..> takes no positional arguments (strict: "Unknown
    // argument"); <reports..> needs at least one (yargs: "Not enough non-option arguments").
    if (!command.paths && !command.reports && rest.length > 0)
        return undefined;
    if (command.reports && rest.length === 0)
        return undefined;
    const parsed = { ...argv, _: command.name === '$0' ? [] : [command.name] };
    delete parsed['--'];
    if (command.paths)
        parsed.paths = rest.length > 0 ? rest : [...PATHS.default];
    if (command.reports)
        parsed.reports = rest;
    return parsed;
}
