Object.defineProperty(exports, Symbol.toStringTag, { value: "Module" });
let node_module = require("node:module");
// dist/sources/staged-start.js
const GIT_MEMORY = [
	"-c",
	"core.deltaBaseCacheLimit=16m",
	"-c",
	"core.packedGitLimit=32m",
	"-c",
	"core.packedGitWindowSize=8m"
];
const WHOLE_FILE = 2 ** 29;
const DIFF_ARGS = [
	"-c",
	"core.quotePath=false",
	"-c",
	"color.ui=never",
	"-c",
	"diff.noprefix=false",
	"-c",
	"diff.mnemonicPrefix=false",
	"-c",
	"diff.relative=false",
	"-c",
	"diff.suppressBlankEmpty=false",
	"diff",
	"--cached",
	"--raw",
	"-p",
	"-z",
	"--full-index",
	"--no-abbrev",
	`--unified=${WHOLE_FILE}`,
	"--text",
	"--no-color",
	"--no-ext-diff",
	"--no-textconv",
	"--no-relative",
	"--ignore-submodules=none",
	"--submodule=short",
	"--inter-hunk-context=0",
	"--src-prefix=a/",
	"--dst-prefix=b/",
	"-M"
];
function wantsStagedDiff(args) {
	return args.includes("--staged") && !args.includes("--");
}
function spawnStagedDiff(cwd, extra = [], paths = []) {
	const { spawn } = (0, node_module.createRequire)(require("url").pathToFileURL(__filename).href)("node:child_process");
	return spawn("git", [
		...GIT_MEMORY,
		...DIFF_ARGS,
		...extra,
		...paths
	], {
		cwd,
		env: process.env,
		stdio: [
			"pipe",
			"pipe",
			"pipe"
		]
	});
}
exports.DIFF_ARGS = DIFF_ARGS;
exports.GIT_MEMORY = GIT_MEMORY;
exports.WHOLE_FILE = WHOLE_FILE;
exports.spawnStagedDiff = spawnStagedDiff;
exports.wantsStagedDiff = wantsStagedDiff;
