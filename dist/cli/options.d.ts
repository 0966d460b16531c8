export interface OptionSpec {
    type: 'boolean' | 'string' | 'number';
    describe: string;
    /** A one-letter (or other) second name: -v for --verbose. */
    alias?: string;
    /** The only values accepted (a usage error otherwise, exit 2). */
    choices?: readonly string[];
    default?: string | number | boolean | readonly string[];
    /** Takes several values: --verify-endpoint a=… b=… or repeated. */
    array?: boolean;
}
export interface CommandSpec {
    /** `$0` is the default command: a scan of the paths given. */
    name: string;
    /** Help text; false hides the command from the help's command list. */
    describe: string | false;
    /** Takes `[paths..]` (default `.`). */
    paths?: boolean;
    /** Takes `<reports..>` (one or more JSON reports, required). Other commands take no positional arguments. */
    reports?: boolean;
}
export declare const CONFIG_FILE = ".scan-keys.json";
export declare const BASELINE_FILE = ".scan-keys-baseline.json";
export declare const PATHS: OptionSpec;
export declare const REPORTS: OptionSpec;
export declare const COMMANDS: readonly CommandSpec[];
export declare const FORMATS: readonly ["text", "json", "sarif", "github", "html"];
export type Format = (typeof FORMATS)[number];
export declare const OPTIONS: {
    readonly staged: {
        readonly type: "boolean";
        readonly describe: "scan what the next commit adds (the index), for a pre-commit hook";
    };
    readonly since: {
        readonly type: "string";
        readonly describe: "scan the commits after REV up to HEAD (REV..HEAD), for CI";
    };
    readonly range: {
        readonly type: "string";
        readonly describe: "scan the commits in A..B";
    };
    readonly history: {
        readonly type: "boolean";
        readonly describe: "scan every commit reachable from any ref";
    };
    readonly format: {
        readonly type: "string";
        readonly choices: readonly ["text", "json", "sarif", "github", "html"];
        readonly default: "text";
        readonly describe: "report format";
    };
    readonly 'fail-on': {
        readonly type: "string";
        readonly choices: readonly [...import("../types.js").Severity[], "none"];
        readonly describe: "lowest severity that fails the run (exit 1); default: failOn in the config, else medium";
    };
    readonly 'show-secrets': {
        readonly type: "boolean";
        readonly default: false;
        readonly describe: "print values unmasked (never in shared logs)";
    };
    readonly color: {
        readonly type: "boolean";
        readonly describe: "force colour on or off (default: on for a terminal; honours NO_COLOR, FORCE_COLOR)";
    };
    readonly config: {
        readonly type: "string";
        readonly describe: "config file (default: .scan-keys.json at the repository root)";
    };
    readonly 'max-file-size': {
        readonly type: "string";
        readonly describe: "skip (with a warning) files larger than this; bytes, or with K/M/G (default: maxFileSize in the config, else 100M)";
    };
    readonly 'skip-unreadable': {
        readonly type: "boolean";
        readonly default: false;
        readonly describe: "report files and directories without read permission, and git objects missing from the clone (--staged, --since, --range, --history), as skipped (with a warning) instead of exit 2";
    };
    readonly baseline: {
        readonly type: "string";
        readonly describe: "drop findings already in this baseline file (stale entries: --verbose)";
    };
    readonly 'baseline-file': {
        readonly type: "string";
        readonly describe: "where scan-keys baseline writes (default: .scan-keys-baseline.json at the repository root; --output too)";
    };
    readonly 'inline-allow': {
        readonly type: "boolean";
        readonly default: true;
        readonly describe: "honour scan-keys:allow, gitleaks:allow, pragma: allowlist secret (--no-inline-allow for audits)";
    };
    readonly output: {
        readonly alias: "o";
        readonly type: "string";
        readonly describe: "write the report to this file; the exit code still reflects findings";
    };
    readonly verify: {
        readonly type: "boolean";
        readonly default: false;
        readonly describe: "ask the provider whether each ID + secret pair is live (sends the pair to the provider over TLS; never on by default)";
    };
    readonly 'verify-endpoint': {
        readonly type: "string";
        readonly array: true;
        readonly describe: "override a provider endpoint: alibaba=URL or tencent=URL (http only for loopback)";
    };
    readonly 'verify-timeout': {
        readonly type: "number";
        readonly default: 5000;
        readonly describe: "milliseconds per verification call";
    };
    readonly verbose: {
        readonly alias: "v";
        readonly type: "boolean";
        readonly default: false;
        readonly describe: "say what was skipped and why";
    };
    readonly quiet: {
        readonly alias: "q";
        readonly type: "boolean";
        readonly default: false;
        readonly describe: "no progress line; text output prints nothing when nothing is found";
    };
    readonly server: {
        readonly type: "string";
        readonly describe: "install: the pre-receive hook into this bare repository or pre-receive.d directory";
    };
    readonly 'repo-name': {
        readonly type: "string";
        readonly describe: "name of the repository in a JSON report (default: its remote URL)";
    };
    readonly lang: {
        readonly type: "string";
        readonly choices: ("en" | "zh-CN")[];
        readonly describe: "language of reports and messages (default: \"lang\" in the config, else from LC_ALL/LC_MESSAGES/LANG); --format json differs only in rule titles";
    };
};
export type OptionName = keyof typeof OPTIONS;
export declare const USAGE = "$0 [paths..]\n\nFind Alibaba Cloud and Tencent Cloud credentials before they reach git.";
export declare const EXAMPLES: ReadonlyArray<[string, string]>;
export declare const EPILOGUE = "Exit codes: 0 nothing blocks, 1 findings at or above --fail-on, 2 usage error, unreadable input or internal error.";
