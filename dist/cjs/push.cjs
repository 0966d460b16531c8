const require_rolldown_runtime = require("./rolldown-runtime.cjs");
const require_base = require("./base.cjs");
const require_core = require("./core.cjs");
let node_fs = require("node:fs");
let node_url = require("node:url");
// dist/sources/history.js
const LOG_CONFIG = [
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
	"log.showSignature=false",
	"-c",
	"log.showRoot=true"
];
const LOG_ARGS = [
	"log",
	"--no-color",
	"--no-ext-diff",
	"--no-textconv",
	"--no-relative",
	"--text",
	"--root",
	"-p",
	"--cc",
	"--unified=8",
	"-M",
	"--submodule=short",
	"--ignore-submodules=none",
	"--full-index",
	"--no-abbrev",
	"--src-prefix=a/",
	"--dst-prefix=b/",
	"--no-mailmap",
	"--topo-order",
	"--reverse",
	"--format=%x01%H%x1f%an <%ae>%x1f%aI"
];
function wholeHunks(onHunk) {
	let pieces = [];
	return {
		start: () => {
			pieces = [];
		},
		data: (piece) => {
			pieces.push(Buffer.from(piece));
		},
		end: (h) => {
			onHunk({
				...h,
				data: Buffer.concat(pieces)
			});
			pieces = [];
		}
	};
}
var LineSet = class {
	runs = [];
	size = 0;
	add(line) {
		const n = this.runs.length;
		if (n > 0 && this.runs[n - 1] === line - 1) this.runs[n - 1] = line;
		else this.runs.push(line, line);
		this.size++;
		return this;
	}
	has(line) {
		let lo = 0;
		let hi = this.runs.length / 2 - 1;
		while (lo <= hi) {
			const mid = lo + hi >> 1;
			if (line < this.runs[2 * mid]) hi = mid - 1;
			else if (line > this.runs[2 * mid + 1]) lo = mid + 1;
			else return true;
		}
		return false;
	}
	*[Symbol.iterator]() {
		for (let i = 0; i < this.runs.length; i += 2) for (let l = this.runs[i]; l <= this.runs[i + 1]; l++) yield l;
	}
};
function unquotePath(raw) {
	let s = raw;
	if (s.endsWith("	")) s = s.slice(0, -1);
	if (s.startsWith("\"") && s.endsWith("\"")) {
		const bytes = [];
		const body = s.slice(1, -1);
		const esc = {
			n: 10,
			t: 9,
			r: 13,
			a: 7,
			b: 8,
			f: 12,
			v: 11,
			"\"": 34,
			"\\": 92
		};
		for (let i = 0; i < body.length; i++) {
			if (body[i] !== "\\") {
				bytes.push(body.charCodeAt(i) & 255);
				continue;
			}
			const n = body[i + 1];
			if (/[0-7]/.test(n)) {
				bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
				i += 3;
			} else {
				bytes.push(esc[n] ?? n.charCodeAt(0));
				i += 1;
			}
		}
		s = Buffer.from(bytes).toString("latin1");
	}
	return s.replace(/^[ab]\//, "");
}
const latin1ToUtf8 = (s) => /^[\x00-\x7f]*$/.test(s) ? s : Buffer.from(s, "latin1").toString("utf8");
const NEWLINE = Buffer.from("\n");
const PLUS = 43;
const MINUS = 45;
var LogParser = class {
	commit;
	path;
	skipFile = false;
	parents = 1;
	inHunk = false;
	hunk;
	text = Buffer.allocUnsafe(65536);
	textLength = 0;
	nextLine = 0;
	pending = [];
	commits = 0;
	started = false;
	handler;
	constructor(handler) {
		this.handler = typeof handler === "function" ? wholeHunks(handler) : handler;
	}
	push(chunk) {
		let nl = chunk.indexOf(10);
		if (nl === -1) {
			this.pending.push(chunk);
			return;
		}
		let start = 0;
		if (this.pending.length > 0) {
			const line = Buffer.concat([...this.pending, chunk.subarray(0, nl)]);
			this.pending = [];
			this.line(line, 0, line.length);
			start = nl + 1;
			nl = chunk.indexOf(10, start);
		}
		for (; nl !== -1; nl = chunk.indexOf(10, start)) {
			this.line(chunk, start, nl);
			start = nl + 1;
		}
		if (start < chunk.length) this.pending.push(chunk.subarray(start));
	}
	end() {
		if (this.pending.length > 0) {
			const line = Buffer.concat(this.pending);
			this.pending = [];
			this.line(line, 0, line.length);
		}
		this.flush();
	}
	line(buf, start, end) {
		const c = start < end ? buf[start] : -1;
		if (c === 1) {
			this.flush();
			const [sha, author, date] = buf.toString("latin1", start + 1, end).split("");
			this.commit = {
				sha,
				author: latin1ToUtf8(author),
				date
			};
			this.commits++;
			this.path = void 0;
			this.inHunk = false;
			return;
		}
		if (c === 100 && /^diff --(git|cc|combined) /.test(buf.toString("latin1", start, Math.min(end, start + 16)))) {
			this.flush();
			this.inHunk = false;
			this.path = void 0;
			this.skipFile = false;
			return;
		}
		if (c === 64 && buf[start + 1] === 64) {
			this.flush();
			const l = buf.toString("latin1", start, end);
			const at = /^(@+) /.exec(l);
			this.parents = at ? at[1].length - 1 : 1;
			const plus = /\+(\d+)(?:,\d+)? @+/.exec(l);
			if (!plus || !this.commit || this.path === void 0 || this.skipFile) {
				this.inHunk = false;
				return;
			}
			this.inHunk = true;
			this.nextLine = Number(plus[1]);
			this.hunk = {
				commit: this.commit,
				path: this.path,
				firstLine: this.nextLine,
				data: NEWLINE,
				added: new LineSet()
			};
			this.textLength = 0;
			return;
		}
		if (!this.inHunk) {
			if (c === PLUS || c === 110) {
				const l = buf.toString("latin1", start, end);
				if (l.startsWith("+++ ")) {
					const target = l.slice(4);
					this.path = target === "/dev/null" ? void 0 : latin1ToUtf8(unquotePath(target));
				} else if (/^new (file )?mode 1[26]0000/.test(l)) this.skipFile = true;
			}
			return;
		}
		if (c === 92) return;
		const cols = Math.min(this.parents, end - start);
		let added = cols === this.parents;
		for (let k = start; k < start + cols; k++) {
			const b = buf[k];
			if (b === MINUS) return;
			if (b !== PLUS) added = false;
		}
		if (added) this.hunk.added.add(this.nextLine);
		const length = end - start - cols + 1;
		if (this.textLength + length > this.text.length) {
			const grown = Buffer.allocUnsafe(Math.max(2 * this.text.length, this.textLength + length));
			this.text.copy(grown, 0, 0, this.textLength);
			this.text = grown;
		}
		const text = this.text;
		let at = this.textLength;
		if (length > 64) at += buf.copy(text, at, start + cols, end);
		else for (let k = start + cols; k < end; k++) text[at++] = buf[k];
		text[at++] = 10;
		this.textLength = at;
		this.nextLine++;
		if (at >= 524288 && this.hunk.added.size > 0) this.pass();
	}
	pass() {
		const hunk = this.hunk;
		if (!this.started) {
			this.started = true;
			this.handler.start(hunk);
		}
		if (this.textLength > 0) this.handler.data(this.text.subarray(0, this.textLength));
		this.textLength = 0;
	}
	flush() {
		if (this.inHunk && this.hunk && this.hunk.added.size > 0) {
			this.pass();
			this.handler.end(this.hunk);
		}
		this.hunk = void 0;
		this.started = false;
		this.textLength = 0;
		this.inHunk = false;
		if (this.text.length > 1048576) this.text = Buffer.allocUnsafe(65536);
	}
};
async function streamLog(top, revs, onHunk, options = {}) {
	const given = options.commits;
	const args = given ? [
		...LOG_ARGS.filter((a) => a !== "--topo-order" && a !== "--reverse"),
		"--no-walk=unsorted",
		"--stdin"
	] : [...LOG_ARGS, ...revs];
	const paths = options.exclude?.length ? [":(top)", ...options.exclude.map((p) => `:(top,literal,exclude)${p}`)] : [];
	const child = require_base.gitSpawn(top, [
		...LOG_CONFIG,
		...args,
		"--",
		...paths
	]);
	child.stdin.on("error", () => {});
	child.stdin.end(given ? given.join("\n") + "\n" : void 0);
	const stderr = require_base.firstStderrLine(child);
	const closed = new Promise((done, fail) => {
		child.on("error", (err) => fail(new require_base.GitError(`git log: ${err.message}`)));
		child.on("close", (code) => done(code));
	});
	const parser = new LogParser(onHunk);
	const before = options.progress?.commits ?? 0;
	for await (const chunk of child.stdout) {
		parser.push(chunk);
		if (options.progress) options.progress.commits = before + parser.commits;
	}
	const code = await closed;
	if (code !== 0) {
		if (options.progress) options.progress.commits = before + Math.max(0, parser.commits - 1);
		throw new require_base.GitError(`git log failed: ${stderr() || `exit ${code}`}`);
	}
	parser.end();
	if (options.progress) options.progress.commits = before + parser.commits;
	return parser.commits;
}
// dist/sources/history-search.js
async function findInHistory(dir, revs, needles) {
	const found = new Set();
	if (needles.length === 0) return found;
	const child = require_base.gitSpawn(dir, [
		...LOG_CONFIG,
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
	const stderr = require_base.firstStderrLine(child);
	const closed = new Promise((done, fail) => {
		child.on("error", (err) => fail(new require_base.GitError(`git log: ${err.message}`)));
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
	if (code !== 0 && found.size < needles.length) throw new require_base.GitError(`git log failed: ${stderr() || `exit ${code}`}`);
	return found;
}
async function hasRefs(dir) {
	const child = require_base.gitSpawn(dir, [
		"for-each-ref",
		"--count=1",
		"--format=x"
	]);
	child.stdin.end();
	const stderr = require_base.firstStderrLine(child);
	let out = "";
	child.stdout.on("data", (d) => out += d.toString("utf8"));
	const code = await new Promise((done, fail) => {
		child.on("error", (err) => fail(new require_base.GitError(`git for-each-ref: ${err.message}`)));
		child.on("close", done);
	});
	if (code !== 0) throw new require_base.GitError(`git for-each-ref failed: ${stderr() || `exit ${code}`}`);
	return out.trim() !== "";
}
// dist/policy/pushed.js
const CONFIG_FILE = ".scan-keys.json";
const CONFIG_SCHEMA = (0, node_url.fileURLToPath)(new URL("../../config.schema.json", require("url").pathToFileURL(__filename).href));
async function policyAtCommit(blobs, commit) {
	const [configBlob, baselineBlob] = await blobs.getMany([`${commit}:${CONFIG_FILE}`, `${commit}:${require_core.BASELINE_FILE}`]);
	const short = commit.slice(0, 10);
	let config = require_core.EMPTY_CONFIG;
	if (configBlob?.type === "blob") {
		const shown = `${CONFIG_FILE} (commit ${short})`;
		let data;
		try {
			data = JSON.parse((configBlob.content ?? Buffer.alloc(0)).toString("utf8"));
		} catch (err) {
			throw new require_core.ConfigError(`${shown}: invalid JSON: ${err.message}`);
		}
		const schema = JSON.parse((0, node_fs.readFileSync)(CONFIG_SCHEMA, "utf8"));
		config = require_core.compileConfig(data, schema, shown, { patternSchema: require_core.loadPatternSchema() });
	}
	const baseline = baselineBlob?.type === "blob" ? require_core.parseBaseline((baselineBlob.content ?? Buffer.alloc(0)).toString("utf8"), `${require_core.BASELINE_FILE} (commit ${short})`) : [];
	const oid = (o) => o?.type === "blob" ? o.oid : "";
	return {
		config,
		baseline,
		key: `${oid(configBlob)}:${oid(baselineBlob)}`
	};
}
// dist/scan/range.js
var range_exports = require_rolldown_runtime.__exportAll({ scanRange: () => scanRange });
var RangeError = class extends require_base.GitError {};
const SLICE = 1 << 19;
const FETCH_HINT = "fetch more history (actions/checkout: `fetch-depth: 0`; or `git fetch --unshallow`)";
async function verifyCommit(top, rev, what) {
	if (rev.startsWith("-")) throw new RangeError(`${what}: not a revision: ${rev}`);
	try {
		const out = (await require_base.gitRaw(top, [
			"rev-parse",
			"--verify",
			"--end-of-options",
			`${rev}^{commit}`
		])).trim();
		if (/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(out)) return;
	} catch {}
	let shallow = false;
	try {
		shallow = (await require_base.gitRaw(top, ["rev-parse", "--is-shallow-repository"])).trim() === "true";
	} catch {}
	if (shallow) throw new RangeError(`${what}: ${rev} is not in this shallow clone; ${FETCH_HINT}`);
	throw new RangeError(`${what}: unknown revision ${rev}`);
}
async function resolveRevs(top, spec) {
	if ("history" in spec) return ["--all"];
	if ("revs" in spec) return spec.revs;
	if ("since" in spec) {
		await verifyCommit(top, spec.since, "--since");
		await verifyCommit(top, "HEAD", "--since");
		return [`${spec.since}..HEAD`];
	}
	const m = /^(.*?)(\.\.\.?)(.*)$/.exec(spec.range);
	if (!m) throw new RangeError(`--range: expected A..B, got ${spec.range}`);
	const from = m[1] || "HEAD";
	const to = m[3] || "HEAD";
	await verifyCommit(top, from, "--range");
	await verifyCommit(top, to, "--range");
	return [`${from}${m[2]}${to}`];
}
async function scanRange(options) {
	const started = performance.now();
	const config = options.config ?? require_core.EMPTY_CONFIG;
	const top = "revs" in options.spec ? options.cwd : (await require_base.findRepo(options.cwd, "commit range")).top;
	const revs = await resolveRevs(top, options.spec);
	const first = new Map();
	const files = new Set();
	const result = {
		base: top,
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
	const count = options.count !== false;
	const presentAtHead = options.presentAtHead !== false;
	let readers;
	const startReaders = () => {
		if (!readers && (count || presentAtHead)) readers = {
			blobs: new require_base.CatFile(top),
			check: count ? new require_base.CatFile(top, "--batch-check") : void 0
		};
	};
	const closeReaders = async () => {
		if (!readers) return;
		const { blobs, check } = readers;
		readers = void 0;
		await Promise.all([blobs.close(), check?.close()]);
	};
	const commitsSeen = new Set();
	let scanner;
	let found = [];
	let hunkBytes = 0;
	const onHunk = {
		start: (h) => {
			if (options.onProgress) {
				commitsSeen.add(h.commit.sha);
				options.onProgress({
					files: files.size,
					bytes: result.stats.bytes,
					findings: first.size,
					commits: commitsSeen.size
				});
			}
			found = [];
			hunkBytes = 0;
			scanner = config.isPathIgnored(h.path, top) ? void 0 : new require_core.ContentScanner(options.rules, {
				file: h.path,
				inlineAllow: options.inlineAllow ?? true
			});
		},
		data: (piece) => {
			if (!scanner) return;
			hunkBytes += piece.length;
			if (piece.length <= 2 * SLICE) require_base.appendAll(found, scanner.push(piece));
			else for (let at = 0; at < piece.length; at += SLICE) require_base.appendAll(found, scanner.push(piece.subarray(at, at + SLICE)));
		},
		end: (h) => {
			if (!scanner) return;
			require_base.appendAll(found, scanner.end());
			const binary = scanner.isBinary;
			scanner = void 0;
			if (binary) return;
			files.add(h.path);
			result.stats.bytes += hunkBytes;
			result.stats.lines += h.added.size;
			for (const f of found) {
				const line = h.firstLine + f.line - 1;
				if (!h.added.has(line)) continue;
				const key = `${h.path}\0${f.fingerprint}`;
				if (first.has(key)) continue;
				f.line = line;
				if (f.pair) f.pair = {
					...f.pair,
					line: h.firstLine + f.pair.line - 1
				};
				f.commit = {
					sha: h.commit.sha,
					author: h.commit.author,
					date: h.commit.date
				};
				first.set(key, f);
				startReaders();
			}
			found = [];
		}
	};
	try {
		return await scanLog();
	} finally {
		await closeReaders();
	}
	async function scanLog() {
		const progress = { commits: 0 };
		let commits;
		try {
			commits = await streamLog(top, revs, onHunk, { progress });
		} catch (err) {
			if (!(err instanceof require_base.GitError) || !require_core.isMissingObjectError(err.message)) throw err;
			const missing = await require_core.missingInRange(top, revs);
			const scanned = `scanned ${progress.commits} commit${progress.commits === 1 ? "" : "s"} (${first.size} finding${first.size === 1 ? "" : "s"} so far) before git stopped`;
			const cause = err.message.replace(/^git log failed: (fatal: )?/, "");
			if (!options.skipUnreadable || missing.length === 0 || missing.some((m) => !m.commit)) throw new require_core.MissingObjectsError(missing, scanned, cause);
			first.clear();
			files.clear();
			result.stats.bytes = 0;
			result.stats.lines = 0;
			commits = await streamSkipping(top, revs, missing, onHunk);
			for (const m of missing) result.skipped.push({
				file: m.path,
				reason: require_core.skipReason(m)
			});
			result.stats.skipped = result.skipped.length;
		}
		result.findings = [...first.values()].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);
		if (result.findings.length > 0 && (count || presentAtHead)) {
			startReaders();
			const { blobs, check } = readers;
			await Promise.all([check ? countCommits(top, revs, result.findings, check, blobs) : void 0, presentAtHead ? markPresentAtHead(result.findings, blobs) : void 0]);
		}
		result.stats.files = files.size;
		result.stats.commits = commits;
		result.stats.durationMs = performance.now() - started;
		return result;
	}
}
async function streamSkipping(top, revs, missing, onHunk) {
	const affected = new Map();
	for (const m of missing) affected.set(m.commit, [...affected.get(m.commit) ?? [], m.path]);
	const list = (await require_base.gitRaw(top, [
		"rev-list",
		"--topo-order",
		"--reverse",
		...revs,
		"--"
	])).split("\n").filter(Boolean);
	let commits = 0;
	let run = [];
	const flush = async () => {
		if (run.length > 0) commits += await streamLog(top, revs, onHunk, { commits: run });
		run = [];
	};
	for (const sha of list) {
		const paths = affected.get(sha);
		if (!paths) {
			run.push(sha);
			continue;
		}
		await flush();
		commits += Math.max(1, await streamLog(top, revs, onHunk, {
			commits: [sha],
			exclude: paths
		}));
	}
	await flush();
	return commits;
}
async function countCommits(top, revs, findings, check, blobs) {
	const all = [...new Set(findings.map((f) => f.file))];
	for (let from = 0; from < all.length; from += PATHS_PER_WALK) await countAtPaths(top, revs, all.slice(from, from + PATHS_PER_WALK), findings, check, blobs);
}
const PATHS_PER_WALK = 64;
async function countAtPaths(top, revs, paths, findings, check, blobs) {
	const tally = await tallyBlobs(top, revs, paths, check);
	const secrets = paths.map((p) => [...new Set(findings.filter((f) => f.file === p).map((f) => f.secret))]);
	const counts = paths.map(() => new Map());
	const held = tally.flatMap((t, i) => [...t].map(([oid, commits]) => [
		i,
		oid,
		commits
	]));
	const sizes = await check.getMany(held.map(([, oid]) => oid));
	const finders = secrets.map((list) => secretFinder(list));
	for (const group of byteGroups(held, sizes)) {
		const objects = await blobs.getMany(group.map(([, oid]) => oid));
		for (const [k, [i, , commits]] of group.entries()) {
			const content = objects[k]?.content ?? Buffer.alloc(0);
			const atPath = counts[i];
			for (const secret of finders[i](content)) atPath.set(secret, (atPath.get(secret) ?? 0) + commits);
		}
	}
	for (const [i, path] of paths.entries()) for (const f of findings) if (f.file === path && f.commit) f.commit.count = Math.max(1, counts[i].get(f.secret) ?? 1);
}
function byteGroups(items, sizes) {
	const groups = [];
	let group = [];
	let bytes = 0;
	for (const [k, item] of items.entries()) {
		const size = sizes[k]?.size ?? 0;
		if (group.length > 0 && bytes + size > 8388608) {
			groups.push(group);
			group = [];
			bytes = 0;
		}
		group.push(item);
		bytes += size;
	}
	if (group.length > 0) groups.push(group);
	return groups;
}
async function tallyBlobs(top, revs, paths, check) {
	const index = new Map(paths.map((p, i) => [p, i]));
	const tally = paths.map(() => new Map());
	const states = new Map();
	const uses = new Map();
	const none = paths.map(() => void 0);
	const walk = async (commits) => {
		const seen = new Set();
		const asked = commits.filter(({ sha, parents: [first, second] }) => {
			seen.add(sha);
			return second !== void 0 || first !== void 0 && !states.has(first) && !seen.has(first);
		});
		const answers = await check.getMany(asked.flatMap(({ sha }) => paths.map((p) => `${sha}:${p}`)));
		const looked = new Map(asked.map(({ sha }, k) => [sha, paths.map((_, i) => {
			const obj = answers[k * paths.length + i];
			return obj?.type === "blob" ? obj.oid : void 0;
		})]));
		for (const { sha, parents: [first], changes } of commits) {
			let state = looked.get(sha);
			if (!state) {
				state = first === void 0 ? none : states.get(first);
				if (changes.length > 0) {
					const next = [...state];
					for (const [i, oid] of changes) next[i] = oid;
					state = next;
				}
			}
			states.set(sha, state);
			uses.set(state, (uses.get(state) ?? 0) + 1);
		}
	};
	const listed = paths.filter((p) => !/[\n\r]/.test(p));
	if (listed.length === 0) return tally;
	const child = require_base.gitSpawn(top, [
		...LOG_CONFIG,
		"-c",
		"log.follow=false",
		"log",
		"--full-history",
		"--sparse",
		"--topo-order",
		"--reverse",
		"--root",
		"--raw",
		"-z",
		"--no-abbrev",
		"--no-renames",
		"--no-relative",
		"--ignore-submodules=none",
		"--no-ext-diff",
		"--format=%x01%H %P",
		"--stdin",
		...revs,
		"--"
	]);
	child.stdin.end(Buffer.from(["--", ...listed.map((p) => `:(literal)${p}`)].join("\n") + "\n", "utf8"));
	const stderr = require_base.firstStderrLine(child);
	const closed = new Promise((done, fail) => {
		child.on("error", (err) => fail(new require_base.GitError(`git log: ${err.message}`)));
		child.on("close", done);
	});
	closed.catch(() => {});
	try {
		let open = [];
		let rest = "";
		let change;
		for await (const chunk of child.stdout) {
			const fields = (rest + chunk.toString("latin1")).split("\0");
			rest = fields.pop() ?? "";
			for (const field of fields) if (change !== void 0) {
				const i = index.get(Buffer.from(field, "latin1").toString("utf8"));
				const [, dstMode, , dstOid] = change.split(" ");
				if (i !== void 0) open[open.length - 1]?.changes.push([i, /^1[02]0/.test(dstMode) ? dstOid : void 0]);
				change = void 0;
			} else if (field.startsWith("")) {
				const [sha, ...parents] = field.slice(1).trim().split(" ");
				open.push({
					sha,
					parents,
					changes: []
				});
			} else if (field.replace(/^\n/, "").startsWith(":")) change = field.replace(/^\n/, "");
			if (open.length > 1) {
				const done = open.slice(0, -1);
				open = open.slice(-1);
				await walk(done);
			}
		}
		await walk(open);
	} finally {
		if (child.exitCode === null && child.signalCode === null) child.kill();
	}
	const code = await closed;
	if (code !== 0) throw new require_base.GitError(`git log failed: ${stderr() || `exit ${code}`}`);
	for (const [state, commits] of uses) for (const [i, oid] of state.entries()) {
		const t = tally[i];
		if (oid !== void 0) t.set(oid, (t.get(oid) ?? 0) + commits);
	}
	return tally;
}
async function markPresentAtHead(findings, blobs) {
	const byPath = new Map();
	for (const f of findings) {
		const list = byPath.get(f.file);
		if (list) list.push(f);
		else byPath.set(f.file, [f]);
	}
	for (const [path, atPath] of byPath) {
		const obj = await blobs.get(`HEAD:${path}`);
		const held = obj?.type === "blob" && obj.content ? secretFinder(atPath.map((f) => f.secret))(obj.content) : new Set();
		for (const f of atPath) f.presentAtHead = held.has(f.secret);
	}
}
function secretFinder(secrets) {
	const unique = [...new Set(secrets)];
	if (unique.length <= 16) {
		const needles = unique.map((s) => [s, Buffer.from(s, "latin1")]);
		return (content) => new Set(needles.filter(([, n]) => content.includes(n)).map(([s]) => s));
	}
	const short = unique.filter((s) => s.length < 4);
	const byHead = new Map();
	for (const s of unique) {
		if (s.length < 4) continue;
		const head = Buffer.from(s, "latin1").readUInt32BE(0);
		let entry = byHead.get(head);
		if (!entry) byHead.set(head, entry = {
			lengths: [],
			values: new Set()
		});
		if (!entry.lengths.includes(s.length)) entry.lengths.push(s.length);
		entry.values.add(s);
	}
	return (content) => {
		const found = new Set(short.filter((s) => content.includes(Buffer.from(s, "latin1"))));
		for (let at = 0; at + 4 <= content.length; at++) {
			const entry = byHead.get(content.readUInt32BE(at));
			if (!entry) continue;
			for (const length of entry.lengths) {
				if (at + length > content.length) continue;
				const value = content.toString("latin1", at, at + length);
				if (entry.values.has(value)) found.add(value);
			}
		}
		return found;
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
	const byKey = new Map();
	const blobs = new require_base.CatFile(gitDir);
	try {
		const peeled = await blobs.getMany(live.map((u) => `${u.new}^{commit}`));
		const types = peeled.some((p) => p === void 0) ? await blobs.getMany(live.map((u) => u.new)) : [];
		const policies = new Map();
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
			if (result.lang === void 0 && policy.config.lang !== void 0) result.lang = policy.config.lang;
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
	const providers = new Map();
	const seen = new Set();
	const blocking = [];
	for (const { policy, tips } of byKey.values()) {
		const rules = require_core.loadPatterns([...policy.config.patterns]);
		for (const p of rules.providers) if (!providers.has(p.id)) providers.set(p.id, p);
		const scanned = await scanRange({
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
		const allow = require_core.applyAllowlist(scanned.findings, policy.config.allowRules);
		result.allowed += allow.allowed.length;
		const base = require_core.applyBaseline(allow.kept, policy.baseline);
		result.baselined += base.baselined.length;
		const failOn = policy.config.failOn ?? "medium";
		for (const f of base.kept) {
			const key = `${f.commit?.sha}\0${f.file}\0${f.fingerprint}`;
			if (seen.has(key)) continue;
			seen.add(key);
			if (failOn !== "none" && require_base.severityRank(f.severity) >= require_base.severityRank(failOn)) blocking.push(f);
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
function place(f, showSecrets, t) {
	return `  ${f.commit ? f.commit.sha.slice(0, 10) : "?"}  ${f.file}:${f.line}  ${f.ruleId} (${t.m.severity[f.severity]})  ${require_core.shownSecret(f, showSecrets)}`;
}
function renderPushFindings(r) {
	const show = r.showSecrets === true;
	const t = r.t ?? require_core.EN;
	const M = t.m.push;
	const out = [];
	if (r.blocking.length > 0) {
		out.push(M.rejected(r.blocking.length));
		for (const f of r.blocking) out.push(place(f, show, t));
		const byId = new Map(r.providers.map((p) => [p.id, p]));
		for (const id of [...new Set(r.blocking.map((f) => f.provider))]) {
			const p = byId.get(id);
			if (p) out.push(M.consoleLine(t.providerName(p, p.name), t.remediation(p).console.url));
		}
		out.push(M.howTo, M.amend);
		const oldest = r.blocking.find((f) => f.commit)?.commit?.sha.slice(0, 10) ?? "<commit>";
		out.push(M.rebase(oldest));
	}
	if (r.known.length > 0) {
		out.push(M.known(r.known.length));
		for (const f of r.known) out.push(place(f, show, t));
	}
	if (r.below.length > 0) out.push(M.below(r.below.length));
	return out.length > 0 ? out.join("\n") + "\n" : "";
}
Object.defineProperty(exports, "parseRefUpdates", {
	enumerable: true,
	get: function() {
		return parseRefUpdates;
	}
});
Object.defineProperty(exports, "range_exports", {
	enumerable: true,
	get: function() {
		return range_exports;
	}
});
Object.defineProperty(exports, "renderPushFindings", {
	enumerable: true,
	get: function() {
		return renderPushFindings;
	}
});
Object.defineProperty(exports, "scanPush", {
	enumerable: true,
	get: function() {
		return scanPush;
	}
});
