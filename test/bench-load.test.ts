// `npm run bench` is not run by the suite (it measures; tests do not), but its scenario table must
// at least load in node itself: a merge once left bench/scenarios.mjs with a duplicate import, which
// node refuses, and nothing failed. (Loaded in a child node, not through vitest's module transform,
// which accepts what node does not.)
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

describe('bench scenarios', () => {
  it('load in node, with unique names, each with a target', () => {
    const script = `import('./bench/scenarios.mjs').then((m) => console.log(JSON.stringify(m.SCENARIOS.map((s) => [s.name, (s.targets ?? []).length]))))`;
    const r = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const list = JSON.parse(r.stdout) as Array<[string, number]>;
    const names = list.map(([n]) => n);
    expect(new Set(names).size).toBe(names.length);
    for (const [name, targets] of list) expect(targets, name).toBeGreaterThan(0);
    expect(names).toEqual(expect.arrayContaining(['staged', 'staged-json', 'staged-config', 'empty-dir', 'history', 'push', 'real-tencentcloud']));
  });
});
