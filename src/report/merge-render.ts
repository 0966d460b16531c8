/**
 * A merged report (merge.ts) as text, JSON, SARIF or one HTML audit page. Values are shown as the
 * input reports hold them, masked again unless --show-secrets (masking a masked value changes
 * nothing; a report written with --show-secrets is masked here too).
 */
import type { Finding, Provider, Rule, Severity } from '../types.js';
import { SEVERITIES } from '../types.js';
import type { Colors } from './types.js';
import { shownSecret } from './present.js';
import { renderSarif } from './sarif.js';
import { escapeHtml } from './html.js';
import type { MergedKey, MergedReport, Place } from './merge.js';
import { en } from './messages/en.js';
import { EN, type Locale } from './messages/index.js';

export interface MergedRenderOptions {
  providers: readonly Provider[];
  rules?: readonly Rule[];
  showSecrets: boolean;
  failOn: Severity | 'none';
  toolVersion?: string;
  /** The language of text and HTML (default English). */
  t?: Locale;
}

/** A Finding-shaped view of a key at one place, for helpers written for findings. */
function asFinding(k: MergedKey, p: Place, providers: readonly Provider[]): Finding {
  return {
    ruleId: k.ruleId, provider: k.provider, providerName: providers.find((x) => x.id === k.provider)?.name ?? k.provider,
    kind: k.kind, title: k.title, severity: k.severity, temporary: k.temporary, confidence: k.confidence, isPublic: k.isPublic,
    file: p.file, line: p.line, column: p.column, endColumn: Math.max(p.endColumn, p.column + 1), offset: 0,
    secret: k.secret, fingerprint: k.fingerprint,
    ...(p.commit ? { commit: p.commit } : {}),
    ...(p.presentAtHead !== undefined ? { presentAtHead: p.presentAtHead } : {}),
  };
}

const shown = (k: MergedKey, o: MergedRenderOptions) => shownSecret(asFinding(k, k.places[0] as Place, o.providers), o.showSecrets);
const where = (p: Place) => `${p.file}:${p.line}${p.commit ? `  commit ${p.commit.sha.slice(0, 10)}` : ''}`;

export function renderMergedText(m: MergedReport, o: MergedRenderOptions, c: Colors): string {
  const t = o.t ?? EN;
  const M = t.m.merge;
  const out: string[] = [];
  const shared = m.keys.filter((k) => k.repositories.length > 1);
  if (shared.length > 0) {
    out.push(c.bold(M.shared(shared.length)));
    for (const k of shared) {
      out.push(`  ${shown(k, o)}  ${k.ruleId} (${t.m.severity[k.severity]})  ${M.inRepos(k.repositories.length)}`);
      for (const p of k.places) out.push(c.dim(`    ${p.repository}  ${where(p)}`));
    }
    out.push('');
  }
  out.push(c.bold(M.byRepository));
  for (const r of m.repositories) {
    out.push(c.cyan(`  ${r.name}`) + c.dim(`  ${M.repoCounts(r.findings, r.blocking, r.source)}`));
    for (const k of m.keys) {
      for (const p of k.places.filter((x) => x.repository === r.name)) {
        const others = k.repositories.filter((n) => n !== r.name);
        out.push(`    ${where(p)}  ${k.ruleId} (${t.m.severity[k.severity]})  ${shown(k, o)}${others.length ? c.yellow(`  ${M.alsoIn(...others)}`) : ''}`);
      }
    }
  }
  const blocking = m.keys.filter((k) => k.blocking).length;
  out.push('', (blocking > 0 ? c.red('✖ ') : c.green('✔ ')) + M.summary(m.keys.length, blocking, m.repositories.length, shared.length));
  return out.join('\n') + '\n';
}

export function renderMergedJson(m: MergedReport, o: MergedRenderOptions): string {
  const doc = {
    version: 1,
    kind: 'scan-keys-merged',
    repositories: m.repositories.map((r) => ({ name: r.name, report: r.source, findings: r.findings, blocking: r.blocking, stats: r.stats })),
    keys: m.keys.map((k) => ({
      ruleId: k.ruleId, provider: k.provider, kind: k.kind, title: k.title, severity: k.severity, blocking: k.blocking,
      confidence: k.confidence, temporary: k.temporary, ...(k.isPublic ? { public: true } : {}),
      secret: shown(k, o), fingerprint: k.fingerprint, repositories: k.repositories, places: k.places,
    })),
    summary: {
      repositories: m.repositories.length,
      keys: m.keys.length,
      blocking: m.keys.filter((k) => k.blocking).length,
      inMoreThanOneRepository: m.keys.filter((k) => k.repositories.length > 1).length,
    },
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

/**
 * One SARIF run, one result per key with a location per place. Each repository is a uriBaseId
 * (`REPO1`, …) described by its name, so a location says which repository its file is in.
 */
export function renderMergedSarif(m: MergedReport, o: MergedRenderOptions): string {
  const findings = m.keys.map((k) => asFinding(k, k.places[0] as Place, o.providers));
  const log = JSON.parse(
    renderSarif({
      findings, stats: { files: 0, bytes: 0, lines: 0, skipped: 0, durationMs: 0 }, skipped: [], providers: o.providers,
      failOn: o.failOn, showSecrets: o.showSecrets, ...(o.rules ? { rules: o.rules } : {}), ...(o.toolVersion ? { toolVersion: o.toolVersion } : {}),
    }),
  ) as { runs: Array<{ results: Array<Record<string, unknown>>; originalUriBaseIds?: unknown }> };
  const run = log.runs[0] as (typeof log.runs)[number];
  const ids = new Map(m.repositories.map((r, i) => [r.name, `REPO${i + 1}`]));
  run.originalUriBaseIds = Object.fromEntries(m.repositories.map((r) => [ids.get(r.name), { description: { text: r.name } }]));
  run.results.forEach((res, i) => {
    const k = m.keys[i] as MergedKey;
    const [first] = res.locations as Array<{ physicalLocation: { artifactLocation: { uri: string } } }>;
    res.level = k.blocking ? 'error' : k.severity === 'low' ? 'note' : 'warning';
    res.locations = k.places.map((p) => ({
      physicalLocation: {
        artifactLocation: { uri: p === k.places[0] ? first?.physicalLocation.artifactLocation.uri : encodeURI(p.file), uriBaseId: ids.get(p.repository) },
        region: { startLine: p.line, startColumn: p.column, endLine: p.line, endColumn: Math.max(p.endColumn, p.column + 1) },
      },
      message: { text: `${p.repository}: ${p.file}:${p.line}${p.commit ? ` (commit ${p.commit.sha})` : ''}` },
    }));
    res.properties = { ...(res.properties as object), repositories: k.repositories };
  });
  return JSON.stringify(log, null, 2) + '\n';
}

const CSS = `body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:75rem;padding:0 1rem;color:#1b1f24}
h2{border-bottom:1px solid #d0d7de;margin-top:2rem}table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}th{background:#f6f8fa}td.n{text-align:right}
code{font:13px ui-monospace,monospace;word-break:break-all}.sev{font-weight:600;border-radius:3px;padding:0 .35rem;color:#fff}
.critical{background:#8b0000}.high{background:#cf222e}.medium{background:#bf8700}.low{background:#6e7781}.muted{color:#57606a}
.fail{color:#cf222e;font-weight:600}.pass{color:#1a7f37;font-weight:600}`;

const sev = (s: Severity) => `<span class="sev ${s}">${s}</span>`;
const placeCell = (p: Place) =>
  `<code>${escapeHtml(`${p.file}:${p.line}`)}</code>${p.commit ? `<br><span class="muted">commit <code title="${escapeHtml(p.commit.sha)}">${escapeHtml(p.commit.sha.slice(0, 10))}</code> ${escapeHtml(p.commit.date.slice(0, 10))}</span>` : ''}`;

export function renderMergedHtml(m: MergedReport, o: MergedRenderOptions): string {
  const t = o.t ?? EN;
  const M = t.m.merge;
  const shared = m.keys.filter((k) => k.repositories.length > 1);
  const blocking = m.keys.filter((k) => k.blocking).length;
  const out: string[] = [
    '<!DOCTYPE html>', `<html lang="${t.m.html.lang}">`, '<head>', '<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${M.title}</title>`, `<style>${CSS}</style>`, '</head>', '<body>', `<h1>${M.title}</h1>`,
    `<p class="${blocking > 0 ? 'fail' : 'pass'}">${escapeHtml(M.summary(m.keys.length, blocking, m.repositories.length, shared.length))}</p>`,
    `<p class="muted">scan-keys ${escapeHtml(o.toolVersion ?? '')}. Values are ${o.showSecrets ? '<strong>NOT masked</strong>' : 'masked'}.</p>`,
    `<h2 id="shared">${escapeHtml(M.shared(shared.length))}</h2>`,
  ];
  if (shared.length === 0) out.push(`<p>${M.none}</p>`);
  else {
    out.push('<table><thead><tr><th>value</th><th>rule</th><th>severity</th><th>repositories</th><th>places</th></tr></thead><tbody>');
    for (const k of shared) {
      out.push(
        `<tr><td><code>${escapeHtml(shown(k, o))}</code></td><td>${escapeHtml(k.title)}<br><code class="muted">${escapeHtml(k.ruleId)}</code></td><td>${sev(k.severity)}</td>` +
          `<td class="n">${k.repositories.length}</td><td>${k.places.map((p) => `${escapeHtml(p.repository)}: ${placeCell(p)}`).join('<br>')}</td></tr>`,
      );
    }
    out.push('</tbody></table>');
  }
  out.push(`<h2 id="repositories">${M.byRepository}</h2>`);
  out.push('<table><thead><tr><th>repository</th>' + [...SEVERITIES].reverse().map((s) => `<th>${sev(s)}</th>`).join('') + '<th>blocking</th><th>commits</th></tr></thead><tbody>');
  for (const r of m.repositories) {
    const mine = m.keys.filter((k) => k.repositories.includes(r.name));
    out.push(
      `<tr><td><a href="#repo-${m.repositories.indexOf(r) + 1}">${escapeHtml(r.name)}</a></td>` +
        [...SEVERITIES].reverse().map((s) => `<td class="n">${mine.filter((k) => k.severity === s).length}</td>`).join('') +
        `<td class="n">${r.blocking}</td><td class="n">${r.stats.commits ?? '—'}</td></tr>`,
    );
  }
  out.push('</tbody></table>');
  for (const [i, r] of m.repositories.entries()) {
    out.push(`<h3 id="repo-${i + 1}">${escapeHtml(r.name)}</h3>`);
    const rows = m.keys.flatMap((k) => k.places.filter((p) => p.repository === r.name).map((p) => [k, p] as const));
    if (rows.length === 0) {
      out.push(`<p>${M.none}</p>`);
      continue;
    }
    out.push('<table><thead><tr><th>place</th><th>rule</th><th>severity</th><th>value</th><th>still at HEAD</th><th>also in</th></tr></thead><tbody>');
    for (const [k, p] of rows) {
      const others = k.repositories.filter((n) => n !== r.name);
      out.push(
        `<tr><td>${placeCell(p)}</td><td>${escapeHtml(k.title)}<br><code class="muted">${escapeHtml(k.ruleId)}</code></td><td>${sev(k.severity)}</td>` +
          `<td><code>${escapeHtml(shown(k, o))}</code></td><td>${p.presentAtHead === undefined ? '—' : p.presentAtHead ? 'yes' : 'no'}</td>` +
          `<td>${others.map(escapeHtml).join('<br>') || '—'}</td></tr>`,
      );
    }
    out.push('</tbody></table>');
  }
  const providers = o.providers.filter((p) => m.keys.some((k) => k.provider === p.id));
  if (providers.length > 0) out.push(`<h2 id="remediation">${escapeHtml(t.m.html.remediation)}</h2>`);
  for (const p of providers) {
    const fix = t.remediation(p);
    const url = fix.console.url;
    out.push(`<h3>${escapeHtml(t.providerName(p, p.name))}</h3>`, '<ol>', ...fix.now.map((s) => `<li>${escapeHtml(s)}</li>`), '</ol>');
    if (/^https?:\/\//i.test(url)) out.push(`<p>${escapeHtml(t.m.console)} <a href="${escapeHtml(url)}" rel="noopener noreferrer">${escapeHtml(fix.console.title)}</a></p>`);
  }
  out.push('</body>', '</html>');
  return out.join('\n') + '\n';
}
