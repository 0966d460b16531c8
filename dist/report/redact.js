import { scanText } from '../detect/scanner.js';
import { shownSecret } from './present.js';
const MIXED_RUN = /[A-Za-z0-9+]{8,}/g;
export function redactText(text, rules, quoted) {
    let out = text;
    if (rules) {
        try {
            for (const f of scanText(rules, text))
                out = out.split(f.secret).join(shownSecret(f, false));
        }
        catch {
            // Redaction must never be the thing that fails: the generic rule below still applies.
        }
    }
    if (!quoted)
        return out;
    return out.replace(MIXED_RUN, (run) => (looksRandom(run) ? '[redacted]' : run));
}
export function looksRandom(run) {
    return (/[A-Za-z]/.test(run) && /[0-9]/.test(run)) || (/[a-z]/.test(run) && /.[A-Z]/.test(run));
}
