const require_rolldown_runtime = require("./rolldown-runtime.cjs");
const require_base = require("./base.cjs");
const require_boot = require("./boot.cjs");
const require_core = require("./core.cjs");
let node_fs = require("node:fs");
let node_path = require("node:path");
let node_url = require("node:url");
let node_crypto = require("node:crypto");
let node_util = require("node:util");
// dist/report/types.js
const NO_COLORS = {
	red: (s) => s,
	yellow: (s) => s,
	green: (s) => s,
	dim: (s) => s,
	bold: (s) => s,
	cyan: (s) => s
};
// dist/report/width.js
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;
const ZERO = /[\u0300-\u036F\u200B-\u200F\uFE00-\uFE0F]/u;
function displayWidth(s) {
	if (/^[\x20-\x7e]*$/.test(s)) return s.length;
	let w = 0;
	for (const ch of s) w += WIDE.test(ch) ? 2 : ZERO.test(ch) ? 0 : 1;
	return w;
}
function padEndWidth(s, width) {
	const w = displayWidth(s);
	return w >= width ? s : s + " ".repeat(width - w);
}
// dist/report/text.js
function paint(c, severity, text) {
	switch (severity) {
		case "critical": return c.bold(c.red(text));
		case "high": return c.red(text);
		case "medium": return c.yellow(text);
		default: return c.dim(text);
	}
}
function formatBytes(n) {
	if (n < 1024) return `${n} B`;
	if (n < 1048576) return `${(n / 1024).toFixed(1)} KiB`;
	if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MiB`;
	return `${(n / 1024 ** 3).toFixed(2)} GiB`;
}
function describe(f, m) {
	const notes = [];
	if (f.pair) notes.push(m.pairsWith(f.pair.line, f.pair.column));
	else if (f.confidence === "context") notes.push(m.assignedToSecretName);
	if (f.isPublic) notes.push(m.publicNotBlocking);
	if (f.verification) notes.push(require_core.verificationNote(f, m));
	if (f.commit) notes.push(m.commitNote(f.commit.sha.slice(0, 10), f.commit.author, f.commit.date.slice(0, 10), f.commit.count));
	return notes.join(m.noteSeparator);
}
function renderText(report, c, t = require_core.EN) {
	const { m } = t;
	const lines = [];
	const { findings } = report;
	const byProvider = new Map(report.providers.map((p) => [p.id, p]));
	const providerOf = (f) => t.providerName(byProvider.get(f.provider), f.providerName);
	const titleOf = (f) => t.ruleTitle(byProvider.get(f.provider), f.ruleId, f.title);
	const where = (f) => `${f.file || "<stdin>"}:${f.line}:${f.column}`;
	const rootLive = findings.filter((f) => f.verification?.status === "live" && f.verification.root && f.kind !== "access-key-secret" && f.kind !== "sts-access-key-secret");
	for (const f of rootLive) lines.push(c.bold(c.red(m.liveRootKey(where(f), providerOf(f), f.verification?.account))));
	const live = findings.filter((f) => f.verification?.status === "live" && !f.verification.root && f.kind !== "access-key-secret" && f.kind !== "sts-access-key-secret");
	for (const f of live) lines.push(c.bold(c.red(m.liveKey(where(f), providerOf(f)))));
	if (rootLive.length + live.length > 0) lines.push("");
	const titleWidth = findings.reduce((w, f) => Math.max(w, displayWidth(titleOf(f))), 0);
	const sevWidth = Math.max(...require_base.SEVERITIES.map((s) => displayWidth(m.severity[s])));
	let current;
	for (const f of findings) {
		if (f.file !== current) {
			if (current !== void 0) lines.push("");
			current = f.file;
			lines.push(c.bold(c.cyan(f.file || "<stdin>")));
		}
		const at = `${f.line}:${f.column}`.padEnd(9);
		const sev = paint(c, f.severity, padEndWidth(m.severity[f.severity], sevWidth));
		const note = describe(f, m);
		lines.push(`  ${at} ${sev} ${padEndWidth(titleOf(f), titleWidth)}  ${require_core.shownSecret(f, report.showSecrets)}${note ? c.dim(`  (${note})`) : ""}`);
	}
	if (findings.length > 0) lines.push("");
	const blocking = findings.filter((f) => require_core.isBlocking(f, report.failOn));
	for (const provider of report.providers) {
		const mine = findings.filter((f) => f.provider === provider.id);
		if (mine.length === 0) continue;
		const r = t.remediation(provider);
		lines.push(c.bold(m.whatToDoNow(t.providerName(provider, provider.name), mine.length)));
		for (const step of r.now) lines.push(`  \u2022 ${step}`);
		lines.push(`  ${c.bold(m.console)} ${r.console.url}  ${c.dim(r.console.title)}`);
		lines.push(c.bold(`  ${m.nextTime}`));
		for (const step of r.prevent) lines.push(`  \u2022 ${step}`);
		lines.push(c.bold(`  ${m.guides}`));
		for (const link of r.links) lines.push(`    ${m.link(link.title, link.url)}`);
		lines.push("");
	}
	const s = report.stats;
	const scanned = m.scanned(s.files, formatBytes(s.bytes), s.lines, (s.durationMs / 1e3).toFixed(2), s.skipped);
	if (blocking.length > 0) {
		const counts = [
			"critical",
			"high",
			"medium",
			"low"
		].map((sev) => [sev, blocking.filter((f) => f.severity === sev).length]).filter(([, n]) => n > 0).map(([sev, n]) => m.severityCount(n, m.severity[sev])).join(m.listSeparator);
		const files = new Set(blocking.map((f) => f.file)).size;
		lines.push(c.red(c.bold(m.blockingSummary(blocking.length, counts, files))));
		const rest = findings.length - blocking.length;
		if (rest > 0) lines.push(c.dim(`  ${m.moreBelowFailOn(rest, report.failOn)}`));
	} else if (findings.length > 0) lines.push(c.yellow(m.belowFailOn(findings.length, report.failOn)));
	else lines.push(c.green(m.noCredentials));
	lines.push(c.dim(`  ${scanned}`));
	return lines.join("\n") + "\n";
}
function renderSkipped(report, c, t = require_core.EN) {
	return report.skipped.map((s) => c.dim(t.m.skippedLine(s.file, s.reason))).join("\n") + (report.skipped.length ? "\n" : "");
}
// dist/sources/paths.js
function displayPath(root, path) {
	const rel = (0, node_path.relative)(root, path);
	if (rel === "") return ".";
	if (rel.startsWith("..") || (0, node_path.isAbsolute)(rel)) return path.split(node_path.sep).join("/");
	return rel.split(node_path.sep).join("/");
}
// dist/sources/files.js
const lstat = (0, node_util.promisify)(node_fs.lstat);
var InputError = class extends Error {
	code;
	constructor(message, code) {
		super(message);
		this.name = "InputError";
		this.code = code;
	}
};
const UNREADABLE = new Set(["EACCES", "EPERM"]);
const SKIP_GIT_INTERNALS = "git internals (.git/ is never scanned)";
function isWarnedSkip(reason) {
	return reason.includes("--max-file-size") || reason.startsWith("unreadable");
}
function unreadable(code) {
	return `unreadable (${code}; skipped by --skip-unreadable)`;
}
function errCode(err) {
	return err.code;
}
function describeCode(code, err) {
	if (code === "EACCES" || code === "EPERM") return `permission denied (${code})`;
	return code ?? err.message;
}
const WALK_SKIP = new Set([".git", "node_modules"]);
function* walk(top, root, options) {
	const stack = [];
	const open = function* (dir) {
		let entries;
		try {
			entries = (0, node_fs.readdirSync)(dir, { withFileTypes: true });
		} catch (err) {
			const code = errCode(err);
			const display = displayPath(root, dir);
			if (code && UNREADABLE.has(code) && options.skipUnreadable) {
				yield {
					path: dir,
					display,
					explicit: false,
					skip: unreadable(code)
				};
				return;
			}
			throw new InputError(`cannot read directory ${display}: ${describeCode(code, err)}`, code);
		}
		entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
		stack.push({
			dir,
			names: entries,
			next: 0
		});
	};
	yield* open(top);
	while (stack.length > 0) {
		const frame = stack[stack.length - 1];
		if (frame.next >= frame.names.length) {
			stack.pop();
			continue;
		}
		const e = frame.names[frame.next++];
		const full = (0, node_path.join)(frame.dir, e.name);
		if (e.isDirectory()) {
			if (!WALK_SKIP.has(e.name)) yield* open(full);
		} else yield full;
	}
}
async function gitFiles(dir, root, skipped, options) {
	if (process.env.GIT_DIR === void 0 && require_boot.findDotGit(dir) === void 0) return void 0;
	let inside;
	try {
		inside = (await require_base.gitRaw(dir, ["rev-parse", "--is-inside-work-tree"])).trim();
	} catch (err) {
		if (require_base.isNotARepository(err)) return void 0;
		throw err;
	}
	if (inside !== "true") return void 0;
	const modules = (0, node_path.resolve)(dir).split(node_path.sep).includes("node_modules") ? [] : ["--exclude=node_modules/"];
	const { stdout, stderr } = await require_base.gitRawWithWarnings(dir, [
		"-c",
		"core.quotePath=false",
		"ls-files",
		"-z",
		"--cached",
		"--others",
		"--exclude-standard",
		...modules,
		"--deduplicate",
		"--",
		"."
	]);
	for (const m of stderr.matchAll(/could not open directory '(.*)': (.*)/g)) {
		const path = (0, node_path.join)(dir, m[1]).replace(/[\\/]$/, "");
		const display = displayPath(root, path);
		if (options.skipUnreadable) skipped.push({
			path,
			display,
			explicit: false,
			skip: unreadable("EACCES")
		});
		else throw new InputError(`cannot read directory ${display}: ${m[2].toLowerCase()}`, "EACCES");
	}
	return splitNul(stdout, dir);
}
function* splitNul(out, dir) {
	for (let at = 0; at < out.length;) {
		let end = out.indexOf("\0", at);
		if (end === -1) end = out.length;
		if (end > at) yield (0, node_path.join)(dir, out.slice(at, end));
		at = end + 1;
	}
}
function isGitInternal(abs) {
	return abs.split(node_path.sep).includes(".git");
}
async function* streamTargets(paths, root, options = {}) {
	const seen = paths.length > 1 ? new Set() : void 0;
	const target = (path, explicit, skip) => {
		if (seen?.has(path)) return void 0;
		seen?.add(path);
		return {
			path,
			display: displayPath(root, path),
			explicit,
			...skip ? { skip } : {}
		};
	};
	for (const p of paths) {
		const abs = (0, node_path.resolve)(root, p);
		let st;
		try {
			st = await lstat(abs);
		} catch (err) {
			const code = errCode(err);
			if (code && UNREADABLE.has(code) && options.skipUnreadable) {
				const t = target(abs, true, unreadable(code));
				if (t) yield t;
				continue;
			}
			throw new InputError(code === "ENOENT" ? `no such file or directory: ${p}` : `cannot read ${p}: ${describeCode(code, err)}`, code);
		}
		if (isGitInternal(abs)) {
			const t = target(abs, true, SKIP_GIT_INTERNALS);
			if (t) yield t;
		} else if (st.isDirectory()) {
			const skipped = [];
			const listed = await gitFiles(abs, root, skipped, options);
			for await (const f of listed ?? walk(abs, root, options)) {
				const t = typeof f === "string" ? target(f, false) : target(f.path, false, f.skip);
				if (t) yield t;
			}
			for (const s of skipped) {
				const t = target(s.path, false, s.skip);
				if (t) yield t;
			}
		} else {
			const t = target(abs, true);
			if (t) yield t;
		}
	}
}
const READ_CHUNK = 1 << 19;
let firstChunk;
function readFileChunksSync(target, maxFileSize, sink, options = {}) {
	if (target.skip) return {
		kind: "skipped",
		reason: target.skip
	};
	const failed = (err) => {
		const code = errCode(err);
		if (code && UNREADABLE.has(code) && options.skipUnreadable) return {
			kind: "skipped",
			reason: unreadable(code)
		};
		throw new InputError(`cannot read ${target.display}: ${describeCode(code, err)}`, code);
	};
	let fd;
	try {
		fd = (0, node_fs.openSync)(target.path, node_fs.constants.O_RDONLY | node_fs.constants.O_NOFOLLOW | node_fs.constants.O_NONBLOCK);
	} catch (err) {
		const code = errCode(err);
		if (code === "ELOOP") return {
			kind: "skipped",
			reason: "symbolic link (not followed)"
		};
		if (code === "ENOENT" && !target.explicit) return {
			kind: "skipped",
			reason: "deleted from the work tree"
		};
		return failed(err);
	}
	let size = 0;
	try {
		const st = (0, node_fs.fstatSync)(fd);
		if (st.isDirectory()) return {
			kind: "skipped",
			reason: "directory (submodule?)"
		};
		if (!st.isFile()) return {
			kind: "skipped",
			reason: "not a regular file"
		};
		if (st.size > maxFileSize) return {
			kind: "skipped",
			reason: `larger than --max-file-size (${st.size} bytes)`
		};
		options.onSize?.(st.size);
		const chunkSize = Math.min(READ_CHUNK, Math.max(st.size, 1) + 1);
		let full;
		for (let first = true;; first = false) {
			let chunk;
			if (first && options.reuseFirstChunk) chunk = (firstChunk ??= Buffer.allocUnsafeSlow(READ_CHUNK)).subarray(0, chunkSize);
			else if (full && options.release) {
				options.release();
				chunk = full;
			} else chunk = Buffer.allocUnsafe(chunkSize);
			const bytesRead = (0, node_fs.readSync)(fd, chunk, 0, chunkSize, null);
			if (bytesRead === 0) break;
			size += bytesRead;
			full = bytesRead === chunkSize ? chunk : void 0;
			sink(bytesRead === chunkSize ? chunk : chunk.subarray(0, bytesRead));
			if (size > maxFileSize) return {
				kind: "skipped",
				reason: `grew past --max-file-size while being read`
			};
		}
	} catch (err) {
		return failed(err);
	} finally {
		(0, node_fs.closeSync)(fd);
	}
	return {
		kind: "read",
		size
	};
}
// dist/policy/project.js
const CONFIG_FILE = ".scan-keys.json";
const CONFIG_SCHEMA = (0, node_url.fileURLToPath)(new URL("../../config.schema.json", require("url").pathToFileURL(__filename).href));
function relativeTo(base, cwd, file) {
	const rel = (0, node_path.relative)(base, (0, node_path.resolve)(cwd, file));
	if (rel === "" || rel.startsWith("..") || (0, node_path.isAbsolute)(rel)) return void 0;
	return rel.split(node_path.sep).join("/");
}
function loadProjectConfig(path, cwd) {
	const root = require_boot.findProjectRoot(cwd);
	const file = path ? (0, node_path.resolve)(cwd, path) : (0, node_path.resolve)(root, CONFIG_FILE);
	if (!path && !(0, node_fs.existsSync)(file)) return {
		config: require_core.EMPTY_CONFIG,
		root,
		source: void 0
	};
	const shown = path ?? ((0, node_path.relative)(cwd, file) || ".scan-keys.json");
	let data;
	try {
		data = JSON.parse((0, node_fs.readFileSync)(file, "utf8"));
	} catch (err) {
		const e = err;
		throw new require_core.ConfigError(`${shown}: ${e.code ? `cannot read: ${e.code}` : `invalid JSON: ${e.message}`}`);
	}
	const schema = JSON.parse((0, node_fs.readFileSync)(CONFIG_SCHEMA, "utf8"));
	return {
		config: require_core.compileConfig(data, schema, shown, {
			patternSchema: require_core.loadPatternSchema(),
			toGlobPath: (p, base) => relativeTo(root, base ?? cwd, p)
		}),
		root,
		source: shown
	};
}
function readBaselineFile(path, cwd) {
	let text;
	try {
		text = (0, node_fs.readFileSync)((0, node_path.resolve)(cwd, path), "utf8");
	} catch (err) {
		throw new require_core.BaselineError(`${path}: cannot read: ${err.code ?? err.message}`);
	}
	return require_core.parseBaseline(text, path);
}
function writeBaselineFile(path, cwd, entries) {
	(0, node_fs.writeFileSync)((0, node_path.resolve)(cwd, path), require_core.renderBaseline(entries));
}
function baselinePathMapper(baselineFile, cwd, from = cwd) {
	const base = (0, node_path.dirname)((0, node_path.resolve)(cwd, baselineFile));
	return (file) => {
		if (file === "<stdin>" || file === "") return file;
		return relativeTo(base, from, file) ?? (0, node_path.resolve)(from, file).split(node_path.sep).join("/");
	};
}
// dist/cli/git.js
var GitUsageError = class extends require_base.GitError {};
function gitScanMode(parsed) {
	const chosen = [];
	if (parsed.staged === true) chosen.push("staged");
	if (typeof parsed.since === "string") chosen.push({ since: parsed.since });
	if (typeof parsed.range === "string") chosen.push({ range: parsed.range });
	if (parsed.history === true) chosen.push({ history: true });
	if (chosen.length > 1) throw new GitUsageError("choose one of --staged, --since, --range, --history");
	const paths = parsed.paths;
	if (chosen.length === 1 && paths && (paths.length !== 1 || paths[0] !== ".")) throw new GitUsageError("--staged, --since, --range and --history scan the repository; they take no paths");
	return chosen[0];
}
async function runGitScan(mode, ctx) {
	const { rules, config, cwd, inlineAllow } = ctx;
	const skipUnreadable = ctx.skipUnreadable === true;
	if (mode === "staged") {
		const { scanStaged } = await Promise.resolve().then(() => staged_exports);
		return scanStaged({
			rules,
			...config !== require_core.EMPTY_CONFIG ? { config } : {},
			maxFileSize: ctx.maxFileSize,
			cwd,
			inlineAllow,
			skipUnreadable,
			base: ctx.base ?? true,
			...ctx.stagedGit ? { git: ctx.stagedGit } : {}
		});
	}
	const { scanRange } = await Promise.resolve().then(() => require("./push.cjs")).then((n) => n.range_exports);
	return scanRange({
		rules,
		config,
		cwd,
		spec: mode,
		inlineAllow,
		skipUnreadable,
		...ctx.onProgress ? { onProgress: ctx.onProgress } : {}
	});
}
function describeInstall(o, m) {
	switch (o.code) {
		case "husky-created": return m.huskyCreated(o.file);
		case "husky-added": return m.huskyAdded(o.file);
		case "hook-created": return m.hookCreated(o.file);
		case "hook-chained": return m.hookChained(o.file, o.chained);
		case "already-installed": return m.alreadyInstalled(o.file);
	}
}
function describeUninstall(o, m) {
	switch (o.code) {
		case "husky-removed": return o.deleted ? m.huskyRemovedFile(o.file) : m.huskyRemovedLine(o.file);
		case "hook-removed": return o.restored ? m.hookRemovedRestored(o.file) : m.hookRemoved(o.file);
		case "not-installed": return m.notInstalled(o.file);
	}
}
async function runHookCommand(command, cwd, m = require_core.en) {
	const { install, uninstall } = await Promise.resolve().then(() => require("./install.cjs"));
	return command === "install" ? describeInstall(await install(cwd), m) : describeUninstall(await uninstall(cwd), m);
}
// dist/cli/run.js
var run_exports = require_rolldown_runtime.__exportAll({ run: () => run });
var UsageError = class extends Error {
	constructor(message) {
		super(message);
		this.name = "UsageError";
	}
};
function parseSize(text) {
	const m = /^(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?$/i.exec(text.trim());
	if (!m) throw new UsageError(`--max-file-size: not a size: ${text}`);
	const unit = (m[2] ?? "b").toLowerCase()[0];
	const mult = unit === "k" ? 1024 : unit === "m" ? 1024 ** 2 : unit === "g" ? 1024 ** 3 : 1;
	return Math.floor(Number(m[1]) * mult);
}
const DEFAULT_MAX_FILE_SIZE = 104857600;
function merge(results) {
	const out = {
		findings: [],
		skipped: [],
		stats: {
			files: 0,
			bytes: 0,
			lines: 0,
			skipped: 0,
			durationMs: 0
		}
	};
	for (const r of results) {
		require_base.appendAll(out.findings, r.findings);
		require_base.appendAll(out.skipped, r.skipped);
		out.stats.files += r.stats.files;
		out.stats.bytes += r.stats.bytes;
		out.stats.lines += r.stats.lines;
		out.stats.skipped += r.stats.skipped;
		if (r.stats.commits !== void 0) out.stats.commits = (out.stats.commits ?? 0) + r.stats.commits;
		if (r.base !== void 0) out.base = r.base;
	}
	return out;
}
async function runVerify(result, parsed) {
	const { parseVerifyEndpoint } = await Promise.resolve().then(() => require("./verify.cjs"));
	const { verifyFindings } = await Promise.resolve().then(() => require("./apply.cjs"));
	const endpoints = {};
	for (const spec of parsed["verify-endpoint"] ?? []) try {
		const { provider, url } = parseVerifyEndpoint(spec);
		endpoints[provider] = url;
	} catch (err) {
		throw new UsageError(`--verify-endpoint: ${err.message}`);
	}
	await verifyFindings(result.findings, {
		endpoints,
		timeoutMs: parsed["verify-timeout"]
	});
}
function safeRules() {
	try {
		return require_core.loadPatterns();
	} catch {
		return;
	}
}
async function projectConfig(path, cwd) {
	if (path === void 0) {
		const root = require_boot.findProjectRoot(cwd);
		if (!(0, node_fs.existsSync)((0, node_path.join)(root, ".scan-keys.json"))) return {
			config: require_core.EMPTY_CONFIG,
			root
		};
	}
	return loadProjectConfig(path, cwd);
}
async function run(parsed, io, ctx) {
	const flag = parsed.lang;
	let t = require_core.EN;
	try {
		t = await require_core.loadLocale(flag ?? require_base.langFromEnv(io.env));
		const c = require_core.useColor(parsed.color, io) ? (await import("picocolors")).createColors(true) : NO_COLORS;
		const { config, root } = await projectConfig(parsed.config, io.cwd);
		const lang = require_base.resolveLang({
			flag,
			config: config.lang,
			env: io.env
		});
		if (lang !== t.lang) t = await require_core.loadLocale(lang);
		const { m } = t;
		const failOn = parsed["fail-on"] ?? config.failOn ?? "medium";
		const format = parsed.format;
		const maxFileSize = parseSize(String(parsed["max-file-size"] ?? config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE));
		const rules = require_core.loadPatterns([...config.patterns]);
		const inlineAllow = parsed["inline-allow"] !== false;
		const command = parsed._[0];
		if (command === "install" && typeof parsed.server === "string") {
			const { installServer, describeServerInstall } = await Promise.resolve().then(() => require("./install-server.cjs"));
			io.stdout.write(`scan-keys: ${describeServerInstall(await installServer(parsed.server, io.cwd))}\n`);
			return 0;
		}
		if (command === "merge") return await (await Promise.resolve().then(() => require("./merge.cjs"))).runMerge(parsed, io, {
			rules,
			failOn,
			toolVersion: require_boot.readVersion(),
			color: c,
			t
		});
		if (command === "install" || command === "uninstall") {
			io.stdout.write(`scan-keys: ${await runHookCommand(command, io.cwd, m)}\n`);
			return 0;
		}
		if (command === "rules") {
			const { renderRulesJson, renderRulesText } = await Promise.resolve().then(() => require("./rules.cjs"));
			io.stdout.write(format === "json" ? renderRulesJson(rules, t) : renderRulesText(rules, Math.min(110, process.stdout.columns ?? 100), t));
			return 0;
		}
		const gitMode = gitScanMode(parsed);
		const paths = gitMode ? [] : parsed.paths ?? ["."];
		const fileArgs = paths.filter((p) => p !== require_boot.STDIN_ARG);
		const progress = io.stderr.isTTY === true && parsed.quiet !== true ? new (await (Promise.resolve().then(() => require("./progress.cjs")))).ProgressLine(io.stderr, io.now, {}, m) : void 0;
		const onProgress = progress ? progress.update.bind(progress) : void 0;
		const results = [];
		const skipUnreadable = parsed["skip-unreadable"] === true;
		try {
			if (gitMode) {
				const base = command === "baseline" || typeof parsed.baseline === "string";
				results.push(await runGitScan(gitMode, {
					rules,
					config,
					maxFileSize,
					cwd: io.cwd,
					inlineAllow,
					onProgress,
					stagedGit: ctx.stagedGit,
					base,
					skipUnreadable
				}));
			}
			if (paths.includes("\0stdin") || fileArgs.length > 0) {
				const { scanPaths, scanStream } = await Promise.resolve().then(() => require("./tree.cjs"));
				if (paths.includes("\0stdin")) results.push(await scanStream(io.stdin, "<stdin>", rules, { inlineAllow }));
				if (fileArgs.length > 0) results.push(await scanPaths(fileArgs, {
					rules,
					root: io.cwd,
					config,
					maxFileSize,
					inlineAllow,
					onProgress,
					skipUnreadable
				}));
			}
		} finally {
			progress?.end();
		}
		const merged = merge(results);
		if (parsed.verify === true) await runVerify(merged, parsed);
		merged.stats.durationMs = Number(process.hrtime.bigint() - ctx.started) / 1e6;
		const notes = [];
		if (config.allowRules.length > 0) {
			const allowedByConfig = require_core.applyAllowlist(merged.findings, config.allowRules);
			merged.findings = allowedByConfig.kept;
			for (const a of allowedByConfig.allowed) notes.push(m.allowedNote(`${a.finding.file}:${a.finding.line}:${a.finding.column}`, a.finding.ruleId, a.reason));
		}
		if (command === "baseline") return await writeBaseline(merged.findings, parsed["baseline-file"] ?? parsed.output ?? (0, node_path.join)(root, ".scan-keys-baseline.json"), io, c, t, merged.base);
		if (typeof parsed.baseline === "string") {
			const pathOf = baselinePathMapper(parsed.baseline, io.cwd, merged.base);
			const b = require_core.applyBaseline(merged.findings, readBaselineFile(parsed.baseline, io.cwd), pathOf);
			merged.findings = b.kept;
			if (b.baselined.length > 0) notes.push(m.baselinedNote(b.baselined.length, parsed.baseline));
			for (const e of b.stale) notes.push(m.staleBaselineNote(e.file, e.ruleId, e.fingerprint));
		}
		const report = {
			findings: merged.findings,
			stats: merged.stats,
			skipped: merged.skipped,
			providers: rules.providers,
			failOn,
			showSecrets: parsed["show-secrets"] === true,
			rules: rules.rules,
			...format === "sarif" || format === "html" ? { toolVersion: require_boot.readVersion() } : {},
			...format === "json" && gitMode !== "staged" ? { repository: await (await Promise.resolve().then(() => require("./merge.cjs"))).repositoryName(parsed["repo-name"], merged.base ?? io.cwd) } : {}
		};
		for (const s of merged.skipped) if (isWarnedSkip(s.reason)) io.stderr.write(c.yellow(`${m.warningSkipped(s.file, s.reason)}\n`));
		if (parsed.verbose === true) io.stderr.write(renderSkipped(report, c, t));
		if (parsed.verbose === true && notes.length > 0) io.stderr.write(c.dim(notes.join("\n")) + "\n");
		const output = parsed.output;
		const pieces = format === "json" ? (await Promise.resolve().then(() => require("./json.cjs"))).renderJsonChunks(report, t) : format === "sarif" ? (await Promise.resolve().then(() => require("./sarif.cjs")).then((n) => n.sarif_exports)).renderSarifChunks(report, t) : format === "github" ? [(await Promise.resolve().then(() => require("./github.cjs"))).renderGithub(report, t)] : format === "html" ? [(await Promise.resolve().then(() => require("./html.cjs")).then((n) => n.html_exports)).renderHtml(report, t)] : parsed.quiet === true && merged.findings.length === 0 ? [""] : [renderText(report, output ? NO_COLORS : c, t)];
		if (output) {
			const fd = (0, node_fs.openSync)((0, node_path.resolve)(io.cwd, output), "w");
			try {
				for (const piece of pieces) (0, node_fs.writeSync)(fd, piece);
			} finally {
				(0, node_fs.closeSync)(fd);
			}
		} else await (await Promise.resolve().then(() => require("./write.cjs"))).writePieces(io.stdout, pieces);
		return merged.findings.some((f) => require_core.isBlocking(f, failOn)) ? 1 : 0;
	} catch (err) {
		const known = err instanceof UsageError || err instanceof InputError || err instanceof require_base.GitError || err instanceof require_core.PatternError || err instanceof require_core.ConfigError || err instanceof require_core.BaselineError;
		const quoted = !(err instanceof UsageError || err instanceof InputError || err instanceof require_base.GitError);
		io.stderr.write(require_core.errorLine(err, {
			known,
			quoted,
			rules: safeRules(),
			showSecrets: parsed["show-secrets"] === true,
			m: t.m
		}));
		return 2;
	}
}
async function writeBaseline(findings, file, io, c, t, from) {
	const entries = require_core.baselineEntries(findings, baselinePathMapper(file, io.cwd, from));
	writeBaselineFile(file, io.cwd, entries);
	const shown = (0, node_path.relative)(io.cwd, (0, node_path.resolve)(io.cwd, file)) || file;
	io.stderr.write(c.green(`${t.m.baselineWritten(entries.length, shown)}\n`));
	return 0;
}
// dist/scan/staged.js
var staged_exports = require_rolldown_runtime.__exportAll({ scanStaged: () => scanStaged });
const LARGE_MIN_FILES = 256;
const isRegular = (mode) => (mode & -512) === 32768;
function skipReason(e) {
	if (e.status === "D") return "deleted";
	if (e.status === "U") return "unmerged";
	if (e.dstMode === "160000") return "submodule (commit id, no content)";
	if (e.dstMode === "120000") return "symbolic link (target path, not followed)";
}
function blobId(content, like) {
	return (0, node_crypto.createHash)(like.length === 64 ? "sha256" : "sha1").update(`blob ${content.length}\0`).update(content).digest("hex");
}
async function stagedBlob(git, e) {
	if (e.content && blobId(e.content, e.oid) === e.oid) return e.content;
	const obj = await git.blobs().get(e.oid);
	if (!obj?.content) throw new require_base.GitError(`staged blob ${e.oid} for ${e.path} is missing from the object store`);
	return obj.content;
}
async function scanStaged(options) {
	const git = options.git ?? require_boot.openStaged(options.cwd, { repo: options.base !== false || options.config !== void 0 });
	try {
		return await scanWith(git, options);
	} finally {
		git.close();
	}
}
async function scanWith(git, options) {
	const started = process.hrtime.bigint();
	const config = options.config;
	const maxFileSize = options.maxFileSize ?? 104857600;
	const top = options.base !== false || config ? (await git.repo()).top : void 0;
	const fresh = () => ({
		findings: [],
		skipped: [],
		stats: {
			files: 0,
			bytes: 0,
			lines: 0,
			skipped: 0,
			durationMs: 0
		},
		...top !== void 0 ? { base: top } : {}
	});
	let result = fresh();
	const skip = (file, reason) => result.skipped.push({
		file,
		reason
	});
	let parents;
	let seen = 0;
	const scanEntries = async (entries) => {
		for await (const e of entries) {
			seen++;
			if (config?.isPathIgnored(e.path, top)) continue;
			const reason = skipReason(e);
			if (reason) skip(e.path, reason);
			if (reason || e.added.length === 0) continue;
			const content = await stagedBlob(git, e);
			if (content.length > maxFileSize) {
				skip(e.path, `larger than --max-file-size (${content.length} bytes)`);
				continue;
			}
			if (require_boot.isLfsPointer(content)) {
				skip(e.path, "Git LFS pointer (content stored outside git)");
				continue;
			}
			const scanner = new require_core.ContentScanner(options.rules, {
				file: e.path,
				inlineAllow: options.inlineAllow ?? true
			});
			const found = [];
			for (let at = 0; at < content.length; at += SLICE) found.push(...scanner.push(content.subarray(at, at + SLICE)));
			found.push(...scanner.end());
			if (scanner.isBinary) {
				skip(e.path, "binary (NUL byte in the first 8 KiB)");
				continue;
			}
			result.stats.files++;
			result.stats.bytes += content.length;
			result.stats.lines += e.added === WHOLE ? scanner.lines : require_boot.countLines(e.added);
			for (const f of found) if (require_boot.isAddedLine(e.added, f.line)) await keep(e, f);
		}
	};
	const keep = async (e, f) => {
		parents ??= git.mergeHeads().then((heads) => heads.length > 0 ? ["HEAD", ...heads] : []);
		const merging = await parents;
		if (merging.length > 0 && await isInAParent(git.blobs(), merging, e, f)) return;
		result.findings.push(f);
	};
	try {
		const large = await planLarge(git, options, top);
		seen = large?.seen ?? 0;
		if (large) await scanLarge(git, options, large, {
			result: () => result,
			scanEntries,
			keep
		});
		else await scanEntries(git.entries);
	} catch (err) {
		if (!(err instanceof require_base.GitError) || !require_core.isMissingObjectError(err.message)) throw err;
		const unreadable = await require_core.missingStaged(options.cwd);
		const cause = err.message.replace(/^fatal: /, "");
		if (!options.skipUnreadable || unreadable.length === 0) throw new require_core.MissingObjectsError(unreadable, "scanned nothing: git stopped before the staged diff", cause);
		result = fresh();
		seen = 0;
		for (const m of unreadable) skip(m.path, require_core.skipReason(m));
		await scanEntries(require_boot.streamStagedDiff(options.cwd, [...new Set(unreadable.map((m) => m.path))]));
	}
	if (seen === 0 && top === void 0) await git.repo();
	result.findings.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.offset - b.offset);
	return finish(result, started);
}
async function isInAParent(blobs, parents, e, f) {
	const needle = Buffer.from(f.secret, "latin1");
	const paths = e.srcPath && e.srcPath !== e.path ? [e.path, e.srcPath] : [e.path];
	for (const parent of parents) for (const path of paths) if ((await blobs.get(`${parent}:${path}`))?.content?.includes(needle)) return true;
	return false;
}
const SLICE = 1 << 19;
const WHOLE = [[1, Number.MAX_SAFE_INTEGER]];
async function planLarge(git, options, top) {
	const raw = await git.raw();
	if (!raw || options.workers === 0) return void 0;
	let n = 0;
	let others = false;
	const all = new Uint32Array(raw.length);
	for (let i = 0; i < raw.length; i++) if (raw.status(i) !== "A" || !isRegular(raw.mode(i, "dst"))) others = true;
	else if (!options.config?.isPathIgnored(raw.path(i), top)) all[n++] = i;
	if (n < LARGE_MIN_FILES) return void 0;
	const whole = all.subarray(0, n);
	git.holdDiff(true);
	const [parallel, file] = await Promise.all([Promise.resolve().then(() => require("./parallel.cjs")), Promise.resolve().then(() => require("./file.cjs"))]);
	const mainScans = whole.length >= .9 * raw.length;
	const workers = parallel.workerCount(whole.length, options.workers, void 0, mainScans);
	if (workers === 0) {
		git.holdDiff(false);
		return;
	}
	git.stopDiff();
	const fileOptions = {
		rules: options.rules,
		maxFileSize: options.maxFileSize ?? 104857600,
		inlineAllow: options.inlineAllow ?? true,
		skipUnreadable: false
	};
	const mainScan = mainScans ? (t) => file.scanFileSync(t, fileOptions) : void 0;
	return {
		whole,
		raw,
		others,
		workers,
		scanParallel: parallel.scanParallel,
		mainScan,
		seen: raw.length
	};
}
async function scanLarge(git, options, plan, state) {
	const { whole, raw, others, workers, scanParallel, mainScan } = plan;
	const { top } = await git.repo();
	const rest = others ? require_boot.streamStagedDiff(options.cwd, [], ["--diff-filter=a"]) : void 0;
	const targets = (async function* () {
		for (const i of whole) {
			const path = raw.path(i);
			yield {
				path: (0, node_path.join)(top, path),
				display: path,
				explicit: false,
				blob: raw.oid(i)
			};
		}
	})();
	const entryOf = (t) => ({
		status: "A",
		srcMode: "000000",
		dstMode: "100644",
		oid: t.blob,
		path: t.display,
		added: WHOLE
	});
	const found = [];
	const fromGit = [];
	const init = {
		sources: options.rules.sources,
		maxFileSize: options.maxFileSize ?? 104857600,
		inlineAllow: options.inlineAllow ?? true,
		skipUnreadable: false
	};
	try {
		await Promise.all([scanParallel(targets, init, workers, (target, scan) => {
			const e = entryOf(target);
			const result = state.result();
			if (scan.mismatch) fromGit.push(e);
			else if (scan.skipped) result.skipped.push(scan.skipped);
			else {
				result.stats.files++;
				result.stats.bytes += scan.bytes;
				result.stats.lines += scan.lines;
				for (const f of scan.findings) found.push([e, f]);
			}
		}, mainScan), state.scanEntries(rest ?? [])]);
	} finally {
		rest?.stop();
	}
	for (const [e, f] of found) await state.keep(e, f);
	await state.scanEntries(fromGit);
}
function finish(result, started) {
	result.skipped.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
	result.stats.skipped = result.skipped.length;
	result.stats.durationMs = Number(process.hrtime.bigint() - started) / 1e6;
	return result;
}
Object.defineProperty(exports, "InputError", {
	enumerable: true,
	get: function() {
		return InputError;
	}
});
Object.defineProperty(exports, "NO_COLORS", {
	enumerable: true,
	get: function() {
		return NO_COLORS;
	}
});
Object.defineProperty(exports, "displayWidth", {
	enumerable: true,
	get: function() {
		return displayWidth;
	}
});
Object.defineProperty(exports, "formatBytes", {
	enumerable: true,
	get: function() {
		return formatBytes;
	}
});
Object.defineProperty(exports, "padEndWidth", {
	enumerable: true,
	get: function() {
		return padEndWidth;
	}
});
Object.defineProperty(exports, "readFileChunksSync", {
	enumerable: true,
	get: function() {
		return readFileChunksSync;
	}
});
Object.defineProperty(exports, "run_exports", {
	enumerable: true,
	get: function() {
		return run_exports;
	}
});
Object.defineProperty(exports, "streamTargets", {
	enumerable: true,
	get: function() {
		return streamTargets;
	}
});
