import { SEVERITIES, severityRank } from '../types.js';
export class MergeInputError extends Error {
    constructor(message) {
        super(message);
        this.name = 'MergeInputError';
    }
}
const FINDING_FIELDS = [
    ['ruleId', 'string'], ['provider', 'string'], ['title', 'string'], ['severity', 'string'], ['file', 'string'],
    ['line', 'number'], ['column', 'number'], ['secret', 'string'], ['fingerprint', 'string'],
];
/** A report's text, checked enough that merging cannot silently drop what it holds. */
export function parseJsonReport(text, source) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (err) {
        throw new MergeInputError(`${source}: not JSON: ${err.message}`);
    }
    const d = doc;
    if (typeof d !== 'object' || d === null || d.version !== 1 || !Array.isArray(d.findings) || typeof d.stats !== 'object') {
        throw new MergeInputError(`${source}: not a scan-keys JSON report (version 1 with "findings" and "stats"); write one with --format json`);
    }
    d.findings.forEach((f, i) => {
        for (const [field, type] of FINDING_FIELDS) {
            if (typeof f?.[field] !== type) {
                throw new MergeInputError(`${source}: field "findings[${i}].${field}" must be a ${type}`);
            }
        }
        if (!SEVERITIES.includes(f.severity))
            throw new MergeInputError(`${source}: field "findings[${i}].severity" is not a severity`);
    });
    if (d.repository !== undefined && typeof d.repository !== 'string')
        throw new MergeInputError(`${source}: field "repository" must be a string`);
    return d;
}
/** The name a report goes by: its `repository` field, else its file name without `.json`. */
export function repositoryOf(doc, source) {
    if (doc.repository)
        return doc.repository;
    const base = source.split(/[\\/]/).pop() ?? source;
    return base.replace(/\.json$/i, '');
}
export function mergeReports(inputs, options = {}) {
    const keys = new Map();
    const repositories = [];
    const blocks = (f) => options.failOn === undefined ? f.blocking === true : options.failOn !== 'none' && severityRank(f.severity) >= severityRank(options.failOn);
    for (const { source, doc } of inputs) {
        const name = repositoryOf(doc, source);
        repositories.push({ name, source, findings: doc.findings.length, blocking: doc.findings.filter(blocks).length, stats: doc.stats });
        for (const f of doc.findings) {
            let key = keys.get(f.fingerprint);
            if (!key) {
                key = {
                    fingerprint: f.fingerprint, ruleId: f.ruleId, provider: f.provider, kind: f.kind, title: f.title,
                    severity: f.severity, blocking: false, confidence: f.confidence, temporary: f.temporary === true,
                    isPublic: f.public === true, secret: f.secret, places: [], repositories: [],
                };
                keys.set(f.fingerprint, key);
            }
            if (severityRank(f.severity) > severityRank(key.severity))
                key.severity = f.severity;
            key.blocking ||= blocks(f);
            key.isPublic &&= f.public === true;
            if (!key.repositories.includes(name))
                key.repositories.push(name);
            const dup = key.places.some((p) => p.repository === name && p.file === f.file && p.line === f.line && p.column === f.column);
            if (!dup) {
                key.places.push({
                    repository: name, file: f.file, line: f.line, column: f.column, endColumn: typeof f.endColumn === 'number' ? f.endColumn : f.column + 1,
                    ...(f.commit ? { commit: f.commit } : {}),
                    ...(f.presentAtHead !== undefined ? { presentAtHead: f.presentAtHead } : {}),
                });
            }
        }
    }
    const sorted = [...keys.values()].sort((a, b) => b.repositories.length - a.repositories.length ||
        severityRank(b.severity) - severityRank(a.severity) ||
        (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
        (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0));
    return { repositories, keys: sorted };
}
