/**
 * Config allow entries applied to findings: a value expression tested against the raw value, or
 * a fingerprint (rule + value, so it holds wherever the key moves). Path entries never get here:
 * those files are not read at all (see Config.isPathIgnored). Pure: findings in, findings out.
 */
import type { Finding } from '../types.js';
import type { AllowRule } from './config.js';
export interface AllowedFinding {
    finding: Finding;
    reason: string;
}
export declare function applyAllowlist(findings: Finding[], rules: readonly AllowRule[]): {
    kept: Finding[];
    allowed: AllowedFinding[];
};
