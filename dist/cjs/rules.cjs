const require_core = require("./core.cjs");
const require_run = require("./run.cjs");
// dist/report/rules.js
function ruleRows(rules) {
	const partnered = new Set(rules.rules.flatMap((r) => [...r.pairsWith, ...r.needs].map((p) => p.id)));
	return rules.rules.map((r) => ({
		id: r.id,
		provider: r.provider.id,
		title: r.title,
		detects: r.description,
		alone: r.role === "secret" && (!r.names || r.needs.length > 0) ? void 0 : r.severity,
		paired: r.pairsWith.length > 0 || r.needs.length > 0 || partnered.has(r.id) ? r.pairedSeverity : void 0,
		temporary: r.temporary
	}));
}
function localRows(rules, t) {
	const providers = new Map(rules.providers.map((p) => [p.id, p]));
	return ruleRows(rules).map((r) => ({
		...r,
		title: t.ruleTitle(providers.get(r.provider), r.id, r.title),
		detects: t.ruleDescription(providers.get(r.provider), r.id, r.detects)
	}));
}
function renderRulesJson(rules, t = require_core.EN) {
	return JSON.stringify({
		version: 1,
		rules: localRows(rules, t).map((r) => ({
			...r,
			alone: r.alone ?? null,
			paired: r.paired ?? null
		}))
	}, null, 2) + "\n";
}
function wrap(text, width) {
	const tokens = text.match(/[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]+|\s+/g) ?? [];
	const lines = [];
	let cur = "";
	for (const tok of tokens) {
		if (/^\s+$/.test(tok)) {
			if (cur) cur += " ";
			continue;
		}
		if (cur.trim() && require_run.displayWidth(cur + tok) > width) {
			lines.push(cur.trimEnd());
			cur = tok;
		} else cur += tok;
	}
	if (cur.trim()) lines.push(cur.trimEnd());
	return lines;
}
function renderRulesText(rules, width = 100, t = require_core.EN) {
	const { m } = t;
	const rows = localRows(rules, t);
	const sev = (s) => require_run.padEndWidth(s ? m.severity[s] : "\u2014", 8);
	const idW = Math.max(require_run.displayWidth(m.rules.rule), ...rows.map((r) => r.id.length));
	const head = `${require_run.padEndWidth(m.rules.rule, idW)}  ${require_run.padEndWidth(m.rules.alone, 8)}  ${require_run.padEndWidth(m.rules.paired, 8)}  ${m.rules.detects}`;
	const indent = idW + 2 + 8 + 2 + 8 + 2;
	const lines = [head, "-".repeat(Math.min(width, Math.max(require_run.displayWidth(head), 60)))];
	for (const r of rows) {
		const wrapped = wrap(t.lang === "en" ? `${r.title}: ${r.detects}` : `${r.title}${m.colon}${r.detects}`, Math.max(30, width - indent));
		lines.push(`${r.id.padEnd(idW)}  ${sev(r.alone)}  ${sev(r.paired)}  ${wrapped[0] ?? ""}`);
		for (const more of wrapped.slice(1)) lines.push(" ".repeat(indent) + more);
	}
	lines.push("", m.rules.footer(rows.length));
	return lines.join("\n") + "\n";
}
exports.renderRulesJson = renderRulesJson;
exports.renderRulesText = renderRulesText;
