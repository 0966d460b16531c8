import { redactText } from '../report/redact.js';
import { en } from '../report/messages/en.js';
export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;
/** Colour: the flag if given; else off with NO_COLOR, on with FORCE_COLOR (not 0/false), else on a terminal. */
export function useColor(flag, io) {
    if (flag !== undefined)
        return flag;
    if (io.env.NO_COLOR)
        return false;
    if (io.env.FORCE_COLOR !== undefined)
        return io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== 'false';
    return io.stdout.isTTY === true;
}
/** An error's message with its lines folded into one indented block. */
export function oneLine(err) {
    const msg = err instanceof Error ? err.message : String(err);
    return msg.split('\n').filter(Boolean).join('\n  ');
}
/** The stderr line for an error: never a secret (unless --show-secrets), an internal error in one line. */
export function errorLine(err, options) {
    const m = options.m ?? en;
    const redact = (text) => (options.showSecrets ? text : redactText(text, options.rules, options.quoted));
    if (options.known)
        return `scan-keys: ${redact(m.error(oneLine(err)))}\n`;
    return `scan-keys: ${m.internalError(redact(oneLine(err).split('\n')[0] ?? ''))}\n`;
}
