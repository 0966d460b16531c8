const require_start = require("./start.cjs");
let node_module = require("node:module");
// dist/cli/exit.js
const EXIT_CLEAN = 0;
const EXIT_FINDINGS = 1;
const EXIT_ERROR = 2;
function oneLine(err) {
	return (err instanceof Error ? err.message : String(err)).split("\n").filter(Boolean).join("\n  ");
}
// dist/types.js
const SEVERITIES = [
	"low",
	"medium",
	"high",
	"critical"
];
function severityRank(s) {
	return SEVERITIES.indexOf(s);
}
function appendAll(target, items) {
	for (const item of items) target.push(item);
}
// dist/cli/lang.js
function parseLang(value) {
	const v = value.trim().replace(/_/g, "-").toLowerCase();
	if (v === "en" || v.startsWith("en-")) return "en";
	if (v === "zh" || v === "zh-cn" || v === "zh-sg" || v === "zh-hans" || v.startsWith("zh-hans-")) return "zh-CN";
}
function langOfLocale(locale) {
	const name = locale.replace(/[.@].*$/, "").replace(/-/g, "_").toLowerCase();
	return /^zh(?:_(?:cn|sg|hans(?:_.*)?))?$/.test(name) ? "zh-CN" : "en";
}
function langFromEnv(env) {
	return langOfLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG || "");
}
function langFlag(argv) {
	let found;
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a === "--") break;
		if (a === "--lang") found = argv[i + 1];
		else if (a.startsWith("--lang=")) found = a.slice(7);
	}
	return found;
}
function resolveLang(o) {
	return o.flag ?? o.config ?? langFromEnv(o.env);
}
// dist/sources/git-run.js
let spawnChild;
var GitError = class extends Error {
	constructor(message) {
		super(message);
		this.name = "GitError";
	}
};
let factory;
async function git(dir) {
	if (!factory) {
		const mod = await import("simple-git");
		factory = (baseDir) => mod.simpleGit({
			baseDir,
			trimmed: false,
			allowEnvironment: Object.keys(process.env)
		});
	}
	return factory(dir);
}
async function gitRaw(dir, args) {
	try {
		return await (await git(dir)).raw(args);
	} catch (err) {
		throw new GitError(String(err.message ?? err).trim().split("\n")[0] ?? "git failed");
	}
}
async function gitRawWithWarnings(dir, args) {
	let stderr = "";
	try {
		return {
			stdout: await (await git(dir)).outputHandler((_command, _stdout, err) => {
				err.on("data", (d) => {
					stderr += String(d);
				});
			}).raw(args),
			stderr
		};
	} catch (err) {
		throw new GitError(String(err.message ?? err).trim().split("\n")[0] ?? "git failed");
	}
}
function isNotARepository(err) {
	const msg = err instanceof Error ? err.message : String(err);
	return /not a git repository|ENOENT|spawn git/i.test(msg);
}
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
function gitSpawn(dir, args, extraEnv) {
	spawnChild ??= (0, node_module.createRequire)(require("url").pathToFileURL(__filename).href)("node:child_process").spawn;
	return spawnChild("git", [...require_start.GIT_MEMORY, ...args], {
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
var CatFile = class {
	child;
	withContent;
	stderr;
	buf = Buffer.alloc(0);
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
Object.defineProperty(exports, "CatFile", {
	enumerable: true,
	get: function() {
		return CatFile;
	}
});
Object.defineProperty(exports, "EXIT_CLEAN", {
	enumerable: true,
	get: function() {
		return EXIT_CLEAN;
	}
});
Object.defineProperty(exports, "EXIT_ERROR", {
	enumerable: true,
	get: function() {
		return EXIT_ERROR;
	}
});
Object.defineProperty(exports, "EXIT_FINDINGS", {
	enumerable: true,
	get: function() {
		return EXIT_FINDINGS;
	}
});
Object.defineProperty(exports, "GitError", {
	enumerable: true,
	get: function() {
		return GitError;
	}
});
Object.defineProperty(exports, "SEVERITIES", {
	enumerable: true,
	get: function() {
		return SEVERITIES;
	}
});
Object.defineProperty(exports, "appendAll", {
	enumerable: true,
	get: function() {
		return appendAll;
	}
});
Object.defineProperty(exports, "findRepo", {
	enumerable: true,
	get: function() {
		return findRepo;
	}
});
Object.defineProperty(exports, "firstStderrLine", {
	enumerable: true,
	get: function() {
		return firstStderrLine;
	}
});
Object.defineProperty(exports, "gitOutput", {
	enumerable: true,
	get: function() {
		return gitOutput;
	}
});
Object.defineProperty(exports, "gitRaw", {
	enumerable: true,
	get: function() {
		return gitRaw;
	}
});
Object.defineProperty(exports, "gitRawWithWarnings", {
	enumerable: true,
	get: function() {
		return gitRawWithWarnings;
	}
});
Object.defineProperty(exports, "gitSpawn", {
	enumerable: true,
	get: function() {
		return gitSpawn;
	}
});
Object.defineProperty(exports, "isNotARepository", {
	enumerable: true,
	get: function() {
		return isNotARepository;
	}
});
Object.defineProperty(exports, "langFlag", {
	enumerable: true,
	get: function() {
		return langFlag;
	}
});
Object.defineProperty(exports, "langFromEnv", {
	enumerable: true,
	get: function() {
		return langFromEnv;
	}
});
Object.defineProperty(exports, "oneLine", {
	enumerable: true,
	get: function() {
		return oneLine;
	}
});
Object.defineProperty(exports, "parseLang", {
	enumerable: true,
	get: function() {
		return parseLang;
	}
});
Object.defineProperty(exports, "resolveLang", {
	enumerable: true,
	get: function() {
		return resolveLang;
	}
});
Object.defineProperty(exports, "severityRank", {
	enumerable: true,
	get: function() {
		return severityRank;
	}
});
