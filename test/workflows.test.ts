/**
 * lint-staged's calling convention (many absolute paths). The pre-commit framework is tested with
 * the real pre-commit in test/pre-commit.test.ts, the packed package with husky in test/pack.test.ts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { initRepo, makeKeys, ROOT, runCli, tempDir } from './helpers.js';
import { json, pairText, write } from './git-helpers.js';

const k = makeKeys(89);
let dir: string;
let cleanup: () => void;

beforeEach(() => {
  ({ dir, cleanup } = tempDir('scan-keys-wf-'));
  initRepo(dir);
});
afterEach(() => cleanup());

describe('lint-staged: scan-keys FILE…', () => {
  it('scans exactly the given files: 300 absolute paths, spaces in names, one outside the cwd', () => {
    const outside = tempDir('scan-keys-outside-');
    try {
      const files: string[] = [];
      for (let i = 0; i < 300; i++) {
        const name = i % 3 === 0 ? `src/dir with space/file ${i}.ts` : `src/f${i}.ts`;
        write(dir, name, i === 150 ? `// aliyun\nconst accessKeyId = "${k.aliId}";\nconst accessKeySecret = "${k.aliSecret}";\n` : `export const n${i} = ${i};\n`);
        files.push(join(dir, name));
      }
      write(dir, 'not-passed.env', `TENCENTCLOUD_SECRET_ID=${k.tcId}\n`); // in the tree, not given: not scanned
      write(dir, '.gitignore', 'ignored.env\n');
      write(dir, 'ignored.env', `TENCENTCLOUD_SECRET_ID=${k.tcId}\n`); // given explicitly: scanned though ignored
      files.push(join(dir, 'ignored.env'));
      writeFileSync(join(outside.dir, 'elsewhere.env'), pairText(k));
      files.push(join(outside.dir, 'elsewhere.env'));
      const r = runCli(['--format', 'json', ...files], { cwd: dir });
      expect(r.status).toBe(1);
      const doc = json(r);
      expect(doc.stats.files).toBe(302);
      const found = [...new Set(doc.findings.map((f) => f.file))].sort();
      expect(found).toEqual([join(outside.dir, 'elsewhere.env').replace(/\\/g, '/'), 'ignored.env', 'src/dir with space/file 150.ts'].sort());
    } finally {
      outside.cleanup();
    }
  });

  it('README has a .lintstagedrc.json snippet that runs scan-keys on the staged files', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const m = /`\.lintstagedrc\.json`:\n\n```json\n([\s\S]*?)```/.exec(readme);
    expect(m, 'README: "`.lintstagedrc.json`:" then a ```json block').not.toBeNull();
    const config = JSON.parse((m as RegExpExecArray)[1] as string) as Record<string, string | string[]>;
    expect(Object.values(config).flat()).toContain('scan-keys');
  });
});
