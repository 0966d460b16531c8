// The layout of src/ is the data path: each folder is one stage, and imports run one way only.
// This test reads every import in src/ (static, re-export and dynamic) and fails on an import that
// runs back up the stages, on a .ts file at src/'s root that is not api/index/types, and on any cycle.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

/** What each part of src/ may import (besides itself). The README's design section says the same. */
export const ALLOWED: Record<string, readonly string[]> = {
  types: [],
  patterns: ['types'],
  detect: ['types', 'patterns'],
  sources: ['types'],
  policy: ['types', 'patterns', 'sources'],
  report: ['types', 'patterns', 'detect'],
  verify: ['types'],
  scan: ['types', 'patterns', 'detect', 'sources', 'policy'],
  cli: ['types', 'patterns', 'detect', 'sources', 'policy', 'report', 'verify', 'scan'],
  api: ['types', 'patterns', 'detect', 'sources', 'policy', 'scan'],
  index: ['types', 'patterns', 'detect', 'sources', 'policy', 'report', 'verify', 'scan', 'api'],
};

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (p.endsWith('.ts')) out.push(p);
  }
  return out;
}

/** The part of src/ a file belongs to: its first folder, or its name without `.ts` at the root. */
export function partOf(file: string): string {
  const rel = relative(SRC, file).split('\\').join('/');
  const slash = rel.indexOf('/');
  return slash < 0 ? rel.replace(/\.ts$/, '') : rel.slice(0, slash);
}

/** Relative module specifiers a source file imports, resolved to .ts paths in src/. */
export function importsOf(file: string, text: string): string[] {
  const specs: string[] = [];
  const re = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)(['"])(\.{1,2}\/[^'"]+)\1/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) specs.push(m[2]!);
  return specs.map((s) => resolve(dirname(file), s.replace(/\.js$/, '.ts')));
}

/** Every rule broken by one source tree: upward imports, unknown parts, cycles. */
export function layoutProblems(files: Map<string, string>): string[] {
  const problems: string[] = [];
  const graph = new Map<string, string[]>();
  for (const [file, text] of files) {
    const from = partOf(file);
    const allowed = ALLOWED[from];
    if (!allowed) problems.push(`${relative(SRC, file)}: src/${from} is no known part (add it to the layout, or move the file)`);
    const deps = importsOf(file, text);
    graph.set(file, deps);
    for (const dep of deps) {
      const to = partOf(dep);
      if (to !== from && allowed && !allowed.includes(to)) {
        problems.push(`${relative(SRC, file)} imports ${relative(SRC, dep)}: ${from} may not import ${to}`);
      }
    }
  }
  // Cycles between files: a depth-first search that reports each back edge's loop once.
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string): void => {
    state.set(f, 'open');
    stack.push(f);
    for (const d of graph.get(f) ?? []) {
      if (!graph.has(d)) continue;
      if (state.get(d) === 'open') {
        const loop = stack.slice(stack.indexOf(d)).concat(d).map((x) => relative(SRC, x));
        problems.push(`import cycle: ${loop.join(' → ')}`);
      } else if (!state.has(d)) visit(d);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of [...graph.keys()].sort()) if (!state.has(f)) visit(f);
  return problems;
}

function readSrc(): Map<string, string> {
  return new Map(walk(SRC).map((f) => [f, readFileSync(f, 'utf8')]));
}

describe('src/ layout', () => {
  it('has no upward import, no unknown part and no import cycle', () => {
    expect(layoutProblems(readSrc())).toEqual([]);
  });

  it('keeps only api.ts, index.ts and types.ts at the root of src/', () => {
    const rootFiles = readdirSync(SRC).filter((n) => n.endsWith('.ts')).sort();
    expect(rootFiles).toEqual(['api.ts', 'index.ts', 'types.ts']);
  });

  it('fails on an upward import, a dynamic one, and a cycle', () => {
    const files = readSrc();
    const at = (p: string) => join(SRC, p);
    // An upward import: detect reaching into the command line.
    const scanner = files.get(at('detect/scanner.ts'))!;
    files.set(at('detect/scanner.ts'), `import { main } from '../cli/main.js';\n${scanner}`);
    // A dynamic one: policy loading a scan.
    const config = files.get(at('policy/config.ts'))!;
    files.set(at('policy/config.ts'), `${config}\nconst lazy = () => import('../scan/tree.js');\n`);
    // A cycle inside one folder.
    const mask = files.get(at('detect/mask.ts'))!;
    files.set(at('detect/mask.ts'), `import { ContentScanner } from './scanner.js';\n${mask}`);
    const scanner2 = files.get(at('detect/scanner.ts'))!;
    files.set(at('detect/scanner.ts'), `import { maskSecret } from './mask.js';\n${scanner2}`);
    const problems = layoutProblems(files);
    expect(problems).toContain('detect/scanner.ts imports cli/main.ts: detect may not import cli');
    expect(problems).toContain('policy/config.ts imports scan/tree.ts: policy may not import scan');
    expect(problems.some((p) => p.startsWith('import cycle:') && p.includes('detect/mask.ts') && p.includes('detect/scanner.ts'))).toBe(true);
  });

  it('reads multi-line imports and re-exports', () => {
    const file = join(SRC, 'scan/x.ts');
    const text = `import {\n  a,\n  b,\n} from '../cli/main.js';\nexport { c } from "./tree.js";\nimport '../report/text.js';\n`;
    expect(importsOf(file, text).map((p) => relative(SRC, p))).toEqual(['cli/main.ts', 'scan/tree.ts', 'report/text.ts']);
  });
});
