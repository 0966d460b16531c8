import { COMMANDS, OPTIONS, PATHS } from './options.js';
const TABLE = OPTIONS;
/** The declared option of this name (not a property every object has: `--constructor`). */
const optionNamed = (name) => (Object.hasOwn(TABLE, name) ? TABLE[name] : undefined);
/** One-letter aliases (-v, -q, -o) → the option's long name. */
let shortNames;
function shorts() {
    if (shortNames)
        return shortNames;
    shortNames = new Map();
    for (const [name, spec] of Object.entries(TABLE))
        if (spec.alias?.length === 1)
            shortNames.set(spec.alias, name);
    return shortNames;
}
const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
/** A value for a string or number option, as yargs-parser reads it; undefined: not a form taken here. */
function valueOf(spec, text) {
    if (spec.type === 'number') {
        // Plain decimal digits only: yargs-parser's other number forms (1e3, 0x10, .5, 010) go to it.
        return /^(?:0|[1-9][0-9]{0,14})$/.test(text) ? Number(text) : undefined;
    }
    if (spec.choices && !spec.choices.includes(text))
        return undefined;
    return text;
}
/** argv parsed as args.ts would parse it, or undefined when args.ts must decide. */
export function parseFast(args) {
    const given = new Map();
    const words = [];
    const set = (name, value) => {
        if (given.has(name))
            return false; // twice: yargs-parser makes a list (or lets the last win)
        given.set(name, value);
        return true;
    };
    for (let i = 0; i < args.length; i++) {
        const a = args[i];
        if (a[0] !== '-') {
            words.push(a);
            continue;
        }
        const next = args[i + 1];
        if (a[1] === '-') {
            const eq = a.indexOf('=');
            const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
            const spec = optionNamed(name);
            if (!spec) {
                // --no-color: a declared boolean, negated (no value).
                const negated = name.startsWith('no-') && eq < 0 ? name.slice(3) : undefined;
                if (negated === undefined || optionNamed(negated)?.type !== 'boolean' || !set(negated, false))
                    return undefined;
                continue;
            }
            if (spec.array)
                return undefined;
            let value;
            if (spec.type === 'boolean') {
                const text = eq < 0 ? undefined : a.slice(eq + 1);
                // `--staged true` takes the word as the value in yargs-parser: left to it.
                if (text === undefined)
                    value = next === 'true' || next === 'false' ? undefined : true;
                else
                    value = text === 'true' ? true : text === 'false' ? false : undefined;
            }
            else if (eq >= 0) {
                value = valueOf(spec, a.slice(eq + 1));
            }
            else if (next !== undefined && next[0] !== '-') {
                value = valueOf(spec, next);
                i++;
            }
            if (value === undefined || !set(name, value))
                return undefined;
            continue;
        }
        // One dash: -v, -vq (declared one-letter booleans), -o FILE (a one-letter string option).
        const letters = a.slice(1);
        const names = [...letters].map((l) => shorts().get(l));
        if (names.length === 0 || names.some((n) => n === undefined))
            return undefined;
        if (names.every((n) => TABLE[n].type === 'boolean')) {
            if (next === 'true' || next === 'false')
                return undefined;
            for (const n of names)
                if (!set(n, true))
                    return undefined;
            continue;
        }
        const spec = TABLE[names[0]];
        if (names.length !== 1 || spec.array || next === undefined || next[0] === '-')
            return undefined;
        const value = valueOf(spec, next);
        if (value === undefined || !set(names[0], value))
            return undefined;
        i++;
    }
    // Every option under its long name, its camelCase spelling and its alias, defaults included,
    // as yargs-parser gives them.
    const parsed = { _: [] };
    for (const [name, spec] of Object.entries(TABLE)) {
        const value = given.has(name) ? given.get(name) : spec.default;
        if (value === undefined)
            continue;
        parsed[name] = value;
        const c = camel(name);
        if (c !== name)
            parsed[c] = value;
        if (spec.alias)
            parsed[spec.alias] = value;
    }
    // The command and its positional arguments, checked as args.ts checks them.
    const command = COMMANDS.find((c) => c.name !== '$0' && c.name === words[0]) ?? COMMANDS[0];
    const rest = command.name === '$0' ? words : words.slice(1);
    if (!command.paths && !command.reports && rest.length > 0)
        return undefined;
    if (command.reports && rest.length === 0)
        return undefined;
    if (command.name !== '$0')
        parsed._ = [command.name];
    if (command.paths)
        parsed.paths = rest.length > 0 ? rest : [...PATHS.default];
    if (command.reports)
        parsed.reports = rest;
    return parsed;
}
