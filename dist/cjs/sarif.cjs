const require_rolldown_runtime = require("./rolldown-runtime.cjs");
const require_base = require("./base.cjs");
const require_core = require("./core.cjs");
const require_chunks = require("./chunks.cjs");
let node_url = require("node:url");
// dist/report/sarif.js
var sarif_exports = require_rolldown_runtime.__exportAll({ renderSarifChunks: () => renderSarifChunks });
const SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
const TOOL_URI = "https://www.npmjs.com/package/scan-keys";
const SECURITY_SEVERITY = {
	critical: "9.5",
	high: "8.0",
	medium: "5.5",
	low: "3.0"
};
function toUri(file) {
	if (/^(?:[A-Za-z]:)?[\\/]/.test(file)) return (0, node_url.pathToFileURL)(file).href;
	return file.split(/[\\/]/).map((seg) => encodeURIComponent(seg).replace(/[!'()*]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase())).join("/");
}
function rulesOf(report) {
	const byProvider = new Map(report.providers.map((p) => [p.id, p]));
	if (report.rules) return report.rules.map((r) => ({
		id: r.id,
		title: r.title,
		description: r.description,
		provider: r.provider,
		severity: require_base.severityRank(r.pairedSeverity) > require_base.severityRank(r.severity) ? r.pairedSeverity : r.severity,
		temporary: r.temporary
	}));
	const seen = new Map();
	for (const f of report.findings) {
		const known = seen.get(f.ruleId);
		if (!known || require_base.severityRank(f.severity) > require_base.severityRank(known.severity)) seen.set(f.ruleId, {
			id: f.ruleId,
			title: f.title,
			description: f.title,
			provider: byProvider.get(f.provider),
			severity: f.severity,
			temporary: f.temporary
		});
	}
	return [...seen.values()].sort((a, b) => a.id < b.id ? -1 : 1);
}
function helpOf(rule, t) {
	const p = rule.provider;
	const { m } = t;
	const description = t.ruleDescription(p, rule.id, rule.description);
	if (!p) return {
		text: description,
		markdown: description
	};
	const r = t.remediation(p);
	return {
		text: [
			description,
			"",
			`${m.whatToDoNowHeading}${m.colon}`,
			...r.now.map((s) => `- ${s}`),
			`${m.console} ${r.console.url}`,
			"",
			`${m.nextTimeHeading}${m.colon}`,
			...r.prevent.map((s) => `- ${s}`),
			"",
			...r.links.map((l) => m.link(l.title, l.url))
		].join("\n"),
		markdown: [
			description,
			"",
			`**${m.whatToDoNowHeading}**`,
			"",
			...r.now.map((s) => `- ${s}`),
			"",
			`${m.console} [${r.console.title}](${r.console.url})`,
			"",
			`**${m.nextTimeHeading}**`,
			"",
			...r.prevent.map((s) => `- ${s}`),
			"",
			...r.links.map((l) => `- [${l.title}](${l.url})`)
		].join("\n")
	};
}
function levelOf(f, report) {
	if (require_core.isBlocking(f, report.failOn)) return "error";
	return f.severity === "low" ? "note" : "warning";
}
function messageOf(f, report, t) {
	const { m } = t;
	const provider = report.providers.find((p) => p.id === f.provider);
	const notes = [];
	if (f.pair) notes.push(m.sarifPairsWith(f.pair.line, f.pair.column));
	else if (f.confidence === "context") notes.push(m.sarifAssigned);
	if (f.isPublic) notes.push(m.publicSignedUrl);
	if (f.temporary) notes.push(m.temporaryCredential);
	if (f.verification) notes.push(require_core.verificationNote(f, m));
	const console = provider?.remediation.console.url;
	return `${t.ruleTitle(provider, f.ruleId, f.title)} ${require_core.shownSecret(f, report.showSecrets)} (${m.severity[f.severity]}${notes.length ? m.noteSeparator + notes.join(m.noteSeparator) : ""})${m.fullStop}` + (console ? m.disableAndCreate(console) : "");
}
function renderSarif(report, t = require_core.EN) {
	return [...renderSarifChunks(report, t)].join("");
}
function renderSarifChunks(report, t = require_core.EN) {
	const rules = rulesOf(report);
	const index = new Map(rules.map((r, i) => [r.id, i]));
	for (const f of report.findings) if (!index.has(f.ruleId)) {
		index.set(f.ruleId, rules.length);
		rules.push({
			id: f.ruleId,
			title: f.title,
			description: f.title,
			provider: report.providers.find((p) => p.id === f.provider),
			severity: f.severity,
			temporary: f.temporary
		});
	}
	const log = {
		$schema: SARIF_SCHEMA_URI,
		version: "2.1.0",
		runs: [{
			tool: { driver: {
				name: "scan-keys",
				informationUri: TOOL_URI,
				...report.toolVersion && /^\d+\.\d+\.\d+/.test(report.toolVersion) ? {
					version: report.toolVersion,
					semanticVersion: report.toolVersion
				} : {},
				rules: rules.map((r) => ({
					id: r.id,
					name: r.title.replace(/[^A-Za-z0-9]+(.)?/g, (_, c) => (c ?? "").toUpperCase()),
					shortDescription: { text: t.ruleTitle(r.provider, r.id, r.title) },
					fullDescription: { text: t.ruleDescription(r.provider, r.id, r.description) },
					...r.provider ? { helpUri: r.provider.remediation.console.url } : {},
					help: helpOf(r, t),
					defaultConfiguration: { level: "error" },
					properties: {
						"security-severity": SECURITY_SEVERITY[r.severity],
						precision: "high",
						tags: [
							"security",
							"secret",
							"credential",
							...r.provider ? [r.provider.id] : [],
							...r.temporary ? ["temporary"] : []
						]
					}
				}))
			} },
			columnKind: "unicodeCodePoints",
			results: require_chunks.streamed(require_chunks.mapLazily(report.findings, (f) => ({
				ruleId: f.ruleId,
				ruleIndex: index.get(f.ruleId),
				level: levelOf(f, report),
				message: { text: messageOf(f, report, t) },
				locations: [{ physicalLocation: {
					artifactLocation: { uri: toUri(f.file || "<stdin>") },
					region: {
						startLine: f.line,
						startColumn: f.column,
						endLine: f.line,
						endColumn: f.endColumn
					}
				} }],
				partialFingerprints: { "scanKeys/v1": f.fingerprint },
				properties: {
					severity: f.severity,
					confidence: f.confidence,
					...f.isPublic ? { public: true } : {},
					...f.verification ? { verification: f.verification } : {}
				}
			})))
		}]
	};
	return (function* () {
		yield* require_chunks.jsonChunks(log);
		yield "\n";
	})();
}
Object.defineProperty(exports, "renderSarif", {
	enumerable: true,
	get: function() {
		return renderSarif;
	}
});
Object.defineProperty(exports, "sarif_exports", {
	enumerable: true,
	get: function() {
		return sarif_exports;
	}
});
