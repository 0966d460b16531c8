/**
 * Objects git cannot read, on real repositories: a loose blob deleted from .git/objects, and a
 * partial clone (`--filter=blob:none`) whose promisor remote is gone. Without --skip-unreadable:
 * exit 2 naming each object (commit, path, id), what was scanned, and how to fix it. With it: the
 * rest is scanned, each object listed as skipped with a warning, `skipped[]` in JSON. Never a pass.
 */
import { describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { makeKeys } from './helpers.js';
import { json, pairText, TestRepo, useTestRepo } from './git-helpers.js';

const k = makeKeys(183);
const later = makeKeys(184);
const repo = useTestRepo({ prefix: 'scan-keys-missing-' });

function deleteLooseObject(r: TestRepo, oid: string): void {
  rmSync(r.path(`.git/objects/${oid.slice(0, 2)}/${oid.slice(2)}`));
}

/** c1 adds a key, c2 adds lost.txt (whose blob is then deleted), c3 adds another key. */
function historyWithAHole(r: TestRepo): { c2: string; oid: string } {
  r.write('a.env', pairText(k));
  r.commit('c1');
  r.write('lost.txt', 'this blob will be deleted\n');
  const c2 = r.commit('c2');
  r.write('c.env', pairText(later));
  r.commit('c3');
  const oid = r.git('rev-parse', 'HEAD:lost.txt').trim();
  deleteLooseObject(r, oid);
  return { c2, oid };
}

describe('missing objects', { timeout: 240_000 }, () => {
  it('history and range: exit 2 naming commit, path and object, what was scanned, and the fix', () => {
    const r = repo();
    const { c2, oid } = historyWithAHole(r);
    for (const args of [['--history'], ['--range', 'HEAD~2..HEAD'], ['--since', 'HEAD~2']]) {
      const out = r.scan(args);
      expect(out.status, args.join(' ')).toBe(2);
      expect(out.stderr).toContain(`commit ${c2} lost.txt: object ${oid} cannot be read`);
      expect(out.stderr).toMatch(/scanned \d+ commits? \(\d+ findings? so far\) before git stopped/);
      expect(out.stderr).toContain('git fetch --unshallow');
      expect(out.stderr).toContain('--skip-unreadable');
      expect(out.stdout).toBe('');
    }
  });

  it('history with --skip-unreadable: the rest is scanned, the object skipped with a warning and listed', () => {
    const r = repo();
    const { oid } = historyWithAHole(r);
    const out = r.scan(['--history', '--skip-unreadable', '--format', 'json']);
    expect(out.status).toBe(1);
    const doc = json(out);
    expect(doc.findings.map((f) => f.file).sort()).toEqual(['a.env', 'a.env', 'c.env', 'c.env']);
    expect(doc.skipped).toEqual([{ file: 'lost.txt', reason: expect.stringContaining(oid) }]);
    expect(out.stderr).toContain(`warning: skipped lost.txt: unreadable: object ${oid}`);
    const text = r.scan(['--history', '--skip-unreadable']);
    expect(text.stdout).toMatch(/skipped 1/);
  });

  it('staged: a HEAD blob that cannot be read is exit 2 naming it; with --skip-unreadable skipped, the rest scanned', () => {
    const r = repo();
    r.write('old.txt', 'committed\n');
    r.commit('c1');
    const oid = r.git('rev-parse', 'HEAD:old.txt').trim();
    deleteLooseObject(r, oid);
    r.write('old.txt', 'committed\nchanged\n');
    r.write('new.env', pairText(k));
    r.git('add', '-A');
    const out = r.scan(['--staged']);
    expect(out.status).toBe(2);
    expect(out.stderr).toContain(`HEAD old.txt: object ${oid} cannot be read`);
    const skipping = r.scan(['--staged', '--skip-unreadable', '--format', 'json']);
    expect(skipping.status).toBe(1);
    expect(json(skipping).findings.map((f) => f.file)).toEqual(['new.env', 'new.env']);
    expect(json(skipping).skipped).toEqual([{ file: 'old.txt', reason: expect.stringContaining(oid) }]);
  });

  it('a partial clone whose promisor remote is gone: exit 2 naming the objects; --skip-unreadable scans what is there', () => {
    const src = repo();
    src.write('a.env', pairText(k));
    src.commit('c1');
    src.write('big.txt', 'only in the source until fetched\n');
    src.commit('c2');
    src.write('big.txt', 'only in the source until fetched\nsecond version\n');
    src.commit('c3');
    src.git('config', 'uploadpack.allowFilter', 'true');
    const clone = new TestRepo({ dir: join(src.dir, '.git', 'partial-clone'), init: false });
    src.git('clone', '-q', '--filter=blob:none', `file://${src.dir}`, clone.dir);
    TestRepo.configure(clone.dir);
    clone.git('remote', 'set-url', 'origin', `file://${join(src.dir, 'gone')}`);
    const out = clone.scan(['--history']);
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(/git cannot read \d+ objects? it needs/);
    expect(out.stderr).toMatch(/commit [0-9a-f]{40} (big\.txt|a\.env): object [0-9a-f]{40} cannot be read/);
    expect(out.stderr).toContain('promisor remote');
    const skipping = clone.scan(['--history', '--skip-unreadable', '--format', 'json']);
    const doc = json(skipping);
    expect(doc.skipped.length).toBeGreaterThan(0);
    for (const s of doc.skipped) expect(s.reason).toMatch(/^unreadable: object [0-9a-f]{40} at commit/);
    // The checked-out blobs were fetched by the clone: the key at HEAD is found.
    if (!doc.skipped.some((s) => s.file === 'a.env')) {
      expect(skipping.status).toBe(1);
      expect(doc.findings.map((f) => f.file)).toEqual(['a.env', 'a.env']);
    } else {
      expect(skipping.status).not.toBe(2);
    }
  });
});
