const require_rolldown_runtime = require("./rolldown-runtime.cjs");
const require_base = require("./base.cjs");
const require_core = require("./core.cjs");
const require_run = require("./run.cjs");
// dist/report/html.js
var html_exports = require_rolldown_runtime.__exportAll({ renderHtml: () => renderHtml });
function escapeHtml(s) {
	return s.replace(/[&<>"']/g, (c) => ({
		"&": "&amp;",
		"<": "&lt;",
		">": "&gt;",
		"\"": "&quot;",
		"'": "&#39;"
	})[c]);
}
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
function sev(s, t) {
	return `<span class="sev ${s}">${escapeHtml(t.m.severity[s])}</span>`;
}
function headCell(f, t) {
	if (f.presentAtHead === void 0) return "<td class=\"muted\">\u2014</td>";
	return f.presentAtHead ? `<td class="yes">${escapeHtml(t.m.html.yesStill)}</td>` : `<td class="no">${escapeHtml(t.m.html.no)}</td>`;
}
function byDate(a, b) {
	const da = a.commit?.date ?? "";
	const db = b.commit?.date ?? "";
	if (da !== db) return da < db ? -1 : 1;
	return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line;
}
function renderHtml(report, t = require_core.EN) {
	const h = t.m.html;
	const { findings } = report;
	const byProvider = new Map(report.providers.map((p) => [p.id, p]));
	const blocking = findings.filter((f) => require_core.isBlocking(f, report.failOn));
	const order = [...require_base.SEVERITIES].reverse();
	const out = [];
	out.push("<!DOCTYPE html>", `<html lang="${h.lang}">`, "<head>", "<meta charset=\"utf-8\">", "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
	out.push(`<title>${escapeHtml(h.title)}</title>`, `<style>${CSS}</style>`, "</head>", "<body>");
	out.push(`<h1>${escapeHtml(h.title)}</h1>`);
	const s = report.stats;
	out.push(`<p class="muted">${h.intro(findings.length, report.scope ? escapeHtml(report.scope) : "", s.files, escapeHtml(require_run.formatBytes(s.bytes)), s.commits, escapeHtml(report.toolVersion ?? ""), !report.showSecrets)}</p>`);
	out.push(blocking.length > 0 ? `<p class="verdict fail">${h.fail(blocking.length, escapeHtml(report.failOn))}</p>` : `<p class="verdict pass">${h.pass(escapeHtml(report.failOn))}</p>`);
	out.push(`<h2 id="summary">${escapeHtml(h.byProvider)}</h2>`);
	out.push(`<table><thead><tr><th>${escapeHtml(h.provider)}</th>` + order.map((v) => `<th>${sev(v, t)}</th>`).join("") + `<th>${escapeHtml(h.total)}</th><th>${escapeHtml(h.stillAtHead)}</th></tr></thead><tbody>`);
	for (const p of report.providers) {
		const mine = findings.filter((f) => f.provider === p.id);
		if (mine.length === 0) continue;
		const atHead = mine.filter((f) => f.presentAtHead === true).length;
		const known = mine.some((f) => f.presentAtHead !== void 0);
		out.push(`<tr><td>${escapeHtml(t.providerName(p, p.name))}</td>` + order.map((v) => `<td class="n">${mine.filter((f) => f.severity === v).length}</td>`).join("") + `<td class="n">${mine.length}</td><td class="n">${known ? atHead : "\u2014"}</td></tr>`);
	}
	if (findings.length === 0) out.push(`<tr><td colspan="${order.length + 3}">${escapeHtml(h.noCredentials)}</td></tr>`);
	out.push("</tbody></table>");
	out.push(`<h2 id="timeline">${escapeHtml(h.timeline)}</h2>`);
	const heads = [
		h.date,
		h.commit,
		h.author,
		h.fileLine,
		h.rule,
		h.severity,
		h.value,
		h.commitsHolding,
		h.stillAtHead
	];
	out.push("<table><thead><tr>" + heads.map((x) => `<th>${escapeHtml(x)}</th>`).join("") + "</tr></thead><tbody>");
	for (const f of [...findings].sort(byDate)) {
		const c = f.commit;
		out.push(`<tr><td>${c ? escapeHtml(c.date) : `<span class="muted">${escapeHtml(h.workingTree)}</span>`}</td><td>${c ? `<code title="${escapeHtml(c.sha)}">${escapeHtml(c.sha.slice(0, 10))}</code>` : "\u2014"}</td><td>${c ? escapeHtml(c.author) : "\u2014"}</td><td><code>${escapeHtml(`${f.file || "<stdin>"}:${f.line}`)}</code></td><td>${escapeHtml(t.ruleTitle(byProvider.get(f.provider), f.ruleId, f.title))}<br><code class="muted">${escapeHtml(f.ruleId)}</code></td><td>${sev(f.severity, t)}</td><td><code>${escapeHtml(require_core.shownSecret(f, report.showSecrets))}</code></td><td class="n">${c?.count ?? "\u2014"}</td>` + headCell(f, t) + "</tr>");
	}
	if (findings.length === 0) out.push(`<tr><td colspan="9">${escapeHtml(h.noCredentials)}</td></tr>`);
	out.push("</tbody></table>");
	const providers = report.providers.filter((p) => findings.some((f) => f.provider === p.id));
	if (providers.length > 0) out.push(`<h2 id="remediation">${escapeHtml(h.remediation)}</h2>`);
	for (const p of providers) {
		const r = t.remediation(p);
		out.push(`<h3>${escapeHtml(t.providerName(p, p.name))}</h3>`, `<p><strong>${escapeHtml(t.m.whatToDoNowHeading)}</strong></p>`, "<ol>");
		for (const step of r.now) out.push(`<li>${escapeHtml(step)}</li>`);
		out.push("</ol>", `<p>${escapeHtml(t.m.console)} ${link(r.console.url, r.console.title)}</p>`, `<p><strong>${escapeHtml(t.m.nextTimeHeading)}</strong></p>`, "<ul>");
		for (const step of r.prevent) out.push(`<li>${escapeHtml(step)}</li>`);
		out.push("</ul>", `<p><strong>${escapeHtml(t.m.guidesHeading)}</strong></p>`, "<ul>");
		for (const l of r.links) out.push(`<li>${link(l.url, l.title)}</li>`);
		out.push("</ul>");
	}
	out.push("</body>", "</html>");
	return out.join("\n") + "\n";
}
Object.defineProperty(exports, "escapeHtml", {
	enumerable: true,
	get: function() {
		return escapeHtml;
	}
});
Object.defineProperty(exports, "html_exports", {
	enumerable: true,
	get: function() {
		return html_exports;
	}
});
