/**
 * What the server-side gate tells the pusher (git prints each stderr line as `remote: …`): a few
 * lines, values masked. Pure: data in, text out. Every sentence is in the message catalogues
 * (messages/*.ts, `push`), in the Locale given (English by default).
 */
import type { Finding, Provider } from '../types.js';
import { shownSecret } from './present.js';
import { en } from './messages/en.js';
import { EN, type Locale } from './messages/index.js';


export interface PushReport {
  blocking: Finding[];
  known: Finding[];
  below: Finding[];
  providers: readonly Provider[];
  showSecrets?: boolean;
  /** The language (default English). */
  t?: Locale;
}

function place(f: Finding, showSecrets: boolean, t: Locale): string {
  const sha = f.commit ? f.commit.sha.slice(0, 10) : '?';
  return `  ${sha}  ${f.file}:${f.line}  ${f.ruleId} (${t.m.severity[f.severity]})  ${shownSecret(f, showSecrets)}`;
}

/** The lines for a rejected push, or for the warnings of an accepted one. */
export function renderPushFindings(r: PushReport): string {
  const show = r.showSecrets === true;
  const t = r.t ?? EN;
  const M = t.m.push;
  const out: string[] = [];
  if (r.blocking.length > 0) {
    out.push(M.rejected(r.blocking.length));
    for (const f of r.blocking) out.push(place(f, show, t));
    const byId = new Map(r.providers.map((p) => [p.id, p]));
    for (const id of [...new Set(r.blocking.map((f) => f.provider))]) {
      const p = byId.get(id);
      if (p) out.push(M.consoleLine(t.providerName(p, p.name), t.remediation(p).console.url));
    }
    out.push(M.howTo, M.amend);
    const oldest = r.blocking.find((f) => f.commit)?.commit?.sha.slice(0, 10) ?? '<commit>';
    out.push(M.rebase(oldest));
  }
  if (r.known.length > 0) {
    out.push(M.known(r.known.length));
    for (const f of r.known) out.push(place(f, show, t));
  }
  if (r.below.length > 0) out.push(M.below(r.below.length));
  return out.length > 0 ? out.join('\n') + '\n' : '';
}
