/**
 * The English message catalogue: every sentence scan-keys writes for a person (reports, hook,
 * warnings, errors), as strings or functions of their values. `Messages` is this object's type,
 * so another language that misses a key, or adds one, does not compile; test/i18n.test.ts also
 * compares the keys at run time. Rule titles and remediation are data: they live in
 * patterns/*.json (`i18n`), not here. Identifiers (rule ids, severities as option values, JSON
 * fields, exit codes) are never translated.
 *
 * To add messages (a new command, a new warning): add the key here, then to every other catalogue
 * in this folder; the typecheck names each one that lacks it.
 */
import type { Severity } from '../../types.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export const en = {
  /** Severity as a person reads it (text, HTML); `--fail-on` values stay as they are. */
  severity: { critical: 'critical', high: 'high', medium: 'medium', low: 'low' } as Record<Severity, string>,

  // ---- text report: one line per finding
  pairsWith: (line: number, column: number) => `pairs with ${line}:${column}`,
  assignedToSecretName: 'assigned to a secret name',
  publicNotBlocking: 'public by design (signed URL), not blocking',
  commitNote: (sha: string, author: string, date: string, count: number | undefined) =>
    `commit ${sha} by ${author}, ${date}${count && count > 1 ? `, in ${count} commits` : ''}`,
  liveRootKey: (where: string, provider: string, account: string | undefined) =>
    `‼ LIVE ROOT-ACCOUNT KEY at ${where} (${provider}${account ? `, account ${account}` : ''}): disable it in the console now.`,
  liveKey: (where: string, provider: string) => `‼ LIVE KEY at ${where} (${provider}): rotate it now.`,
  // ---- --verify notes (text and SARIF)
  verifiedLive: (who: string) => `verified LIVE${who ? ` (${who})` : ''}`,
  rootAccount: 'ROOT ACCOUNT',
  account: (id: string) => `account ${id}`,
  verifiedDead: 'verified dead',
  verificationUnknown: (reason: string | undefined) => `verification unknown${reason ? `: ${reason}` : ''}`,
  listSeparator: ', ',
  fullStop: '.',
  noteSeparator: '; ',

  // ---- text report: remediation per provider
  whatToDoNow: (provider: string, n: number) => `${provider}: what to do now (${plural(n, 'finding')})`,
  console: 'Console:',
  nextTime: 'Next time:',
  guides: 'Guides:',
  link: (title: string, url: string) => `${title}: ${url}`,

  // ---- text report: summary
  blockingSummary: (n: number, counts: string, files: number) => `✖ ${plural(n, 'finding')} (${counts}) in ${plural(files, 'file')}`,
  severityCount: (n: number, severity: string) => `${n} ${severity}`,
  moreBelowFailOn: (n: number, failOn: string) => `${n} more below --fail-on ${failOn}, not blocking`,
  belowFailOn: (n: number, failOn: string) => `! ${plural(n, 'finding')} below --fail-on ${failOn}, not blocking`,
  noCredentials: '✔ no credentials found',
  scanned: (files: number, bytes: string, lines: number, seconds: string, skipped: number) =>
    `scanned ${plural(files, 'file')}, ${bytes}, ${plural(lines, 'line')} in ${seconds} s${skipped ? `; skipped ${skipped}` : ''}`,

  // ---- skipped files and warnings (stderr)
  skippedLine: (file: string, reason: string) => `skipped ${file}: ${reason}`,
  warningSkipped: (file: string, reason: string) => `scan-keys: warning: skipped ${file}: ${reason}`,
  /** A skip reason as the sources word it (English); other catalogues translate the ones they know. */
  skipReason: (reason: string) => reason,
  allowedNote: (where: string, ruleId: string, reason: string) => `allowed ${where} ${ruleId} (${reason})`,
  baselinedNote: (n: number, file: string) => `${n} finding(s) in the baseline ${file}, not shown`,
  staleBaselineNote: (file: string, ruleId: string, fingerprint: string) => `stale baseline entry (no longer found): ${file} ${ruleId} ${fingerprint}`,
  baselineWritten: (n: number, file: string) => `scan-keys: wrote ${n} baseline entr${n === 1 ? 'y' : 'ies'} to ${file}`,
  progress: (commits: number | undefined, files: number, bytes: string, rate: string, findings: number) =>
    `scanning: ${commits !== undefined ? `${commits} commits, ` : ''}${files} files, ${bytes} (${rate}/s), ${plural(findings, 'finding')} so far`,

  // ---- errors (stderr, one line each)
  /** An error we word ourselves; English is the thrown message. Other catalogues translate the shapes they know. */
  error: (message: string) => message,
  internalError: (message: string) => `internal error: ${message}`,
  /** Directly after the previous word: ' (see scan-keys --help)' in English. */
  seeHelp: ' (see scan-keys --help)',
  /** After a heading. */
  colon: ':',

  // ---- install / uninstall (the hook)
  huskyCreated: (file: string) => `created ${file} running scan-keys --staged`,
  huskyAdded: (file: string) => `added scan-keys --staged to ${file}`,
  hookCreated: (file: string) => `installed the pre-commit hook ${file}`,
  hookChained: (file: string, chained: string) => `installed the pre-commit hook ${file}; your previous hook is now ${chained} and runs first`,
  alreadyInstalled: (file: string) => `already installed in ${file}; nothing changed`,
  huskyRemovedFile: (file: string) => `removed ${file} (it held only the scan-keys line)`,
  huskyRemovedLine: (file: string) => `removed the scan-keys line from ${file}`,
  hookRemovedRestored: (file: string) => `removed the scan-keys hook; restored your previous hook as ${file}`,
  hookRemoved: (file: string) => `removed the scan-keys hook ${file}`,
  notInstalled: (file: string) => `not installed (${file} does not run scan-keys); nothing changed`,

  // ---- SARIF and GitHub annotations
  sarifPairsWith: (line: number, column: number) => `pairs with line ${line}, column ${column}`,
  sarifAssigned: 'assigned to a secret-like name',
  publicSignedUrl: 'public by design (signed URL)',
  temporaryCredential: 'temporary credential',
  disableAndCreate: (url: string) => ` Disable it and create a new one: ${url}`,
  whatToDoNowHeading: 'What to do now',
  nextTimeHeading: 'Next time',
  guidesHeading: 'Guides',
  githubPairsWith: (line: number) => `pairs with line ${line}`,
  githubNoCredentials: (files: number) => `scan-keys: no credentials found (${files} files scanned)`,
  githubSummary: (n: number, blocking: number, failOn: string, files: number) =>
    `scan-keys: ${n} finding(s), ${blocking} at or above --fail-on ${failOn} (${files} files scanned)`,

  // ---- scan-keys pre-receive (the server hook; git prints each line as `remote: …`)
  hook: {
    skipped: (reason: string) => `scan-keys: push accepted WITHOUT a scan: push option scan-keys.skip (reason: ${reason})`,
    skipRefused: 'scan-keys: push option scan-keys.skip ignored: this server does not allow skipping (git config scan-keys.allowSkip true)',
    skipNoReason: 'scan-keys: push option scan-keys.skip needs a reason (git push -o scan-keys.skip="why"); scanning',
    errorRejected: (why: string) => `scan-keys: the scan could not run, so the push is rejected (server setting scan-keys.onError=reject): ${why}`,
    errorAccepted: (why: string) => `scan-keys: warning: the scan could not run; push accepted UNSCANNED (server setting scan-keys.onError=accept): ${why}`,
    badSetting: (value: string) => `scan-keys.onError must be "reject" or "accept", not "${value}"`,
  },
  push: {
    rejected: (n: number) => `scan-keys: push rejected: ${n === 1 ? 'a key' : `${n} keys`} in the pushed commits`,
    consoleLine: (provider: string, url: string) => `  ${provider}: disable the key now, even though this push was refused: ${url}`,
    howTo: 'To push again, take the key out of the commits that add it (read it from an environment variable or a secrets manager instead):',
    amend: '  in the last commit:   remove it, `git add` the file, `git commit --amend`, then push',
    rebase: (sha: string) => `  in an older commit:   \`git rebase -i ${sha}^\`, mark that commit \`edit\`, remove it, \`git commit --amend\`, \`git rebase --continue\`, then push`,
    known: (n: number) => `scan-keys: warning: ${n === 1 ? 'a key' : `${n} keys`} already in this repository's history (not blocking this push; remove it from history and revoke it):`,
    below: (n: number) => `scan-keys: note: ${n} finding${n === 1 ? '' : 's'} below the fail level (not blocking)`,
    clean: (commits: number, files: number, lines: number) =>
      `scan-keys: ${commits} new commit${commits === 1 ? '' : 's'} scanned (${files} file${files === 1 ? '' : 's'}, ${lines} added line${lines === 1 ? '' : 's'}): no keys`,
    notACommit: (ref: string, type: string) => `scan-keys: warning: ${ref} points at a ${type}, not a commit: not scanned`,
  },

  // ---- scan-keys merge (text and HTML)
  merge: {
    shared: (n: number) => `Keys found in more than one repository (${n})`,
    byRepository: 'By repository',
    inRepos: (n: number) => `in ${n} repositories`,
    alsoIn: (...names: string[]) => `also in ${names.join(', ')}`,
    repoCounts: (findings: number, blocking: number, source: string) => `(${findings} finding${findings === 1 ? '' : 's'}, ${blocking} blocking; ${source})`,
    summary: (keys: number, blocking: number, repos: number, shared: number) =>
      `${keys} key${keys === 1 ? '' : 's'} (${blocking} blocking) in ${repos} repositor${repos === 1 ? 'y' : 'ies'}; ${shared} in more than one repository`,
    none: 'No keys found.',
    title: 'scan-keys organisation audit',
  },

  // ---- HTML audit page
  html: {
    lang: 'en',
    title: 'scan-keys audit report',
    intro: (findings: number, scope: string, files: number, bytes: string, commits: number | undefined, version: string, masked: boolean) =>
      `${findings} finding(s)${scope ? ` in ${scope}` : ''}; scanned ${files} file(s), ${bytes}${commits !== undefined ? `, ${commits} commit(s)` : ''}. scan-keys ${version}. Values are ${masked ? 'masked' : '<strong>NOT masked</strong>'}.`,
    fail: (n: number, failOn: string) => `${n} finding(s) at or above ${failOn}: credentials to revoke.`,
    pass: (failOn: string) => `Nothing at or above ${failOn}.`,
    byProvider: 'Findings by provider and severity',
    provider: 'provider',
    total: 'total',
    stillAtHead: 'still at HEAD',
    noCredentials: 'No credentials found.',
    timeline: 'Timeline: when each key was introduced',
    date: 'date',
    commit: 'commit',
    author: 'author',
    fileLine: 'file:line',
    rule: 'rule',
    severity: 'severity',
    value: 'value',
    commitsHolding: 'commits holding it',
    workingTree: 'working tree',
    yesStill: 'yes: still in the file',
    no: 'no',
    remediation: 'Remediation',
  },

  // ---- scan-keys rules
  rules: {
    rule: 'rule',
    alone: 'alone',
    paired: 'paired',
    detects: 'detects',
    footer: (n: number) => `${n} rules. "alone": severity of a lone finding; "paired": beside its ID or secret (— never).`,
  },
};

export type Messages = typeof en;
