import { severityRank } from '../types.js';
import { maskSecret } from '../detect/mask.js';
import { en } from './messages/en.js';
const PUBLIC_PREFIXES = ['LTAI', 'AKID', 'STS.', 'CAIS'];
export function shownSecret(f, showSecrets) {
    if (showSecrets)
        return f.secret;
    const prefix = PUBLIC_PREFIXES.find((p) => f.secret.startsWith(p) && f.kind !== 'access-key-secret' && f.kind !== 'sts-access-key-secret');
    return maskSecret(f.secret, prefix);
}
export function isBlocking(f, failOn) {
    return failOn !== 'none' && severityRank(f.severity) >= severityRank(failOn);
}
/** One phrase for a --verify result, shared by the text and SARIF reports. */
export function verificationNote(f, m = en) {
    const v = f.verification;
    if (!v)
        return '';
    if (v.status === 'live') {
        const who = [v.root ? m.rootAccount : undefined, v.account ? m.account(v.account) : undefined, v.arn].filter(Boolean).join(m.listSeparator);
        return m.verifiedLive(who);
    }
    if (v.status === 'dead')
        return m.verifiedDead;
    return m.verificationUnknown(v.reason);
}
