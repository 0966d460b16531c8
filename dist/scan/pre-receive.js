import { loadPatterns } from '../patterns/load.js';
import { CatFile } from '../sources/cat-file.js';
import { findInHistory, hasRefs } from '../sources/history-search.js';
import { applyAllowlist } from '../policy/allow.js';
import { applyBaseline } from '../policy/baseline.js';
import { policyAtCommit } from '../policy/pushed.js';
import { scanRange } from './range.js';
import { severityRank } from '../types.js';
export class PushInputError extends Error {
    constructor(message) {
        super(message);
        this.name = 'PushInputError';
    }
}
const OID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const isZero = (oid) => /^0+$/.test(oid);
/** The `<old> <new> <ref>` lines git gives pre-receive on stdin. */
export function parseRefUpdates(text) {
    const updates = [];
    for (const line of text.split('\n')) {
        if (line.trim() === '')
            continue;
        const [old, next, ref, ...rest] = line.trim().split(' ');
        if (!old || !next || !ref || rest.length > 0 || !OID.test(old) || !OID.test(next)) {
            throw new PushInputError(`not a pre-receive line ("<old> <new> <ref>"): ${line.slice(0, 120)}`);
        }
        updates.push({ old, new: next, ref });
    }
    return updates;
}
export async function scanPush(options) {
    const started = performance.now();
    const { gitDir } = options;
    const result = {
        blocking: [], known: [], below: [], allowed: 0, baselined: 0, refs: [],
        commits: 0, files: 0, lines: 0, bytes: 0, providers: [], durationMs: 0,
    };
    const live = options.updates.filter((u) => {
        if (isZero(u.new))
            result.refs.push({ ref: u.ref, action: 'deleted' });
        return !isZero(u.new);
    });
    if (live.length === 0)
        return finish(result, started);
    // Each pushed tip as a commit (an annotated tag peels to its commit), and its policy.
    const byKey = new Map();
    const blobs = new CatFile(gitDir);
    try {
        const peeled = await blobs.getMany(live.map((u) => `${u.new}^{commit}`));
        const types = peeled.some((p) => p === undefined) ? await blobs.getMany(live.map((u) => u.new)) : [];
        const policies = new Map();
        for (const [i, u] of live.entries()) {
            const commit = peeled[i];
            if (!commit) {
                result.refs.push({ ref: u.ref, action: 'not-a-commit', type: types[i]?.type ?? 'missing object' });
                continue;
            }
            result.refs.push({ ref: u.ref, action: 'scanned' });
            let policy = policies.get(commit.oid);
            if (!policy) {
                policy = await policyAtCommit(blobs, commit.oid);
                policies.set(commit.oid, policy);
            }
            if (result.lang === undefined && policy.config.lang !== undefined)
                result.lang = policy.config.lang;
            const group = byKey.get(policy.key) ?? { policy, tips: [] };
            if (!group.tips.includes(commit.oid))
                group.tips.push(commit.oid);
            byKey.set(policy.key, group);
        }
    }
    finally {
        await blobs.close();
    }
    if (result.refs.some((r) => r.type === 'missing object')) {
        throw new PushInputError(`pushed object missing: ${result.refs.filter((r) => r.type === 'missing object').map((r) => r.ref).join(', ')}`);
    }
    const providers = new Map();
    const seen = new Set();
    const blocking = [];
    for (const { policy, tips } of byKey.values()) {
        const rules = loadPatterns([...policy.config.patterns]);
        for (const p of rules.providers)
            if (!providers.has(p.id))
                providers.set(p.id, p);
        const scanned = await scanRange({
            rules, cwd: gitDir, spec: { revs: [...tips, '--not', '--all'] }, config: policy.config,
            inlineAllow: options.inlineAllow ?? true, count: false, presentAtHead: false,
        });
        result.commits += scanned.stats.commits ?? 0;
        result.files += scanned.stats.files;
        result.lines += scanned.stats.lines;
        result.bytes += scanned.stats.bytes;
        const allow = applyAllowlist(scanned.findings, policy.config.allowRules);
        result.allowed += allow.allowed.length;
        const base = applyBaseline(allow.kept, policy.baseline);
        result.baselined += base.baselined.length;
        const failOn = policy.config.failOn ?? 'medium';
        for (const f of base.kept) {
            const key = `${f.commit?.sha}\0${f.file}\0${f.fingerprint}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            if (failOn !== 'none' && severityRank(f.severity) >= severityRank(failOn))
                blocking.push(f);
            else
                result.below.push(f);
        }
    }
    result.providers = [...providers.values()];
    // A key the repository already held (a rebase or cherry-pick moving an old commit) is not this
    // push's leak: warn, do not block. Only the values that would block are looked for.
    if (blocking.length > 0 && (await hasRefs(gitDir))) {
        const values = [...new Set(blocking.map((f) => f.secret))];
        const found = await findInHistory(gitDir, ['--all'], values.map((v) => Buffer.from(v, 'latin1')));
        const known = new Set([...found].map((i) => values[i]));
        for (const f of blocking)
            (known.has(f.secret) ? result.known : result.blocking).push(f);
    }
    else {
        result.blocking = blocking;
    }
    return finish(result, started);
}
function finish(result, started) {
    result.durationMs = performance.now() - started;
    return result;
}
