/**
 * The scanner's warm-up (src/detect/warm.ts), which the pre-commit scan runs while git's diff is
 * still coming: its sample must take the paths a real file takes, a finding's included (else it
 * warms less than it should), and it must leave nothing behind that changes a later scan.
 */
import { describe, expect, it } from 'vitest';
import { warmUp } from '../src/detect/warm.js';
import { loadPatterns, scanText } from '../src/index.js';
import { makeKeys } from './helpers.js';

describe('warmUp', () => {
  it('finds both providers\' pairs in its sample, so the finding paths are compiled too', () => {
    // A pair each (ID and secret) for Alibaba Cloud and Tencent Cloud.
    expect(warmUp(loadPatterns())).toBeGreaterThanOrEqual(4);
  });

  it('changes nothing a later scan finds', () => {
    const k = makeKeys(7);
    const text = `const id = "${k.aliId}";\nconst secret = "${k.aliSecret}";\nSecretId: ${k.tcId}\n`;
    const rules = loadPatterns();
    const before = scanText(rules, text, 'a.js');
    expect(before.length).toBeGreaterThanOrEqual(2);
    warmUp(rules);
    expect(scanText(rules, text, 'a.js')).toEqual(before);
  });
});
