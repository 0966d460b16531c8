const require_core = require("./core.cjs");
const require_chunks = require("./chunks.cjs");
// dist/report/json.js
function renderJsonChunks(report, t = require_core.EN) {
	const byProvider = new Map(report.providers.map((p) => [p.id, p]));
	const findings = require_chunks.mapLazily(report.findings, (f) => {
		const provider = byProvider.get(f.provider);
		return {
			ruleId: f.ruleId,
			provider: f.provider,
			kind: f.kind,
			title: t.ruleTitle(provider, f.ruleId, f.title),
			severity: f.severity,
			blocking: require_core.isBlocking(f, report.failOn),
			confidence: f.confidence,
			temporary: f.temporary,
			...f.isPublic ? { public: true } : {},
			file: f.file,
			line: f.line,
			column: f.column,
			endColumn: f.endColumn,
			secret: require_core.shownSecret(f, report.showSecrets),
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
	});
	const doc = {
		version: 1,
		...report.repository !== void 0 ? { repository: report.repository } : {},
		findings: require_chunks.streamed(findings),
		stats: {
			files: report.stats.files,
			bytes: report.stats.bytes,
			lines: report.stats.lines,
			skipped: report.stats.skipped,
			durationMs: Math.round(report.stats.durationMs)
		},
		skipped: report.skipped
	};
	return (function* () {
		yield* require_chunks.jsonChunks(doc);
		yield "\n";
	})();
}
exports.renderJsonChunks = renderJsonChunks;
