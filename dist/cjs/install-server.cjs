const require_base = require("./base.cjs");
const require_install = require("./install.cjs");
let node_fs = require("node:fs");
let node_path = require("node:path");
let node_url = require("node:url");
// dist/cli/install-server.js
const SERVER_HOOK_MARKER = "# scan-keys pre-receive hook";
const SERVER_CHAINED = "pre-receive.scan-keys-chained";
const BIN = (0, node_url.fileURLToPath)(new URL("../../bin/scan-keys.js", require("url").pathToFileURL(__filename).href));
function serverHookScript(node, bin) {
	const q = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
	return `#!/bin/sh
${SERVER_HOOK_MARKER} (added by \`scan-keys install --server\`)
input=$(cat)
chained="$(dirname "$0")/${SERVER_CHAINED}"
if [ -x "$chained" ]; then printf '%s\\n' "$input" | "$chained" "$@" || exit $?; fi
node=${q(node)}
bin=${q(bin)}
if [ -x "$node" ] && [ -f "$bin" ]; then printf '%s\\n' "$input" | "$node" "$bin" pre-receive; exit $?; fi
printf '%s\\n' "$input" | scan-keys pre-receive
`;
}
function installInD(dir, script) {
	const file = (0, node_path.join)(dir, "scan-keys");
	if ((0, node_fs.existsSync)(file) && (0, node_fs.readFileSync)(file, "latin1") === script) return {
		code: "already-installed",
		file
	};
	require_install.writeExecutable(file, script);
	return {
		code: "created",
		file
	};
}
async function installServer(target, cwd) {
	const path = (0, node_path.resolve)(cwd, target);
	const script = serverHookScript(process.execPath, BIN);
	if (!(0, node_fs.existsSync)(path) || !(0, node_fs.statSync)(path).isDirectory()) throw new require_base.GitError(`install --server: no such directory: ${path}`);
	if ((0, node_path.basename)(path) === "pre-receive.d") return installInD(path, script);
	let hooks;
	try {
		if ((await require_base.gitRaw(path, ["rev-parse", "--is-bare-repository"])).trim() !== "true") throw new require_base.GitError(`install --server: ${path} is not a bare repository (give the server's repository, or its pre-receive.d directory)`);
		hooks = (0, node_path.resolve)(path, (await require_base.gitRaw(path, [
			"rev-parse",
			"--git-path",
			"hooks"
		])).trim());
	} catch (err) {
		if (err instanceof require_base.GitError && err.message.startsWith("install --server")) throw err;
		throw new require_base.GitError(`install --server: ${path} is not a git repository`);
	}
	if ((0, node_fs.existsSync)((0, node_path.join)(hooks, "pre-receive.d"))) return installInD((0, node_path.join)(hooks, "pre-receive.d"), script);
	(0, node_fs.mkdirSync)(hooks, { recursive: true });
	const file = (0, node_path.join)(hooks, "pre-receive");
	const r = require_install.writeChainedHook(file, script, SERVER_HOOK_MARKER, SERVER_CHAINED);
	if (r.kind === "chained-exists") throw new require_base.GitError(`install --server: ${r.chained} already exists; move it away, then run install again`);
	if (r.kind === "chained") return {
		code: "chained",
		file,
		chained: r.chained
	};
	return {
		code: r.kind,
		file
	};
}
function describeServerInstall(o) {
	switch (o.code) {
		case "created": return `installed the pre-receive hook ${o.file}`;
		case "chained": return `installed the pre-receive hook ${o.file}; the previous hook is now ${o.chained} and runs first`;
		case "already-installed": return `already installed in ${o.file}; nothing changed`;
	}
}
exports.describeServerInstall = describeServerInstall;
exports.installServer = installServer;
