/**
 * The parser of ordinary runs: a small loop over options.ts's table for the plain forms a hook,
 * a CI step or a person types (`--staged`, `--format json`, `--fail-on=high`, `--no-color`,
 * `-vq`, `-o file`, paths and a command). What it accepts it parses exactly as args.ts
 * (yargs-parser) does, keys and defaults included: test/cli-args.test.ts checks the two against
 * each other (and yargs) on command lines generated from the table. Anything else (an option
 * given twice, an array option, a number other than plain digits, a value that starts with `-`,
 * `--`, help, version, an unknown or misspelt option, a bad choice) returns undefined, and
 * main.ts hands argv to args.ts, which parses or leaves it to yargs as before.
 *
 * Why: loading yargs-parser (parse.cjs, 35 KB) and its first call took the pre-commit hook 13 ms
 * of main-thread time between starting git and loading the scanner (median of 21 runs, staged
 * bench corpus, 2-core machine at load 2.5); this loop's first call takes 0.4 ms.
 */
import type { Parsed } from './args.js';
import { COMMANDS, OPTIONS, PATHS, type OptionSpec } from './options.js';

const TABLE: Record<string, OptionSpec> = OPTIONS;

/** The declared option of this name (not a property every object has: `--constructor`). */
const optionNamed = (name: string): OptionSpec | undefined => (Object.hasOwn(TABLE, name) ? TABLE[name] : undefined);

/** One-letter aliases (-v, -q, -o) → the option's long name. */
let shortNames: Map<string, string> | undefined;

function shorts(): Map<string, string> {
  if (shortNames) return shortNames;
  shortNames = new Map();
  for (const [name, spec] of Object.entries(TABLE)) if (spec.alias?.length === 1) shortNames.set(spec.alias, name);
  return shortNames;
}

const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** A value for a string or number option, as yargs-parser reads it; undefined: not a form taken here. */
function valueOf(spec: OptionSpec, text: string): string | number | undefined {
  if (spec.type === 'number') {
    // Plain decimal digits only: yargs-parser's other number forms (1e3, 0x10, .5, 010) go to it.
    return /^(?:0|[1-9][0-9]{0,14})$/.test(text) ? Number(text) : undefined;
  }
  if (spec.choices && !spec.choices.includes(text)) return undefined;
  return text;
}

/** argv parsed as args.ts would parse it, or undefined when args.ts must decide. */
export function parseFast(args: readonly string[]): Parsed | undefined {
  const given = new Map<string, unknown>();
  const words: string[] = [];
  const set = (name: string, value: unknown): boolean => {
    if (given.has(name)) return false; // twice: yargs-parser makes a list (or lets the last win)
    given.set(name, value);
    return true;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
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
        if (negated === undefined || optionNamed(negated)?.type !== 'boolean' || !set(negated, false)) return undefined;
        continue;
      }
      if (spec.array) return undefined;
      let value: unknown;
      if (spec.type === 'boolean') {
        const text = eq < 0 ? undefined : a.slice(eq + 1);
        // `--staged true` takes the word as the value in yargs-parser: left to it.
        if (text === undefined) value = next === 'true' || next === 'false' ? undefined : true;
        else value = text === 'true' ? true : text === 'false' ? false : undefined;
      } else if (eq >= 0) {
        value = valueOf(spec, a.slice(eq + 1));
      } else if (next !== undefined && next[0] !== '-') {
        value = valueOf(spec, next);
        i++;
      }
      if (value === undefined || !set(name, value)) return undefined;
      continue;
    }
    // One dash: -v, -vq (declared one-letter booleans), -o FILE (a one-letter string option).
    const letters = a.slice(1);
    const names = [...letters].map((l) => shorts().get(l));
    if (names.length === 0 || names.some((n) => n === undefined)) return undefined;
    if (names.every((n) => TABLE[n as string]!.type === 'boolean')) {
      if (next === 'true' || next === 'false') return undefined;
      for (const n of names) if (!set(n as string, true)) return undefined;
      continue;
    }
    const spec = TABLE[names[0] as string]!;
    if (names.length !== 1 || spec.array || next === undefined || next[0] === '-') return undefined;
    const value = valueOf(spec, next);
    if (value === undefined || !set(names[0] as string, value)) return undefined;
    i++;
  }
  // Every option under its long name, its camelCase spelling and its alias, defaults included,
  // as yargs-parser gives them.
  const parsed: Parsed = { _: [] };
  for (const [name, spec] of Object.entries(TABLE)) {
    const value = given.has(name) ? given.get(name) : spec.default;
    if (value === undefined) continue;
    parsed[name] = value;
    const c = camel(name);
    if (c !== name) parsed[c] = value;
    if (spec.alias) parsed[spec.alias] = value;
  }
  // The command and its positional arguments, checked as args.ts checks them.
  const command = COMMANDS.find((c) => c.name !== '$0' && c.name === words[0]) ?? COMMANDS[0]!;
  const rest = command.name === '$0' ? words : words.slice(1);
  if (!command.paths && !command.reports && rest.length > 0) return undefined;
  if (command.reports && rest.length === 0) return undefined;
  if (command.name !== '$0') parsed._ = [command.name];
  if (command.paths) parsed.paths = rest.length > 0 ? rest : [...(PATHS.default as readonly string[])];
  if (command.reports) parsed.reports = rest;
  return parsed;
}
