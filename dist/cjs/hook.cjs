Object.defineProperty(exports, Symbol.toStringTag, { value: "Module" });
const require_base = require("./base.cjs");
const require_push = require("./push.cjs");
const require_core = require("./core.cjs");
// dist/cli/pre-receive.js
const HOOK_MESSAGES = require_core.en.hook;
async function readSettings(gitDir) {
	const child = require_base.gitSpawn(gitDir, [
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
		child.on("error", (e) => fail(new require_base.GitError(`git config: ${e.message}`)));
		child.on("close", done);
	});
	if (code !== 0 && code !== 1) throw new require_base.GitError(`git config failed: ${err.trim().split("\n")[0] ?? code}`);
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
			if (value !== "reject" && value !== "accept") throw new require_base.GitError(HOOK_MESSAGES.badSetting(value));
			settings.onError = value;
		}
		if (name.toLowerCase() === "scan-keys.lang") {
			const lang = require_base.parseLang(value);
			if (lang) settings.lang = lang;
		}
	}
	return settings;
}
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
	let t = require_core.EN;
	let chosen = false;
	const speak = async (lang) => {
		chosen = true;
		if (lang !== t.lang) t = await require_core.loadLocale(lang);
	};
	let settings = {
		allowSkip: false,
		onError: "reject"
	};
	try {
		const [input, read] = await Promise.all([readAll(io.stdin), readSettings(io.cwd)]);
		settings = read;
		await speak(settings.lang ?? require_base.langFromEnv(io.env));
		const skip = skipReason(io.env);
		if (skip !== void 0) {
			if (!settings.allowSkip) say(t.m.hook.skipRefused);
			else if (skip === "") say(t.m.hook.skipNoReason);
			else {
				say(t.m.hook.skipped(skip.replace(/[\r\n]+/g, " ").slice(0, 300)));
				return 0;
			}
		}
		const updates = require_push.parseRefUpdates(input);
		const r = await require_push.scanPush({
			gitDir: io.cwd,
			updates
		});
		if (r.lang) await speak(r.lang);
		const M = t.m.push;
		for (const ref of r.refs) if (ref.action === "not-a-commit") say(M.notACommit(ref.ref, ref.type ?? "non-commit"));
		const text = require_push.renderPushFindings({
			blocking: r.blocking,
			known: r.known,
			below: r.below,
			providers: r.providers,
			t
		});
		if (text) say(text);
		if (r.blocking.length > 0) return 1;
		if (r.refs.some((x) => x.action === "scanned") && r.known.length === 0) say(M.clean(r.commits, r.files, r.lines));
		return 0;
	} catch (err) {
		const why = require_core.redactText(require_base.oneLine(err).split("\n")[0] ?? "unknown error", void 0, true);
		if (!chosen) await speak(settings.lang ?? require_base.langFromEnv(io.env)).catch(() => void 0);
		if (settings.onError === "accept") {
			say(t.m.hook.errorAccepted(t.m.error(why)));
			return 0;
		}
		say(t.m.hook.errorRejected(t.m.error(why)));
		return 1;
	}
}
exports.HOOK_MESSAGES = HOOK_MESSAGES;
exports.runPreReceive = runPreReceive;
exports.skipReason = skipReason;
