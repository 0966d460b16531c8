/** The error line every run prints (main.ts for usage errors, run.ts for the rest). */
import { describe, expect, it } from 'vitest';
import { errorLine, useColor } from '../src/cli/common.js';
import { loadPatterns } from '../src/index.js';
import { makeKeys } from './helpers.js';

const k = makeKeys(77);
const rules = loadPatterns();

describe('errorLine', () => {
  it('never prints a key from the message unless --show-secrets', () => {
    const err = new Error(`git failed reading config/${k.aliId}.env`);
    const line = errorLine(err, { known: true, quoted: false, rules, showSecrets: false });
    expect(line.startsWith('scan-keys: git failed reading config/LTAI')).toBe(true);
    expect(line).not.toContain(k.aliId);
    expect(errorLine(err, { known: true, quoted: false, rules, showSecrets: true })).toContain(k.aliId);
  });

  it('an internal error is one line, prefixed, with its first line only', () => {
    const line = errorLine(new Error(`boom\nat secret=${k.aliSecret}\nmore`), { known: false, quoted: true, rules, showSecrets: false });
    expect(line).toBe('scan-keys: internal error: boom\n');
  });
});

describe('useColor', () => {
  it('follows the flag, then NO_COLOR, then FORCE_COLOR, then the terminal', () => {
    const io = (env: Record<string, string | undefined>, isTTY: boolean) => ({ env, stdout: { isTTY } });
    expect(useColor(false, io({ FORCE_COLOR: '1' }, true))).toBe(false);
    expect(useColor(undefined, io({ NO_COLOR: '1', FORCE_COLOR: '1' }, true))).toBe(false);
    expect(useColor(undefined, io({ FORCE_COLOR: '0' }, true))).toBe(false);
    expect(useColor(undefined, io({ FORCE_COLOR: '1' }, false))).toBe(true);
    expect(useColor(undefined, io({}, true))).toBe(true);
    expect(useColor(undefined, io({}, false))).toBe(false);
  });
});
