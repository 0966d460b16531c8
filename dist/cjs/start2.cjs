let node_module = require("node:module");
// dist/sources/git-memory.js
const GIT_MEMORY = [
	"-c",
	"core.deltaBaseCacheLimit=16m",
	"-c",
	"core.packedGitLimit=32m",
	"-c",
	"core.packedGitWindowSize=8m"
];
// dist/sources/staged-start.js
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
Object.defineProperty(exports, "DIFF_ARGS", {
	enumerable: true,
	get: function() {
		return DIFF_ARGS;
	}
});
Object.defineProperty(exports, "GIT_MEMORY", {
	enumerable: true,
	get: function() {
		return GIT_MEMORY;
	}
});
Object.defineProperty(exports, "WHOLE_FILE", {
	enumerable: true,
	get: function() {
		return WHOLE_FILE;
	}
});
Object.defineProperty(exports, "spawnStagedDiff", {
	enumerable: true,
	get: function() {
		return spawnStagedDiff;
	}
});
Object.defineProperty(exports, "wantsStagedDiff", {
	enumerable: true,
	get: function() {
		return wantsStagedDiff;
	}
});
