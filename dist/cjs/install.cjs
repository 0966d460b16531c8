const require_base = require("./base.cjs");
let node_fs = require("node:fs");
let node_path = require("node:path");
let node_url = require("node:url");
// dist/cli/install.js
const HUSKY_LINE = "npx --no-install scan-keys --staged # scan-keys";
const MARK = "# scan-keys";
const HOOK_MARKER = "# scan-keys pre-commit hook";
const CHAINED = "pre-commit.scan-keys-chained";
var InstallError = class extends require_base.GitError {
	constructor(message) {
		super(message);
		this.name = "InstallError";
	}
};
function usesHusky(top) {
	if ((0, node_fs.existsSync)((0, node_path.join)(top, ".husky"))) return true;
	try {
		const pkg = JSON.parse((0, node_fs.readFileSync)((0, node_path.join)(top, "package.json"), "utf8"));
		return Boolean(pkg.devDependencies?.husky ?? pkg.dependencies?.husky);
	} catch {
		return false;
	}
}
async function hooksDir(top) {
	return (0, node_path.resolve)(top, (await require_base.gitRaw(top, [
		"rev-parse",
		"--git-path",
		"hooks"
	])).trim());
}
const BIN = (0, node_url.fileURLToPath)(new URL("../../bin/scan-keys.js", require("url").pathToFileURL(__filename).href));
function hookScript(node, bin) {
	const q = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
	return `#!/bin/sh
${HOOK_MARKER} (added by \`scan-keys install\`; \`scan-keys uninstall\` removes it)
chained="$(dirname "$0")/${CHAINED}"
if [ -x "$chained" ]; then "$chained" "$@" || exit $?; fi
node=${q(node)}
bin=${q(bin)}
if [ -x "$node" ] && [ -f "$bin" ]; then exec "$node" "$bin" --staged; fi
exec npx --no-install scan-keys --staged
`;
}
function writeExecutable(file, text) {
	(0, node_fs.writeFileSync)(file, text);
	(0, node_fs.chmodSync)(file, (0, node_fs.statSync)(file).mode | 73);
}
function writeChainedHook(file, script, marker, chainedName) {
	if (!(0, node_fs.existsSync)(file)) {
		writeExecutable(file, script);
		return { kind: "created" };
	}
	const text = (0, node_fs.readFileSync)(file, "latin1");
	if (text.includes(marker)) {
		if (text === script) return { kind: "already-installed" };
		writeExecutable(file, script);
		return { kind: "created" };
	}
	const chained = (0, node_path.join)((0, node_path.dirname)(file), chainedName);
	if ((0, node_fs.existsSync)(chained)) return {
		kind: "chained-exists",
		chained
	};
	(0, node_fs.renameSync)(file, chained);
	writeExecutable(file, script);
	return {
		kind: "chained",
		chained
	};
}
async function install(cwd) {
	const { top } = await require_base.findRepo(cwd, "install");
	if (usesHusky(top)) {
		const dir = (0, node_path.join)(top, ".husky");
		const file = (0, node_path.join)(dir, "pre-commit");
		if (!(0, node_fs.existsSync)(file)) {
			(0, node_fs.mkdirSync)(dir, { recursive: true });
			writeExecutable(file, `#!/usr/bin/env sh\n${HUSKY_LINE}\n`);
			return {
				code: "husky-created",
				file
			};
		}
		const text = (0, node_fs.readFileSync)(file, "utf8");
		if (text.split("\n").some((l) => l.trimEnd().endsWith(MARK))) return {
			code: "already-installed",
			file
		};
		writeExecutable(file, `${text}${text === "" || text.endsWith("\n") ? "" : "\n"}${HUSKY_LINE}\n`);
		return {
			code: "husky-added",
			file
		};
	}
	const dir = await hooksDir(top);
	const file = (0, node_path.join)(dir, "pre-commit");
	const script = hookScript(process.execPath, BIN);
	(0, node_fs.mkdirSync)(dir, { recursive: true });
	const r = writeChainedHook(file, script, HOOK_MARKER, CHAINED);
	if (r.kind === "chained-exists") throw new InstallError(`${r.chained} already exists; move it away, then run install again`);
	if (r.kind === "chained") return {
		code: "hook-chained",
		file,
		chained: r.chained
	};
	return {
		code: r.kind === "already-installed" ? "already-installed" : "hook-created",
		file
	};
}
async function uninstall(cwd) {
	const { top } = await require_base.findRepo(cwd, "uninstall");
	const huskyFile = (0, node_path.join)(top, ".husky", "pre-commit");
	if ((0, node_fs.existsSync)(huskyFile)) {
		const lines = (0, node_fs.readFileSync)(huskyFile, "utf8").split("\n");
		const kept = lines.filter((l) => !l.trimEnd().endsWith(MARK));
		if (kept.length !== lines.length) {
			const rest = kept.join("\n");
			if (rest.replace(/^#!.*$/m, "").trim() === "") {
				(0, node_fs.unlinkSync)(huskyFile);
				return {
					code: "husky-removed",
					file: huskyFile,
					deleted: true
				};
			}
			(0, node_fs.writeFileSync)(huskyFile, rest);
			return {
				code: "husky-removed",
				file: huskyFile,
				deleted: false
			};
		}
	}
	const dir = await hooksDir(top);
	const file = (0, node_path.join)(dir, "pre-commit");
	if (!(0, node_fs.existsSync)(file) || !(0, node_fs.readFileSync)(file, "latin1").includes("# scan-keys pre-commit hook")) return {
		code: "not-installed",
		file: usesHusky(top) ? huskyFile : file
	};
	(0, node_fs.unlinkSync)(file);
	const chained = (0, node_path.join)(dir, CHAINED);
	if ((0, node_fs.existsSync)(chained)) {
		(0, node_fs.renameSync)(chained, file);
		return {
			code: "hook-removed",
			file,
			restored: true
		};
	}
	return {
		code: "hook-removed",
		file,
		restored: false
	};
}
exports.install = install;
exports.uninstall = uninstall;
exports.writeChainedHook = writeChainedHook;
exports.writeExecutable = writeExecutable;
