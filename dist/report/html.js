import { SEVERITIES } from '../types.js';
import { isBlocking, shownSecret } from './present.js';
import { formatBytes } from './text.js';
export function escapeHtml(s) {
    return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}
/** Only http(s) links become hrefs: a pattern file's URL is data, not trusted markup. */
function link(url, text) {
    return /^https?:\/\//i.test(url) ? `<a href="${escapeHtml(url)}" rel="noopener noreferrer">${escapeHtml(text)}</a>` : escapeHtml(text);
}
const CSS = `
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:75rem;padding:0 1rem;color:#1b1f24;background:#fff}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #d0d7de;padding-bottom:.2rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}td.n{text-align:right}code{font:13px ui-monospace,SFMono-Regular,Menlo,monospace;word-break:break-all}
.sev{font-weight:600;border-radius:3px;padding:0 .35rem;white-space:nowrap}.critical{background:#8b0000;color:#fff}.high{background:#cf222e;color:#fff}
.medium{background:#bf8700;color:#fff}.low{background:#6e7781;color:#fff}.yes{color:#cf222e;font-weight:600}.no{color:#1a7f37}
.muted{color:#57606a}.verdict{font-size:1.1rem;font-weight:600}.fail{color:#cf222e}.pass{color:#1a7f37}
@media print{a{color:inherit}}`;
function sev(s) {
    return `<span class="sev ${s}">${s}</span>`;
}
function headCell(f) {
    if (f.presentAtHead === undefined)
        return '<td class="muted">—</td>';
    return f.presentAtHead ? '<td class="yes">yes: still in the file</td>' : '<td class="no">no</td>';
}
function byDate(a, b) {
    const da = a.commit?.date ?? '';
    const db = b.commit?.date ?? '';
    if (da !== db)
        return da < db ? -1 : 1;
    return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line;
}
export function renderHtml(report) {
    const { findings } = report;
    const blocking = findings.filter((f) => isBlocking(f, report.failOn));
    const order = [...SEVERITIES].reverse();
    const out = [];
    out.push('<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">');
    out.push('<title>scan-keys audit report</title>', `<style>${CSS}</style>`, '</head>', '<body>');
    out.push('<h1>scan-keys audit report</h1>');
    const scope = report.scope ? ` in ${escapeHtml(report.scope)}` : '';
    const s = report.stats;
    out.push(`<p class="muted">${findings.length} finding(s)${scope}; scanned ${s.files} file(s), ${escapeHtml(formatBytes(s.bytes))}` +
        `${s.commits !== undefined ? `, ${s.commits} commit(s)` : ''}. scan-keys ${escapeHtml(report.toolVersion ?? '')}. Values are ${report.showSecrets ? '<strong>NOT masked</strong>' : 'masked'}.</p>`);
    out.push(blocking.length > 0
        ? `<p class="verdict fail">${blocking.length} finding(s) at or above ${escapeHtml(report.failOn)}: credentials to revoke.</p>`
        : `<p class="verdict pass">Nothing at or above ${escapeHtml(report.failOn)}.</p>`);
    out.push('<h2 id="summary">Findings by provider and severity</h2>');
    out.push('<table><thead><tr><th>provider</th>' + order.map((v) => `<th>${sev(v)}</th>`).join('') + '<th>total</th><th>still at HEAD</th></tr></thead><tbody>');
    for (const p of report.providers) {
        const mine = findings.filter((f) => f.provider === p.id);
        if (mine.length === 0)
            continue;
        const atHead = mine.filter((f) => f.presentAtHead === true).length;
        const known = mine.some((f) => f.presentAtHead !== undefined);
        out.push(`<tr><td>${escapeHtml(p.name)}</td>` +
            order.map((v) => `<td class="n">${mine.filter((f) => f.severity === v).length}</td>`).join('') +
            `<td class="n">${mine.length}</td><td class="n">${known ? atHead : '—'}</td></tr>`);
    }
    if (findings.length === 0)
        out.push(`<tr><td colspan="${order.length + 3}">No credentials found.</td></tr>`);
    out.push('</tbody></table>');
    out.push('<h2 id="timeline">Timeline: when each key was introduced</h2>');
    out.push('<table><thead><tr><th>date</th><th>commit</th><th>author</th><th>file:line</th><th>rule</th><th>severity</th><th>value</th><th>commits holding it</th><th>still at HEAD</th></tr></thead><tbody>');
    for (const f of [...findings].sort(byDate)) {
        const c = f.commit;
        out.push('<tr>' +
            `<td>${c ? escapeHtml(c.date) : '<span class="muted">working tree</span>'}</td>` +
            `<td>${c ? `<code title="${escapeHtml(c.sha)}">${escapeHtml(c.sha.slice(0, 10))}</code>` : '—'}</td>` +
            `<td>${c ? escapeHtml(c.author) : '—'}</td>` +
            `<td><code>${escapeHtml(`${f.file || '<stdin>'}:${f.line}`)}</code></td>` +
            `<td>${escapeHtml(f.title)}<br><code class="muted">${escapeHtml(f.ruleId)}</code></td>` +
            `<td>${sev(f.severity)}</td>` +
            `<td><code>${escapeHtml(shownSecret(f, report.showSecrets))}</code></td>` +
            `<td class="n">${c?.count ?? '—'}</td>` +
            headCell(f) +
            '</tr>');
    }
    if (findings.length === 0)
        out.push('<tr><td colspan="9">No credentials found.</td></tr>');
    out.push('</tbody></table>');
    const providers = report.providers.filter((p) => findings.some((f) => f.provider === p.id));
    if (providers.length > 0)
        out.push('<h2 id="remediation">Remediation</h2>');
    for (const p of providers) {
        const r = p.remediation;
        out.push(`<h3>${escapeHtml(p.name)}</h3>`, '<p><strong>What to do now</strong></p>', '<ol>');
        for (const step of r.now)
            out.push(`<li>${escapeHtml(step)}</li>`);
        out.push('</ol>', `<p>Console: ${link(r.console.url, r.console.title)}</p>`, '<p><strong>Next time</strong></p>', '<ul>');
        for (const step of r.prevent)
            out.push(`<li>${escapeHtml(step)}</li>`);
        out.push('</ul>', '<p><strong>Guides</strong></p>', '<ul>');
        for (const l of r.links)
            out.push(`<li>${link(l.url, l.title)}</li>`);
        out.push('</ul>');
    }
    out.push('</body>', '</html>');
    return out.join('\n') + '\n';
}
