const require_base = require("./base.cjs");
let node_fs = require("node:fs");
let node_path = require("node:path");
let node_url = require("node:url");
// dist/cli/options.js
/**
* The command line's one declaration: every option and command, with its type, choices, default
* and help text. Two readers, kept in step by this table alone:
* - args.ts parses every run with yargs-parser (the parser yargs itself uses) from it;
* - usage.ts builds yargs from it, only to print --help/--version or a usage error.
*
* To add an option: one entry in OPTIONS (help lists them in this order), then read
* `parsed['the-name']` in main.ts. To add a command: one entry in COMMANDS, then a branch in
* main.ts's dispatch. Plain data, no imports with side effects: the pre-commit hook loads it.
*/
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
// dist/cli/io.js
/** What a run reads and writes through (tests pass their own), and two facts every run may need. */
/** yargs drops a bare `-`; it stands for stdin, so it travels through the parser under this name. */
const STDIN_ARG = "\0stdin";
function readVersion() {
	try {
		return JSON.parse((0, node_fs.readFileSync)((0, node_url.fileURLToPath)(new URL("../../package.json", require("url").pathToFileURL(__filename).href)), "utf8")).version;
	} catch {
		return "unknown";
	}
}
// dist/sources/repo-root.js
/** Kept apart from project.ts (which loads micromatch) so the pre-commit fast path can use it. */
/**
* The nearest `.git` at or above `cwd` (a directory, or the file a linked worktree or submodule
* has), as git finds it without $GIT_DIR; undefined when there is none.
*/
function findDotGit(cwd) {
	for (let dir = (0, node_path.resolve)(cwd);;) {
		const dotGit = (0, node_path.resolve)(dir, ".git");
		if ((0, node_fs.existsSync)(dotGit)) return dotGit;
		const parent = (0, node_path.dirname)(dir);
		if (parent === dir) return void 0;
		dir = parent;
	}
}
/** The repository root: the directory holding the nearest `.git`: git's top level without spawning git. Else `cwd`. */
function findProjectRoot(cwd) {
	const dotGit = findDotGit(cwd);
	return dotGit === void 0 ? (0, node_path.resolve)(cwd) : (0, node_path.dirname)(dotGit);
}
/**
* What `git rev-parse --show-toplevel --absolute-git-dir` prints, read from the file system where
* that is certain, else undefined (ask git). A pre-commit run with a `.scan-keys.json` needs the
* top (the globs are relative to it), and the git process cost the hook 5-10 ms of its start-up
* on the 2-core reference machine (fork and exec block node while they run).
*
* Certain: no variable that moves git's directory or work tree (GIT_DIR, GIT_WORK_TREE, ...; a
* linked worktree's hook has GIT_DIR), the nearest `.git` is a directory (not the file of a linked
* worktree or a submodule), is ours (no safe.directory question) and `cwd` is not inside it, the
* path has no symbolic link (git prints real paths), and the repository's config names no work
* tree, is not bare and includes nothing.
*/
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
	`--unified=${2 ** 29}`,
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
const HUNK = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
/** True when the patch shows the entry as a deletion and a creation (file <-> symlink or submodule). */
function isSplit(e) {
	const src = parseInt(e.srcMode, 8);
	const dst = parseInt(e.dstMode, 8);
	return src !== 0 && dst !== 0 && (src & 61440) !== (dst & 61440);
}
/**
* Parses the output of `git diff --cached --raw -p -z --unified=<whole file>` (DIFF_ARGS) as it
* arrives, chunk by chunk, and hands out each entry once its section (its staged content) is
* complete, so that a scan holds one file at a time: buffering the whole diff and keeping a Buffer
* per line took a first commit of 5,796 files (149 MB of diff) to 578 MiB peak RSS.
*/
var StagedDiffParser = class {
	/** Every raw entry, in order (known once the raw part has been read). */
	entries = [];
	ready = [];
	emitted = 0;
	rest = Buffer.alloc(0);
	inPatch = false;
	sections = [];
	section = -1;
	entry;
	/** The current section's new side: the staged blob, copied line by line without its prefix. */
	content = Buffer.alloc(0);
	contentLength = 0;
	oldLeft = 0;
	newLeft = 0;
	newLine = 0;
	lastWasNew = false;
	/** Feeds bytes; returns the entries completed so far (each once, in the raw order). */
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
	/** The end of the output: completes the last section and checks that every section came. */
	end() {
		if (!this.inPatch) {
			this.readRaw(true);
			this.startPatch();
		}
		if (this.rest.length > 0) this.lines(this.rest, 0, this.rest.length);
		this.rest = Buffer.alloc(0);
		this.endSection();
		if (this.section + 1 !== this.sections.length) throw new Error(`git diff: ${this.sections.length} patch sections expected for ${this.entries.length} staged entries, got ${this.section + 1}`);
		for (let i = this.emitted; i < this.entries.length; i++) this.ready.push(this.entries[i]);
		this.emitted = this.entries.length;
		return this.take();
	}
	take() {
		return this.ready.length === 0 ? [] : this.ready.splice(0);
	}
	/** Reads raw entries from this.rest; returns the position reached. Sets inPatch once past them. */
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
			const [srcMode, dstMode, , oid, statusField] = out.toString("utf8", pos + 1, metaEnd).split(" ");
			const status = statusField[0];
			const paths = status === "R" || status === "C" ? 2 : 1;
			let p = metaEnd + 1;
			const names = [];
			for (let i = 0; i < paths; i++) {
				const e = out.indexOf(0, p);
				if (e === -1) {
					if (final) throw new Error("git diff: truncated raw output");
					return pos;
				}
				names.push(out.toString("utf8", p, e));
				p = e + 1;
			}
			const entry = {
				status,
				srcMode,
				dstMode,
				oid,
				path: names[names.length - 1],
				added: []
			};
			if (paths === 2) {
				entry.score = Number(statusField.slice(1));
				entry.srcPath = names[0];
			}
			this.entries.push(entry);
			pos = p;
		}
	}
	startPatch() {
		this.inPatch = true;
		this.sections = this.entries.filter((e) => e.status !== "U").flatMap((e) => isSplit(e) ? [void 0, e] : [e]);
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
		if (entry) {
			const upTo = this.entries.indexOf(entry, this.emitted);
			for (let i = this.emitted; i <= upTo; i++) this.ready.push(this.entries[i]);
			if (upTo >= this.emitted) this.emitted = upTo + 1;
		}
	}
	/** Complete lines of the patch in out[from, to). */
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
				this.entry = this.sections[this.section];
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
/**
* Runs the pinned staged diff from `cwd` (any directory of the work tree: paths come out from the
* top), leaving out `exclude` (paths from the top: those whose blobs cannot be read).
*/
async function readStagedDiff(cwd, exclude = []) {
	const out = [];
	for await (const e of streamStagedDiff(cwd, exclude)) out.push(e);
	return out;
}
/** Parsed entries held ahead of the scan before git is paused (their contents' bytes). */
const QUEUE_BYTES = 8388608;
/**
* The pinned staged diff from `cwd`, entry by entry as git writes it. Started at once and read
* at once (node discards a child's unread output when it exits), but paused while more than
* QUEUE_BYTES of parsed entries wait for the scan: memory holds that and one file, whatever the
* size of the commit.
*/
function streamStagedDiff(cwd, exclude = []) {
	const paths = exclude.length > 0 ? [
		"--",
		":(top)",
		...exclude.map((p) => `:(top,literal,exclude)${p}`)
	] : [];
	const child = require_base.gitSpawn(cwd, [...DIFF_ARGS, ...paths]);
	child.stdin.end();
	const stderr = require_base.firstStderrLine(child);
	const parser = new StagedDiffParser();
	const queue = [];
	let queued = 0;
	let failure;
	let finished = false;
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
	};
	return {
		stop,
		async *[Symbol.asyncIterator]() {
			try {
				for (;;) {
					const e = queue.shift();
					if (e) {
						queued -= e.content?.length ?? 0;
						if (queued <= QUEUE_BYTES && child.stdout.isPaused()) child.stdout.resume();
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
	const diff = streamStagedDiff(cwd);
	const git = {
		entries: { async *[Symbol.asyncIterator]() {
			try {
				yield* diff;
			} catch (err) {
				await (revParse ??= require_base.findRepo(cwd, "--staged"));
				throw err;
			}
		} },
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
/** MERGE_HEAD's lines: the commits being merged (one; an octopus merge has several). */
function readMergeHeads(gitDir) {
	try {
		return (0, node_fs.readFileSync)((0, node_path.resolve)(gitDir, "MERGE_HEAD"), "utf8").split("\n").map((l) => l.trim()).filter((l) => /^[0-9a-f]{40,64}$/.test(l));
	} catch {
		return [];
	}
}
/**
* Whether a MERGE_HEAD exists where git finds its directory from `cwd` ($GIT_DIR, else the
* nearest `.git` directory, or `gitdir:` file, at or above it), without running git. Only a
* first look: true sends the question to rev-parse, which decides; false when git's directory
* is elsewhere would only leave a merge's already-committed keys reported (fail closed).
*/
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
/** True when `line` falls in one of the sorted inclusive ranges. */
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
/** A Git LFS pointer file: a tiny text blob standing for content stored elsewhere. */
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
Object.defineProperty(exports, "readStagedDiff", {
	enumerable: true,
	get: function() {
		return readStagedDiff;
	}
});
Object.defineProperty(exports, "readVersion", {
	enumerable: true,
	get: function() {
		return readVersion;
	}
});
