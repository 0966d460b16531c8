const require_core = require("./core.cjs");
// dist/report/github.js
function escapeData(s) {
	return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
	return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function workflowCommand(name, properties, message) {
	const props = properties.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
	return `::${name}${props ? " " + props : ""}::${escapeData(message)}`;
}
function messageOf(f, report, t) {
	const { m } = t;
	const provider = report.providers.find((p) => p.id === f.provider);
	const parts = [`${t.ruleTitle(provider, f.ruleId, f.title)} ${require_core.shownSecret(f, report.showSecrets)} (${m.severity[f.severity]})`];
	if (f.pair) parts.push(m.githubPairsWith(f.pair.line));
	if (f.isPublic) parts.push(m.publicSignedUrl);
	const first = provider ? t.remediation(provider).now[0] : void 0;
	let text = parts.join(m.listSeparator) + m.fullStop;
	if (first) text += `\n${first}`;
	if (provider) text += `\n${m.console} ${provider.remediation.console.url}`;
	return text;
}
function renderGithub(report, t = require_core.EN) {
	const { m } = t;
	const lines = report.findings.map((f) => {
		const provider = report.providers.find((p) => p.id === f.provider);
		return workflowCommand(require_core.isBlocking(f, report.failOn) ? "error" : "warning", [
			["file", f.file],
			["line", f.line],
			["endLine", f.line],
			["col", f.column],
			["endColumn", f.endColumn],
			["title", `scan-keys: ${t.ruleTitle(provider, f.ruleId, f.title)}`]
		], messageOf(f, report, t));
	});
	const blocking = report.findings.filter((f) => require_core.isBlocking(f, report.failOn)).length;
	lines.push(report.findings.length === 0 ? m.githubNoCredentials(report.stats.files) : m.githubSummary(report.findings.length, blocking, report.failOn, report.stats.files));
	return lines.join("\n") + "\n";
}
exports.renderGithub = renderGithub;
