import { redactText } from '../report/redact.js';
import { en } from '../report/messages/en.js';
export { EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, oneLine } from './exit.js';
import { oneLine } from './exit.js';
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
/** The stderr line for an error: never a secret (unless --show-secrets), an internal error in one line. */
export function errorLine(err, options) {
    const m = options.m ?? en;
    const redact = (text) => (options.showSecrets ? text : redactText(text, options.rules, options.quoted));
    if (options.known)
        return `scan-keys: ${redact(m.error(oneLine(err)))}\n`;
    return `scan-keys: ${m.internalError(redact(oneLine(err).split('\n')[0] ?? ''))}\n`;
}
