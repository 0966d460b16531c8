/**
 * --verify over a scan's findings: collect each ID + secret pair (with the token of a temporary
 * credential when one is found beside it), verify each distinct pair once, and attach the result to
 * both halves. Verification never lowers a finding: a live key becomes critical, a dead or unknown
 * one keeps its severity (a dead key in a commit is still a leak to clean up; unknown may be live).
 */
import type { Finding } from '../types.js';
import { pairKey, verifyPairs, type CredentialPair, type Verification, type VerifyOptions } from './verify.js';

/** How far (lines) a security token may sit from its temporary pair to be sent with it. */
const TOKEN_LINES = 10;

function isProvider(p: string): p is CredentialPair['provider'] {
  return p === 'alibaba' || p === 'tencent';
}

export function collectPairs(findings: Finding[]): Array<{ pair: CredentialPair; id: Finding; secret: Finding }> {
  const byFingerprint = new Map<string, Finding>();
  for (const f of findings) byFingerprint.set(`${f.file}\0${f.fingerprint}`, f);
  const out: Array<{ pair: CredentialPair; id: Finding; secret: Finding }> = [];
  for (const id of findings) {
    if (!id.pair || id.kind === 'access-key-secret' || id.kind === 'sts-access-key-secret' || !isProvider(id.provider)) continue;
    const secret = byFingerprint.get(`${id.file}\0${id.pair.fingerprint}`);
    if (!secret) continue;
    const pair: CredentialPair = { provider: id.provider, id: id.secret, secret: secret.secret };
    if (id.temporary) {
      const token = findings.find(
        (t) => t.kind === 'security-token' && t.provider === id.provider && t.file === id.file && Math.abs(t.line - id.line) <= TOKEN_LINES,
      );
      if (token) pair.token = token.secret;
    }
    out.push({ pair, id, secret });
  }
  return out;
}

export async function verifyFindings(findings: Finding[], options: VerifyOptions = {}): Promise<number> {
  const pairs = collectPairs(findings);
  if (pairs.length === 0) return 0;
  const results = await verifyPairs(
    pairs.map((p) => p.pair),
    options,
  );
  for (const { pair, id, secret } of pairs) {
    const v: Verification | undefined = results.get(pairKey(pair));
    if (!v) continue;
    for (const f of [id, secret]) {
      f.verification = v;
      if (v.status === 'live') f.severity = 'critical';
    }
  }
  return new Set(pairs.map((p) => pairKey(p.pair))).size;
}
