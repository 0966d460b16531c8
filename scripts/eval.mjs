/**
 * `npm run eval`: precision and recall of the built scanner (dist/) on the peers' own test cases,
 * per suite and per kind, against the peers' labels; then on the generated mixed tree.
 * "Found" = a finding at or above the default fail level (medium).
 */
import { loadPatterns, scanText } from '../dist/index.js';
import { loadDisagreements, runPeerCases } from './peer-cases.mjs';
import { generateMixedTree, scoreMixedTree } from './mixed-tree.mjs';

const set = loadPatterns();
const pct = (n, d) => (d === 0 ? '   -  ' : (n / d).toFixed(3).padStart(6));
const row = (name, t) =>
  `  ${name.padEnd(32)} ${String(t.tp + t.fn + t.fp + (t.tn ?? 0)).padStart(5)} ${String(t.tp).padStart(4)} ${String(t.fp).padStart(4)} ${String(t.fn).padStart(4)}  ${pct(t.tp, t.tp + t.fp)}  ${pct(t.tp, t.tp + t.fn)}`;
const header = `  ${''.padEnd(32)} ${'cases'.padStart(5)} ${'TP'.padStart(4)} ${'FP'.padStart(4)} ${'FN'.padStart(4)}  ${'prec.'.padStart(6)}  ${'recall'.padStart(6)}`;
const sum = (ts) => ts.reduce((a, t) => ({ tp: a.tp + t.tp, fp: a.fp + t.fp, fn: a.fn + t.fn, tn: a.tn + (t.tn ?? 0) }), { tp: 0, fp: 0, fn: 0, tn: 0 });

const { results, bySuite, byKind } = runPeerCases((text) => scanText(set, text));
const agree = results.filter((r) => r.agree).length;
const documented = loadDisagreements();
console.log(`Peer cases: agree with the peer on ${agree}/${results.length}; ${documented.size} documented disagreements (README)`);
console.log('\nper suite (against the peers\' own labels)');
console.log(header);
for (const [name, t] of [...bySuite].sort()) console.log(row(name, t));
console.log(row('all', sum([...bySuite.values()])));
console.log('\nper kind');
console.log(header);
for (const [name, t] of [...byKind].sort()) console.log(row(name, t));
const undocumented = results.filter((r) => !r.agree && !documented.has(r.id));
if (undocumented.length) console.log(`\nUNDOCUMENTED disagreements: ${undocumented.map((r) => r.id).join(', ')}`);

const files = generateMixedTree();
const started = performance.now();
const mixed = scoreMixedTree(files, (content, path) => scanText(set, content, path));
const ms = performance.now() - started;
console.log(`\nMixed tree: ${mixed.files} files, ${mixed.total.tp + mixed.total.fn} planted keys (${(ms).toFixed(0)} ms)`);
console.log(header.replace('cases', ' keys'));
for (const [name, t] of [...mixed.byRule].sort()) console.log(row(name, { ...t, tn: 0 }));
console.log(row('all', { ...mixed.total, tn: 0 }));
for (const m of mixed.misses) console.log(`  ${m.type} ${m.path}:${m.line} ${m.ruleId}`);
