const require_run = require("./run.cjs");
const require_base = require("./base.cjs");
const require_core = require("./core.cjs");
const require_sarif = require("./sarif.cjs");
const require_html = require("./html.cjs");
let node_fs = require("node:fs");
let node_path = require("node:path");
// dist/report/merge.js
var MergeInputError = class extends Error {
	constructor(message) {
		super(message);
		this.name = "MergeInputError";
	}
};
const FINDING_FIELDS = [
	["ruleId", "string"],
	["provider", "string"],
	["title", "string"],
	["severity", "string"],
	["file", "string"],
	["line", "number"],
	["column", "number"],
	["secret", "string"],
	["fingerprint", "string"]
];
function parseJsonReport(text, source) {
	let doc;
	try {
		doc = JSON.parse(text);
	} catch (err) {
		throw new MergeInputError(`${source}: not JSON: ${err.message}`);
	}
	const d = doc;
	if (typeof d !== "object" || d === null || d.version !== 1 || !Array.isArray(d.findings) || typeof d.stats !== "object") throw new MergeInputError(`${source}: not a scan-keys JSON report (version 1 with "findings" and "stats"); write one with --format json`);
	d.findings.forEach((f, i) => {
		for (const [field, type] of FINDING_FIELDS) if (typeof f?.[field] !== type) throw new MergeInputError(`${source}: field "findings[${i}].${field}" must be a ${type}`);
		if (!require_base.SEVERITIES.includes(f.severity)) throw new MergeInputError(`${source}: field "findings[${i}].severity" is not a severity`);
	});
	if (d.repository !== void 0 && typeof d.repository !== "string") throw new MergeInputError(`${source}: field "repository" must be a string`);
	return d;
}
function repositoryOf(doc, source) {
	if (doc.repository) return doc.repository;
	return (source.split(/[\\/]/).pop() ?? source).replace(/\.json$/i, "");
}
function mergeReports(inputs, options = {}) {
	const keys = new Map();
	const repositories = [];
	const blocks = (f) => options.failOn === void 0 ? f.blocking === true : options.failOn !== "none" && require_base.severityRank(f.severity) >= require_base.severityRank(options.failOn);
	for (const { source, doc } of inputs) {
		const name = repositoryOf(doc, source);
		repositories.push({
			name,
			source,
			findings: doc.findings.length,
			blocking: doc.findings.filter(blocks).length,
			stats: doc.stats
		});
		for (const f of doc.findings) {
			let key = keys.get(f.fingerprint);
			if (!key) {
				key = {
					fingerprint: f.fingerprint,
					ruleId: f.ruleId,
					provider: f.provider,
					kind: f.kind,
					title: f.title,
					severity: f.severity,
					blocking: false,
					confidence: f.confidence,
					temporary: f.temporary === true,
					isPublic: f.public === true,
					secret: f.secret,
					places: [],
					repositories: []
				};
				keys.set(f.fingerprint, key);
			}
			if (require_base.severityRank(f.severity) > require_base.severityRank(key.severity)) key.severity = f.severity;
			key.blocking ||= blocks(f);
			key.isPublic &&= f.public === true;
			if (!key.repositories.includes(name)) key.repositories.push(name);
			if (!key.places.some((p) => p.repository === name && p.file === f.file && p.line === f.line && p.column === f.column)) key.places.push({
				repository: name,
				file: f.file,
				line: f.line,
				column: f.column,
				endColumn: typeof f.endColumn === "number" ? f.endColumn : f.column + 1,
				...f.commit ? { commit: f.commit } : {},
				...f.presentAtHead !== void 0 ? { presentAtHead: f.presentAtHead } : {}
			});
		}
	}
	return {
		repositories,
		keys: [...keys.values()].sort((a, b) => b.repositories.length - a.repositories.length || require_base.severityRank(b.severity) - require_base.severityRank(a.severity) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0))
	};
}
// dist/report/merge-render.js
function asFinding(k, p, providers) {
	return {
		ruleId: k.ruleId,
		provider: k.provider,
		providerName: providers.find((x) => x.id === k.provider)?.name ?? k.provider,
		kind: k.kind,
		title: k.title,
		severity: k.severity,
		temporary: k.temporary,
		confidence: k.confidence,
		isPublic: k.isPublic,
		file: p.file,
		line: p.line,
		column: p.column,
		endColumn: Math.max(p.endColumn, p.column + 1),
		offset: 0,
		secret: k.secret,
		fingerprint: k.fingerprint,
		...p.commit ? { commit: p.commit } : {},
		...p.presentAtHead !== void 0 ? { presentAtHead: p.presentAtHead } : {}
	};
}
const shown = (k, o) => require_core.shownSecret(asFinding(k, k.places[0], o.providers), o.showSecrets);
const where = (p) => `${p.file}:${p.line}${p.commit ? `  commit ${p.commit.sha.slice(0, 10)}` : ""}`;
function renderMergedText(m, o, c) {
	const t = o.t ?? require_core.EN;
	const M = t.m.merge;
	const out = [];
	const shared = m.keys.filter((k) => k.repositories.length > 1);
	if (shared.length > 0) {
		out.push(c.bold(M.shared(shared.length)));
		for (const k of shared) {
			out.push(`  ${shown(k, o)}  ${k.ruleId} (${t.m.severity[k.severity]})  ${M.inRepos(k.repositories.length)}`);
			for (const p of k.places) out.push(c.dim(`    ${p.repository}  ${where(p)}`));
		}
		out.push("");
	}
	out.push(c.bold(M.byRepository));
	for (const r of m.repositories) {
		out.push(c.cyan(`  ${r.name}`) + c.dim(`  ${M.repoCounts(r.findings, r.blocking, r.source)}`));
		for (const k of m.keys) for (const p of k.places.filter((x) => x.repository === r.name)) {
			const others = k.repositories.filter((n) => n !== r.name);
			out.push(`    ${where(p)}  ${k.ruleId} (${t.m.severity[k.severity]})  ${shown(k, o)}${others.length ? c.yellow(`  ${M.alsoIn(...others)}`) : ""}`);
		}
	}
	const blocking = m.keys.filter((k) => k.blocking).length;
	out.push("", (blocking > 0 ? c.red("\u2716 ") : c.green("\u2714 ")) + M.summary(m.keys.length, blocking, m.repositories.length, shared.length));
	return out.join("\n") + "\n";
}
function renderMergedJson(m, o) {
	const doc = {
		version: 1,
		kind: "scan-keys-merged",
		repositories: m.repositories.map((r) => ({
			name: r.name,
			report: r.source,
			findings: r.findings,
			blocking: r.blocking,
			stats: r.stats
		})),
		keys: m.keys.map((k) => ({
			ruleId: k.ruleId,
			provider: k.provider,
			kind: k.kind,
			title: k.title,
			severity: k.severity,
			blocking: k.blocking,
			confidence: k.confidence,
			temporary: k.temporary,
			...k.isPublic ? { public: true } : {},
			secret: shown(k, o),
			fingerprint: k.fingerprint,
			repositories: k.repositories,
			places: k.places
		})),
		summary: {
			repositories: m.repositories.length,
			keys: m.keys.length,
			blocking: m.keys.filter((k) => k.blocking).length,
			inMoreThanOneRepository: m.keys.filter((k) => k.repositories.length > 1).length
		}
	};
	return JSON.stringify(doc, null, 2) + "\n";
}
function renderMergedSarif(m, o) {
	const findings = m.keys.map((k) => asFinding(k, k.places[0], o.providers));
	const log = JSON.parse(require_sarif.renderSarif({
		findings,
		stats: {
			files: 0,
			bytes: 0,
			lines: 0,
			skipped: 0,
			durationMs: 0
		},
		skipped: [],
		providers: o.providers,
		failOn: o.failOn,
		showSecrets: o.showSecrets,
		...o.rules ? { rules: o.rules } : {},
		...o.toolVersion ? { toolVersion: o.toolVersion } : {}
	}));
	const run = log.runs[0];
	const ids = new Map(m.repositories.map((r, i) => [r.name, `REPO${i + 1}`]));
	run.originalUriBaseIds = Object.fromEntries(m.repositories.map((r) => [ids.get(r.name), { description: { text: r.name } }]));
	run.results.forEach((res, i) => {
		const k = m.keys[i];
		const [first] = res.locations;
		res.level = k.blocking ? "error" : k.severity === "low" ? "note" : "warning";
		res.locations = k.places.map((p) => ({
			physicalLocation: {
				artifactLocation: {
					uri: p === k.places[0] ? first?.physicalLocation.artifactLocation.uri : encodeURI(p.file),
					uriBaseId: ids.get(p.repository)
				},
				region: {
					startLine: p.line,
					startColumn: p.column,
					endLine: p.line,
					endColumn: Math.max(p.endColumn, p.column + 1)
				}
			},
			message: { text: `${p.repository}: ${p.file}:${p.line}${p.commit ? ` (commit ${p.commit.sha})` : ""}` }
		}));
		res.properties = {
			...res.properties,
			repositories: k.repositories
		};
	});
	return JSON.stringify(log, null, 2) + "\n";
}
const CSS = `body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:75rem;padding:0 1rem;color:#1b1f24}
h2{border-bottom:1px solid #d0d7de;margin-top:2rem}table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}th{background:#f6f8fa}td.n{text-align:right}
code{font:13px ui-monospace,monospace;word-break:break-all}.sev{font-weight:600;border-radius:3px;padding:0 .35rem;color:#fff}
.critical{background:#8b0000}.high{background:#cf222e}.medium{background:#bf8700}.low{background:#6e7781}.muted{color:#57606a}
.fail{color:#cf222e;font-weight:600}.pass{color:#1a7f37;font-weight:600}`;
const sev = (s) => `<span class="sev ${s}">${s}</span>`;
const placeCell = (p) => `<code>${require_html.escapeHtml(`${p.file}:${p.line}`)}</code>${p.commit ? `<br><span class="muted">commit <code title="${require_html.escapeHtml(p.commit.sha)}">${require_html.escapeHtml(p.commit.sha.slice(0, 10))}</code> ${require_html.escapeHtml(p.commit.date.slice(0, 10))}</span>` : ""}`;
function renderMergedHtml(m, o) {
	const t = o.t ?? require_core.EN;
	const M = t.m.merge;
	const shared = m.keys.filter((k) => k.repositories.length > 1);
	const blocking = m.keys.filter((k) => k.blocking).length;
	const out = [
		"<!DOCTYPE html>",
		`<html lang="${t.m.html.lang}">`,
		"<head>",
		"<meta charset=\"utf-8\">",
		"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
		`<title>${M.title}</title>`,
		`<style>${CSS}</style>`,
		"</head>",
		"<body>",
		`<h1>${M.title}</h1>`,
		`<p class="${blocking > 0 ? "fail" : "pass"}">${require_html.escapeHtml(M.summary(m.keys.length, blocking, m.repositories.length, shared.length))}</p>`,
		`<p class="muted">scan-keys ${require_html.escapeHtml(o.toolVersion ?? "")}. Values are ${o.showSecrets ? "<strong>NOT masked</strong>" : "masked"}.</p>`,
		`<h2 id="shared">${require_html.escapeHtml(M.shared(shared.length))}</h2>`
	];
	if (shared.length === 0) out.push(`<p>${M.none}</p>`);
	else {
		out.push("<table><thead><tr><th>value</th><th>rule</th><th>severity</th><th>repositories</th><th>places</th></tr></thead><tbody>");
		for (const k of shared) out.push(`<tr><td><code>${require_html.escapeHtml(shown(k, o))}</code></td><td>${require_html.escapeHtml(k.title)}<br><code class="muted">${require_html.escapeHtml(k.ruleId)}</code></td><td>${sev(k.severity)}</td><td class="n">${k.repositories.length}</td><td>${k.places.map((p) => `${require_html.escapeHtml(p.repository)}: ${placeCell(p)}`).join("<br>")}</td></tr>`);
		out.push("</tbody></table>");
	}
	out.push(`<h2 id="repositories">${M.byRepository}</h2>`);
	out.push("<table><thead><tr><th>repository</th>" + [...require_base.SEVERITIES].reverse().map((s) => `<th>${sev(s)}</th>`).join("") + "<th>blocking</th><th>commits</th></tr></thead><tbody>");
	for (const r of m.repositories) {
		const mine = m.keys.filter((k) => k.repositories.includes(r.name));
		out.push(`<tr><td><a href="#repo-${m.repositories.indexOf(r) + 1}">${require_html.escapeHtml(r.name)}</a></td>` + [...require_base.SEVERITIES].reverse().map((s) => `<td class="n">${mine.filter((k) => k.severity === s).length}</td>`).join("") + `<td class="n">${r.blocking}</td><td class="n">${r.stats.commits ?? "\u2014"}</td></tr>`);
	}
	out.push("</tbody></table>");
	for (const [i, r] of m.repositories.entries()) {
		out.push(`<h3 id="repo-${i + 1}">${require_html.escapeHtml(r.name)}</h3>`);
		const rows = m.keys.flatMap((k) => k.places.filter((p) => p.repository === r.name).map((p) => [k, p]));
		if (rows.length === 0) {
			out.push(`<p>${M.none}</p>`);
			continue;
		}
		out.push("<table><thead><tr><th>place</th><th>rule</th><th>severity</th><th>value</th><th>still at HEAD</th><th>also in</th></tr></thead><tbody>");
		for (const [k, p] of rows) {
			const others = k.repositories.filter((n) => n !== r.name);
			out.push(`<tr><td>${placeCell(p)}</td><td>${require_html.escapeHtml(k.title)}<br><code class="muted">${require_html.escapeHtml(k.ruleId)}</code></td><td>${sev(k.severity)}</td><td><code>${require_html.escapeHtml(shown(k, o))}</code></td><td>${p.presentAtHead === void 0 ? "\u2014" : p.presentAtHead ? "yes" : "no"}</td><td>${others.map(require_html.escapeHtml).join("<br>") || "\u2014"}</td></tr>`);
		}
		out.push("</tbody></table>");
	}
	const providers = o.providers.filter((p) => m.keys.some((k) => k.provider === p.id));
	if (providers.length > 0) out.push(`<h2 id="remediation">${require_html.escapeHtml(t.m.html.remediation)}</h2>`);
	for (const p of providers) {
		const fix = t.remediation(p);
		const url = fix.console.url;
		out.push(`<h3>${require_html.escapeHtml(t.providerName(p, p.name))}</h3>`, "<ol>", ...fix.now.map((s) => `<li>${require_html.escapeHtml(s)}</li>`), "</ol>");
		if (/^https?:\/\//i.test(url)) out.push(`<p>${require_html.escapeHtml(t.m.console)} <a href="${require_html.escapeHtml(url)}" rel="noopener noreferrer">${require_html.escapeHtml(fix.console.title)}</a></p>`);
	}
	out.push("</body>", "</html>");
	return out.join("\n") + "\n";
}
// dist/cli/merge.js
function withoutCredentials(url) {
	return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, "$1");
}
async function repositoryName(given, dir) {
	if (typeof given === "string" && given !== "") return given;
	try {
		const url = (await require_base.gitOutput(dir, [
			"config",
			"--get",
			"remote.origin.url"
		])).toString("utf8").trim();
		if (url) return withoutCredentials(url);
	} catch {}
	return (0, node_path.basename)(dir);
}
async function runMerge(parsed, io, ctx) {
	const inputs = (parsed.reports ?? []).map((source) => {
		let text;
		try {
			text = (0, node_fs.readFileSync)((0, node_path.resolve)(io.cwd, source), "utf8");
		} catch (err) {
			throw new require_run.InputError(`${source}: cannot read: ${err.code ?? err.message}`);
		}
		try {
			return {
				source,
				doc: parseJsonReport(text, source)
			};
		} catch (err) {
			if (err instanceof MergeInputError) throw new require_run.InputError(err.message);
			throw err;
		}
	});
	const explicitFailOn = parsed["fail-on"];
	const merged = mergeReports(inputs, explicitFailOn !== void 0 ? { failOn: explicitFailOn } : {});
	const options = {
		providers: ctx.rules.providers,
		rules: ctx.rules.rules,
		showSecrets: parsed["show-secrets"] === true,
		failOn: explicitFailOn ?? ctx.failOn,
		toolVersion: ctx.toolVersion,
		...ctx.t ? { t: ctx.t } : {}
	};
	const format = parsed.format;
	const output = parsed.output;
	const text = format === "json" ? renderMergedJson(merged, options) : format === "sarif" ? renderMergedSarif(merged, options) : format === "html" ? renderMergedHtml(merged, options) : renderMergedText(merged, options, output ? require_run.NO_COLORS : ctx.color);
	if (output) (0, node_fs.writeFileSync)((0, node_path.resolve)(io.cwd, output), text);
	else io.stdout.write(text);
	return merged.keys.some((k) => k.blocking) ? 1 : 0;
}
exports.repositoryName = repositoryName;
exports.runMerge = runMerge;
