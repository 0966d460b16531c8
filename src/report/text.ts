/** The default human report: findings by file, one remediation block per provider, a summary. */
import type { Finding, Severity } from '../types.js';
import { SEVERITIES } from '../types.js';
import type { Colors, Report } from './types.js';
import { isBlocking, shownSecret, verificationNote } from './present.js';
import { EN, type Locale, type Messages } from './messages/index.js';
import { displayWidth, padEndWidth } from './width.js';

function paint(c: Colors, severity: Severity, text: string): string {
  switch (severity) {
    case 'critical':
      return c.bold(c.red(text));
    case 'high':
      return c.red(text);
    case 'medium':
      return c.yellow(text);
    default:
      return c.dim(text);
  }
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MiB`;
  return `${(n / 1024 ** 3).toFixed(2)} GiB`;
}

function describe(f: Finding, m: Messages): string {
  const notes: string[] = [];
  if (f.pair) notes.push(m.pairsWith(f.pair.line, f.pair.column));
  else if (f.confidence === 'context') notes.push(m.assignedToSecretName);
  if (f.isPublic) notes.push(m.publicNotBlocking);
  if (f.verification) notes.push(verificationNote(f, m));
  if (f.commit) notes.push(m.commitNote(f.commit.sha.slice(0, 10), f.commit.author, f.commit.date.slice(0, 10), f.commit.count));
  return notes.join(m.noteSeparator);
}

/**
 * The report in `t`'s language (default English). Columns are aligned by display width, so a
 * Chinese title (two columns per character) lines up as an English one does.
 */
export function renderText(report: Report, c: Colors, t: Locale = EN): string {
  const { m } = t;
  const lines: string[] = [];
  const { findings } = report;
  const byProvider = new Map(report.providers.map((p) => [p.id, p]));
  const providerOf = (f: Finding) => t.providerName(byProvider.get(f.provider), f.providerName);
  const titleOf = (f: Finding) => t.ruleTitle(byProvider.get(f.provider), f.ruleId, f.title);
  const where = (f: Finding) => `${f.file || '<stdin>'}:${f.line}:${f.column}`;
  // A live root-account key is the worst case: it is the first thing the report says.
  const rootLive = findings.filter((f) => f.verification?.status === 'live' && f.verification.root && f.kind !== 'access-key-secret' && f.kind !== 'sts-access-key-secret');
  for (const f of rootLive) lines.push(c.bold(c.red(m.liveRootKey(where(f), providerOf(f), f.verification?.account))));
  const live = findings.filter((f) => f.verification?.status === 'live' && !f.verification.root && f.kind !== 'access-key-secret' && f.kind !== 'sts-access-key-secret');
  for (const f of live) lines.push(c.bold(c.red(m.liveKey(where(f), providerOf(f)))));
  if (rootLive.length + live.length > 0) lines.push('');
  // Not Math.max(...list): a spread of every finding overflows the stack past ~120,000.
  const titleWidth = findings.reduce((w, f) => Math.max(w, displayWidth(titleOf(f))), 0);
  const sevWidth = Math.max(...SEVERITIES.map((s) => displayWidth(m.severity[s])));
  let current: string | undefined;
  for (const f of findings) {
    if (f.file !== current) {
      if (current !== undefined) lines.push('');
      current = f.file;
      lines.push(c.bold(c.cyan(f.file || '<stdin>')));
    }
    const at = `${f.line}:${f.column}`.padEnd(9);
    const sev = paint(c, f.severity, padEndWidth(m.severity[f.severity], sevWidth));
    const note = describe(f, m);
    lines.push(`  ${at} ${sev} ${padEndWidth(titleOf(f), titleWidth)}  ${shownSecret(f, report.showSecrets)}${note ? c.dim(`  (${note})`) : ''}`);
  }
  if (findings.length > 0) lines.push('');

  const blocking = findings.filter((f) => isBlocking(f, report.failOn));
  for (const provider of report.providers) {
    const mine = findings.filter((f) => f.provider === provider.id);
    if (mine.length === 0) continue;
    const r = t.remediation(provider);
    lines.push(c.bold(m.whatToDoNow(t.providerName(provider, provider.name), mine.length)));
    for (const step of r.now) lines.push(`  • ${step}`);
    lines.push(`  ${c.bold(m.console)} ${r.console.url}  ${c.dim(r.console.title)}`);
    lines.push(c.bold(`  ${m.nextTime}`));
    for (const step of r.prevent) lines.push(`  • ${step}`);
    lines.push(c.bold(`  ${m.guides}`));
    for (const link of r.links) lines.push(`    ${m.link(link.title, link.url)}`);
    lines.push('');
  }

  const s = report.stats;
  const scanned = m.scanned(s.files, formatBytes(s.bytes), s.lines, (s.durationMs / 1000).toFixed(2), s.skipped);
  if (blocking.length > 0) {
    const counts = (['critical', 'high', 'medium', 'low'] as Severity[])
      .map((sev) => [sev, blocking.filter((f) => f.severity === sev).length] as const)
      .filter(([, n]) => n > 0)
      .map(([sev, n]) => m.severityCount(n, m.severity[sev]))
      .join(m.listSeparator);
    const files = new Set(blocking.map((f) => f.file)).size;
    lines.push(c.red(c.bold(m.blockingSummary(blocking.length, counts, files))));
    const rest = findings.length - blocking.length;
    if (rest > 0) lines.push(c.dim(`  ${m.moreBelowFailOn(rest, report.failOn)}`));
  } else if (findings.length > 0) {
    lines.push(c.yellow(m.belowFailOn(findings.length, report.failOn)));
  } else {
    lines.push(c.green(m.noCredentials));
  }
  lines.push(c.dim(`  ${scanned}`));
  return lines.join('\n') + '\n';
}

/** One line per skipped file, for --verbose. */
export function renderSkipped(report: Report, c: Colors, t: Locale = EN): string {
  return report.skipped.map((s) => c.dim(t.m.skippedLine(s.file, s.reason))).join('\n') + (report.skipped.length ? '\n' : '');
}
