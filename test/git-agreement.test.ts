/**
 * The hook and CI agree: what `--staged` reports before a commit is exactly what `--range C^..C`
 * reports once the commit exists, run through the installed pre-commit hook and a real
 * `git commit`. A copy adds every line it holds at its new path; a rename moves lines (only its
 * edits are added), as a range scan sees it (`-M`).
 */
import { describe, expect, it } from 'vitest';
import { makeKeys } from './helpers.js';
import { json, pairText, useTestRepo, type TestRepo } from './git-helpers.js';

const k = makeKeys(181);
const repo = useTestRepo({ prefix: 'scan-keys-agree-' });

type Seen = string[];
const seen = (r: ReturnType<TestRepo['scan']>): Seen => json(r).findings.map((f) => `${f.file}:${f.line}:${f.ruleId}`).sort();

/** Staged findings, the hook's verdict on a real commit, then the range scan of that commit. */
function hookThenRange(r: TestRepo): { staged: Seen; range: Seen; hookBlocked: boolean } {
  const staged = seen(r.scan(['--staged', '--format', 'json']));
  r.installHook();
  const hook = r.commitRun('the change');
  const hookBlocked = hook.status !== 0;
  if (hookBlocked) r.commit('the change', { add: false });
  const range = seen(r.scan(['--range', 'HEAD~1..HEAD', '--format', 'json']));
  return { staged, range, hookBlocked };
}

const lines = (n: number) => Array.from({ length: n }, (_, i) => `setting${i}=value ${i}`).join('\n') + '\n';

// Each case runs the CLI four or five times: generous, so a loaded machine does not fail it.
describe('hook and range agree on copies and renames', { timeout: 60_000 }, () => {
  it('a copy of a file the same commit changes: its keys block (the reproduction of issue 18)', () => {
    const r = repo();
    r.write('a.env', pairText(k));
    r.commit('a');
    r.run(['config', 'diff.renames', 'copies']); // a user's config must not bring copy detection back
    r.write('b.env', pairText(k));
    r.write('a.env', pairText(k) + 'x=1\n');
    r.git('add', '-A');
    expect(r.git('diff', '--cached', '--name-status', '-C')).toMatch(/C\d+\ta\.env\tb\.env/);
    const out = hookThenRange(r);
    expect(out.staged).toEqual(['b.env:2:alibaba-access-key-id', 'b.env:3:alibaba-access-key-secret']);
    expect(out.range).toEqual(out.staged);
    expect(out.hookBlocked).toBe(true);
  });

  it('git mv X Y plus cp X Z: the copy blocks, the rename does not, in both', () => {
    const r = repo();
    r.write('x.properties', lines(10) + pairText(k));
    r.commit('x');
    r.git('mv', 'x.properties', 'y.properties');
    r.write('z.properties', lines(10) + pairText(k));
    r.git('add', '-A');
    const out = hookThenRange(r);
    expect(out.staged.length).toBe(2);
    expect(out.range).toEqual(out.staged);
    expect(out.hookBlocked).toBe(true);
  });

  it('a mode-only change on the source plus a copy: the copy blocks in both', () => {
    const r = repo();
    r.write('run.sh', lines(5) + pairText(k));
    r.commit('run');
    r.git('update-index', '--chmod=+x', 'run.sh');
    r.write('copy.sh', lines(5) + pairText(k));
    r.git('add', 'copy.sh');
    const out = hookThenRange(r);
    expect(out.staged).toEqual(['copy.sh:7:alibaba-access-key-id', 'copy.sh:8:alibaba-access-key-secret']);
    expect(out.range).toEqual(out.staged);
    expect(out.hookBlocked).toBe(true);
  });

  it('a pure rename moves lines: nothing is new in either; a rename with an added key blocks in both', () => {
    const r = repo();
    r.write('old.properties', lines(20) + pairText(k));
    r.commit('old');
    r.git('mv', 'old.properties', 'new.properties');
    const moved = hookThenRange(r);
    expect(moved).toEqual({ staged: [], range: [], hookBlocked: false });

    const other = makeKeys(182);
    r.git('mv', 'new.properties', 'newer.properties');
    r.write('newer.properties', lines(20) + pairText(k) + pairText(other));
    r.git('add', '-A');
    const edited = hookThenRange(r);
    expect(edited.staged).toEqual(['newer.properties:25:alibaba-access-key-id', 'newer.properties:26:alibaba-access-key-secret']);
    expect(edited.range).toEqual(edited.staged);
    expect(edited.hookBlocked).toBe(true);
  });
});
