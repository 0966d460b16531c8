export function ruleRows(rules) {
    // Pairing is declared on one side (a secret names its IDs); both sides take the paired severity.
    const partnered = new Set(rules.rules.flatMap((r) => r.pairsWith.map((p) => p.id)));
    return rules.rules.map((r) => ({
        id: r.id,
        provider: r.provider.id,
        title: r.title,
        detects: r.description,
        // A secret with no name pattern of its own is found only beside its ID.
        alone: r.role === 'secret' && !r.names ? undefined : r.severity,
        paired: r.pairsWith.length > 0 || partnered.has(r.id) ? r.pairedSeverity : undefined,
        temporary: r.temporary,
    }));
}
export function renderRulesJson(rules) {
    return JSON.stringify({ version: 1, rules: ruleRows(rules).map((r) => ({ ...r, alone: r.alone ?? null, paired: r.paired ?? null })) }, null, 2) + '\n';
}
export function renderRulesText(rules, width = 100) {
    const rows = ruleRows(rules);
    const idW = Math.max(4, ...rows.map((r) => r.id.length));
    const head = `${'rule'.padEnd(idW)}  ${'alone'.padEnd(8)}  ${'paired'.padEnd(8)}  detects`;
    const indent = idW + 2 + 8 + 2 + 8 + 2;
    const lines = [head, '-'.repeat(Math.min(width, Math.max(head.length, 60)))];
    for (const r of rows) {
        const words = `${r.title}: ${r.detects}`.split(/\s+/);
        const wrapped = [];
        let cur = '';
        for (const w of words) {
            if (cur && cur.length + 1 + w.length > Math.max(30, width - indent)) {
                wrapped.push(cur);
                cur = w;
            }
            else
                cur = cur ? `${cur} ${w}` : w;
        }
        if (cur)
            wrapped.push(cur);
        lines.push(`${r.id.padEnd(idW)}  ${(r.alone ?? '—').padEnd(8)}  ${(r.paired ?? '—').padEnd(8)}  ${wrapped[0] ?? ''}`);
        for (const more of wrapped.slice(1))
            lines.push(' '.repeat(indent) + more);
    }
    lines.push('', `${rows.length} rules. "alone": severity of a lone finding; "paired": beside its ID or secret (— never).`);
    return lines.join('\n') + '\n';
}
