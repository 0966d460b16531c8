/**
 * `--format sarif`: one SARIF 2.1.0 log that GitHub code scanning accepts. One reportingDescriptor
 * per rule id (with the provider's console as helpUri and its remediation as help), results with
 * 1-based line and columns (columns in Unicode code points, endColumn exclusive, as findings
 * already are), relative percent-encoded URIs, partialFingerprints from the finding fingerprint,
 * and values masked unless --show-secrets. Validated against the official schema in
 * test/sarif.test.ts.
 */
import { pathToFileURL } from 'node:url';
import { severityRank } from '../types.js';
import { isBlocking, shownSecret, verificationNote } from './present.js';
import { EN } from './messages/index.js';
import { jsonChunks, mapLazily, streamed } from './chunks.js';
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
const TOOL_URI = 'https://www.npmjs.com/package/scan-keys';
/** GitHub reads `security-severity` (0.0–10.0) to rank alerts: ≥ 9 critical, ≥ 7 high, ≥ 4 medium. */
const SECURITY_SEVERITY = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0' };
/** A relative path as a URI reference: '/' separators, each segment percent-encoded. */
export function toUri(file) {
    if (/^(?:[A-Za-z]:)?[\\/]/.test(file))
        return pathToFileURL(file).href;
    return file
        .split(/[\\/]/)
        .map((seg) => encodeURIComponent(seg).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase()))
        .join('/');
}
function rulesOf(report) {
    const byProvider = new Map(report.providers.map((p) => [p.id, p]));
    if (report.rules) {
        return report.rules.map((r) => ({
            id: r.id,
            title: r.title,
            description: r.description,
            provider: r.provider,
            severity: severityRank(r.pairedSeverity) > severityRank(r.severity) ? r.pairedSeverity : r.severity,
            temporary: r.temporary,
        }));
    }
    const seen = new Map();
    for (const f of report.findings) {
        const known = seen.get(f.ruleId);
        if (!known || severityRank(f.severity) > severityRank(known.severity)) {
            seen.set(f.ruleId, { id: f.ruleId, title: f.title, description: f.title, provider: byProvider.get(f.provider), severity: f.severity, temporary: f.temporary });
        }
    }
    return [...seen.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}
function helpOf(rule, t) {
    const p = rule.provider;
    const { m } = t;
    const description = t.ruleDescription(p, rule.id, rule.description);
    if (!p)
        return { text: description, markdown: description };
    const r = t.remediation(p);
    const text = [
        description,
        '',
        `${m.whatToDoNowHeading}${m.colon}`,
        ...r.now.map((s) => `- ${s}`),
        `${m.console} ${r.console.url}`,
        '',
        `${m.nextTimeHeading}${m.colon}`,
        ...r.prevent.map((s) => `- ${s}`),
        '',
        ...r.links.map((l) => m.link(l.title, l.url)),
    ].join('\n');
    const markdown = [
        description,
        '',
        `**${m.whatToDoNowHeading}**`,
        '',
        ...r.now.map((s) => `- ${s}`),
        '',
        `${m.console} [${r.console.title}](${r.console.url})`,
        '',
        `**${m.nextTimeHeading}**`,
        '',
        ...r.prevent.map((s) => `- ${s}`),
        '',
        ...r.links.map((l) => `- [${l.title}](${l.url})`),
    ].join('\n');
    return { text, markdown };
}
function levelOf(f, report) {
    if (isBlocking(f, report.failOn))
        return 'error';
    return f.severity === 'low' ? 'note' : 'warning';
}
function messageOf(f, report, t) {
    const { m } = t;
    const provider = report.providers.find((p) => p.id === f.provider);
    const notes = [];
    if (f.pair)
        notes.push(m.sarifPairsWith(f.pair.line, f.pair.column));
    else if (f.confidence === 'context')
        notes.push(m.sarifAssigned);
    if (f.isPublic)
        notes.push(m.publicSignedUrl);
    if (f.temporary)
        notes.push(m.temporaryCredential);
    if (f.verification)
        notes.push(verificationNote(f, m));
    const console = provider?.remediation.console.url;
    const title = t.ruleTitle(provider, f.ruleId, f.title);
    return (`${title} ${shownSecret(f, report.showSecrets)} (${m.severity[f.severity]}${notes.length ? m.noteSeparator + notes.join(m.noteSeparator) : ''})${m.fullStop}` +
        (console ? m.disableAndCreate(console) : ''));
}
export function renderSarif(report, t = EN) {
    return [...renderSarifChunks(report, t)].join('');
}
/** The same log in pieces, each result built as it is written (any number of findings). */
export function renderSarifChunks(report, t = EN) {
    const rules = rulesOf(report);
    const index = new Map(rules.map((r, i) => [r.id, i]));
    // A finding whose rule is not listed (rules given without it) still needs a descriptor.
    for (const f of report.findings) {
        if (!index.has(f.ruleId)) {
            index.set(f.ruleId, rules.length);
            rules.push({ id: f.ruleId, title: f.title, description: f.title, provider: report.providers.find((p) => p.id === f.provider), severity: f.severity, temporary: f.temporary });
        }
    }
    const log = {
        $schema: SARIF_SCHEMA_URI,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'scan-keys',
                        informationUri: TOOL_URI,
                        ...(report.toolVersion && /^\d+\.\d+\.\d+/.test(report.toolVersion) ? { version: report.toolVersion, semanticVersion: report.toolVersion } : {}),
                        rules: rules.map((r) => ({
                            id: r.id,
                            name: r.title.replace(/[^A-Za-z0-9]+(.)?/g, (_, c) => (c ?? '').toUpperCase()),
                            shortDescription: { text: t.ruleTitle(r.provider, r.id, r.title) },
                            fullDescription: { text: t.ruleDescription(r.provider, r.id, r.description) },
                            ...(r.provider ? { helpUri: r.provider.remediation.console.url } : {}),
                            help: helpOf(r, t),
                            defaultConfiguration: { level: 'error' },
                            properties: {
                                'security-severity': SECURITY_SEVERITY[r.severity],
                                precision: 'high',
                                tags: ['security', 'secret', 'credential', ...(r.provider ? [r.provider.id] : []), ...(r.temporary ? ['temporary'] : [])],
                            },
                        })),
                    },
                },
                columnKind: 'unicodeCodePoints',
                results: streamed(mapLazily(report.findings, (f) => ({
                    ruleId: f.ruleId,
                    ruleIndex: index.get(f.ruleId),
                    level: levelOf(f, report),
                    message: { text: messageOf(f, report, t) },
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: { uri: toUri(f.file || '<stdin>') },
                                region: { startLine: f.line, startColumn: f.column, endLine: f.line, endColumn: f.endColumn },
                            },
                        },
                    ],
                    partialFingerprints: { 'scanKeys/v1': f.fingerprint },
                    properties: {
                        severity: f.severity,
                        confidence: f.confidence,
                        ...(f.isPublic ? { public: true } : {}),
                        ...(f.verification ? { verification: f.verification } : {}),
                    },
                }))),
            },
        ],
    };
    return (function* () {
        yield* jsonChunks(log);
        yield '\n';
    })();
}
