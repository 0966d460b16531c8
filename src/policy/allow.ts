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

export function applyAllowlist(findings: Finding[], rules: readonly AllowRule[]): { kept: Finding[]; allowed: AllowedFinding[] } {
  if (rules.length === 0) return { kept: findings, allowed: [] };
  const kept: Finding[] = [];
  const allowed: AllowedFinding[] = [];
  for (const f of findings) {
    const rule = rules.find((r) => (r.fingerprint !== undefined ? r.fingerprint === f.fingerprint : r.value !== undefined && r.value.test(f.secret)));
    if (rule) allowed.push({ finding: f, reason: rule.reason });
    else kept.push(f);
  }
  return { kept, allowed };
}
