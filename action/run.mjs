#!/usr/bin/env node
/**
 * The GitHub Action's entry (action.yml: `runs.using: node24`, `main: action/run.mjs`). The runner
 * starts it with its own node in a plain checkout of this repository: no `npm ci`, no build. So this
 * file uses node's built-in modules only, and runs the command line from action/dist/scan-keys.js,
 * the committed bundle of bin/scan-keys.js with its dependencies inlined (scripts/bundle-action.mjs).
 *
 * Picks what to scan from the event, passes scan-keys's annotations through, writes a job summary
 * table and, when asked, a SARIF file. Exit code: the scan's (0 clean, 1 findings, 2 error). Values
 * are always masked: --show-secrets is never passed.
 *
 * Environment: GITHUB_EVENT_NAME, GITHUB_EVENT_PATH, GITHUB_STEP_SUMMARY, GITHUB_OUTPUT, and the
 * inputs as the runner spells them: INPUT_SARIF-FILE, INPUT_FAIL-ON, INPUT_BASELINE, INPUT_CONFIG,
 * INPUT_WORKING-DIRECTORY (INPUT_SARIF_FILE etc. work too).
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('./dist/scan-keys.js', import.meta.url));
const FETCH_FIX = 'use actions/checkout with `fetch-depth: 0` so the commits to scan are in the clone';

function input(name) {
  const env = process.env;
  const value = env[`INPUT_${name.toUpperCase().replace(/-/g, '_')}`] ?? env[`INPUT_${name.toUpperCase()}`] ?? '';
  return value.trim();
}

const isZero = (sha) => typeof sha === 'string' && /^0+$/.test(sha);

function gitOk(args) {
  return spawnSync('git', args, { encoding: 'utf8' }).status === 0;
}

/** What to scan for this event: scan-keys arguments and a phrase for the summary. */
export function chooseScan(eventName, event) {
  const pr = event?.pull_request;
  if (pr?.base?.sha && pr?.head?.sha) {
    return { args: ['--range', `${pr.base.sha}..${pr.head.sha}`], what: `pull request commits ${pr.base.sha.slice(0, 7)}..${pr.head.sha.slice(0, 7)}` };
  }
  if (eventName === 'push' && event?.after) {
    if (isZero(event.after)) return { skip: 'the push deleted a branch: nothing to scan' };
    if (!isZero(event.before)) return { args: ['--range', `${event.before}..${event.after}`], what: `pushed commits ${event.before.slice(0, 7)}..${event.after.slice(0, 7)}` };
    // A new branch: the commits not on the default branch; the first push of the default branch: the tree.
    const main = event.repository?.default_branch;
    const branch = typeof event.ref === 'string' ? event.ref.replace(/^refs\/heads\//, '') : undefined;
    if (main && branch !== main) {
      for (const ref of [`refs/remotes/origin/${main}`, `refs/heads/${main}`]) {
        if (gitOk(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])) {
          return { args: ['--range', `${ref}..${event.after}`], what: `new branch ${branch}: commits not on ${main}` };
        }
      }
    }
    return { args: ['.'], what: 'the files at this commit (new branch)' };
  }
  return { args: ['.'], what: 'the files at this commit' };
}

function run(args) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status ?? 2, stdout: r.stdout ?? '', stderr: r.stderr ?? (r.error ? String(r.error.message) : '') };
}

const cell = (s) => String(s).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
const code = (s) => '<code>' + cell(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') + '</code>';

export function summaryMarkdown(doc, what, failed) {
  const lines = [];
  const n = doc.findings.length;
  lines.push(n === 0 ? `### scan-keys: no credentials found` : `### scan-keys: ${n} finding${n === 1 ? '' : 's'}${failed ? ' (failing the check)' : ''}`);
  lines.push('', `Scanned ${what}: ${doc.stats.files} file(s).`, '');
  if (n > 0) {
    lines.push('| file:line | rule | severity | value (masked) | commit |', '|---|---|---|---|---|');
    for (const f of doc.findings) {
      const commit = f.commit ? `${code(f.commit.sha.slice(0, 10))} ${cell(f.commit.author.replace(/\s*<[^>]*>$/, ''))} ${cell(f.commit.date.slice(0, 10))}` : '—';
      lines.push(`| ${code(`${f.file}:${f.line}`)} | ${cell(f.title)} (${code(f.ruleId)}) | ${f.severity}${f.blocking ? '' : ' (not blocking)'} | ${code(f.secret)} | ${commit} |`);
    }
    const consoles = [...new Map(doc.findings.filter((f) => f.remediation?.console).map((f) => [f.provider, f.remediation.console])).entries()];
    if (consoles.length > 0) {
      lines.push('', 'Disable each key and create a new one: ' + consoles.map(([p, url]) => `[${p} console](${url})`).join(', ') + '. Removing it from the code is not enough: it stays in git history.');
    }
  }
  return lines.join('\n') + '\n';
}

function errorAnnotation(message) {
  return `::error title=scan-keys::${message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}`;
}

export function main() {
  const workdir = input('working-directory');
  if (workdir) {
    try {
      process.chdir(resolve(workdir));
    } catch (err) {
      console.log(errorAnnotation(`working-directory ${workdir}: ${err.code === 'ENOENT' ? 'no such directory' : err.message}`));
      return 2;
    }
  }
  const eventName = process.env.GITHUB_EVENT_NAME ?? '';
  let event = {};
  if (process.env.GITHUB_EVENT_PATH) {
    try {
      event = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8'));
    } catch (err) {
      console.log(errorAnnotation(`cannot read the event payload ${process.env.GITHUB_EVENT_PATH}: ${err.message}`));
      return 2;
    }
  }
  const choice = chooseScan(eventName, event);
  if (choice.skip) {
    console.log(`scan-keys: ${choice.skip}`);
    return 0;
  }
  const common = [];
  for (const [name, flag] of [['fail-on', '--fail-on'], ['baseline', '--baseline'], ['config', '--config']]) {
    const v = input(name);
    if (v) common.push(flag, v);
  }
  console.log(`scan-keys: scanning ${choice.what}`);

  // Annotations: scan-keys's own --format github output, passed through.
  const annotations = run([...choice.args, ...common, '--format', 'github']);
  if (annotations.status === 2) {
    let message = annotations.stderr.trim().replace(/^scan-keys: /, '') || 'failed (exit 2)';
    if (!message.includes('fetch-depth') && /unknown revision|shallow|bad object|not a valid/.test(message)) message += `; ${FETCH_FIX}`;
    console.log(errorAnnotation(message));
    if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, `### scan-keys: error\n\n${cell(message)}\n`);
    return 2;
  }
  process.stdout.write(annotations.stdout);

  // The summary table, from the JSON report (a second pass over the same commits: a pull request's few).
  const dir = mkdtempSync(join(tmpdir(), 'scan-keys-action-'));
  try {
    const jsonFile = join(dir, 'report.json');
    const j = run([...choice.args, ...common, '--format', 'json', '-o', jsonFile]);
    if (j.status === 2) {
      console.log(errorAnnotation(j.stderr.trim() || 'JSON report failed'));
      return 2;
    }
    const doc = JSON.parse(readFileSync(jsonFile, 'utf8'));
    if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, summaryMarkdown(doc, choice.what, annotations.status === 1));
    if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `findings=${doc.findings.length}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const sarif = input('sarif-file');
  if (sarif) {
    const s = run([...choice.args, ...common, '--format', 'sarif', '-o', sarif]);
    if (s.status === 2) {
      console.log(errorAnnotation(s.stderr.trim() || 'SARIF report failed'));
      return 2;
    }
    console.log(`scan-keys: wrote SARIF to ${sarif} (upload it with github/codeql-action/upload-sarif)`);
  }
  return annotations.status;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main();
}
