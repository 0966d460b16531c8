#!/usr/bin/env node
// npm run bench [-- --quick] [--only NAME[,NAME]] [--runs N]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { SCENARIOS } from './scenarios.mjs';
import { measure, rssMethodName } from './measure.mjs';
import { buildRows, renderText, renderMarkdown } from './table.mjs';
import { machineInfo, formatMachine, isBusy, loadText } from './machine.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const projectRoot = path.dirname(benchDir);
const notes = [];
const loud = (msg) => { console.log(`\n*** ${msg}\n`); notes.push(msg); };

function parseArgs(argv) {
  const opts = { quick: false, only: undefined, runs: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') opts.quick = true;
    else if (a === '--only') opts.only = argv[++i]?.split(',');
    else if (a.startsWith('--only=')) opts.only = a.slice(7).split(',');
    else if (a === '--runs') opts.runs = Number(argv[++i]);
    else if (a.startsWith('--runs=')) opts.runs = Number(a.slice(7));
    else { console.error(`bench: unknown argument ${a}\nusage: npm run bench -- [--quick] [--only NAME[,NAME]] [--runs N]`); process.exit(2); }
  }
  if (opts.runs !== undefined && !(Number.isInteger(opts.runs) && opts.runs >= 1)) { console.error('bench: --runs needs a positive integer'); process.exit(2); }
  opts.runs ??= opts.quick ? 3 : 5;
  if (!opts.quick && opts.runs < 5) { console.log(`bench: --runs ${opts.runs} raised to 5 (the minimum without --quick)`); opts.runs = 5; }
  return opts;
}

/** The real CLI if it exists (or SCAN_KEYS_BIN), else the stand-in, announced loudly. */
function locateScanKeys() {
  const real = path.resolve(process.env.SCAN_KEYS_BIN ?? path.join(projectRoot, 'bin', 'scan-keys.js'));
  if (fs.existsSync(real)) {
    warnIfBuildStale();
    return { cmd: process.execPath, args: [real], label: path.relative(projectRoot, real) || real, standin: false };
  }
  const standin = path.join(benchDir, 'standin', 'scan-keys.mjs');
  loud(`WARNING: ${real} does not exist; measuring the STAND-IN ${path.relative(projectRoot, standin)} instead. These are not scan-keys numbers.`);
  return { cmd: process.execPath, args: [standin], label: 'STAND-IN', standin: true };
}

/** bin/scan-keys.js runs dist/: say so when dist/ is missing or older than src/. */
function warnIfBuildStale() {
  const newest = (dir) => {
    if (!fs.existsSync(dir)) return 0;
    return Math.max(0, ...fs.readdirSync(dir, { recursive: true }).map((f) => fs.statSync(path.join(dir, f)).mtimeMs));
  };
  const src = newest(path.join(projectRoot, 'src'));
  const dist = newest(path.join(projectRoot, 'dist'));
  if (src && dist < src) loud(`WARNING: dist/ is ${dist ? 'older than src/' : 'missing'}: run \`npm run build\` first, or this measures stale code.`);
  // bin runs the command line's CommonJS bundle, the build's second step: `tsc` alone leaves it stale.
  const bundle = newest(path.join(projectRoot, 'dist', 'cjs'));
  if (src && dist >= src && bundle < src) loud('WARNING: dist/cjs/ is older than src/: run `npm run build` (not tsc alone), or this measures stale code.');
}

function installed(cmd) {
  return spawnSync(cmd, ['--version'], { stdio: 'ignore' }).status === 0;
}

const failureText = (r) => `exit ${r.timedOut ? 'timeout' : r.signal ?? r.code}: ${r.stderr.trim().split('\n')[0] ?? ''}`.trim();

/** Untimed warm-up; decides whether each tool takes part. */
async function warmUp(scenario, tool) {
  const r = await measure(tool.cmd, tool.args, { cwd: tool.cwd, env: tool.env });
  if (tool.ok.includes(r.code)) return 'ok';
  if (tool.role === 'subject') {
    if (tool.feature && r.code === 2 && /unknown (argument|option)/i.test(r.stderr)) return `skipped: scan-keys lacks ${tool.feature}`;
    loud(`WARNING: scan-keys failed on ${scenario.name} (${failureText(r)})`);
    return `failed (${failureText(r)})`;
  }
  loud(`SKIPPED reference ${tool.name} on ${scenario.name}: ${failureText(r)}`);
  return `skipped (${failureText(r)})`;
}

/** Warm up every tool once, then alternate timed runs: tool A run 1, tool B run 1, ..., tool A run 2, ... */
async function runScenario(scenario, corpus, tools, runs) {
  for (const tool of tools) {
    tool.seconds = []; tool.rssKiB = [];
    tool.status = tool.status ?? await warmUp(scenario, tool);
  }
  for (let i = 1; i <= runs; i++) {
    for (const tool of tools.filter((t) => t.status === 'ok')) {
      const r = await measure(tool.cmd, tool.args, { cwd: tool.cwd, env: tool.env });
      if (!tool.ok.includes(r.code)) {
        tool.status = `failed on run ${i} (${failureText(r)})`;
        loud(`WARNING: ${tool.name} ${tool.status} in ${scenario.name}`);
        continue;
      }
      tool.seconds.push(r.seconds); tool.rssKiB.push(r.peakRssKiB);
      process.stdout.write(`  run ${i}/${runs} ${tool.name.padEnd(18)} ${r.seconds.toFixed(3)} s  ${r.peakRssKiB ? (r.peakRssKiB / 1024).toFixed(1) + ' MiB' : ''}\n`);
    }
  }
}

/** A fast wrong answer is not a win: scan-keys must report every planted ID. */
async function sanityCheck(scenario, corpus, ctx, subject) {
  const args = subject.args.includes('--format') ? subject.args : [...subject.args, '--format', 'json'];
  const r = await measure(subject.cmd, args, { cwd: subject.cwd, captureStdout: true });
  let findings;
  try {
    const json = JSON.parse(r.stdout);
    findings = Array.isArray(json) ? json : json.findings;
    if (!Array.isArray(findings)) throw new Error('no findings array');
  } catch (e) {
    loud(`WARNING: sanity ${scenario.name}: could not read scan-keys --format json output (${failureText(r)}; ${e.message})`);
    return 'found IDs: FAIL (no JSON)';
  }
  const ids = corpus.planted.map((p) => p.id);
  // By rule id when findings carry one (a secret finding may quote its ID as context), else by the ID text.
  const isId = (f) => (f.kind ?? f.ruleId ?? f.rule) !== undefined
    ? f.kind === 'access-key-id' || /access-key-id$/i.test(String(f.ruleId ?? f.rule))
    : ids.some((id) => JSON.stringify(f).includes(id));
  const idFindings = findings.filter(isId);
  // Which planted IDs were found: verbatim, or masked as first 4 + ... + last 4 characters.
  const shown = idFindings.map((f) => String(f.secret ?? f.match ?? JSON.stringify(f)));
  const found = (id) => shown.some((t) => t.includes(id) || (t.startsWith(id.slice(0, 4)) && t.endsWith(id.slice(-4))));
  const missing = ids.filter((id) => !found(id));
  const reported = idFindings.length;
  const detail = `${reported} access-key-id findings for ${ids.length} planted IDs` +
    (missing.length ? `; not recognisably reported: ${corpus.planted.filter((p) => missing.includes(p.id)).map((p) => p.file).join(', ')}` : '');
  // Tree scans must report each planted ID exactly once; history may legitimately report an ID per commit.
  const ok = !missing.length && (scenario.sanity === 'all-found' ? reported >= ids.length : reported === ids.length);
  if (ok) { console.log(`  sanity ${scenario.name}: OK, ${detail}`); notes.push(`sanity ${scenario.name}: OK, ${detail}`); }
  else loud(`WARNING: sanity ${scenario.name}: scan-keys reported ${detail}. A fast wrong answer is not a win.`);
  return `found IDs ${reported}/${ids.length}: ${ok ? 'PASS' : 'FAIL'}`;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const selected = opts.only ? SCENARIOS.filter((s) => opts.only.includes(s.name)) : SCENARIOS;
  if (opts.only && selected.length !== opts.only.length) {
    console.error(`bench: unknown scenario in --only ${opts.only.join(',')}; known: ${SCENARIOS.map((s) => s.name).join(', ')}`);
    process.exit(2);
  }
  const machine = machineInfo();
  console.log(`${formatMachine(machine)}\npeak RSS via: ${rssMethodName()}\nruns: ${opts.runs} (+1 untimed warm-up each)${opts.quick ? ', --quick' : ''}\n`);
  if (isBusy()) loud(`WARNING: the machine is busy before we start (load ${loadText()} on ${machine.cores} cores): absolute times will be inflated; ratios from alternating runs hold up better.`);
  const ctx = { quick: opts.quick, projectRoot, scanKeys: locateScanKeys() };
  const haveRg = installed('rg');
  if (!haveRg) loud('SKIPPED reference rg: not installed (apt-get install ripgrep)');

  const results = [];
  for (const scenario of selected) {
    console.log(`== ${scenario.name}: ${scenario.about}`);
    const t0 = Date.now();
    let corpus;
    try { corpus = scenario.corpus(ctx); } catch (e) { loud(`WARNING: ${scenario.name}: corpus failed: ${e.message}`); continue; }
    console.log(`  corpus ${corpus.dir}: ${corpus.files} files, ${(corpus.bytes / 2 ** 20).toFixed(1)} MiB, ` +
      `${corpus.reused ? 'reused' : `built in ${((Date.now() - t0) / 1000).toFixed(1)} s`}`);
    const tools = scenario.tools(corpus, ctx);
    for (const t of tools) if (t.needs === 'rg' && !haveRg) t.status = 'skipped (rg not installed)';
    await runScenario(scenario, corpus, tools, opts.runs);
    const subject = tools.find((t) => t.role === 'subject');
    if (subject.status !== 'ok') notes.push(`${scenario.name}: scan-keys ${subject.status}`);
    const sanity = scenario.sanity && subject.status === 'ok' ? await sanityCheck(scenario, corpus, ctx, subject) : undefined;
    results.push({ name: scenario.name, sanity, tools, targets: scenario.targets, throughput: scenario.throughput, bytes: corpus.bytes });
  }

  notes.push(`load average at the end: ${loadText()}`);
  const rows = buildRows(results);
  console.log(`\nscan-keys: ${ctx.scanKeys.label}\n\n${renderText(rows)}\n`);
  for (const n of notes) console.log(`note: ${n}`);
  writeMarkdown(rows, machine, ctx, opts);
}

function writeMarkdown(rows, machine, ctx, opts) {
  const dir = path.join(benchDir, 'results');
  fs.mkdirSync(dir, { recursive: true });
  const md = [
    `# scan-keys bench ${new Date().toISOString()}`, '',
    `scan-keys: \`${ctx.scanKeys.label}\` (${spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: projectRoot, encoding: 'utf8' }).stdout.trim()})` +
      `, runs: ${opts.runs}${opts.quick ? ' (--quick)' : ''}, peak RSS via ${rssMethodName()}`, '',
    '```', formatMachine(machine), '```', '',
    renderMarkdown(rows), '',
    ...notes.map((n) => `- ${n}`), '',
  ].join('\n');
  fs.writeFileSync(path.join(dir, 'latest.md'), md);
  console.log(`\nwrote ${path.relative(process.cwd(), path.join(dir, 'latest.md'))}`);
}

main().catch((e) => { console.error(e); process.exit(2); });
