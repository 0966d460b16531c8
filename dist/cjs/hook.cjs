Object.defineProperty(exports, Symbol.toStringTag, { value: "Module" });
const require_core = require("./core.cjs");
// dist/cli/pre-receive.js
/**
* `scan-keys pre-receive`: the server-side gate as a git hook. Standard input in (`<old> <new>
* <ref>` lines), a few lines on stderr for the pusher, exit 0 (accept) or 1 (reject).
*
* Server settings (git config of the bare repository, never of the pushed commit):
* - `scan-keys.allowSkip` (bool, default false): honour `git push -o scan-keys.skip=<reason>`.
*   Git only passes push options when the server advertises them (`receive.advertisePushOptions`).
* - `scan-keys.onError` (`reject`, the default, or `accept`): what a push gets when the scan could
*   not run (a broken config in the pushed commit, git failing, a crash). A gate that opens on error
*   is no gate, so the default rejects; `accept` is for a team that would rather not stop work
*   while the tool is broken, and says so on every such push.
*/
/** Every sentence this command says besides the findings (report/push.ts), in one place. */
const HOOK_MESSAGES = {
	skipped: (reason) => `scan-keys: push accepted WITHOUT a scan: push option scan-keys.skip (reason: ${reason})`,
	skipRefused: "scan-keys: push option scan-keys.skip ignored: this server does not allow skipping (git config scan-keys.allowSkip true)",
	skipNoReason: "scan-keys: push option scan-keys.skip needs a reason (git push -o scan-keys.skip=\"why\"); scanning",
	errorRejected: (why) => `scan-keys: the scan could not run, so the push is rejected (server setting scan-keys.onError=reject): ${why}`,
	errorAccepted: (why) => `scan-keys: warning: the scan could not run; push accepted UNSCANNED (server setting scan-keys.onError=accept): ${why}`,
	badSetting: (value) => `scan-keys.onError must be "reject" or "accept", not "${value}"`
};
/** `git config --get-regexp ^scan-keys\.` of the repository (exit 1 from git: nothing set). */
async function readSettings(gitDir) {
	const child = require_core.gitSpawn(gitDir, [
		"config",
		"--get-regexp",
		"^scan-keys\\."
	]);
	child.stdin.end();
	let out = "";
	let err = "";
	child.stdout.on("data", (d) => out += d.toString("utf8"));
	child.stderr.on("data", (d) => err += d.toString("utf8"));
	const code = await new Promise((done, fail) => {
		child.on("error", (e) => fail(new require_core.GitError(`git config: ${e.message}`)));
		child.on("close", done);
	});
	if (code !== 0 && code !== 1) throw new require_core.GitError(`git config failed: ${err.trim().split("\n")[0] ?? code}`);
	const settings = {
		allowSkip: false,
		onError: "reject"
	};
	for (const line of out.split("\n")) {
		const m = /^(\S+)\s?(.*)$/.exec(line.trim());
		if (!m) continue;
		const [, name, value] = m;
		if (name.toLowerCase() === "scan-keys.allowskip") settings.allowSkip = /^(true|yes|on|1)$/i.test(value);
		if (name.toLowerCase() === "scan-keys.onerror") {
			if (value !== "reject" && value !== "accept") throw new require_core.GitError(HOOK_MESSAGES.badSetting(value));
			settings.onError = value;
		}
	}
	return settings;
}
/** The value of `scan-keys.skip=<reason>` among the push options, if given ('' without a reason). */
function skipReason(env) {
	const count = Number(env.GIT_PUSH_OPTION_COUNT ?? 0);
	let reason;
	for (let i = 0; i < count && i < 1e3; i++) {
		const option = env[`GIT_PUSH_OPTION_${i}`] ?? "";
		if (option === "scan-keys.skip") reason = "";
		else if (option.startsWith("scan-keys.skip=")) reason = option.slice(15).trim();
	}
	return reason;
}
async function readAll(stdin) {
	const chunks = [];
	for await (const c of stdin) chunks.push(Buffer.from(c));
	return Buffer.concat(chunks).toString("utf8");
}
async function runPreReceive(io) {
	const say = (s) => io.stderr.write(s.endsWith("\n") ? s : s + "\n");
	let settings = {
		allowSkip: false,
		onError: "reject"
	};
	try {
		const [input, read] = await Promise.all([readAll(io.stdin), readSettings(io.cwd)]);
		settings = read;
		const skip = skipReason(io.env);
		if (skip !== void 0) {
			if (!settings.allowSkip) say(HOOK_MESSAGES.skipRefused);
			else if (skip === "") say(HOOK_MESSAGES.skipNoReason);
			else {
				say(HOOK_MESSAGES.skipped(skip.replace(/[\r\n]+/g, " ").slice(0, 300)));
				return 0;
			}
		}
		const updates = require_core.parseRefUpdates(input);
		const r = await require_core.scanPush({
			gitDir: io.cwd,
			updates
		});
		for (const ref of r.refs) if (ref.action === "not-a-commit") say(require_core.PUSH_MESSAGES.notACommit(ref.ref, ref.type ?? "non-commit"));
		const text = require_core.renderPushFindings({
			blocking: r.blocking,
			known: r.known,
			below: r.below,
			providers: r.providers
		});
		if (text) say(text);
		if (r.blocking.length > 0) return 1;
		if (r.refs.some((x) => x.action === "scanned") && r.known.length === 0) say(require_core.PUSH_MESSAGES.clean(r.commits, r.files, r.lines));
		return 0;
	} catch (err) {
		const why = require_core.redactText(require_core.oneLine(err).split("\n")[0] ?? "unknown error", void 0, true);
		if (settings.onError === "accept") {
			say(HOOK_MESSAGES.errorAccepted(why));
			return 0;
		}
		say(HOOK_MESSAGES.errorRejected(why));
		return 1;
	}
}
exports.HOOK_MESSAGES = HOOK_MESSAGES;
exports.runPreReceive = runPreReceive;
exports.skipReason = skipReason;
