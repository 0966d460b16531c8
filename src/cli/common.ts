/**
 * What main.ts and run.ts share: the exit codes, the colour decision and the one line an error
 * becomes. Kept free of yargs and the other heavy modules: every run loads it.
 */
import type { RuleSet } from '../types.js';
import { redactText } from '../report/redact.js';
import { en, type Messages } from '../report/messages/en.js';

export { EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, oneLine } from './exit.js';
import { oneLine } from './exit.js';

/** Colour: the flag if given; else off with NO_COLOR, on with FORCE_COLOR (not 0/false), else on a terminal. */
export function useColor(flag: boolean | undefined, io: { env: Record<string, string | undefined>; stdout: { isTTY?: boolean } }): boolean {
  if (flag !== undefined) return flag;
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR !== undefined) return io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== 'false';
  return io.stdout.isTTY === true;
}

export interface ErrorLineOptions {
  /** An error we expect and word ourselves (usage, input, git, config): shown whole. Else "internal error", first line only. */
  known: boolean;
  /** The message may quote input (a parse error, an exception): also hide random-looking runs. */
  quoted: boolean;
  /** Rules to find and mask keys in the message; undefined if they could not be loaded. */
  rules: RuleSet | undefined;
  showSecrets: boolean;
  /** The catalogue to word it in (default English). */
  m?: Messages;
}

/** The stderr line for an error: never a secret (unless --show-secrets), an internal error in one line. */
export function errorLine(err: unknown, options: ErrorLineOptions): string {
  const m = options.m ?? en;
  const redact = (text: string) => (options.showSecrets ? text : redactText(text, options.rules, options.quoted));
  if (options.known) return `scan-keys: ${redact(m.error(oneLine(err)))}\n`;
  return `scan-keys: ${m.internalError(redact(oneLine(err).split('\n')[0] ?? ''))}\n`;
}
