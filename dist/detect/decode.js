/**
 * Keys hidden in base64: a Kubernetes Secret's `data:` values, a base64 `.env` blob, a config in
 * a CI variable. Builds a "decoded view" of a window: the same text with each candidate base64 run
 * replaced by its decoding, plus the map back to the encoded run, so the detector can run on the
 * view and report what it finds at the encoded text's position. Pure; no detection here.
 *
 * Kept cheap by decoding only candidate runs:
 * - runs holding the base64 form of an id prefix (LTAI, AKID, STS., CAIS). A keyword encodes
 *   differently at each of the 3 byte alignments, so each keyword gives 3 forms of 4-5 fully
 *   determined characters, found with one literal alternation (a random 5-char form occurs once
 *   in 64^5 = 1e9 positions; the search takes 11 ms on 11 MB of code, about 1 GB/s);
 * - when `bareSecrets` is set (the window mentions a provider) or an encoded id was found, runs of exactly 40 or 44 chars,
 *   the base64 of a 30- or 32-character secret, kept only if they decode to letters and digits
 *   (one regex pass, about 15 ns a byte: skipped on windows that name no provider).
 */
import { internTable, TextRuns } from './runs.js';
/** Shortest base64 run worth decoding (15 bytes: no key fits in less). */
const MIN_RUN = 20;
/** Longest run decoded: bigger blobs are data, not configs. */
const MAX_RUN = 64 * 1024;
/** The characters of base64(x) fixed by `keyword` alone, at each of the 3 byte offsets of x. */
export function encodedForms(keyword) {
    const forms = [];
    for (let offset = 0; offset < 3; offset++) {
        const bytes = Buffer.concat([Buffer.alloc(offset), Buffer.from(keyword, 'latin1')]);
        const encoded = bytes.toString('base64');
        const firstBit = offset * 8;
        const endBit = firstBit + keyword.length * 8;
        forms.push(encoded.slice(Math.ceil(firstBit / 6), Math.floor(endBit / 6)));
    }
    return forms;
}
const cache = new Map();
function formsRegex(keywords) {
    const key = keywords.join('\0');
    let re = cache.get(key);
    if (!re) {
        const forms = [...new Set(keywords.flatMap(encodedForms))].sort((a, b) => b.length - a.length);
        re = new RegExp(forms.map((f) => f.replace(/[+/]/g, '\\$&')).join('|'), 'g');
        cache.set(key, re);
    }
    return new RegExp(re.source, 'g');
}
const B64_CHAR = /[A-Za-z0-9+/]/;
function runAround(s, at) {
    let from = at;
    while (from > 0 && B64_CHAR.test(s[from - 1]))
        from--;
    let to = at;
    while (to < s.length && B64_CHAR.test(s[to]))
        to++;
    while (to < s.length && s[to] === '=' && to - from < MAX_RUN)
        to++;
    return [from, to];
}
/** Text, not binary: at most 2 % control bytes other than tab and line breaks. */
function looksLikeText(d) {
    let bad = 0;
    for (let i = 0; i < d.length; i++) {
        const c = d.charCodeAt(i);
        if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13) || c === 0x7f)
            bad++;
    }
    return bad * 50 <= d.length;
}
function decodeRun(run) {
    const usable = run.replace(/=+$/, '');
    return Buffer.from(usable.slice(0, usable.length - (usable.length % 4 === 1 ? 1 : 0)), 'base64').toString('latin1');
}
/** Every match is a run of RUN_CHARS (runs.ts) of 40 or 44 characters. */
const BARE_SECRET_RUN = /(?<![A-Za-z0-9+/])(?:[A-Za-z0-9+/]{40}|[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])/g;
const BARE_SECRET = /^(?:[A-Za-z0-9]{30}|[A-Za-z0-9]{32})$/;
/** The shortest run of token characters a bare encoded secret stands in. */
export const BARE_RUN_MIN = 40;
/** The characters of a BARE_SECRET_RUN match but its padding. */
const BARE_CHARS = internTable(Uint8Array.from({ length: 256 }, (_, c) => (/[A-Za-z0-9+/]/.test(String.fromCharCode(c)) ? 1 : 0)));
/** How many runs of `s` (whose runs are `textRuns`) are shaped like a bare encoded secret (see decodedView). */
export function bareShapedRuns(s, textRuns) {
    const runs = textRuns.runsOf(BARE_CHARS, BARE_RUN_MIN);
    let count = 0;
    for (let r = 0; r < runs.length; r += 2) {
        const n = runs[r + 1] - runs[r];
        if (n === 40 || n === 43)
            count++;
    }
    return count;
}
/**
 * The decoded view of `s`, or undefined when no run qualifies (the common case: then the caller
 * has nothing more to do).
 *
 * A bare encoded secret counts only within `reach` of an anchor: `nearAnchor(from, to)` tells
 * whether an id or a provider word starts in [from, to) (an encoded id counts too); undefined
 * when the text has neither. The runs of
 * 40 or more base64 characters are found first (`runs`, shared with the plain analysis), and
 * anchors looked for only around those that decode to a key's shape: asking first for every
 * anchor's surroundings cost 40 % of the scan of a 60 MB minified file (503 of 1,237 ms), whose
 * base64-like runs are everywhere, and provider words in every file of an SDK.
 */
export function decodedView(s, keywords, nearAnchor, reach, textRuns = new TextRuns(s, BARE_RUN_MIN)) {
    const runs = new Map();
    const re = formsRegex(keywords);
    for (let m = re.exec(s); m !== null; m = re.exec(s)) {
        const [from, to] = runAround(s, m.index);
        re.lastIndex = Math.max(to, m.index + 1);
        if (to - from < MIN_RUN || to - from > MAX_RUN || runs.has(from))
            continue;
        const decoded = decodeRun(s.slice(from, to));
        if (keywords.some((k) => decoded.includes(k)) && looksLikeText(decoded))
            runs.set(from, { end: to, decoded });
    }
    const encoded = [...runs.keys()].sort((a, b) => a - b);
    const bare = new RegExp(BARE_SECRET_RUN.source, 'g');
    // No anchor at all (`nearAnchor` undefined: no word, no id): no bare secret can count.
    const bareRuns = nearAnchor === undefined && encoded.length === 0 ? [] : textRuns.runsOf(BARE_CHARS, BARE_RUN_MIN);
    // A match is a maximal run of base64 characters (without '=') of exactly 40, or of 43 followed
    // by one '=' (its look-arounds refuse base64 characters): only those runs are searched.
    for (let r = 0; r < bareRuns.length; r += 2) {
        const a = bareRuns[r];
        const b = bareRuns[r + 1];
        if (b - a !== 40 && b - a !== 43)
            continue;
        // A slice with one character either side, so the look-arounds see the true neighbours.
        const sliceFrom = Math.max(0, a - 1);
        const region = s.slice(sliceFrom, Math.min(s.length, b + 2));
        bare.lastIndex = a - sliceFrom;
        for (let m = bare.exec(region); m !== null; m = bare.exec(region)) {
            const start = m.index + sliceFrom;
            if (runs.has(start))
                continue;
            const decoded = decodeRun(m[0]);
            if (!BARE_SECRET.test(decoded))
                continue;
            // An anchor at x covers [x - reach, x + reach).
            const from = start - reach + 1;
            const to = start + reach + 1;
            if (!encoded.some((x) => x >= from && x < to) && !nearAnchor?.(from, to))
                continue;
            runs.set(start, { end: start + m[0].length, decoded });
        }
    }
    if (runs.size === 0)
        return undefined;
    const segments = [];
    let text = '';
    let copied = 0;
    for (const [start, { end, decoded }] of [...runs].sort((a, b) => a[0] - b[0])) {
        if (start < copied)
            continue;
        text += s.slice(copied, start);
        segments.push({ viewStart: text.length, viewEnd: text.length + decoded.length, start, end });
        text += decoded;
        copied = end;
    }
    text += s.slice(copied);
    return { text, segments };
}
/** The decoded segment holding view index `i`, if any. */
export function segmentAt(view, i) {
    for (const seg of view.segments) {
        if (i < seg.viewStart)
            return undefined;
        if (i < seg.viewEnd)
            return seg;
    }
    return undefined;
}
/** Maps a view index back to the original text: inside a decoded run, the run's start. */
export function toOriginal(view, i) {
    let shift = 0;
    for (const seg of view.segments) {
        if (i < seg.viewStart)
            break;
        if (i < seg.viewEnd)
            return seg.start;
        shift = seg.end - seg.viewEnd;
    }
    return i + shift;
}
