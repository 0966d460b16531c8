Object.defineProperty(exports, Symbol.toStringTag, { value: "Module" });
const require_base = require("./base.cjs");
const require_boot = require("./boot.cjs");
const require_start = require("./start.cjs");
let node_fs = require("node:fs");
let node_path = require("node:path");
// dist/cli/main.js
async function main(argv, io, given = {}) {
	const started = process.hrtime.bigint();
	const args = argv.map((a) => a === "-" ? require_boot.STDIN_ARG : a);
	const early = require_start.wantsStagedDiff(args) ? require_boot.openStaged(io.cwd, { diff: given.stagedDiff }) : void 0;
	if (!early) given.stagedDiff?.kill();
	try {
		return await dispatch(args, argv, io, started, early);
	} finally {
		early?.close();
	}
}
async function dispatch(args, argv, io, started, early) {
	let parsed = require_boot.parseFast(args) ?? (await Promise.resolve().then(() => require("./parse.cjs")).then((n) => n.args_exports)).parseArgs(args);
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
