Object.defineProperty(exports, Symbol.toStringTag, { value: "Module" });
const require_staged = require("./staged.cjs");
const require_types = require("./types.cjs");
let node_fs = require("node:fs");
let node_path = require("node:path");
// dist/cli/staged.js
/**
* The pre-commit fast path: `scan-keys --staged` with only simple flags runs here without loading
* yargs (about 120 ms of the 2-core reference machine's start-up), simple-git or micromatch, so
* the hook costs little more than starting node. Anything else (a config file, other options,
* --help) returns undefined and bin/scan-keys.js runs the full command line, which gives the
* same results (test/git-staged.test.ts compares the two). Measured on the 2-core machine, 10
* staged files in a 20,000-file repository, alternating runs: this path 101 ms, the full command
* line 229 ms, `node -e 0` 72 ms. This path runs from a CommonJS bundle (scripts/bundle-staged.mjs);
* a single esbuild bundle of the full command line was no faster (yargs' run-time work dominates,
* not module loading).
*/
const FLAGS = /* @__PURE__ */ new Set([
	"--staged",
	"--verbose",
	"-v",
	"--color",
	"--no-color",
	"--show-secrets"
]);
/** The options, when argv is a plain `--staged` run this path handles; undefined otherwise. */
function parseFastArgs(argv) {
	if (!argv.includes("--staged")) return void 0;
	const o = {
		verbose: false,
		color: void 0,
		showSecrets: false,
		format: "text",
		failOn: "medium"
	};
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		const [name, inline] = a.startsWith("--") && a.includes("=") ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a, void 0];
		if (name === "--format" || name === "--fail-on" || name === "--lang") {
			const value = inline ?? argv[++i];
			if (name === "--format" && (value === "text" || value === "json")) o.format = value;
			else if (name === "--lang" && (value === "zh-CN" || value === "en")) o.lang = value;
			else if (name === "--fail-on" && value !== void 0 && [...require_types.SEVERITIES, "none"].includes(value)) o.failOn = value;
			else return void 0;
			continue;
		}
		if (inline !== void 0 || !FLAGS.has(a)) return void 0;
		if (a === "--verbose" || a === "-v") o.verbose = true;
		else if (a === "--color") o.color = true;
		else if (a === "--no-color") o.color = false;
		else if (a === "--show-secrets") o.showSecrets = true;
	}
	return o;
}
async function mainStaged(argv, io) {
	const o = parseFastArgs(argv);
	if (!o || (0, node_fs.existsSync)((0, node_path.join)(require_staged.findProjectRoot(io.cwd), ".scan-keys.json"))) return void 0;
	const started = process.hrtime.bigint();
	const git = require_staged.openStaged(io.cwd);
	try {
		const { runStaged } = await Promise.resolve().then(() => require("./staged-run.cjs"));
		return await runStaged(o, io, git, started);
	} finally {
		git.close();
	}
}
exports.mainStaged = mainStaged;
exports.parseFastArgs = parseFastArgs;
