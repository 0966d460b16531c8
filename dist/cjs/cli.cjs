Object.defineProperty(exports, Symbol.toStringTag, { value: "Module" });
const require_base = require("./base.cjs");
const require_boot = require("./boot.cjs");
let node_fs = require("node:fs");
let node_path = require("node:path");
// dist/cli/main.js
/**
* The command line: argv in, exit code out. One path for every run:
*
*   argv holds the word --staged: git's diff starts here, before anything else loads
*   → options.ts (the table) → args.ts parses argv (yargs-parser, strict as yargs)
*     → usage.ts (yargs) only for --help, --version or a usage error
*     → pre-receive (the server hook): pre-receive.ts, nothing else
*     → run.ts: config, rules, the scan, the report, the exit code.
*
* Only run.ts and this file decide exit codes; both write through the `io` they are given, so
* tests can call main() directly. bin/scan-keys.js maps anything thrown past this point to exit 2.
*
* Exit codes: 0 nothing blocks; 1 at least one finding at or above --fail-on; 2 usage error,
* unreadable input, git failure or any internal error.
*/
async function main(argv, io) {
	const started = process.hrtime.bigint();
	const args = argv.map((a) => a === "-" ? require_boot.STDIN_ARG : a);
	const early = args.includes("--staged") && !args.includes("--") ? require_boot.openStaged(io.cwd) : void 0;
	try {
		return await dispatch(args, argv, io, started, early);
	} finally {
		early?.close();
	}
}
async function dispatch(args, argv, io, started, early) {
	const { parseArgs } = await Promise.resolve().then(() => require("./parse.cjs")).then((n) => n.args_exports);
	let parsed = parseArgs(args);
	if (!parsed) {
		const { parseWithYargs } = await Promise.resolve().then(() => require("./usage.cjs"));
		const { loadLocale } = await Promise.resolve().then(() => require("./core.cjs")).then((n) => n.messages_exports);
		const t = await loadLocale(require_base.parseLang(require_base.langFlag(argv) ?? "") ?? require_base.langFromEnv(io.env));
		try {
			const result = await parseWithYargs(args, require_boot.readVersion(), t.lang);
			if ("output" in result) {
				io.stdout.write(result.output + "\n");
				return 0;
			}
			parsed = result.argv;
		} catch (err) {
			io.stderr.write(`scan-keys: ${require_base.oneLine(err)}${t.m.seeHelp}\n`);
			return 2;
		}
	}
	if (early && (parsed.staged !== true || parsed._[0] === "pre-receive")) early.close();
	if (parsed._[0] === "pre-receive") return (await Promise.resolve().then(() => require("./hook.cjs"))).runPreReceive(io);
	let git;
	if (parsed.staged === true) {
		git = early ?? require_boot.openStaged(io.cwd);
		const baseline = parsed._[0] === "baseline" || typeof parsed.baseline === "string";
		const config = typeof parsed.config === "string" || (0, node_fs.existsSync)((0, node_path.join)(require_boot.findProjectRoot(io.cwd), ".scan-keys.json"));
		if (baseline || config) git.repo().catch(() => void 0);
	}
	try {
		const { run } = await Promise.resolve().then(() => require("./run.cjs")).then((n) => n.run_exports);
		return await run(parsed, io, {
			started,
			stagedGit: git
		});
	} finally {
		if (git !== early) git?.close();
	}
}
exports.EXIT_CLEAN = require_base.EXIT_CLEAN;
exports.EXIT_ERROR = require_base.EXIT_ERROR;
exports.EXIT_FINDINGS = require_base.EXIT_FINDINGS;
exports.main = main;
