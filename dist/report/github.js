import { isBlocking, shownSecret } from './present.js';
export function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
export function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** One workflow command: `::name key=value,…::message`. */
export function workflowCommand(name, properties, message) {
    const props = properties.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
    return `::${name}${props ? ' ' + props : ''}::${escapeData(message)}`;
}
function messageOf(f, report) {
    const provider = report.providers.find((p) => p.id === f.provider);
    const parts = [`${f.title} ${shownSecret(f, report.showSecrets)} (${f.severity})`];
    if (f.pair)
        parts.push(`pairs with line ${f.pair.line}`);
    if (f.isPublic)
        parts.push('public by design (signed URL)');
    const first = provider?.remediation.now[0];
    let text = parts.join(', ') + '.';
    if (first)
        text += `\n${first}`;
    if (provider)
        text += `\nConsole: ${provider.remediation.console.url}`;
    return text;
}
export function renderGithub(report) {
    const lines = report.findings.map((f) => workflowCommand(isBlocking(f, report.failOn) ? 'error' : 'warning', [
        ['file', f.file],
        ['line', f.line],
        ['endLine', f.line],
        ['col', f.column],
        ['endColumn', f.endColumn],
        ['title', `scan-keys: ${f.title}`],
    ], messageOf(f, report)));
    const blocking = report.findings.filter((f) => isBlocking(f, report.failOn)).length;
    lines.push(report.findings.length === 0
        ? `scan-keys: no credentials found (${report.stats.files} files scanned)`
        : `scan-keys: ${report.findings.length} finding(s), ${blocking} at or above --fail-on ${report.failOn} (${report.stats.files} files scanned)`);
    return lines.join('\n') + '\n';
}
