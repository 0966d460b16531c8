let node_fs = require("node:fs");
let node_path = require("node:path");
let node_child_process = require("node:child_process");
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
// dist/sources/git-run.js
/**
* The one place that runs git. simple-git is loaded lazily (it costs start-up time a tree scan
* outside git never needs). The environment is inherited whole: a pre-commit hook of
* `git commit -a` points GIT_INDEX_FILE at a temporary index, and dropping it would scan the
* wrong index. simple-git 4 strips ambient GIT_* variables by default (its "environment guard"),
* which would reopen exactly that hole, so every variable we inherit is allow-listed.
*/
var GitError = class extends Error {
	constructor(message) {
		super(message);
		this.name = "GitError";
	}
};
/** True for the errors that mean "not in a git work tree" or "no git here", as opposed to a failure. */
function isNotARepository(err) {
	const msg = err instanceof Error ? err.message : String(err);
	return /not a git repository|ENOENT|spawn git/i.test(msg);
}
/** The work tree root and git directory, or a GitError that says we are not in a repository. */
async function findRepo(cwd, what) {
	let out;
	try {
		out = (await gitOutput(cwd, [
			"rev-parse",
			"--show-toplevel",
			"--absolute-git-dir"
		])).toString("utf8");
	} catch (err) {
		if (isNotARepository(err)) throw new GitError(`${what}: not inside a git repository (${cwd})`);
		throw err;
	}
	const [top, gitDir] = out.trim().split("\n");
	return {
		top,
		gitDir
	};
}
/**
* Spawns a long-lived or streaming git process (`cat-file --batch`, `log -p`), which simple-git
* cannot do: it buffers whole outputs and has no stdin. Same rule as above: the environment is
* inherited whole (GIT_INDEX_FILE, GIT_DIR, GIT_WORK_TREE of a hook must reach git).
*/
function gitSpawn(dir, args, extraEnv) {
	return (0, node_child_process.spawn)("git", args, {
		cwd: dir,
		env: extraEnv ? {
			...process.env,
			...extraEnv
		} : process.env,
		stdio: [
			"pipe",
			"pipe",
			"pipe"
		]
	});
}
/** Collects a spawned git's stderr (first line) for error messages. */
function firstStderrLine(child) {
	let text = "";
	child.stderr.on("data", (d) => {
		if (text.length < 4096) text += d.toString("utf8");
	});
	return () => {
		const lines = text.trim().split("\n");
		const first = lines[0] ?? "";
		const object = lines.slice(1).find((l) => OBJECT_LINE.test(l));
		return object ? `${first}; ${object}` : first;
	};
}
const OBJECT_LINE = /unable to read [0-9a-f]{40}|could not fetch [0-9a-f]{40}|promisor remote|bad object|missing blob/i;
/**
* `git <args>` in `dir` without simple-git, stdout as bytes. For the pre-commit path only, where
* start-up time is the product: importing simple-git and running a command through it cost about
* 40 ms on the 2-core reference machine, against 2 ms for a bare spawn. The environment is inherited
* whole, as everywhere here. Throws GitError with git's first stderr line.
*/
function gitOutput(dir, args, input, extraEnv) {
	return new Promise((resolvePromise, reject) => {
		const child = gitSpawn(dir, args, extraEnv);
		child.stdin.on("error", () => {});
		child.stdin.end(input);
		const stderr = firstStderrLine(child);
		const chunks = [];
		child.stdout.on("data", (d) => chunks.push(d));
		child.on("error", (err) => reject(new GitError(`git: ${err.message}`)));
		child.on("close", (code) => {
			if (code === 0) resolvePromise(Buffer.concat(chunks));
			else reject(new GitError(stderr() || `git ${args.find((a) => !a.startsWith("-")) ?? ""} exited with ${code}`));
		});
	});
}
// dist/sources/cat-file.js
/**
* One long-lived `git cat-file --batch` (or `--batch-check`) for a whole job: objects are asked for
* one at a time over stdin and read back from stdout. Spawning git per object costs a few
* milliseconds each; this costs one process.
*/
var CatFile = class {
	child;
	withContent;
	stderr;
	buf = Buffer.alloc(0);
	/** Output received after `buf`, not joined yet, and the bytes `drain` needs before it can go on. */
	more = [];
	moreBytes = 0;
	need = 0;
	queue = [];
	failed;
	closed = false;
	constructor(dir, mode = "--batch") {
		this.withContent = mode === "--batch";
		this.child = gitSpawn(dir, ["cat-file", mode]);
		this.stderr = firstStderrLine(this.child);
		this.child.stdout.on("data", (d) => {
			this.more.push(d);
			this.moreBytes += d.length;
			if (this.buf.length + this.moreBytes < this.need) return;
			this.buf = Buffer.concat([this.buf, ...this.more]);
			this.more = [];
			this.moreBytes = 0;
			this.drain();
		});
		const fail = (err) => {
			this.failed ??= err;
			for (const p of this.queue.splice(0)) p.reject(this.failed);
		};
		this.child.on("error", (err) => fail(new GitError(`git cat-file: ${err.message}`)));
		this.child.on("close", (code) => {
			if (!this.closed || this.queue.length > 0) fail(new GitError(`git cat-file exited (${code}): ${this.stderr() || "no message"}`));
		});
		this.child.stdin.on("error", () => {});
	}
	/** Looks up an object name (`<oid>`, `<rev>:<path>`); undefined when it does not exist. */
	get(name) {
		if (this.failed) return Promise.reject(this.failed);
		if (/[\n\r]/.test(name)) return Promise.resolve(void 0);
		return new Promise((resolve, reject) => {
			this.queue.push({
				resolve,
				reject
			});
			this.child.stdin.write(name + "\n");
		});
	}
	/**
	* Looks up many names with one write; git answers them in order. Awaiting `get` one name at a
	* time costs a round trip (and a write) each: 12,000 lookups took about 0.5 s that way, against
	* 0.1 s for git's own work.
	*/
	getMany(names) {
		if (this.failed) return Promise.reject(this.failed);
		const asked = [];
		const answers = names.map((name) => {
			if (/[\n\r]/.test(name)) return Promise.resolve(void 0);
			asked.push(name);
			return new Promise((resolve, reject) => this.queue.push({
				resolve,
				reject
			}));
		});
		if (asked.length > 0) this.child.stdin.write(asked.join("\n") + "\n");
		return Promise.all(answers);
	}
	drain() {
		this.need = 0;
		while (this.queue.length > 0) {
			const nl = this.buf.indexOf(10);
			if (nl === -1) {
				this.need = this.buf.length + 1;
				return;
			}
			const parts = this.buf.subarray(0, nl).toString("utf8").split(" ");
			if (parts.length !== 3 || !/^\d+$/.test(parts[2])) {
				this.buf = this.buf.subarray(nl + 1);
				this.queue.shift().resolve(void 0);
				continue;
			}
			const size = Number(parts[2]);
			const obj = {
				oid: parts[0],
				type: parts[1],
				size
			};
			if (this.withContent) {
				if (this.buf.length < nl + 1 + size + 1) {
					this.need = nl + 1 + size + 1;
					return;
				}
				obj.content = Buffer.from(this.buf.subarray(nl + 1, nl + 1 + size));
				this.buf = this.buf.subarray(nl + 1 + size + 1);
			} else this.buf = this.buf.subarray(nl + 1);
			this.queue.shift().resolve(obj);
		}
	}
	close() {
		if (this.closed) return Promise.resolve();
		this.closed = true;
		return new Promise((done) => {
			if (this.child.exitCode !== null || this.child.signalCode !== null) return done();
			this.child.once("close", () => done());
			this.child.stdin.end();
		});
	}
};
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
	const child = gitSpawn(cwd, [...DIFF_ARGS, ...paths]);
	child.stdin.end();
	const stderr = firstStderrLine(child);
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
	child.on("error", (err) => fail(new GitError(`git: ${err.message}`)));
	child.on("close", (code) => {
		if (finished) return;
		if (code !== 0) return fail(new GitError(stderr() || `git diff exited with ${code}`));
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
	let blobs;
	const diff = streamStagedDiff(cwd);
	const git = {
		entries: { async *[Symbol.asyncIterator]() {
			try {
				yield* diff;
			} catch (err) {
				await git.repo();
				throw err;
			}
		} },
		blobs: () => blobs ??= new CatFile(cwd),
		repo: () => repo ??= findRepo(cwd, "--staged"),
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
Object.defineProperty(exports, "GitError", {
	enumerable: true,
	get: function() {
		return GitError;
	}
});
Object.defineProperty(exports, "countLines", {
	enumerable: true,
	get: function() {
		return countLines;
	}
});
Object.defineProperty(exports, "findProjectRoot", {
	enumerable: true,
	get: function() {
		return findProjectRoot;
	}
});
Object.defineProperty(exports, "gitOutput", {
	enumerable: true,
	get: function() {
		return gitOutput;
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
