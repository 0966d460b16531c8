Object.defineProperty(exports, Symbol.toStringTag, { value: "Module" });
const require_boot = require("./boot.cjs");
const require_core = require("./core.cjs");
let node_fs = require("node:fs");
let node_path = require("node:path");
// dist/cli/main.js
/**
* The command line: argv in, exit code out. One path for every run:
*
*   options.ts (the table) → args.ts parses argv (yargs-parser, strict as yargs)
*     → usage.ts (yargs) only for --help, --version or a usage error
*     → pre-receive (the server hook): pre-receive.ts, nothing else
*     → for --staged, git is started here, before anything else loads
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
	let parsed = require_boot.parseArgs(args);
	if (!parsed) {
		const { parseWithYargs } = await Promise.resolve().then(() => require("./usage.cjs"));
		const { loadLocale } = await Promise.resolve().then(() => require("./core.cjs")).then((n) => n.messages_exports);
		const t = await loadLocale(require_core.parseLang(require_core.langFlag(argv) ?? "") ?? require_core.langFromEnv(io.env));
		try {
			const result = await parseWithYargs(args, require_boot.readVersion(), t.lang);
			if ("output" in result) {
				io.stdout.write(result.output + "\n");
				return 0;
			}
			parsed = result.argv;
		} catch (err) {
			io.stderr.write(`scan-keys: ${require_core.oneLine(err)}${t.m.seeHelp}\n`);
			return 2;
		}
	}
	if (parsed._[0] === "pre-receive") return (await Promise.resolve().then(() => require("./hook.cjs"))).runPreReceive(io);
	let git;
	if (parsed.staged === true) {
		const baseline = parsed._[0] === "baseline" || typeof parsed.baseline === "string";
		const config = typeof parsed.config === "string" || (0, node_fs.existsSync)((0, node_path.join)(require_boot.findProjectRoot(io.cwd), ".scan-keys.json"));
		git = require_boot.openStaged(io.cwd, { repo: baseline || config });
	}
	try {
		const { run } = await Promise.resolve().then(() => require("./run.cjs")).then((n) => n.run_exports);
		return await run(parsed, io, {
			started,
			stagedGit: git
		});
	} finally {
		git?.close();
	}
}
exports.EXIT_CLEAN = require_core.EXIT_CLEAN;
exports.EXIT_ERROR = require_core.EXIT_ERROR;
exports.EXIT_FINDINGS = require_core.EXIT_FINDINGS;
exports.main = main;
