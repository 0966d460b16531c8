const require_base = require("./base.cjs");
const require_start = require("./start.cjs");
let node_fs = require("node:fs");
let node_path = require("node:path");
let node_url = require("node:url");
// dist/cli/options.js
const CONFIG_FILE = ".scan-keys.json";
const BASELINE_FILE = ".scan-keys-baseline.json";
const PATHS = {
	type: "string",
	array: true,
	default: ["."],
	describe: "files or directories; - reads stdin"
};
const REPORTS = {
	type: "string",
	array: true,
	describe: "JSON reports (scan-keys --format json)"
};
const COMMANDS = [
	{
		name: "$0",
		describe: false,
		paths: true
	},
	{
		name: "baseline",
		describe: `write the current findings to a baseline file (default ${BASELINE_FILE} at the repository root)`,
		paths: true
	},
	{
		name: "install",
		describe: "add the pre-commit hook (husky v9 or plain git) that runs scan-keys --staged"
	},
	{
		name: "uninstall",
		describe: "remove only what install added"
	},
	{
		name: "rules",
		describe: "list the rules in force: what each detects, severity alone and paired (--format json too)"
	},
	{
		name: "pre-receive",
		describe: "git pre-receive hook on a server: scan what a push adds (stdin: <old> <new> <ref>); exit 1 rejects"
	},
	{
		name: "merge",
		describe: "combine the JSON reports of many repositories into one (--format text|json|sarif|html)",
		reports: true
	}
];
const OPTIONS = {
	staged: {
		type: "boolean",
		describe: "scan what the next commit adds (the index), for a pre-commit hook"
	},
	since: {
		type: "string",
		describe: "scan the commits after REV up to HEAD (REV..HEAD), for CI"
	},
	range: {
		type: "string",
		describe: "scan the commits in A..B"
	},
	history: {
		type: "boolean",
		describe: "scan every commit reachable from any ref"
	},
	format: {
		type: "string",
		choices: [
			"text",
			"json",
			"sarif",
			"github",
			"html"
		],
		default: "text",
		describe: "report format"
	},
	"fail-on": {
		type: "string",
		choices: [...require_base.SEVERITIES, "none"],
		describe: "lowest severity that fails the run (exit 1); default: failOn in the config, else medium"
	},
	"show-secrets": {
		type: "boolean",
		default: false,
		describe: "print values unmasked (never in shared logs)"
	},
	color: {
		type: "boolean",
		describe: "force colour on or off (default: on for a terminal; honours NO_COLOR, FORCE_COLOR)"
	},
	config: {
		type: "string",
		describe: `config file (default: ${CONFIG_FILE} at the repository root)`
	},
	"max-file-size": {
		type: "string",
		describe: "skip (with a warning) files larger than this; bytes, or with K/M/G (default: maxFileSize in the config, else 100M)"
	},
	"skip-unreadable": {
		type: "boolean",
		default: false,
		describe: "report files and directories without read permission, and git objects missing from the clone (--staged, --since, --range, --history), as skipped (with a warning) instead of exit 2"
	},
	baseline: {
		type: "string",
		describe: "drop findings already in this baseline file (stale entries: --verbose)"
	},
	"baseline-file": {
		type: "string",
		describe: `where scan-keys baseline writes (default: ${BASELINE_FILE} at the repository root; --output too)`
	},
	"inline-allow": {
		type: "boolean",
		default: true,
		describe: "honour scan-keys:allow, gitleaks:allow, pragma: allowlist secret (--no-inline-allow for audits)"
	},
	output: {
		alias: "o",
		type: "string",
		describe: "write the report to this file; the exit code still reflects findings"
	},
	verify: {
		type: "boolean",
		default: false,
		describe: "ask the provider whether each ID + secret pair is live (sends the pair to the provider over TLS; never on by default)"
	},
	"verify-endpoint": {
		type: "string",
		array: true,
		describe: "override a provider endpoint: alibaba=URL or tencent=URL (http only for loopback)"
	},
	"verify-timeout": {
		type: "number",
		default: 5e3,
		describe: "milliseconds per verification call"
	},
	verbose: {
		alias: "v",
		type: "boolean",
		default: false,
		describe: "say what was skipped and why"
	},
	quiet: {
		alias: "q",
		type: "boolean",
		default: false,
		describe: "no progress line; text output prints nothing when nothing is found"
	},
	server: {
		type: "string",
		describe: "install: the pre-receive hook into this bare repository or pre-receive.d directory"
	},
	"repo-name": {
		type: "string",
		describe: "name of the repository in a JSON report (default: its remote URL)"
	},
	lang: {
		type: "string",
		choices: ["zh-CN", "en"],
		describe: "language of reports and messages (default: \"lang\" in the config, else from LC_ALL/LC_MESSAGES/LANG); --format json differs only in rule titles"
	}
};
const USAGE = "$0 [paths..]\n\nFind Alibaba Cloud and Tencent Cloud credentials before they reach git.";
const EXAMPLES = [
	["scan-keys .", "scan the files git tracks here (or every file, outside git)"],
	["scan-keys src/ .env", "scan some directories and files"],
	["cat config.yaml | scan-keys -", "scan standard input"],
	["scan-keys . --format json", "machine-readable findings"],
	["scan-keys baseline", `accept today's findings: write ${BASELINE_FILE} (commit it)`],
	[`scan-keys . --baseline ${BASELINE_FILE}`, "report only findings not in the baseline"],
	["scan-keys . --format sarif -o scan-keys.sarif", "SARIF 2.1.0 for GitHub code scanning"],
	["scan-keys --staged", "pre-commit hook: what the next commit adds (husky, pre-commit framework)"],
	["scan-keys install", "add that pre-commit hook (husky v9 or plain git)"],
	["scan-keys --since origin/main", "CI on a push: the commits after REV up to HEAD"],
	["scan-keys --range \"$BASE_SHA..$HEAD_SHA\"", "CI on a pull/merge request: the commits in A..B"],
	["scan-keys --history --format html > report.html", "audit: every commit of every ref, as one HTML page"],
	["scan-keys /abs/src/a.ts /abs/.env", "lint-staged, pre-commit `pass_filenames`: exactly the files given"],
	["scan-keys --range \"$BASE..$HEAD\" --format github", "GitHub Actions annotations on the diff"],
	["scan-keys . --format json -o scan-keys.json", "a JSON artifact (GitLab CI, scripts)"],
	["scan-keys rules", "list the rules: what each detects, severity alone and paired"]
];
const EPILOGUE = "Exit codes: 0 nothing blocks, 1 findings at or above --fail-on, 2 usage error, unreadable input or internal error.";
// dist/cli/fast-args.js
const TABLE = OPTIONS;
const optionNamed = (name) => Object.hasOwn(TABLE, name) ? TABLE[name] : void 0;
let shortNames;
function shorts() {
	if (shortNames) return shortNames;
	shortNames = new Map();
	for (const [name, spec] of Object.entries(TABLE)) if (spec.alias?.length === 1) shortNames.set(spec.alias, name);
	return shortNames;
}
const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
function valueOf(spec, text) {
	if (spec.type === "number") return /^(?:0|[1-9][0-9]{0,14})$/.test(text) ? Number(text) : void 0;
	if (spec.choices && !spec.choices.includes(text)) return void 0;
	return text;
}
function parseFast(args) {
	const given = new Map();
	const words = [];
	const set = (name, value) => {
		if (given.has(name)) return false;
		given.set(name, value);
		return true;
	};
	for (let i = 0; i < args.length; i++) {
		const a = args[i];
		if (a[0] !== "-") {
			words.push(a);
			continue;
		}
		const next = args[i + 1];
		if (a[1] === "-") {
			const eq = a.indexOf("=");
			const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
			const spec = optionNamed(name);
			if (!spec) {
				const negated = name.startsWith("no-") && eq < 0 ? name.slice(3) : void 0;
				if (negated === void 0 || optionNamed(negated)?.type !== "boolean" || !set(negated, false)) return void 0;
				continue;
			}
			if (spec.array) return void 0;
			let value;
			if (spec.type === "boolean") {
				const text = eq < 0 ? void 0 : a.slice(eq + 1);
				if (text === void 0) value = next === "true" || next === "false" ? void 0 : true;
				else value = text === "true" ? true : text === "false" ? false : void 0;
			} else if (eq >= 0) value = valueOf(spec, a.slice(eq + 1));
			else if (next !== void 0 && next[0] !== "-") {
				value = valueOf(spec, next);
				i++;
			}
			if (value === void 0 || !set(name, value)) return void 0;
			continue;
		}
		const names = [...a.slice(1)].map((l) => shorts().get(l));
		if (names.length === 0 || names.some((n) => n === void 0)) return void 0;
		if (names.every((n) => TABLE[n].type === "boolean")) {
			if (next === "true" || next === "false") return void 0;
			for (const n of names) if (!set(n, true)) return void 0;
			continue;
		}
		const spec = TABLE[names[0]];
		if (names.length !== 1 || spec.array || next === void 0 || next[0] === "-") return void 0;
		const value = valueOf(spec, next);
		if (value === void 0 || !set(names[0], value)) return void 0;
		i++;
	}
	const parsed = { _: [] };
	for (const [name, spec] of Object.entries(TABLE)) {
		const value = given.has(name) ? given.get(name) : spec.default;
		if (value === void 0) continue;
		parsed[name] = value;
		const c = camel(name);
		if (c !== name) parsed[c] = value;
		if (spec.alias) parsed[spec.alias] = value;
	}
	const command = COMMANDS.find((c) => c.name !== "$0" && c.name === words[0]) ?? COMMANDS[0];
	const rest = command.name === "$0" ? words : words.slice(1);
	if (!command.paths && !command.reports && rest.length > 0) return void 0;
	if (command.reports && rest.length === 0) return void 0;
	if (command.name !== "$0") parsed._ = [command.name];
	if (command.paths) parsed.paths = rest.length > 0 ? rest : [...PATHS.default];
	if (command.reports) parsed.reports = rest;
	return parsed;
}
// dist/cli/io.js
const STDIN_ARG = "\0stdin";
function readVersion() {
	try {
		return JSON.parse((0, node_fs.readFileSync)((0, node_url.fileURLToPath)(new URL("../../package.json", require("url").pathToFileURL(__filename).href)), "utf8")).version;
	} catch {
		return "unknown";
	}
}
// dist/sources/repo-root.js
function findDotGit(cwd) {
	for (let dir = (0, node_path.resolve)(cwd);;) {
		const dotGit = (0, node_path.resolve)(dir, ".git");
		if ((0, node_fs.existsSync)(dotGit)) return dotGit;
		const parent = (0, node_path.dirname)(dir);
		if (parent === dir) return void 0;
		dir = parent;
	}
}
function findProjectRoot(cwd) {
	const dotGit = findDotGit(cwd);
	return dotGit === void 0 ? (0, node_path.resolve)(cwd) : (0, node_path.dirname)(dotGit);
}
function repoFromFiles(cwd, env = process.env) {
	if (process.platform === "win32") return void 0;
	for (const name of [
		"GIT_DIR",
		"GIT_WORK_TREE",
		"GIT_COMMON_DIR",
		"GIT_CEILING_DIRECTORIES",
		"GIT_DISCOVERY_ACROSS_FILESYSTEM"
	]) if (env[name]) return void 0;
	for (const [name, value] of Object.entries(env)) if (name.startsWith("GIT_CONFIG") && /worktree|bare/i.test(value ?? "")) return void 0;
	const here = (0, node_path.resolve)(cwd);
	const dotGit = findDotGit(here);
	if (dotGit === void 0 || here === dotGit || here.startsWith(dotGit + node_path.sep)) return void 0;
	try {
		const stat = (0, node_fs.statSync)(dotGit);
		if (!stat.isDirectory() || stat.uid !== process.getuid?.() || (0, node_fs.realpathSync)(here) !== here) return void 0;
		if (/^\s*(?:worktree|bare\s*=\s*true|\[include)/im.test((0, node_fs.readFileSync)((0, node_path.join)(dotGit, "config"), "utf8"))) return void 0;
	} catch {
		return;
	}
	return {
		top: (0, node_path.dirname)(dotGit),
		gitDir: dotGit
	};
}
// dist/sources/staged.js
const HUNK = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
const TYPE_BITS = 61440;
const STATUSES = "AMDRCTUX";
function grown(a, need, make) {
	if (need <= a.length) return a;
	const b = make(Math.max(need, 2 * a.length, 1024));
	b.set(a);
	return b;
}
var StagedEntryList = class {
	length = 0;
	statuses = new Uint8Array(0);
	scores = new Uint8Array(0);
	modes = new Uint32Array(0);
	oids = Buffer.alloc(0);
	oidBytes = 0;
	names = Buffer.alloc(0);
	namesLength = 0;
	nameAt = new Uint32Array(2);
	add(out, meta, metaEnd, from, pathFrom, to) {
		const i = this.length;
		const bad = () => new Error(`git diff: unexpected raw entry ${JSON.stringify(out.toString("latin1", meta, metaEnd))}`);
		const srcMode = octalMode(out, meta + 1);
		const dstMode = octalMode(out, meta + 8);
		const srcOidEnd = out.indexOf(32, meta + 15);
		const oidEnd = srcOidEnd === -1 ? -1 : out.indexOf(32, srcOidEnd + 1);
		if (out[meta + 7] !== 32 || out[meta + 14] !== 32 || srcMode < 0 || dstMode < 0 || oidEnd === -1 || oidEnd >= metaEnd) throw bad();
		const oidStart = srcOidEnd + 1;
		const hexLength = oidEnd - oidStart;
		if (this.oidBytes === 0) this.oidBytes = hexLength >> 1;
		if (hexLength === 0 || hexLength !== 2 * this.oidBytes) throw bad();
		const status = STATUSES.indexOf(String.fromCharCode(out[oidEnd + 1]));
		let score = 0;
		for (let at = oidEnd + 2; at < metaEnd; at++) {
			const d = out[at] - 48;
			if (d < 0 || d > 9) throw bad();
			score = Math.min(255, score * 10 + d);
		}
		if (status === -1 || oidEnd + 1 >= metaEnd) throw bad();
		this.statuses = grown(this.statuses, i + 1, (n) => new Uint8Array(n));
		this.scores = grown(this.scores, i + 1, (n) => new Uint8Array(n));
		this.modes = grown(this.modes, 2 * i + 2, (n) => new Uint32Array(n));
		this.nameAt = grown(this.nameAt, 2 * i + 3, (n) => new Uint32Array(n));
		if (this.oids.length < (i + 1) * this.oidBytes) {
			const b = Buffer.allocUnsafe(Math.max((i + 1) * this.oidBytes, 2 * this.oids.length, 1024 * this.oidBytes));
			this.oids.copy(b);
			this.oids = b;
		}
		for (let k = 0, at = i * this.oidBytes; k < hexLength; k += 2) {
			const hi = hexDigit(out[oidStart + k]);
			const lo = hexDigit(out[oidStart + k + 1]);
			if (hi < 0 || lo < 0) throw bad();
			this.oids[at++] = hi << 4 | lo;
		}
		this.statuses[i] = status;
		this.scores[i] = score;
		this.modes[2 * i] = srcMode;
		this.modes[2 * i + 1] = dstMode;
		if (this.names.length < this.namesLength + (to - from)) {
			const b = Buffer.allocUnsafe(Math.max(this.namesLength + (to - from), 2 * this.names.length, 65536));
			this.names.copy(b, 0, 0, this.namesLength);
			this.names = b;
		}
		const start = this.namesLength;
		const names = this.names;
		for (let k = from, at = start; k < to; k++, at++) names[at] = out[k];
		this.namesLength += to - from;
		this.nameAt[2 * i] = start;
		this.nameAt[2 * i + 1] = start + (pathFrom - from);
		this.nameAt[2 * i + 2] = this.namesLength;
		this.length++;
	}
	status(i) {
		return STATUSES[this.statuses[i]];
	}
	mode(i, side) {
		return this.modes[2 * i + (side === "src" ? 0 : 1)];
	}
	path(i) {
		return this.names.toString("utf8", this.nameAt[2 * i + 1], this.nameAt[2 * i + 2]);
	}
	oid(i) {
		return this.oids.toString("hex", i * this.oidBytes, (i + 1) * this.oidBytes);
	}
	isSplit(i) {
		const src = this.mode(i, "src");
		const dst = this.mode(i, "dst");
		return src !== 0 && dst !== 0 && (src & TYPE_BITS) !== (dst & TYPE_BITS);
	}
	get(i) {
		const status = this.status(i);
		const entry = {
			status,
			srcMode: modeString(this.mode(i, "src")),
			dstMode: modeString(this.mode(i, "dst")),
			oid: this.oid(i),
			path: this.path(i),
			added: []
		};
		if (status === "R" || status === "C") {
			entry.score = this.scores[i];
			entry.srcPath = this.names.toString("utf8", this.nameAt[2 * i], this.nameAt[2 * i + 1] - 1);
		}
		return entry;
	}
	*[Symbol.iterator]() {
		for (let i = 0; i < this.length; i++) yield this.get(i);
	}
};
function octalMode(out, at) {
	let mode = 0;
	for (let k = 0; k < 6; k++) {
		const d = out[at + k] - 48;
		if (!(d >= 0 && d <= 7)) return -1;
		mode = mode * 8 + d;
	}
	return mode;
}
function hexDigit(c) {
	if (c >= 48 && c <= 57) return c - 48;
	if (c >= 97 && c <= 102) return c - 97 + 10;
	return -1;
}
function modeString(mode) {
	return mode.toString(8).padStart(6, "0");
}
var StagedDiffParser = class {
	list = new StagedEntryList();
	ready = [];
	emitted = 0;
	onRaw;
	rest = Buffer.alloc(0);
	inPatch = false;
	sections = new Int32Array(0);
	section = -1;
	entry;
	entryIndex = -1;
	content = Buffer.alloc(0);
	contentLength = 0;
	oldLeft = 0;
	newLeft = 0;
	newLine = 0;
	lastWasNew = false;
	push(chunk) {
		this.rest = this.rest.length === 0 ? chunk : Buffer.concat([this.rest, chunk]);
		let pos = 0;
		if (!this.inPatch) {
			pos = this.readRaw(false);
			if (!this.inPatch) {
				this.rest = this.rest.subarray(pos);
				return this.take();
			}
		}
		const lastNl = this.rest.lastIndexOf(10);
		if (lastNl >= pos) {
			this.lines(this.rest, pos, lastNl + 1);
			pos = lastNl + 1;
		}
		this.rest = pos === this.rest.length ? Buffer.alloc(0) : Buffer.from(this.rest.subarray(pos));
		return this.take();
	}
	get count() {
		return this.list.length;
	}
	end() {
		if (!this.inPatch) {
			this.readRaw(true);
			this.startPatch();
		}
		if (this.rest.length > 0) this.lines(this.rest, 0, this.rest.length);
		this.rest = Buffer.alloc(0);
		this.endSection();
		if (this.section + 1 !== this.sections.length) throw new Error(`git diff: ${this.sections.length} patch sections expected for ${this.count} staged entries, got ${this.section + 1}`);
		this.emitUpTo(this.count - 1);
		return this.take();
	}
	emitUpTo(last) {
		for (let i = this.emitted; i <= last; i++) this.ready.push(i === this.entryIndex && this.entry ? this.entry : this.list.get(i));
		if (last >= this.emitted) this.emitted = last + 1;
	}
	dispose() {
		this.list = new StagedEntryList();
		this.sections = new Int32Array(0);
		this.ready.length = 0;
		this.rest = Buffer.alloc(0);
		this.content = Buffer.alloc(0);
		this.entry = void 0;
	}
	take() {
		return this.ready.length === 0 ? [] : this.ready.splice(0);
	}
	readRaw(final) {
		const out = this.rest;
		let pos = 0;
		for (;;) {
			if (pos >= out.length) return pos;
			if (out[pos] !== 58) {
				if (out[pos] === 0) pos++;
				this.startPatch();
				return pos;
			}
			const metaEnd = out.indexOf(0, pos);
			if (metaEnd === -1) {
				if (final) throw new Error("git diff: truncated raw output");
				return pos;
			}
			const status = out[out.lastIndexOf(32, metaEnd) + 1];
			const paths = status === 82 || status === 67 ? 2 : 1;
			let p = metaEnd + 1;
			let pathFrom = p;
			for (let i = 0; i < paths; i++) {
				const e = out.indexOf(0, p);
				if (e === -1) {
					if (final) throw new Error("git diff: truncated raw output");
					return pos;
				}
				pathFrom = p;
				p = e + 1;
			}
			this.list.add(out, pos, metaEnd, metaEnd + 1, pathFrom, p - 1);
			pos = p;
		}
	}
	startPatch() {
		this.inPatch = true;
		const list = this.list;
		let n = 0;
		for (let i = 0; i < list.length; i++) if (list.status(i) !== "U") n += list.isSplit(i) ? 2 : 1;
		this.sections = new Int32Array(n);
		n = 0;
		for (let i = 0; i < list.length; i++) {
			if (list.status(i) === "U") continue;
			if (list.isSplit(i)) this.sections[n++] = -1;
			this.sections[n++] = i;
		}
		this.onRaw?.(list);
	}
	append(out, from, to) {
		const need = this.contentLength + (to - from);
		if (need > this.content.length) {
			const grown = Buffer.allocUnsafe(Math.max(need, 2 * this.content.length, 65536));
			this.content.copy(grown, 0, 0, this.contentLength);
			this.content = grown;
		}
		out.copy(this.content, this.contentLength, from, to);
		this.contentLength = need;
	}
	endSection() {
		const entry = this.entry;
		if (entry && this.contentLength > 0) entry.content = Buffer.from(this.content.subarray(0, this.contentLength));
		this.contentLength = 0;
		if (this.content.length > 1 << 20) this.content = Buffer.alloc(0);
		if (entry) this.emitUpTo(this.entryIndex);
	}
	lines(out, from, to) {
		for (let start = from; start < to;) {
			const nl = out.indexOf(10, start);
			const next = nl === -1 || nl >= to ? to : nl + 1;
			const c = out[start];
			if (c === 92) {
				if (this.lastWasNew && this.contentLength > 0 && this.content[this.contentLength - 1] === 10) this.contentLength--;
			} else if (this.oldLeft > 0 || this.newLeft > 0) {
				if (c === 45) {
					this.oldLeft--;
					this.lastWasNew = false;
				} else {
					const entry = this.entry;
					if (c === 43) {
						const last = entry?.added[entry.added.length - 1];
						if (last && last[1] === this.newLine - 1) last[1] = this.newLine;
						else entry?.added.push([this.newLine, this.newLine]);
					} else this.oldLeft--;
					if (entry) this.append(out, c === 10 ? start : start + 1, next);
					this.newLeft--;
					this.newLine++;
					this.lastWasNew = true;
				}
			} else if (c === 100 && out.toString("latin1", start, start + 11) === "diff --git ") {
				this.endSection();
				this.section++;
				this.entryIndex = this.sections[this.section] ?? -1;
				this.entry = this.entryIndex >= 0 ? this.list.get(this.entryIndex) : void 0;
				this.lastWasNew = false;
			} else if (c === 64 && this.section >= 0) {
				const header = out.toString("latin1", start, Math.min(next, start + 80));
				const m = HUNK.exec(header);
				if (!m) throw new Error(`git diff: unexpected hunk header ${JSON.stringify(header.trim())}`);
				this.oldLeft = m[1] === void 0 ? 1 : Number(m[1]);
				this.newLine = Number(m[2]);
				this.newLeft = m[3] === void 0 ? 1 : Number(m[3]);
				this.lastWasNew = false;
			}
			start = next;
		}
	}
};
const QUEUE_BYTES = 8388608;
function streamStagedDiff(cwd, exclude = [], extra = [], started) {
	const paths = exclude.length > 0 ? [
		"--",
		":(top)",
		...exclude.map((p) => `:(top,literal,exclude)${p}`)
	] : [];
	const child = started ?? require_start.spawnStagedDiff(cwd, extra, paths);
	child.stdin.end();
	const stderr = require_base.firstStderrLine(child);
	const parser = new StagedDiffParser();
	let rawDone = () => void 0;
	let raw = new Promise((resolvePromise) => rawDone = resolvePromise);
	parser.onRaw = (entries) => {
		parser.onRaw = void 0;
		rawDone(entries);
	};
	const queue = [];
	let queued = 0;
	let failure;
	let finished = false;
	let held = false;
	let wake;
	const notify = () => {
		const w = wake;
		wake = void 0;
		w?.();
	};
	const add = (list) => {
		for (const e of list) {
			queue.push(e);
			queued += e.content?.length ?? 0;
		}
	};
	const fail = (err) => {
		failure ??= err;
		finished = true;
		rawDone(void 0);
		notify();
	};
	child.stdout.on("data", (chunk) => {
		if (finished) return;
		try {
			add(parser.push(chunk));
		} catch (err) {
			fail(err);
			child.kill();
			return;
		}
		if (queued > QUEUE_BYTES) child.stdout.pause();
		notify();
	});
	child.on("error", (err) => fail(new require_base.GitError(`git: ${err.message}`)));
	child.on("close", (code) => {
		if (finished) return;
		if (code !== 0) return fail(new require_base.GitError(stderr() || `git diff exited with ${code}`));
		try {
			add(parser.end());
		} catch (err) {
			return fail(err);
		}
		finished = true;
		notify();
	});
	const stop = () => {
		if (!finished && child.exitCode === null) child.kill();
		finished = true;
		queue.length = 0;
		rawDone(void 0);
		parser.dispose();
	};
	return {
		raw: () => {
			const given = raw ?? Promise.resolve(void 0);
			raw = void 0;
			return given;
		},
		hold: (on) => {
			held = on;
			if (on) child.stdout.pause();
			else if (queued <= QUEUE_BYTES) child.stdout.resume();
		},
		stop,
		async *[Symbol.asyncIterator]() {
			try {
				for (;;) {
					const e = queue.shift();
					if (e) {
						queued -= e.content?.length ?? 0;
						if (!held && queued <= QUEUE_BYTES && child.stdout.isPaused()) child.stdout.resume();
						yield e;
						continue;
					}
					if (failure) throw failure;
					if (finished) return;
					await new Promise((resolvePromise) => wake = resolvePromise);
				}
			} finally {
				stop();
			}
		}
	};
}
function openStaged(cwd, options = {}) {
	let repo;
	let revParse;
	let blobs;
	const diff = streamStagedDiff(cwd, [], [], options.diff);
	const git = {
		entries: { async *[Symbol.asyncIterator]() {
			try {
				yield* diff;
			} catch (err) {
				await (revParse ??= require_base.findRepo(cwd, "--staged"));
				throw err;
			}
		} },
		raw: () => diff.raw(),
		holdDiff: (on) => diff.hold(on),
		stopDiff: () => diff.stop(),
		blobs: () => blobs ??= new require_base.CatFile(cwd),
		repo: () => repo ??= ((known) => known ? Promise.resolve(known) : revParse ??= require_base.findRepo(cwd, "--staged"))(repoFromFiles(cwd)),
		mergeHeads: async () => {
			if (!options.repo && !mergeHeadNearby(cwd)) return [];
			return readMergeHeads((await git.repo()).gitDir);
		},
		close: () => {
			diff.stop();
			return blobs?.close() ?? Promise.resolve();
		}
	};
	if (options.repo) git.repo().catch(() => void 0);
	return git;
}
function readMergeHeads(gitDir) {
	try {
		return (0, node_fs.readFileSync)((0, node_path.resolve)(gitDir, "MERGE_HEAD"), "utf8").split("\n").map((l) => l.trim()).filter((l) => /^[0-9a-f]{40,64}$/.test(l));
	} catch {
		return [];
	}
}
function mergeHeadNearby(cwd) {
	const env = process.env.GIT_DIR;
	if (env) return (0, node_fs.existsSync)((0, node_path.join)((0, node_path.resolve)(cwd, env), "MERGE_HEAD"));
	const dotGit = findDotGit(cwd);
	if (dotGit === void 0) return true;
	try {
		if ((0, node_fs.statSync)(dotGit).isDirectory()) return (0, node_fs.existsSync)((0, node_path.join)(dotGit, "MERGE_HEAD"));
		const pointer = /^gitdir:\s*(.+?)\s*$/m.exec((0, node_fs.readFileSync)(dotGit, "utf8"));
		if (pointer) return (0, node_fs.existsSync)((0, node_path.join)((0, node_path.resolve)((0, node_path.dirname)(dotGit), pointer[1]), "MERGE_HEAD"));
	} catch {}
	return true;
}
function isAddedLine(ranges, line) {
	let lo = 0;
	let hi = ranges.length - 1;
	while (lo <= hi) {
		const mid = lo + hi >> 1;
		const [a, b] = ranges[mid];
		if (line < a) hi = mid - 1;
		else if (line > b) lo = mid + 1;
		else return true;
	}
	return false;
}
function countLines(ranges) {
	return ranges.reduce((n, [a, b]) => n + b - a + 1, 0);
}
function isLfsPointer(content) {
	return content.length < 1024 && content.subarray(0, 40).toString("latin1").startsWith("version https://git-lfs.github.com/spec/");
}
Object.defineProperty(exports, "BASELINE_FILE", {
	enumerable: true,
	get: function() {
		return BASELINE_FILE;
	}
});
Object.defineProperty(exports, "COMMANDS", {
	enumerable: true,
	get: function() {
		return COMMANDS;
	}
});
Object.defineProperty(exports, "CONFIG_FILE", {
	enumerable: true,
	get: function() {
		return CONFIG_FILE;
	}
});
Object.defineProperty(exports, "EPILOGUE", {
	enumerable: true,
	get: function() {
		return EPILOGUE;
	}
});
Object.defineProperty(exports, "EXAMPLES", {
	enumerable: true,
	get: function() {
		return EXAMPLES;
	}
});
Object.defineProperty(exports, "OPTIONS", {
	enumerable: true,
	get: function() {
		return OPTIONS;
	}
});
Object.defineProperty(exports, "PATHS", {
	enumerable: true,
	get: function() {
		return PATHS;
	}
});
Object.defineProperty(exports, "REPORTS", {
	enumerable: true,
	get: function() {
		return REPORTS;
	}
});
Object.defineProperty(exports, "STDIN_ARG", {
	enumerable: true,
	get: function() {
		return STDIN_ARG;
	}
});
Object.defineProperty(exports, "USAGE", {
	enumerable: true,
	get: function() {
		return USAGE;
	}
});
Object.defineProperty(exports, "countLines", {
	enumerable: true,
	get: function() {
		return countLines;
	}
});
Object.defineProperty(exports, "findDotGit", {
	enumerable: true,
	get: function() {
		return findDotGit;
	}
});
Object.defineProperty(exports, "findProjectRoot", {
	enumerable: true,
	get: function() {
		return findProjectRoot;
	}
});
Object.defineProperty(exports, "isAddedLine", {
	enumerable: true,
	get: function() {
		return isAddedLine;
	}
});
Object.defineProperty(exports, "isLfsPointer", {
	enumerable: true,
	get: function() {
		return isLfsPointer;
	}
});
Object.defineProperty(exports, "openStaged", {
	enumerable: true,
	get: function() {
		return openStaged;
	}
});
Object.defineProperty(exports, "parseFast", {
	enumerable: true,
	get: function() {
		return parseFast;
	}
});
Object.defineProperty(exports, "readVersion", {
	enumerable: true,
	get: function() {
		return readVersion;
	}
});
Object.defineProperty(exports, "streamStagedDiff", {
	enumerable: true,
	get: function() {
		return streamStagedDiff;
	}
});
