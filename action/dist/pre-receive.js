const require_git_run = require("./git-run.js");
const require_file = require("./file.js");
const require_main = require("./main.js");
const require_common = require("./common.js");
let node_fs = require("node:fs");
let node_url = require("node:url");
// dist/sources/history-search.js
/**
* Whether some byte strings occur anywhere in a repository's history: one `git log -p --cc -U0`
* of the given revisions, searched as it streams (the values never go on a command line, where
* other users of the server could read them). Used only for the few values a push would be
* blocked for, so its cost (about that of `git log -p`) is paid only then.
*/
/** Indices of the `needles` found in the patches of `revs`; stops reading once all are found. */
async function findInHistory(dir, revs, needles) {
	const found = /* @__PURE__ */ new Set();
	if (needles.length === 0) return found;
	const child = require_git_run.gitSpawn(dir, [
		...require_main.LOG_CONFIG,
		"log",
		"--no-color",
		"--no-ext-diff",
		"--no-textconv",
		"--text",
		"-p",
		"--cc",
		"--unified=0",
		"--no-renames",
		"--format=%x01",
		...revs,
		"--"
	]);
	child.stdin.end();
	const stderr = require_git_run.firstStderrLine(child);
	const closed = new Promise((done, fail) => {
		child.on("error", (err) => fail(new require_git_run.GitError(`git log: ${err.message}`)));
		child.on("close", (code, signal) => done(signal ? 0 : code));
	});
	closed.catch(() => {});
	const keep = Math.max(...needles.map((n) => n.length)) - 1;
	let tail = Buffer.alloc(0);
	try {
		for await (const chunk of child.stdout) {
			const text = tail.length > 0 ? Buffer.concat([tail, chunk]) : chunk;
			for (const [i, needle] of needles.entries()) if (!found.has(i) && text.includes(needle)) found.add(i);
			if (found.size === needles.length) break;
			tail = Buffer.from(text.subarray(Math.max(0, text.length - keep)));
		}
	} finally {
		if (child.exitCode === null && child.signalCode === null) child.kill();
	}
	const code = await closed;
	if (code !== 0 && found.size < needles.length) throw new require_git_run.GitError(`git log failed: ${stderr() || `exit ${code}`}`);
	return found;
}
/** True when the repository has at least one ref (a first push into an empty repository has none). */
async function hasRefs(dir) {
	const child = require_git_run.gitSpawn(dir, [
		"for-each-ref",
		"--count=1",
		"--format=x"
	]);
	child.stdin.end();
	const stderr = require_git_run.firstStderrLine(child);
	let out = "";
	child.stdout.on("data", (d) => out += d.toString("utf8"));
	const code = await new Promise((done, fail) => {
		child.on("error", (err) => fail(new require_git_run.GitError(`git for-each-ref: ${err.message}`)));
		child.on("close", done);
	});
	if (code !== 0) throw new require_git_run.GitError(`git for-each-ref failed: ${stderr() || `exit ${code}`}`);
	return out.trim() !== "";
}
// dist/policy/pushed.js
/**
* The policy of a repository as pushed: `.scan-keys.json` and `.scan-keys-baseline.json` read from
* a commit (a bare repository on a server has no work tree), not from the disk. Paths in both are
* relative to the repository root, which is what a commit scan reports.
*/
const CONFIG_FILE = ".scan-keys.json";
const CONFIG_SCHEMA = (0, node_url.fileURLToPath)(new URL("../../config.schema.json", require("url").pathToFileURL(__filename).href));
/** The policy at `commit` (a full object id of a commit). Invalid files are ConfigError / BaselineError. */
async function policyAtCommit(blobs, commit) {
	const [configBlob, baselineBlob] = await blobs.getMany([`${commit}:${CONFIG_FILE}`, `${commit}:${require_main.BASELINE_FILE}`]);
	const short = commit.slice(0, 10);
	let config = require_main.EMPTY_CONFIG;
	if (configBlob?.type === "blob") {
		const shown = `${CONFIG_FILE} (commit ${short})`;
		let data;
		try {
			data = JSON.parse((configBlob.content ?? Buffer.alloc(0)).toString("utf8"));
		} catch (err) {
			throw new require_main.ConfigError(`${shown}: invalid JSON: ${err.message}`);
		}
		const schema = JSON.parse((0, node_fs.readFileSync)(CONFIG_SCHEMA, "utf8"));
		config = require_main.compileConfig(data, schema, shown, { patternSchema: require_file.loadPatternSchema() });
	}
	const baseline = baselineBlob?.type === "blob" ? require_main.parseBaseline((baselineBlob.content ?? Buffer.alloc(0)).toString("utf8"), `${require_main.BASELINE_FILE} (commit ${short})`) : [];
	const oid = (o) => o?.type === "blob" ? o.oid : "";
	return {
		config,
		baseline,
		key: `${oid(configBlob)}:${oid(baselineBlob)}`
	};
}
// dist/scan/pre-receive.js
var PushInputError = class extends Error {
	constructor(message) {
		super(message);
		this.name = "PushInputError";
	}
};
const OID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const isZero = (oid) => /^0+$/.test(oid);
/** The `<old> <new> <ref>` lines git gives pre-receive on stdin. */
function parseRefUpdates(text) {
	const updates = [];
	for (const line of text.split("\n")) {
		if (line.trim() === "") continue;
		const [old, next, ref, ...rest] = line.trim().split(" ");
		if (!old || !next || !ref || rest.length > 0 || !OID.test(old) || !OID.test(next)) throw new PushInputError(`not a pre-receive line ("<old> <new> <ref>"): ${line.slice(0, 120)}`);
		updates.push({
			old,
			new: next,
			ref
		});
	}
	return updates;
}
async function scanPush(options) {
	const started = performance.now();
	const { gitDir } = options;
	const result = {
		blocking: [],
		known: [],
		below: [],
		allowed: 0,
		baselined: 0,
		refs: [],
		commits: 0,
		files: 0,
		lines: 0,
		bytes: 0,
		providers: [],
		durationMs: 0
	};
	const live = options.updates.filter((u) => {
		if (isZero(u.new)) result.refs.push({
			ref: u.ref,
			action: "deleted"
		});
		return !isZero(u.new);
	});
	if (live.length === 0) return finish(result, started);
	const byKey = /* @__PURE__ */ new Map();
	const blobs = new require_main.CatFile(gitDir);
	try {
		const peeled = await blobs.getMany(live.map((u) => `${u.new}^{commit}`));
		const types = peeled.some((p) => p === void 0) ? await blobs.getMany(live.map((u) => u.new)) : [];
		const policies = /* @__PURE__ */ new Map();
		for (const [i, u] of live.entries()) {
			const commit = peeled[i];
			if (!commit) {
				result.refs.push({
					ref: u.ref,
					action: "not-a-commit",
					type: types[i]?.type ?? "missing object"
				});
				continue;
			}
			result.refs.push({
				ref: u.ref,
				action: "scanned"
			});
			let policy = policies.get(commit.oid);
			if (!policy) {
				policy = await policyAtCommit(blobs, commit.oid);
				policies.set(commit.oid, policy);
			}
			const group = byKey.get(policy.key) ?? {
				policy,
				tips: []
			};
			if (!group.tips.includes(commit.oid)) group.tips.push(commit.oid);
			byKey.set(policy.key, group);
		}
	} finally {
		await blobs.close();
	}
	if (result.refs.some((r) => r.type === "missing object")) throw new PushInputError(`pushed object missing: ${result.refs.filter((r) => r.type === "missing object").map((r) => r.ref).join(", ")}`);
	const providers = /* @__PURE__ */ new Map();
	const seen = /* @__PURE__ */ new Set();
	const blocking = [];
	for (const { policy, tips } of byKey.values()) {
		const rules = require_file.loadPatterns([...policy.config.patterns]);
		for (const p of rules.providers) if (!providers.has(p.id)) providers.set(p.id, p);
		const scanned = await require_main.scanRange({
			rules,
			cwd: gitDir,
			spec: { revs: [
				...tips,
				"--not",
				"--all"
			] },
			config: policy.config,
			inlineAllow: options.inlineAllow ?? true,
			count: false,
			presentAtHead: false
		});
		result.commits += scanned.stats.commits ?? 0;
		result.files += scanned.stats.files;
		result.lines += scanned.stats.lines;
		result.bytes += scanned.stats.bytes;
		const allow = require_main.applyAllowlist(scanned.findings, policy.config.allowRules);
		result.allowed += allow.allowed.length;
		const base = require_main.applyBaseline(allow.kept, policy.baseline);
		result.baselined += base.baselined.length;
		const failOn = policy.config.failOn ?? "medium";
		for (const f of base.kept) {
			const key = `${f.commit?.sha}\0${f.file}\0${f.fingerprint}`;
			if (seen.has(key)) continue;
			seen.add(key);
			if (failOn !== "none" && require_file.severityRank(f.severity) >= require_file.severityRank(failOn)) blocking.push(f);
			else result.below.push(f);
		}
	}
	result.providers = [...providers.values()];
	if (blocking.length > 0 && await hasRefs(gitDir)) {
		const values = [...new Set(blocking.map((f) => f.secret))];
		const found = await findInHistory(gitDir, ["--all"], values.map((v) => Buffer.from(v, "latin1")));
		const known = new Set([...found].map((i) => values[i]));
		for (const f of blocking) (known.has(f.secret) ? result.known : result.blocking).push(f);
	} else result.blocking = blocking;
	return finish(result, started);
}
function finish(result, started) {
	result.durationMs = performance.now() - started;
	return result;
}
// dist/report/push.js
const PUSH_MESSAGES = {
	rejected: (n) => `scan-keys: push rejected: ${n === 1 ? "a key" : `${n} keys`} in the pushed commits`,
	consoleLine: (provider, url) => `  ${provider}: disable the key now, even though this push was refused: ${url}`,
	howTo: "To push again, take the key out of the commits that add it (read it from an environment variable or a secrets manager instead):",
	amend: "  in the last commit:   remove it, `git add` the file, `git commit --amend`, then push",
	rebase: (sha) => `  in an older commit:   \`git rebase -i ${sha}^\`, mark that commit \`edit\`, remove it, \`git commit --amend\`, \`git rebase --continue\`, then push`,
	known: (n) => `scan-keys: warning: ${n === 1 ? "a key" : `${n} keys`} already in this repository's history (not blocking this push; remove it from history and revoke it):`,
	below: (n) => `scan-keys: note: ${n} finding${n === 1 ? "" : "s"} below the fail level (not blocking)`,
	clean: (commits, files, lines) => `scan-keys: ${commits} new commit${commits === 1 ? "" : "s"} scanned (${files} file${files === 1 ? "" : "s"}, ${lines} added line${lines === 1 ? "" : "s"}): no keys`,
	notACommit: (ref, type) => `scan-keys: warning: ${ref} points at a ${type}, not a commit: not scanned`
};
function place(f, showSecrets) {
	return `  ${f.commit ? f.commit.sha.slice(0, 10) : "?"}  ${f.file}:${f.line}  ${f.ruleId} (${f.severity})  ${require_common.shownSecret(f, showSecrets)}`;
}
/** The lines for a rejected push, or for the warnings of an accepted one. */
function renderPushFindings(r) {
	const show = r.showSecrets === true;
	const out = [];
	if (r.blocking.length > 0) {
		out.push(PUSH_MESSAGES.rejected(r.blocking.length));
		for (const f of r.blocking) out.push(place(f, show));
		const byId = new Map(r.providers.map((p) => [p.id, p]));
		for (const id of [...new Set(r.blocking.map((f) => f.provider))]) {
			const p = byId.get(id);
			if (p) out.push(PUSH_MESSAGES.consoleLine(p.name, p.remediation.console.url));
		}
		out.push(PUSH_MESSAGES.howTo, PUSH_MESSAGES.amend);
		const oldest = r.blocking.find((f) => f.commit)?.commit?.sha.slice(0, 10) ?? "<commit>";
		out.push(PUSH_MESSAGES.rebase(oldest));
	}
	if (r.known.length > 0) {
		out.push(PUSH_MESSAGES.known(r.known.length));
		for (const f of r.known) out.push(place(f, show));
	}
	if (r.below.length > 0) out.push(PUSH_MESSAGES.below(r.below.length));
	return out.length > 0 ? out.join("\n") + "\n" : "";
}
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
	const child = require_git_run.gitSpawn(gitDir, [
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
		child.on("error", (e) => fail(new require_git_run.GitError(`git config: ${e.message}`)));
		child.on("close", done);
	});
	if (code !== 0 && code !== 1) throw new require_git_run.GitError(`git config failed: ${err.trim().split("\n")[0] ?? code}`);
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
			if (value !== "reject" && value !== "accept") throw new require_git_run.GitError(HOOK_MESSAGES.badSetting(value));
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
		const updates = parseRefUpdates(input);
		const r = await scanPush({
			gitDir: io.cwd,
			updates
		});
		for (const ref of r.refs) if (ref.action === "not-a-commit") say(PUSH_MESSAGES.notACommit(ref.ref, ref.type ?? "non-commit"));
		const text = renderPushFindings({
			blocking: r.blocking,
			known: r.known,
			below: r.below,
			providers: r.providers
		});
		if (text) say(text);
		if (r.blocking.length > 0) return 1;
		if (r.refs.some((x) => x.action === "scanned") && r.known.length === 0) say(PUSH_MESSAGES.clean(r.commits, r.files, r.lines));
		return 0;
	} catch (err) {
		const why = require_common.redactText(require_common.oneLine(err).split("\n")[0] ?? "unknown error", void 0, true);
		if (settings.onError === "accept") {
			say(HOOK_MESSAGES.errorAccepted(why));
			return 0;
		}
		say(HOOK_MESSAGES.errorRejected(why));
		return 1;
	}
}
exports.runPreReceive = runPreReceive;
