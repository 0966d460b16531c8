const require_staged_run = require("./staged-run.cjs");
// dist/report/json.js
function renderJson(report) {
	const byProvider = new Map(report.providers.map((p) => [p.id, p]));
	const doc = {
		version: 1,
		findings: report.findings.map((f) => {
			const provider = byProvider.get(f.provider);
			return {
				ruleId: f.ruleId,
				provider: f.provider,
				kind: f.kind,
				title: f.title,
				severity: f.severity,
				blocking: require_staged_run.isBlocking(f, report.failOn),
				confidence: f.confidence,
				temporary: f.temporary,
				...f.isPublic ? { public: true } : {},
				file: f.file,
				line: f.line,
				column: f.column,
				endColumn: f.endColumn,
				secret: require_staged_run.shownSecret(f, report.showSecrets),
				fingerprint: f.fingerprint,
				...f.pair ? { pair: f.pair } : {},
				...f.commit ? { commit: f.commit } : {},
				...f.presentAtHead !== void 0 ? { presentAtHead: f.presentAtHead } : {},
				...f.verification ? { verification: f.verification } : {},
				remediation: provider ? {
					console: provider.remediation.console.url,
					links: provider.remediation.links.map((l) => l.url)
				} : {}
			};
		}),
		stats: {
			files: report.stats.files,
			bytes: report.stats.bytes,
			lines: report.stats.lines,
			skipped: report.stats.skipped,
			durationMs: Math.round(report.stats.durationMs)
		},
		skipped: report.skipped
	};
	return JSON.stringify(doc, null, 2) + "\n";
}
exports.renderJson = renderJson;
