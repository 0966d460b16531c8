// `npm run bench` is not run by the suite (it measures; tests do not), but its scenario table must
// at least load: a merge once left bench/scenarios.mjs with a duplicate import, and nothing failed.
import { describe, expect, it } from 'vitest';

describe('bench scenarios', () => {
  it('load, with unique names, each with a subject and a reference or target', async () => {
    const { SCENARIOS } = (await import('../bench/scenarios.mjs')) as { SCENARIOS: Array<{ name: string; targets?: unknown[] }> };
    const names = SCENARIOS.map((s) => s.name);
    expect(names.length).toBeGreaterThan(5);
    expect(new Set(names).size).toBe(names.length);
    for (const s of SCENARIOS) expect(s.targets?.length ?? 0, s.name).toBeGreaterThan(0);
    expect(names).toEqual(expect.arrayContaining(['staged', 'staged-json', 'staged-config', 'empty-dir', 'history', 'push', 'real-tencentcloud']));
  });
});
