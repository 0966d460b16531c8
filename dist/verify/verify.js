/**
 * Opt-in liveness check for found credential pairs: one STS `GetCallerIdentity` call per
 * distinct pair, bounded concurrency, a timeout per call, and never a retry (repeated
 * failed sign-ins could lock an account or page its owner).
 *
 * Nothing this module returns or throws contains a secret or a token.
 */
import { createHash, randomUUID } from 'node:crypto';
import { buildGetCallerIdentityUrl, parseGetCallerIdentityResponse as parseAlibaba, percentEncode } from './alibaba.js';
import { buildGetCallerIdentityRequest, parseGetCallerIdentityResponse as parseTencent } from './tencent.js';
export const DEFAULT_ENDPOINTS = {
    alibaba: 'https://sts.aliyuncs.com/',
    tencent: 'https://sts.tencentcloudapi.com/',
};
export const DEFAULT_TIMEOUT_MS = 5000;
export const DEFAULT_CONCURRENCY = 4;
/** A stable map key for a pair: hex SHA-256 over provider, id, secret and token. Never the secret itself. */
export function pairKey(p) {
    return createHash('sha256')
        .update(['scan-keys/verify/v1', p.provider, p.id, p.secret, p.token ?? ''].join('\u0000'), 'utf8')
        .digest('hex');
}
function isProvider(s) {
    return s === 'alibaba' || s === 'tencent';
}
/** 127.0.0.0/8, localhost (and *.localhost) and [::1]. `URL` has already normalised the host. */
function isLoopbackHost(hostname) {
    const h = hostname.toLowerCase().replace(/\.$/, '');
    if (h === 'localhost' || h.endsWith('.localhost'))
        return true;
    if (h === '[::1]')
        return true;
    return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}
/** Validates an endpoint URL; returns its normalised href or a one-line problem. */
function checkEndpoint(provider, raw) {
    let u;
    try {
        u = new URL(raw);
    }
    catch {
        return { problem: `verify endpoint for ${provider} is not a valid absolute URL` };
    }
    if (u.username !== '' || u.password !== '') {
        return { problem: `verify endpoint for ${provider} must not contain a user name or password` };
    }
    if (u.protocol === 'https:')
        return { url: u.href };
    if (u.protocol === 'http:') {
        if (isLoopbackHost(u.hostname))
            return { url: u.href };
        return {
            problem: `verify endpoint for ${provider} must use https (plain http is allowed only for loopback hosts: 127.0.0.0/8, localhost, [::1]), got http on ${u.hostname}`,
        };
    }
    return { problem: `verify endpoint for ${provider} must use https, got ${u.protocol.replace(/:$/, '')}` };
}
/**
 * Parse `provider=url`, e.g. `alibaba=https://sts.cn-hangzhou.aliyuncs.com/`.
 * Throws an Error with a one-line message. Plain http:// only for loopback hosts.
 */
export function parseVerifyEndpoint(spec) {
    const eq = spec.indexOf('=');
    if (eq <= 0) {
        throw new Error('verify endpoint must look like alibaba=https://host/ or tencent=https://host/');
    }
    const provider = spec.slice(0, eq).trim().toLowerCase();
    if (!isProvider(provider)) {
        throw new Error('verify endpoint provider must be "alibaba" or "tencent"');
    }
    const res = checkEndpoint(provider, spec.slice(eq + 1).trim());
    if ('problem' in res)
        throw new Error(res.problem);
    return { provider, url: res.url };
}
/** Replace every occurrence of each sensitive string (raw and URL-encoded) with `[redacted]`. */
function redact(text, sensitive) {
    let out = text;
    for (const s of sensitive) {
        if (s.length < 4)
            continue;
        for (const form of new Set([s, encodeURIComponent(s), percentEncode(s)]))
            out = out.split(form).join('[redacted]');
    }
    return out;
}
/** An STS identity answer is well under 1 KiB; read at most this much of any response. */
const MAX_BODY_BYTES = 64 * 1024;
async function readCapped(res, max) {
    if (!res.body)
        return '';
    const reader = res.body.getReader();
    const chunks = [];
    let size = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        chunks.push(value);
        size += value.byteLength;
        if (size > max) {
            await reader.cancel().catch(() => undefined);
            break;
        }
    }
    return Buffer.concat(chunks).subarray(0, max).toString('utf8');
}
function errorReason(err) {
    const e = err;
    if (e && (e.name === 'TimeoutError' || e.cause?.name === 'TimeoutError'))
        return 'timeout';
    if (e && e.name === 'AbortError')
        return 'timeout';
    const code = e?.cause?.code;
    if (typeof code === 'string' && /^[A-Z0-9_]{2,40}$/.test(code))
        return `network error (${code})`;
    return 'network error';
}
async function verifyOne(pair, endpoints, timeoutMs, doFetch, now) {
    if (!pair.id || !pair.secret)
        return { status: 'unknown', reason: 'missing id or secret' };
    const signal = AbortSignal.timeout(timeoutMs);
    try {
        let res;
        if (pair.provider === 'alibaba') {
            const url = buildGetCallerIdentityUrl(pair, { endpoint: endpoints.alibaba, now: now(), nonce: randomUUID() });
            res = await doFetch(url, { method: 'GET', signal, redirect: 'manual', headers: { Accept: 'application/json' } });
        }
        else {
            const req = buildGetCallerIdentityRequest(pair, { endpoint: endpoints.tencent, now: now() });
            res = await doFetch(req.url, { method: req.method, headers: req.headers, body: req.body, signal, redirect: 'manual' });
        }
        const body = await readCapped(res, MAX_BODY_BYTES);
        return pair.provider === 'alibaba' ? parseAlibaba(res.status, body) : parseTencent(res.status, body);
    }
    catch (err) {
        return { status: 'unknown', reason: errorReason(err) };
    }
}
function positiveInt(name, v, dflt) {
    if (v === undefined)
        return dflt;
    if (!Number.isFinite(v) || v < 1)
        throw new Error(`${name} must be a positive number`);
    return Math.floor(v);
}
/**
 * Verify each distinct pair once (deduplicated by `pairKey`), at most `concurrency` calls
 * at a time, each bounded by `timeoutMs`. Never retries. The map is keyed by `pairKey`.
 */
export async function verifyPairs(pairs, opts = {}) {
    const endpoints = { ...DEFAULT_ENDPOINTS };
    for (const provider of ['alibaba', 'tencent']) {
        const raw = opts.endpoints?.[provider];
        if (raw === undefined)
            continue;
        const res = checkEndpoint(provider, raw);
        if ('problem' in res)
            throw new Error(res.problem);
        endpoints[provider] = res.url;
    }
    const timeoutMs = positiveInt('timeoutMs', opts.timeoutMs, DEFAULT_TIMEOUT_MS);
    const concurrency = positiveInt('concurrency', opts.concurrency, DEFAULT_CONCURRENCY);
    const doFetch = opts.fetch ?? globalThis.fetch;
    const now = opts.now ?? (() => new Date());
    const unique = new Map();
    for (const p of pairs) {
        const key = pairKey(p);
        if (!unique.has(key))
            unique.set(key, p);
    }
    const work = [...unique.entries()];
    const results = new Map();
    let next = 0;
    const worker = async () => {
        while (next < work.length) {
            const item = work[next++];
            if (item === undefined)
                break;
            const [key, pair] = item;
            const v = await verifyOne(pair, endpoints, timeoutMs, doFetch, now);
            const sensitive = [pair.secret, ...(pair.token ? [pair.token] : [])];
            if (v.reason !== undefined)
                v.reason = redact(v.reason, sensitive);
            if (v.arn !== undefined)
                v.arn = redact(v.arn, sensitive);
            if (v.account !== undefined)
                v.account = redact(v.account, sensitive);
            results.set(key, v);
        }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, work.length) }, worker));
    // Keep the caller's order (first occurrence) rather than completion order.
    return new Map(work.map(([key]) => [key, results.get(key) ?? { status: 'unknown', reason: 'not verified' }]));
}
