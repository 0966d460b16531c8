import { isBlocking, shownSecret } from './present.js';
import { EN } from './messages/index.js';
import { jsonChunks, mapLazily, streamed } from './chunks.js';
export function renderJson(report, t = EN) {
    return [...renderJsonChunks(report, t)].join('');
}
/**
 * The same document in pieces, each finding built as it is written (any number of findings).
 * The same bytes in every language except `title` (a rule title for people); everything scripts
 * key on (ruleId, severity, fields, skip reasons, URLs) is language-independent.
 */
export function renderJsonChunks(report, t = EN) {
    const byProvider = new Map(report.providers.map((p) => [p.id, p]));
    const findings = mapLazily(report.findings, (f) => {
        const provider = byProvider.get(f.provider);
        return {
            ruleId: f.ruleId,
            provider: f.provider,
            kind: f.kind,
            title: t.ruleTitle(provider, f.ruleId, f.title),
            severity: f.severity,
            blocking: isBlocking(f, report.failOn),
            confidence: f.confidence,
            temporary: f.temporary,
            ...(f.isPublic ? { public: true } : {}),
            file: f.file,
            line: f.line,
            column: f.column,
            endColumn: f.endColumn,
            secret: shownSecret(f, report.showSecrets),
            fingerprint: f.fingerprint,
            ...(f.pair ? { pair: f.pair } : {}),
            ...(f.commit ? { commit: f.commit } : {}),
            ...(f.presentAtHead !== undefined ? { presentAtHead: f.presentAtHead } : {}),
            ...(f.verification ? { verification: f.verification } : {}),
            remediation: provider
                ? { console: provider.remediation.console.url, links: provider.remediation.links.map((l) => l.url) }
                : {},
        };
    });
    const doc = {
        version: 1,
        ...(report.repository !== undefined ? { repository: report.repository } : {}),
        findings: streamed(findings),
        stats: {
            files: report.stats.files,
            bytes: report.stats.bytes,
            lines: report.stats.lines,
            skipped: report.stats.skipped,
            durationMs: Math.round(report.stats.durationMs),
        },
        skipped: report.skipped,
    };
    return (function* () {
        yield* jsonChunks(doc);
        yield '\n';
    })();
}
