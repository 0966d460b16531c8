export function applyAllowlist(findings, rules) {
    if (rules.length === 0)
        return { kept: findings, allowed: [] };
    const kept = [];
    const allowed = [];
    for (const f of findings) {
        const rule = rules.find((r) => (r.fingerprint !== undefined ? r.fingerprint === f.fingerprint : r.value !== undefined && r.value.test(f.secret)));
        if (rule)
            allowed.push({ finding: f, reason: rule.reason });
        else
            kept.push(f);
    }
    return { kept, allowed };
}
