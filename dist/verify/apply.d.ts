/**
 * --verify over a scan's findings: collect each ID + secret pair (with the token of a temporary
 * credential when one is found beside it), verify each distinct pair once, and attach the result to
 * both halves. Verification never lowers a finding: a live key becomes critical, a dead or unknown
 * one keeps its severity (a dead key in a commit is still a leak to clean up; unknown may be live).
 */
import type { Finding } from '../types.js';
import { type CredentialPair, type VerifyOptions } from './verify.js';
export declare function collectPairs(findings: Finding[]): Array<{
    pair: CredentialPair;
    id: Finding;
    secret: Finding;
}>;
export declare function verifyFindings(findings: Finding[], options?: VerifyOptions): Promise<number>;
