/** The default human report: findings by file, one remediation block per provider, a summary. */
import type { Finding, Severity } from '../types.js';
import type { Colors, Report } from './types.js';
import { isBlocking, shownSecret, verificationNote } from './present.js';

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

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function describe(f: Finding): string {
  const notes: string[] = [];
  if (f.pair) notes.push(`pairs with ${f.pair.line}:${f.pair.column}`);
  else if (f.confidence === 'context') notes.push('assigned to a secret name');
  if (f.isPublic) notes.push('public by design (signed URL), not blocking');
  if (f.verification) notes.push(verificationNote(f));
  if (f.commit) notes.push(`commit ${f.commit.sha.slice(0, 10)} by ${f.commit.author}, ${f.commit.date.slice(0, 10)}${f.commit.count && f.commit.count > 1 ? `, in ${f.commit.count} commits` : ''}`);
  return notes.join('; ');
}

export function renderText(report: Report, c: Colors): string {
  const lines: string[] = [];
  const { findings } = report;
  // A live root-account key is the worst case: it is the first thing the report says.
  const rootLive = findings.filter((f) => f.verification?.status === 'live' && f.verification.root && f.kind !== 'access-key-secret' && f.kind !== 'sts-access-key-secret');
  for (const f of rootLive) {
    lines.push(c.bold(c.red(`‼ LIVE ROOT-ACCOUNT KEY at ${f.file || '<stdin>'}:${f.line}:${f.column} (${f.providerName}${f.verification?.account ? `, account ${f.verification.account}` : ''}): disable it in the console now.`)));
  }
  const live = findings.filter((f) => f.verification?.status === 'live' && !f.verification.root && f.kind !== 'access-key-secret' && f.kind !== 'sts-access-key-secret');
  for (const f of live) {
    lines.push(c.bold(c.red(`‼ LIVE KEY at ${f.file || '<stdin>'}:${f.line}:${f.column} (${f.providerName}): rotate it now.`)));
  }
  if (rootLive.length + live.length > 0) lines.push('');
  // Not Math.max(...list): a spread of every finding overflows the stack past ~120,000.
  const titleWidth = findings.reduce((w, f) => Math.max(w, f.title.length), 0);
  let current: string | undefined;
  for (const f of findings) {
    if (f.file !== current) {
      if (current !== undefined) lines.push('');
      current = f.file;
      lines.push(c.bold(c.cyan(f.file || '<stdin>')));
    }
    const where = `${f.line}:${f.column}`.padEnd(9);
    const sev = paint(c, f.severity, f.severity.padEnd(8));
    const note = describe(f);
    lines.push(`  ${where} ${sev} ${f.title.padEnd(titleWidth)}  ${shownSecret(f, report.showSecrets)}${note ? c.dim(`  (${note})`) : ''}`);
  }
  if (findings.length > 0) lines.push('');

  const blocking = findings.filter((f) => isBlocking(f, report.failOn));
  for (const provider of report.providers) {
    const mine = findings.filter((f) => f.provider === provider.id);
    if (mine.length === 0) continue;
    const r = provider.remediation;
    lines.push(c.bold(`${provider.name}: what to do now (${plural(mine.length, 'finding')})`));
    for (const step of r.now) lines.push(`  • ${step}`);
    lines.push(`  ${c.bold('Console:')} ${r.console.url}  ${c.dim(r.console.title)}`);
    lines.push(c.bold('  Next time:'));
    for (const step of r.prevent) lines.push(`  • ${step}`);
    lines.push(c.bold('  Guides:'));
    for (const link of r.links) lines.push(`    ${link.title}: ${link.url}`);
    lines.push('');
  }

  const s = report.stats;
  const scanned = `scanned ${plural(s.files, 'file')}, ${formatBytes(s.bytes)}, ${plural(s.lines, 'line')} in ${(s.durationMs / 1000).toFixed(2)} s${s.skipped ? `; skipped ${s.skipped}` : ''}`;
  if (blocking.length > 0) {
    const counts = (['critical', 'high', 'medium', 'low'] as Severity[])
      .map((sev) => [sev, blocking.filter((f) => f.severity === sev).length] as const)
      .filter(([, n]) => n > 0)
      .map(([sev, n]) => `${n} ${sev}`)
      .join(', ');
    const files = new Set(blocking.map((f) => f.file)).size;
    lines.push(c.red(c.bold(`✖ ${plural(blocking.length, 'finding')} (${counts}) in ${plural(files, 'file')}`)));
    const rest = findings.length - blocking.length;
    if (rest > 0) lines.push(c.dim(`  ${rest} more below --fail-on ${report.failOn}, not blocking`));
  } else if (findings.length > 0) {
    lines.push(c.yellow(`! ${plural(findings.length, 'finding')} below --fail-on ${report.failOn}, not blocking`));
  } else {
    lines.push(c.green('✔ no credentials found'));
  }
  lines.push(c.dim(`  ${scanned}`));
  return lines.join('\n') + '\n';
}

/** One line per skipped file, for --verbose. */
export function renderSkipped(report: Report, c: Colors): string {
  return report.skipped.map((s) => c.dim(`skipped ${s.file}: ${s.reason}`)).join('\n') + (report.skipped.length ? '\n' : '');
}
