/**
 * The command line's one declaration: every option and command, with its type, choices, default
 * and help text. Three readers, kept in step by this table alone:
 * - fast-args.ts parses the plain forms of an ordinary run from it, without yargs-parser;
 * - args.ts parses the rest with yargs-parser (the parser yargs itself uses) from it;
 * - usage.ts builds yargs from it, only to print --help/--version or a usage error.
 *
 * To add an option: one entry in OPTIONS (help lists them in this order), then read
 * `parsed['the-name']` in main.ts. To add a command: one entry in COMMANDS, then a branch in
 * main.ts's dispatch. Plain data, no imports with side effects: the pre-commit hook loads it.
 */
import { SEVERITIES } from '../types.js';
// Inlined rather than imported from policy/ (whose modules load micromatch and more): the names
// of the files a project keeps. test/cli.test.ts checks they match policy's constants.
export const CONFIG_FILE = '.scan-keys.json';
export const BASELINE_FILE = '.scan-keys-baseline.json';
export const PATHS = { type: 'string', array: true, default: ['.'], describe: 'files or directories; - reads stdin' };
export const REPORTS = { type: 'string', array: true, describe: 'JSON reports (scan-keys --format json)' };
export const COMMANDS = [
    { name: '$0', describe: false, paths: true },
    { name: 'baseline', describe: `write the current findings to a baseline file (default ${BASELINE_FILE} at the repository root)`, paths: true },
    { name: 'install', describe: 'add the pre-commit hook (husky v9 or plain git) that runs scan-keys --staged' },
    { name: 'uninstall', describe: 'remove only what install added' },
    { name: 'rules', describe: 'list the rules in force: what each detects, severity alone and paired (--format json too)' },
    // The server-side gate and the organisation-wide merge (issue 17; pre-receive.ts, merge.ts).
    { name: 'pre-receive', describe: 'git pre-receive hook on a server: scan what a push adds (stdin: <old> <new> <ref>); exit 1 rejects' },
    { name: 'merge', describe: 'combine the JSON reports of many repositories into one (--format text|json|sarif|html)', reports: true },
];
export const FORMATS = ['text', 'json', 'sarif', 'github', 'html'];
export const OPTIONS = {
    staged: { type: 'boolean', describe: 'scan what the next commit adds (the index), for a pre-commit hook' },
    since: { type: 'string', describe: 'scan the commits after REV up to HEAD (REV..HEAD), for CI' },
    range: { type: 'string', describe: 'scan the commits in A..B' },
    history: { type: 'boolean', describe: 'scan every commit reachable from any ref' },
    format: { type: 'string', choices: FORMATS, default: 'text', describe: 'report format' },
    'fail-on': {
        type: 'string',
        choices: [...SEVERITIES, 'none'],
        describe: 'lowest severity that fails the run (exit 1); default: failOn in the config, else medium',
    },
    'show-secrets': { type: 'boolean', default: false, describe: 'print values unmasked (never in shared logs)' },
    color: { type: 'boolean', describe: 'force colour on or off (default: on for a terminal; honours NO_COLOR, FORCE_COLOR)' },
    config: { type: 'string', describe: `config file (default: ${CONFIG_FILE} at the repository root)` },
    'max-file-size': { type: 'string', describe: 'skip (with a warning) files larger than this; bytes, or with K/M/G (default: maxFileSize in the config, else 100M)' },
    'skip-unreadable': { type: 'boolean', default: false, describe: 'report files and directories without read permission, and git objects missing from the clone (--staged, --since, --range, --history), as skipped (with a warning) instead of exit 2' },
    baseline: { type: 'string', describe: 'drop findings already in this baseline file (stale entries: --verbose)' },
    'baseline-file': { type: 'string', describe: `where scan-keys baseline writes (default: ${BASELINE_FILE} at the repository root; --output too)` },
    'inline-allow': { type: 'boolean', default: true, describe: 'honour scan-keys:allow, gitleaks:allow, pragma: allowlist secret (--no-inline-allow for audits)' },
    output: { alias: 'o', type: 'string', describe: 'write the report to this file; the exit code still reflects findings' },
    verify: { type: 'boolean', default: false, describe: 'ask the provider whether each ID + secret pair is live (sends the pair to the provider over TLS; never on by default)' },
    'verify-endpoint': { type: 'string', array: true, describe: 'override a provider endpoint: alibaba=URL or tencent=URL (http only for loopback)' },
    'verify-timeout': { type: 'number', default: 5000, describe: 'milliseconds per verification call' },
    verbose: { alias: 'v', type: 'boolean', default: false, describe: 'say what was skipped and why' },
    quiet: { alias: 'q', type: 'boolean', default: false, describe: 'no progress line; text output prints nothing when nothing is found' },
    server: { type: 'string', describe: 'install: the pre-receive hook into this bare repository or pre-receive.d directory' },
    'repo-name': { type: 'string', describe: 'name of the repository in a JSON report (default: its remote URL)' },
    // Language resolution: lang.ts (flag, else "lang" in the config, else LC_ALL/LC_MESSAGES/LANG).
    lang: { type: 'string', choices: ['zh-CN', 'en'], describe: 'language of reports and messages (default: "lang" in the config, else from LC_ALL/LC_MESSAGES/LANG); --format json differs only in rule titles' },
};
export const USAGE = '$0 [paths..]\n\nFind Alibaba Cloud and Tencent Cloud credentials before they reach git.';
export const EXAMPLES = [
    ['scan-keys .', 'scan the files git tracks here (or every file, outside git)'],
    ['scan-keys src/ .env', 'scan some directories and files'],
    ['cat config.yaml | scan-keys -', 'scan standard input'],
    ['scan-keys . --format json', 'machine-readable findings'],
    ['scan-keys baseline', `accept today's findings: write ${BASELINE_FILE} (commit it)`],
    [`scan-keys . --baseline ${BASELINE_FILE}`, 'report only findings not in the baseline'],
    ['scan-keys . --format sarif -o scan-keys.sarif', 'SARIF 2.1.0 for GitHub code scanning'],
    ['scan-keys --staged', 'pre-commit hook: what the next commit adds (husky, pre-commit framework)'],
    ['scan-keys install', 'add that pre-commit hook (husky v9 or plain git)'],
    ['scan-keys --since origin/main', 'CI on a push: the commits after REV up to HEAD'],
    ['scan-keys --range "$BASE_SHA..$HEAD_SHA"', 'CI on a pull/merge request: the commits in A..B'],
    ['scan-keys --history --format html > report.html', 'audit: every commit of every ref, as one HTML page'],
    ['scan-keys /abs/src/a.ts /abs/.env', 'lint-staged, pre-commit `pass_filenames`: exactly the files given'],
    ['scan-keys --range "$BASE..$HEAD" --format github', 'GitHub Actions annotations on the diff'],
    ['scan-keys . --format json -o scan-keys.json', 'a JSON artifact (GitLab CI, scripts)'],
    ['scan-keys rules', 'list the rules: what each detects, severity alone and paired'],
];
export const EPILOGUE = 'Exit codes: 0 nothing blocks, 1 findings at or above --fail-on, 2 usage error, unreadable input or internal error.';
