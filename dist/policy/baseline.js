export const BASELINE_FILE = '.scan-keys-baseline.json';
export const BASELINE_VERSION = 1;
export class BaselineError extends Error {
    constructor(message) {
        super(message);
        this.name = 'BaselineError';
    }
}
function keyOf(e) {
    return `${e.ruleId}\u0000${e.fingerprint}\u0000${e.file}`;
}
function compareEntries(a, b) {
    return a.file < b.file ? -1 : a.file > b.file ? 1 : a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0;
}
/** Sorted, de-duplicated entries for findings; `pathOf` maps a finding's file to the baseline's frame. */
export function baselineEntries(findings, pathOf = (f) => f) {
    const unique = new Map();
    for (const f of findings) {
        const e = { ruleId: f.ruleId, fingerprint: f.fingerprint, file: pathOf(f.file) };
        unique.set(keyOf(e), e);
    }
    return [...unique.values()].sort(compareEntries);
}
/** The file's text: stable 2-space JSON with a trailing newline. */
export function renderBaseline(entries) {
    const doc = {
        version: BASELINE_VERSION,
        tool: 'scan-keys',
        findings: [...entries].sort(compareEntries).map((e) => ({ file: e.file, ruleId: e.ruleId, fingerprint: e.fingerprint })),
    };
    return JSON.stringify(doc, null, 2) + '\n';
}
/** Parses a baseline file's text; `source` names it in errors. */
export function parseBaseline(text, source) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (err) {
        throw new BaselineError(`${source}: invalid JSON: ${err.message}`);
    }
    const d = doc;
    if (typeof doc !== 'object' || doc === null || d.version !== BASELINE_VERSION || !Array.isArray(d.findings)) {
        throw new BaselineError(`${source}: not a scan-keys baseline (version ${BASELINE_VERSION} with a "findings" array); write one with scan-keys baseline`);
    }
    return d.findings.map((raw, i) => {
        const e = raw;
        if (typeof e?.ruleId !== 'string' || typeof e.file !== 'string' || typeof e.fingerprint !== 'string' || !/^[0-9a-f]{32}$/.test(e.fingerprint)) {
            throw new BaselineError(`${source}: field "findings[${i}]" needs "file", "ruleId" and a 32-hex "fingerprint"`);
        }
        return { ruleId: e.ruleId, fingerprint: e.fingerprint, file: e.file };
    });
}
export function applyBaseline(findings, entries, pathOf = (f) => f) {
    const known = new Map(entries.map((e) => [keyOf(e), e]));
    const used = new Set();
    const kept = [];
    const baselined = [];
    for (const f of findings) {
        const key = keyOf({ ruleId: f.ruleId, fingerprint: f.fingerprint, file: pathOf(f.file) });
        if (known.has(key)) {
            used.add(key);
            baselined.push(f);
        }
        else {
            kept.push(f);
        }
    }
    const stale = [...known.entries()].filter(([k]) => !used.has(k)).map(([, e]) => e).sort(compareEntries);
    return { kept, baselined, stale };
}
