#!/usr/bin/env node
// \0rolldown/runtime.js
var __create$1 = Object.create;
var __defProp$1 = Object.defineProperty;
var __getOwnPropDesc$1 = Object.getOwnPropertyDescriptor;
var __getOwnPropNames$1 = Object.getOwnPropertyNames;
var __getProtoOf$1 = Object.getPrototypeOf;
var __hasOwnProp$1 = Object.prototype.hasOwnProperty;
var __esmMin = (fn, res, err) => () => {
	if (err) throw err[0];
	try {
		return fn && (res = fn(fn = 0)), res;
	} catch (e) {
		throw err = [e], e;
	}
};
var __commonJSMin$1 = (cb, mod) => () => (mod || (cb((mod = { exports: {} }).exports, mod, mod.exports), cb = null), mod.exports);
var __exportAll$1 = (all, no_symbols) => {
	let target = {};
	for (var name in all) __defProp$1(target, name, {
		get: all[name],
		enumerable: true
	});
	if (!no_symbols) __defProp$1(target, Symbol.toStringTag, { value: "Module" });
	return target;
};
var __copyProps$1 = (to, from, except, desc) => {
	if (from && typeof from === "object" || typeof from === "function") for (var keys = __getOwnPropNames$1(from), i = 0, n = keys.length, key; i < n; i++) {
		key = keys[i];
		if (!__hasOwnProp$1.call(to, key) && key !== except) __defProp$1(to, key, {
			get: ((k) => from[k]).bind(null, key),
			enumerable: !(desc = __getOwnPropDesc$1(from, key)) || desc.enumerable
		});
	}
	return to;
};
var __toESM$1 = (mod, isNodeMode, target) => (target = mod != null ? __create$1(__getProtoOf$1(mod)) : {}, __copyProps$1(isNodeMode || !mod || !mod.__esModule || !__hasOwnProp$1.call(mod, "default") ? __defProp$1(target, "default", {
	value: mod,
	enumerable: true
}) : target, mod));
var __toCommonJS = (mod) => __hasOwnProp$1.call(mod, "module.exports") ? mod["module.exports"] : __copyProps$1(__defProp$1({}, "__esModule", { value: true }), mod);
let node_module = require("node:module");
let url = require("url");
let node_fs = require("node:fs");
let util = require("util");
let path = require("path");
let fs = require("fs");
let assert = require("assert");
// dist/cjs/start.cjs
var require_start$1 = /* @__PURE__ */ __commonJSMin$1(((exports) => {
	Object.defineProperty(exports, Symbol.toStringTag, { value: "Module" });
	let node_module = require("node:module");
	const GIT_MEMORY = [
		"-c",
		"core.deltaBaseCacheLimit=16m",
		"-c",
		"core.packedGitLimit=32m",
		"-c",
		"core.packedGitWindowSize=8m"
	];
	const WHOLE_FILE = 2 ** 29;
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
		`--unified=${WHOLE_FILE}`,
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
	function wantsStagedDiff(args) {
		return args.includes("--staged") && !args.includes("--");
	}
	function spawnStagedDiff(cwd, extra = [], paths = []) {
		const { spawn } = (0, node_module.createRequire)(require("url").pathToFileURL(__filename).href)("node:child_process");
		return spawn("git", [
			...GIT_MEMORY,
			...DIFF_ARGS,
			...extra,
			...paths
		], {
			cwd,
			env: process.env,
			stdio: [
				"pipe",
				"pipe",
				"pipe"
			]
		});
	}
	exports.DIFF_ARGS = DIFF_ARGS;
	exports.GIT_MEMORY = GIT_MEMORY;
	exports.WHOLE_FILE = WHOLE_FILE;
	exports.spawnStagedDiff = spawnStagedDiff;
	exports.wantsStagedDiff = wantsStagedDiff;
}));
// dist/cjs/base.cjs
var require_base$1 = /* @__PURE__ */ __commonJSMin$1(((exports) => {
	const require_start = require_start$1();
	let node_module = require("node:module");
	const EXIT_CLEAN = 0;
	const EXIT_FINDINGS = 1;
	const EXIT_ERROR = 2;
	function oneLine(err) {
		return (err instanceof Error ? err.message : String(err)).split("\n").filter(Boolean).join("\n  ");
	}
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
			const mod = await Promise.resolve().then(() => require("./dist.js"));
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
}));
// dist/cjs/rolldown-runtime.cjs
var require_rolldown_runtime$1 = /* @__PURE__ */ __commonJSMin$1(((exports) => {
	var __create = Object.create;
	var __defProp = Object.defineProperty;
	var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
	var __getOwnPropNames = Object.getOwnPropertyNames;
	var __getProtoOf = Object.getPrototypeOf;
	var __hasOwnProp = Object.prototype.hasOwnProperty;
	var __exportAll = (all, no_symbols) => {
		let target = {};
		for (var name in all) __defProp(target, name, {
			get: all[name],
			enumerable: true
		});
		if (!no_symbols) __defProp(target, Symbol.toStringTag, { value: "Module" });
		return target;
	};
	var __copyProps = (to, from, except, desc) => {
		if (from && typeof from === "object" || typeof from === "function") for (var keys = __getOwnPropNames(from), i = 0, n = keys.length, key; i < n; i++) {
			key = keys[i];
			if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
				get: ((k) => from[k]).bind(null, key),
				enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
			});
		}
		return to;
	};
	var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(isNodeMode || !mod || !mod.__esModule || !__hasOwnProp.call(mod, "default") ? __defProp(target, "default", {
		value: mod,
		enumerable: true
	}) : target, mod));
	Object.defineProperty(exports, "__exportAll", {
		enumerable: true,
		get: function() {
			return __exportAll;
		}
	});
	Object.defineProperty(exports, "__toESM", {
		enumerable: true,
		get: function() {
			return __toESM;
		}
	});
}));
// dist/cjs/micromatch.cjs
var require_micromatch = /* @__PURE__ */ __commonJSMin$1(((exports, module) => {
	var __commonJSMin = (cb, mod) => () => (mod || (cb((mod = { exports: {} }).exports, mod, mod.exports), cb = null), mod.exports);
	var require_utils$1 = /* @__PURE__ */ __commonJSMin(((exports) => {
		exports.isInteger = (num) => {
			if (typeof num === "number") return Number.isInteger(num);
			if (typeof num === "string" && num.trim() !== "") return Number.isInteger(Number(num));
			return false;
		};
		/**
		* Find a node of the given type
		*/
		exports.find = (node, type) => node.nodes.find((node) => node.type === type);
		/**
		* Find a node of the given type
		*/
		exports.exceedsLimit = (min, max, step = 1, limit) => {
			if (limit === false) return false;
			if (!exports.isInteger(min) || !exports.isInteger(max)) return false;
			return (Number(max) - Number(min)) / Number(step) >= limit;
		};
		/**
		* Escape the given node with '\\' before node.value
		*/
		exports.escapeNode = (block, n = 0, type) => {
			const node = block.nodes[n];
			if (!node) return;
			if (type && node.type === type || node.type === "open" || node.type === "close") {
				if (node.escaped !== true) {
					node.value = "\\" + node.value;
					node.escaped = true;
				}
			}
		};
		/**
		* Returns true if the given brace node should be enclosed in literal braces
		*/
		exports.encloseBrace = (node) => {
			if (node.type !== "brace") return false;
			if (node.commas >> 0 + node.ranges >> 0 === 0) {
				node.invalid = true;
				return true;
			}
			return false;
		};
		/**
		* Returns true if a brace node is invalid.
		*/
		exports.isInvalidBrace = (block) => {
			if (block.type !== "brace") return false;
			if (block.invalid === true || block.dollar) return true;
			if (block.commas >> 0 + block.ranges >> 0 === 0) {
				block.invalid = true;
				return true;
			}
			if (block.open !== true || block.close !== true) {
				block.invalid = true;
				return true;
			}
			return false;
		};
		/**
		* Returns true if a node is an open or close node
		*/
		exports.isOpenOrClose = (node) => {
			if (node.type === "open" || node.type === "close") return true;
			return node.open === true || node.close === true;
		};
		/**
		* Reduce an array of text nodes.
		*/
		exports.reduce = (nodes) => nodes.reduce((acc, node) => {
			if (node.type === "text") acc.push(node.value);
			if (node.type === "range") node.type = "text";
			return acc;
		}, []);
		/**
		* Flatten an array
		*/
		exports.flatten = (...args) => {
			const result = [];
			const flat = (arr) => {
				for (let i = 0; i < arr.length; i++) {
					const ele = arr[i];
					if (Array.isArray(ele)) {
						flat(ele);
						continue;
					}
					if (ele !== void 0) result.push(ele);
				}
				return result;
			};
			flat(args);
			return result;
		};
	}));
	var require_stringify = /* @__PURE__ */ __commonJSMin(((exports, module) => {
		const utils = require_utils$1();
		module.exports = (ast, options = {}) => {
			const stringify = (node, parent = {}) => {
				const invalidBlock = options.escapeInvalid && utils.isInvalidBrace(parent);
				const invalidNode = node.invalid === true && options.escapeInvalid === true;
				let output = "";
				if (node.value) {
					if ((invalidBlock || invalidNode) && utils.isOpenOrClose(node)) return "\\" + node.value;
					return node.value;
				}
				if (node.value) return node.value;
				if (node.nodes) for (const child of node.nodes) output += stringify(child);
				return output;
			};
			return stringify(ast);
		};
	}));
	/*!
	* is-number <https://github.com/jonschlinkert/is-number>
	*
	* Copyright (c) 2014-present, Jon Schlinkert.
	* Released under the MIT License.
	*/
	var require_is_number = /* @__PURE__ */ __commonJSMin(((exports, module) => {
		module.exports = function(num) {
			if (typeof num === "number") return num - num === 0;
			if (typeof num === "string" && num.trim() !== "") return Number.isFinite ? Number.isFinite(+num) : isFinite(+num);
			return false;
		};
	}));
	/*!
	* to-regex-range <https://github.com/micromatch/to-regex-range>
	*
	* Copyright (c) 2015-present, Jon Schlinkert.
	* Released under the MIT License.
	*/
	var require_to_regex_range = /* @__PURE__ */ __commonJSMin(((exports, module) => {
		const isNumber = require_is_number();
		const toRegexRange = (min, max, options) => {
			if (isNumber(min) === false) throw new TypeError("toRegexRange: expected the first argument to be a number");
			if (max === void 0 || min === max) return String(min);
			if (isNumber(max) === false) throw new TypeError("toRegexRange: expected the second argument to be a number.");
			let opts = {
				relaxZeros: true,
				...options
			};
			if (typeof opts.strictZeros === "boolean") opts.relaxZeros = opts.strictZeros === false;
			let relax = String(opts.relaxZeros);
			let shorthand = String(opts.shorthand);
			let capture = String(opts.capture);
			let wrap = String(opts.wrap);
			let cacheKey = min + ":" + max + "=" + relax + shorthand + capture + wrap;
			if (toRegexRange.cache.hasOwnProperty(cacheKey)) return toRegexRange.cache[cacheKey].result;
			let a = Math.min(min, max);
			let b = Math.max(min, max);
			if (Math.abs(a - b) === 1) {
				let result = min + "|" + max;
				if (opts.capture) return `(${result})`;
				if (opts.wrap === false) return result;
				return `(?:${result})`;
			}
			let isPadded = hasPadding(min) || hasPadding(max);
			let state = {
				min,
				max,
				a,
				b
			};
			let positives = [];
			let negatives = [];
			if (isPadded) {
				state.isPadded = isPadded;
				state.maxLen = String(state.max).length;
			}
			if (a < 0) {
				negatives = splitToPatterns(b < 0 ? Math.abs(b) : 1, Math.abs(a), state, opts);
				a = state.a = 0;
			}
			if (b >= 0) positives = splitToPatterns(a, b, state, opts);
			state.negatives = negatives;
			state.positives = positives;
			state.result = collatePatterns(negatives, positives, opts);
			if (opts.capture === true) state.result = `(${state.result})`;
			else if (opts.wrap !== false && positives.length + negatives.length > 1) state.result = `(?:${state.result})`;
			toRegexRange.cache[cacheKey] = state;
			return state.result;
		};
		function collatePatterns(neg, pos, options) {
			let onlyNegative = filterPatterns(neg, pos, "-", false, options) || [];
			let onlyPositive = filterPatterns(pos, neg, "", false, options) || [];
			let intersected = filterPatterns(neg, pos, "-?", true, options) || [];
			return onlyNegative.concat(intersected).concat(onlyPositive).join("|");
		}
		function splitToRanges(min, max) {
			let nines = 1;
			let zeros = 1;
			let stop = countNines(min, nines);
			let stops = /* @__PURE__ */ new Set([max]);
			while (min <= stop && stop <= max) {
				stops.add(stop);
				nines += 1;
				stop = countNines(min, nines);
			}
			stop = countZeros(max + 1, zeros) - 1;
			while (min < stop && stop <= max) {
				stops.add(stop);
				zeros += 1;
				stop = countZeros(max + 1, zeros) - 1;
			}
			stops = [...stops];
			stops.sort(compare);
			return stops;
		}
		/**
		* Convert a range to a regex pattern
		* @param {Number} `start`
		* @param {Number} `stop`
		* @return {String}
		*/
		function rangeToPattern(start, stop, options) {
			if (start === stop) return {
				pattern: start,
				count: [],
				digits: 0
			};
			let zipped = zip(start, stop);
			let digits = zipped.length;
			let pattern = "";
			let count = 0;
			for (let i = 0; i < digits; i++) {
				let [startDigit, stopDigit] = zipped[i];
				if (startDigit === stopDigit) pattern += startDigit;
				else if (startDigit !== "0" || stopDigit !== "9") pattern += toCharacterClass(startDigit, stopDigit, options);
				else count++;
			}
			if (count) pattern += options.shorthand === true ? "\\d" : "[0-9]";
			return {
				pattern,
				count: [count],
				digits
			};
		}
		function splitToPatterns(min, max, tok, options) {
			let ranges = splitToRanges(min, max);
			let tokens = [];
			let start = min;
			let prev;
			for (let i = 0; i < ranges.length; i++) {
				let max = ranges[i];
				let obj = rangeToPattern(String(start), String(max), options);
				let zeros = "";
				if (!tok.isPadded && prev && prev.pattern === obj.pattern) {
					if (prev.count.length > 1) prev.count.pop();
					prev.count.push(obj.count[0]);
					prev.string = prev.pattern + toQuantifier(prev.count);
					start = max + 1;
					continue;
				}
				if (tok.isPadded) zeros = padZeros(max, tok, options);
				obj.string = zeros + obj.pattern + toQuantifier(obj.count);
				tokens.push(obj);
				start = max + 1;
				prev = obj;
			}
			return tokens;
		}
		function filterPatterns(arr, comparison, prefix, intersection, options) {
			let result = [];
			for (let ele of arr) {
				let { string } = ele;
				if (!intersection && !contains(comparison, "string", string)) result.push(prefix + string);
				if (intersection && contains(comparison, "string", string)) result.push(prefix + string);
			}
			return result;
		}
		/**
		* Zip strings
		*/
		function zip(a, b) {
			let arr = [];
			for (let i = 0; i < a.length; i++) arr.push([a[i], b[i]]);
			return arr;
		}
		function compare(a, b) {
			return a > b ? 1 : b > a ? -1 : 0;
		}
		function contains(arr, key, val) {
			return arr.some((ele) => ele[key] === val);
		}
		function countNines(min, len) {
			return Number(String(min).slice(0, -len) + "9".repeat(len));
		}
		function countZeros(integer, zeros) {
			return integer - integer % Math.pow(10, zeros);
		}
		function toQuantifier(digits) {
			let [start = 0, stop = ""] = digits;
			if (stop || start > 1) return `{${start + (stop ? "," + stop : "")}}`;
			return "";
		}
		function toCharacterClass(a, b, options) {
			return `[${a}${b - a === 1 ? "" : "-"}${b}]`;
		}
		function hasPadding(str) {
			return /^-?(0+)\d/.test(str);
		}
		function padZeros(value, tok, options) {
			if (!tok.isPadded) return value;
			let diff = Math.abs(tok.maxLen - String(value).length);
			let relax = options.relaxZeros !== false;
			switch (diff) {
				case 0: return "";
				case 1: return relax ? "0?" : "0";
				case 2: return relax ? "0{0,2}" : "00";
				default: return relax ? `0{0,${diff}}` : `0{${diff}}`;
			}
		}
		/**
		* Cache
		*/
		toRegexRange.cache = {};
		toRegexRange.clearCache = () => toRegexRange.cache = {};
		/**
		* Expose `toRegexRange`
		*/
		module.exports = toRegexRange;
	}));
	/*!
	* fill-range <https://github.com/jonschlinkert/fill-range>
	*
	* Copyright (c) 2014-present, Jon Schlinkert.
	* Licensed under the MIT License.
	*/
	var require_fill_range = /* @__PURE__ */ __commonJSMin(((exports, module) => {
		const util = require("util");
		const toRegexRange = require_to_regex_range();
		const isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
		const transform = (toNumber) => {
			return (value) => toNumber === true ? Number(value) : String(value);
		};
		const isValidValue = (value) => {
			return typeof value === "number" || typeof value === "string" && value !== "";
		};
		const isNumber = (num) => Number.isInteger(+num);
		const zeros = (input) => {
			let value = `${input}`;
			let index = -1;
			if (value[0] === "-") value = value.slice(1);
			if (value === "0") return false;
			while (value[++index] === "0");
			return index > 0;
		};
		const stringify = (start, end, options) => {
			if (typeof start === "string" || typeof end === "string") return true;
			return options.stringify === true;
		};
		const pad = (input, maxLength, toNumber) => {
			if (maxLength > 0) {
				let dash = input[0] === "-" ? "-" : "";
				if (dash) input = input.slice(1);
				input = dash + input.padStart(dash ? maxLength - 1 : maxLength, "0");
			}
			if (toNumber === false) return String(input);
			return input;
		};
		const toMaxLen = (input, maxLength) => {
			let negative = input[0] === "-" ? "-" : "";
			if (negative) {
				input = input.slice(1);
				maxLength--;
			}
			while (input.length < maxLength) input = "0" + input;
			return negative ? "-" + input : input;
		};
		const toSequence = (parts, options, maxLen) => {
			parts.negatives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
			parts.positives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
			let prefix = options.capture ? "" : "?:";
			let positives = "";
			let negatives = "";
			let result;
			if (parts.positives.length) positives = parts.positives.map((v) => toMaxLen(String(v), maxLen)).join("|");
			if (parts.negatives.length) negatives = `-(${prefix}${parts.negatives.map((v) => toMaxLen(String(v), maxLen)).join("|")})`;
			if (positives && negatives) result = `${positives}|${negatives}`;
			else result = positives || negatives;
			if (options.wrap) return `(${prefix}${result})`;
			return result;
		};
		const toRange = (a, b, isNumbers, options) => {
			if (isNumbers) return toRegexRange(a, b, {
				wrap: false,
				...options
			});
			let start = String.fromCharCode(a);
			if (a === b) return start;
			return `[${start}-${String.fromCharCode(b)}]`;
		};
		const toRegex = (start, end, options) => {
			if (Array.isArray(start)) {
				let wrap = options.wrap === true;
				let prefix = options.capture ? "" : "?:";
				return wrap ? `(${prefix}${start.join("|")})` : start.join("|");
			}
			return toRegexRange(start, end, options);
		};
		const rangeError = (...args) => {
			return /* @__PURE__ */ new RangeError("Invalid range arguments: " + util.inspect(...args));
		};
		const invalidRange = (start, end, options) => {
			if (options.strictRanges === true) throw rangeError([start, end]);
			return [];
		};
		const invalidStep = (step, options) => {
			if (options.strictRanges === true) throw new TypeError(`Expected step "${step}" to be a number`);
			return [];
		};
		const fillNumbers = (start, end, step = 1, options = {}) => {
			let a = Number(start);
			let b = Number(end);
			if (!Number.isInteger(a) || !Number.isInteger(b)) {
				if (options.strictRanges === true) throw rangeError([start, end]);
				return [];
			}
			if (a === 0) a = 0;
			if (b === 0) b = 0;
			let descending = a > b;
			let startString = String(start);
			let endString = String(end);
			let stepString = String(step);
			step = Math.max(Math.abs(step), 1);
			let padded = zeros(startString) || zeros(endString) || zeros(stepString);
			let maxLen = padded ? Math.max(startString.length, endString.length, stepString.length) : 0;
			let toNumber = padded === false && stringify(start, end, options) === false;
			let format = options.transform || transform(toNumber);
			if (options.toRegex && step === 1) return toRange(toMaxLen(start, maxLen), toMaxLen(end, maxLen), true, options);
			let parts = {
				negatives: [],
				positives: []
			};
			let push = (num) => parts[num < 0 ? "negatives" : "positives"].push(Math.abs(num));
			let range = [];
			let index = 0;
			while (descending ? a >= b : a <= b) {
				if (options.toRegex === true && step > 1) push(a);
				else range.push(pad(format(a, index), maxLen, toNumber));
				a = descending ? a - step : a + step;
				index++;
			}
			if (options.toRegex === true) return step > 1 ? toSequence(parts, options, maxLen) : toRegex(range, null, {
				wrap: false,
				...options
			});
			return range;
		};
		const fillLetters = (start, end, step = 1, options = {}) => {
			if (!isNumber(start) && start.length > 1 || !isNumber(end) && end.length > 1) return invalidRange(start, end, options);
			let format = options.transform || ((val) => String.fromCharCode(val));
			let a = `${start}`.charCodeAt(0);
			let b = `${end}`.charCodeAt(0);
			let descending = a > b;
			let min = Math.min(a, b);
			let max = Math.max(a, b);
			if (options.toRegex && step === 1) return toRange(min, max, false, options);
			let range = [];
			let index = 0;
			while (descending ? a >= b : a <= b) {
				range.push(format(a, index));
				a = descending ? a - step : a + step;
				index++;
			}
			if (options.toRegex === true) return toRegex(range, null, {
				wrap: false,
				options
			});
			return range;
		};
		const fill = (start, end, step, options = {}) => {
			if (end == null && isValidValue(start)) return [start];
			if (!isValidValue(start) || !isValidValue(end)) return invalidRange(start, end, options);
			if (typeof step === "function") return fill(start, end, 1, { transform: step });
			if (isObject(step)) return fill(start, end, 0, step);
			let opts = { ...options };
			if (opts.capture === true) opts.wrap = true;
			step = step || opts.step || 1;
			if (!isNumber(step)) {
				if (step != null && !isObject(step)) return invalidStep(step, opts);
				return fill(start, end, 1, step);
			}
			if (isNumber(start) && isNumber(end)) return fillNumbers(start, end, step, opts);
			return fillLetters(start, end, Math.max(Math.abs(step), 1), opts);
		};
		module.exports = fill;
	}));
	var require_compile = /* @__PURE__ */ __commonJSMin(((exports, module) => {
		const fill = require_fill_range();
		const utils = require_utils$1();
		const compile = (ast, options = {}) => {
			const walk = (node, parent = {}) => {
				const invalidBlock = utils.isInvalidBrace(parent);
				const invalidNode = node.invalid === true && options.escapeInvalid === true;
				const invalid = invalidBlock === true || invalidNode === true;
				const prefix = options.escapeInvalid === true ? "\\" : "";
				let output = "";
				if (node.isOpen === true) return prefix + node.value;
				if (node.isClose === true) {
					console.log("node.isClose", prefix, node.value);
					return prefix + node.value;
				}
				if (node.type === "open") return invalid ? prefix + node.value : "(";
				if (node.type === "close") return invalid ? prefix + node.value : ")";
				if (node.type === "comma") return node.prev.type === "comma" ? "" : invalid ? node.value : "|";
				if (node.value) return node.value;
				if (node.nodes && node.ranges > 0) {
					const args = utils.reduce(node.nodes);
					const range = fill(...args, {
						...options,
						wrap: false,
						toRegex: true,
						strictZeros: true
					});
					if (range.length !== 0) return args.length > 1 && range.length > 1 ? `(${range})` : range;
				}
				if (node.nodes) for (const child of node.nodes) output += walk(child, node);
				return output;
			};
			return walk(ast);
		};
		module.exports = compile;
	}));
	var require_expand = /* @__PURE__ */ __commonJSMin(((exports, module) => {
		const fill = require_fill_range();
		const stringify = require_stringify();
		const utils = require_utils$1();
		const append = (queue = "", stash = "", enclose = false) => {
			const result = [];
			queue = [].concat(queue);
			stash = [].concat(stash);
			if (!stash.length) return queue;
			if (!queue.length) return enclose ? utils.flatten(stash).map((ele) => `{${ele}}`) : stash;
			for (const item of queue) if (Array.isArray(item)) for (const value of item) result.push(append(value, stash, enclose));
			else for (let ele of stash) {
				if (enclose === true && typeof ele === "string") ele = `{${ele}}`;
				result.push(Array.isArray(ele) ? append(item, ele, enclose) : item + ele);
			}
			return utils.flatten(result);
		};
		const expand = (ast, options = {}) => {
			const rangeLimit = options.rangeLimit === void 0 ? 1e3 : options.rangeLimit;
			const walk = (node, parent = {}) => {
				node.queue = [];
				let p = parent;
				let q = parent.queue;
				while (p.type !== "brace" && p.type !== "root" && p.parent) {
					p = p.parent;
					q = p.queue;
				}
				if (node.invalid || node.dollar) {
					q.push(append(q.pop(), stringify(node, options)));
					return;
				}
				if (node.type === "brace" && node.invalid !== true && node.nodes.length === 2) {
					q.push(append(q.pop(), ["{}"]));
					return;
				}
				if (node.nodes && node.ranges > 0) {
					const args = utils.reduce(node.nodes);
					if (utils.exceedsLimit(...args, options.step, rangeLimit)) throw new RangeError("expanded array length exceeds range limit. Use options.rangeLimit to increase or disable the limit.");
					let range = fill(...args, options);
					if (range.length === 0) range = stringify(node, options);
					q.push(append(q.pop(), range));
					node.nodes = [];
					return;
				}
				const enclose = utils.encloseBrace(node);
				let queue = node.queue;
				let block = node;
				while (block.type !== "brace" && block.type !== "root" && block.parent) {
					block = block.parent;
					queue = block.queue;
				}
				for (let i = 0; i < node.nodes.length; i++) {
					const child = node.nodes[i];
					if (child.type === "comma" && node.type === "brace") {
						if (i === 1) queue.push("");
						queue.push("");
						continue;
					}
					if (child.type === "close") {
						q.push(append(q.pop(), queue, enclose));
						continue;
					}
					if (child.value && child.type !== "open") {
						queue.push(append(queue.pop(), child.value));
						continue;
					}
					if (child.nodes) walk(child, node);
				}
				return queue;
			};
			return utils.flatten(walk(ast));
		};
		module.exports = expand;
	}));
	var require_constants$1 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
		module.exports = {
			MAX_LENGTH: 1e4,
			CHAR_0: "0",
			CHAR_9: "9",
			CHAR_UPPERCASE_A: "A",
			CHAR_LOWERCASE_A: "a",
			CHAR_UPPERCASE_Z: "Z",
			CHAR_LOWERCASE_Z: "z",
			CHAR_LEFT_PARENTHESES: "(",
			CHAR_RIGHT_PARENTHESES: ")",
			CHAR_ASTERISK: "*",
			CHAR_AMPERSAND: "&",
			CHAR_AT: "@",
			CHAR_BACKSLASH: "\\",
			CHAR_BACKTICK: "`",
			CHAR_CARRIAGE_RETURN: "\r",
			CHAR_CIRCUMFLEX_ACCENT: "^",
			CHAR_COLON: ":",
			CHAR_COMMA: ",",
			CHAR_DOLLAR: "$",
			CHAR_DOT: ".",
			CHAR_DOUBLE_QUOTE: "\"",
			CHAR_EQUAL: "=",
			CHAR_EXCLAMATION_MARK: "!",
			CHAR_FORM_FEED: "\f",
			CHAR_FORWARD_SLASH: "/",
			CHAR_HASH: "#",
			CHAR_HYPHEN_MINUS: "-",
			CHAR_LEFT_ANGLE_BRACKET: "<",
			CHAR_LEFT_CURLY_BRACE: "{",
			CHAR_LEFT_SQUARE_BRACKET: "[",
			CHAR_LINE_FEED: "\n",
			CHAR_NO_BREAK_SPACE: "\xA0",
			CHAR_PERCENT: "%",
			CHAR_PLUS: "+",
			CHAR_QUESTION_MARK: "?",
			CHAR_RIGHT_ANGLE_BRACKET: ">",
			CHAR_RIGHT_CURLY_BRACE: "}",
			CHAR_RIGHT_SQUARE_BRACKET: "]",
			CHAR_SEMICOLON: ";",
			CHAR_SINGLE_QUOTE: "'",
			CHAR_SPACE: " ",
			CHAR_TAB: "	",
			CHAR_UNDERSCORE: "_",
			CHAR_VERTICAL_LINE: "|",
			CHAR_ZERO_WIDTH_NOBREAK_SPACE: "﻿"
		};
	}));
	var require_parse$1 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
		const stringify = require_stringify();
		/**
		* Constants
		*/
		const { MAX_LENGTH, CHAR_BACKSLASH, CHAR_BACKTICK, CHAR_COMMA, CHAR_DOT, CHAR_LEFT_PARENTHESES, CHAR_RIGHT_PARENTHESES, CHAR_LEFT_CURLY_BRACE, CHAR_RIGHT_CURLY_BRACE, CHAR_LEFT_SQUARE_BRACKET, CHAR_RIGHT_SQUARE_BRACKET, CHAR_DOUBLE_QUOTE, CHAR_SINGLE_QUOTE, CHAR_NO_BREAK_SPACE, CHAR_ZERO_WIDTH_NOBREAK_SPACE } = require_constants$1();
		/**
		* parse
		*/
		const parse = (input, options = {}) => {
			if (typeof input !== "string") throw new TypeError("Expected a string");
			const opts = options || {};
			const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
			if (input.length > max) throw new SyntaxError(`Input length (${input.length}), exceeds max characters (${max})`);
			const ast = {
				type: "root",
				input,
				nodes: []
			};
			const stack = [ast];
			let block = ast;
			let prev = ast;
			let brackets = 0;
			const length = input.length;
			let index = 0;
			let depth = 0;
			let value;
			/**
			* Helpers
			*/
			const advance = () => input[index++];
			const push = (node) => {
				if (node.type === "text" && prev.type === "dot") prev.type = "text";
				if (prev && prev.type === "text" && node.type === "text") {
					prev.value += node.value;
					return;
				}
				block.nodes.push(node);
				node.parent = block;
				node.prev = prev;
				prev = node;
				return node;
			};
			push({ type: "bos" });
			while (index < length) {
				block = stack[stack.length - 1];
				value = advance();
				/**
				* Invalid chars
				*/
				if (value === CHAR_ZERO_WIDTH_NOBREAK_SPACE || value === CHAR_NO_BREAK_SPACE) continue;
				/**
				* Escaped chars
				*/
				if (value === CHAR_BACKSLASH) {
					push({
						type: "text",
						value: (options.keepEscaping ? value : "") + advance()
					});
					continue;
				}
				/**
				* Right square bracket (literal): ']'
				*/
				if (value === CHAR_RIGHT_SQUARE_BRACKET) {
					push({
						type: "text",
						value: "\\" + value
					});
					continue;
				}
				/**
				* Left square bracket: '['
				*/
				if (value === CHAR_LEFT_SQUARE_BRACKET) {
					brackets++;
					let next;
					while (index < length && (next = advance())) {
						value += next;
						if (next === CHAR_LEFT_SQUARE_BRACKET) {
							brackets++;
							continue;
						}
						if (next === CHAR_BACKSLASH) {
							value += advance();
							continue;
						}
						if (next === CHAR_RIGHT_SQUARE_BRACKET) {
							brackets--;
							if (brackets === 0) break;
						}
					}
					push({
						type: "text",
						value
					});
					continue;
				}
				/**
				* Parentheses
				*/
				if (value === CHAR_LEFT_PARENTHESES) {
					block = push({
						type: "paren",
						nodes: []
					});
					stack.push(block);
					push({
						type: "text",
						value
					});
					continue;
				}
				if (value === CHAR_RIGHT_PARENTHESES) {
					if (block.type !== "paren") {
						push({
							type: "text",
							value
						});
						continue;
					}
					block = stack.pop();
					push({
						type: "text",
						value
					});
					block = stack[stack.length - 1];
					continue;
				}
				/**
				* Quotes: '|"|`
				*/
				if (value === CHAR_DOUBLE_QUOTE || value === CHAR_SINGLE_QUOTE || value === CHAR_BACKTICK) {
					const open = value;
					let next;
					if (options.keepQuotes !== true) value = "";
					while (index < length && (next = advance())) {
						if (next === CHAR_BACKSLASH) {
							value += next + advance();
							continue;
						}
						if (next === open) {
							if (options.keepQuotes === true) value += next;
							break;
						}
						value += next;
					}
					push({
						type: "text",
						value
					});
					continue;
				}
				/**
				* Left curly brace: '{'
				*/
				if (value === CHAR_LEFT_CURLY_BRACE) {
					depth++;
					block = push({
						type: "brace",
						open: true,
						close: false,
						dollar: prev.value && prev.value.slice(-1) === "$" || block.dollar === true,
						depth,
						commas: 0,
						ranges: 0,
						nodes: []
					});
					stack.push(block);
					push({
						type: "open",
						value
					});
					continue;
				}
				/**
				* Right curly brace: '}'
				*/
				if (value === CHAR_RIGHT_CURLY_BRACE) {
					if (block.type !== "brace") {
						push({
							type: "text",
							value
						});
						continue;
					}
					const type = "close";
					block = stack.pop();
					block.close = true;
					push({
						type,
						value
					});
					depth--;
					block = stack[stack.length - 1];
					continue;
				}
				/**
				* Comma: ','
				*/
				if (value === CHAR_COMMA && depth > 0) {
					if (block.ranges > 0) {
						block.ranges = 0;
						const open = block.nodes.shift();
						block.nodes = [open, {
							type: "text",
							value: stringify(block)
						}];
					}
					push({
						type: "comma",
						value
					});
					block.commas++;
					continue;
				}
				/**
				* Dot: '.'
				*/
				if (value === CHAR_DOT && depth > 0 && block.commas === 0) {
					const siblings = block.nodes;
					if (depth === 0 || siblings.length === 0) {
						push({
							type: "text",
							value
						});
						continue;
					}
					if (prev.type === "dot") {
						block.range = [];
						prev.value += value;
						prev.type = "range";
						if (block.nodes.length !== 3 && block.nodes.length !== 5) {
							block.invalid = true;
							block.ranges = 0;
							prev.type = "text";
							continue;
						}
						block.ranges++;
						block.args = [];
						continue;
					}
					if (prev.type === "range") {
						siblings.pop();
						const before = siblings[siblings.length - 1];
						before.value += prev.value + value;
						prev = before;
						block.ranges--;
						continue;
					}
					push({
						type: "dot",
						value
					});
					continue;
				}
				/**
				* Text
				*/
				push({
					type: "text",
					value
				});
			}
			do {
				block = stack.pop();
				if (block.type !== "root") {
					block.nodes.forEach((node) => {
						if (!node.nodes) {
							if (node.type === "open") node.isOpen = true;
							if (node.type === "close") node.isClose = true;
							if (!node.nodes) node.type = "text";
							node.invalid = true;
						}
					});
					const parent = stack[stack.length - 1];
					const index = parent.nodes.indexOf(block);
					parent.nodes.splice(index, 1, ...block.nodes);
				}
			} while (stack.length > 0);
			push({ type: "eos" });
			return ast;
		};
		module.exports = parse;
	}));
	var require_braces = /* @__PURE__ */ __commonJSMin(((exports, module) => {
		const stringify = require_stringify();
		const compile = require_compile();
		const expand = require_expand();
		const parse = require_parse$1();
		/**
		* Expand the given pattern or create a regex-compatible string.
		*
		* ```js
		* const braces = require('braces');
		* console.log(braces('{a,b,c}', { compile: true })); //=> ['(a|b|c)']
		* console.log(braces('{a,b,c}')); //=> ['a', 'b', 'c']
		* ```
		* @param {String} `str`
		* @param {Object} `options`
		* @return {String}
		* @api public
		*/
		const braces = (input, options = {}) => {
			let output = [];
			if (Array.isArray(input)) for (const pattern of input) {
				const result = braces.create(pattern, options);
				if (Array.isArray(result)) output.push(...result);
				else output.push(result);
			}
			else output = [].concat(braces.create(input, options));
			if (options && options.expand === true && options.nodupes === true) output = [...new Set(output)];
			return output;
		};
		/**
		* Parse the given `str` with the given `options`.
		*
		* ```js
		* // braces.parse(pattern, [, options]);
		* const ast = braces.parse('a/{b,c}/d');
		* console.log(ast);
		* ```
		* @param {String} pattern Brace pattern to parse
		* @param {Object} options
		* @return {Object} Returns an AST
		* @api public
		*/
		braces.parse = (input, options = {}) => parse(input, options);
		/**
		* Creates a braces string from an AST, or an AST node.
		*
		* ```js
		* const braces = require('braces');
		* let ast = braces.parse('foo/{a,b}/bar');
		* console.log(stringify(ast.nodes[2])); //=> '{a,b}'
		* ```
		* @param {String} `input` Brace pattern or AST.
		* @param {Object} `options`
		* @return {Array} Returns an array of expanded values.
		* @api public
		*/
		braces.stringify = (input, options = {}) => {
			if (typeof input === "string") return stringify(braces.parse(input, options), options);
			return stringify(input, options);
		};
		/**
		* Compiles a brace pattern into a regex-compatible, optimized string.
		* This method is called by the main [braces](#braces) function by default.
		*
		* ```js
		* const braces = require('braces');
		* console.log(braces.compile('a/{b,c}/d'));
		* //=> ['a/(b|c)/d']
		* ```
		* @param {String} `input` Brace pattern or AST.
		* @param {Object} `options`
		* @return {Array} Returns an array of expanded values.
		* @api public
		*/
		braces.compile = (input, options = {}) => {
			if (typeof input === "string") input = braces.parse(input, options);
			return compile(input, options);
		};
		/**
		* Expands a brace pattern into an array. This method is called by the
		* main [braces](#braces) function when `options.expand` is true. Before
		* using this method it's recommended that you read the [performance notes](#performance))
		* and advantages of using [.compile](#compile) instead.
		*
		* ```js
		* const braces = require('braces');
		* console.log(braces.expand('a/{b,c}/d'));
		* //=> ['a/b/d', 'a/c/d'];
		* ```
		* @param {String} `pattern` Brace pattern
		* @param {Object} `options`
		* @return {Array} Returns an array of expanded values.
		* @api public
		*/
		braces.expand = (input, options = {}) => {
			if (typeof input === "string") input = braces.parse(input, options);
			let result = expand(input, options);
			if (options.noempty === true) result = result.filter(Boolean);
			if (options.nodupes === true) result = [...new Set(result)];
			return result;
		};
		/**
		* Processes a brace pattern and returns either an expanded array
		* (if `options.expand` is true), a highly optimized regex-compatible string.
		* This method is called by the main [braces](#braces) function.
		*
		* ```js
		* const braces = require('braces');
		* console.log(braces.create('user-{200..300}/project-{a,b,c}-{1..10}'))
		* //=> 'user-(20[0-9]|2[1-9][0-9]|300)/project-(a|b|c)-([1-9]|10)'
		* ```
		* @param {String} `pattern` Brace pattern
		* @param {Object} `options`
		* @return {Array} Returns an array of expanded values.
		* @api public
		*/
		braces.create = (input, options = {}) => {
			if (input === "" || input.length < 3) return [input];
			return options.expand !== true ? braces.compile(input, options) : braces.expand(input, options);
		};
		/**
		* Expose "braces"
		*/
		module.exports = braces;
	}));
	var require_constants = /* @__PURE__ */ __commonJSMin(((exports, module) => {
		const path = require("path");
		const WIN_SLASH = "\\\\/";
		const WIN_NO_SLASH = `[^${WIN_SLASH}]`;
		const DEFAULT_MAX_EXTGLOB_RECURSION = 0;
		/**
		* Posix glob regex
		*/
		const DOT_LITERAL = "\\.";
		const PLUS_LITERAL = "\\+";
		const QMARK_LITERAL = "\\?";
		const SLASH_LITERAL = "\\/";
		const ONE_CHAR = "(?=.)";
		const QMARK = "[^/]";
		const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
		const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
		const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
		const POSIX_CHARS = {
			DOT_LITERAL,
			PLUS_LITERAL,
			QMARK_LITERAL,
			SLASH_LITERAL,
			ONE_CHAR,
			QMARK,
			END_ANCHOR,
			DOTS_SLASH,
			NO_DOT: `(?!${DOT_LITERAL})`,
			NO_DOTS: `(?!${START_ANCHOR}${DOTS_SLASH})`,
			NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`,
			NO_DOTS_SLASH: `(?!${DOTS_SLASH})`,
			QMARK_NO_DOT: `[^.${SLASH_LITERAL}]`,
			STAR: `${QMARK}*?`,
			START_ANCHOR
		};
		/**
		* Windows glob regex
		*/
		const WINDOWS_CHARS = {
			...POSIX_CHARS,
			SLASH_LITERAL: `[${WIN_SLASH}]`,
			QMARK: WIN_NO_SLASH,
			STAR: `${WIN_NO_SLASH}*?`,
			DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
			NO_DOT: `(?!${DOT_LITERAL})`,
			NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
			NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
			NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
			QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
			START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
			END_ANCHOR: `(?:[${WIN_SLASH}]|$)`
		};
		module.exports = {
			DEFAULT_MAX_EXTGLOB_RECURSION,
			MAX_LENGTH: 65536,
			POSIX_REGEX_SOURCE: {
				__proto__: null,
				alnum: "a-zA-Z0-9",
				alpha: "a-zA-Z",
				ascii: "\\x00-\\x7F",
				blank: " \\t",
				cntrl: "\\x00-\\x1F\\x7F",
				digit: "0-9",
				graph: "\\x21-\\x7E",
				lower: "a-z",
				print: "\\x20-\\x7E ",
				punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
				space: " \\t\\r\\n\\v\\f",
				upper: "A-Z",
				word: "A-Za-z0-9_",
				xdigit: "A-Fa-f0-9"
			},
			REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
			REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
			REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
			REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
			REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
			REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
			REPLACEMENTS: {
				__proto__: null,
				"***": "*",
				"**/**": "**",
				"**/**/**": "**"
			},
			CHAR_0: 48,
			CHAR_9: 57,
			CHAR_UPPERCASE_A: 65,
			CHAR_LOWERCASE_A: 97,
			CHAR_UPPERCASE_Z: 90,
			CHAR_LOWERCASE_Z: 122,
			CHAR_LEFT_PARENTHESES: 40,
			CHAR_RIGHT_PARENTHESES: 41,
			CHAR_ASTERISK: 42,
			CHAR_AMPERSAND: 38,
			CHAR_AT: 64,
			CHAR_BACKWARD_SLASH: 92,
			CHAR_CARRIAGE_RETURN: 13,
			CHAR_CIRCUMFLEX_ACCENT: 94,
			CHAR_COLON: 58,
			CHAR_COMMA: 44,
			CHAR_DOT: 46,
			CHAR_DOUBLE_QUOTE: 34,
			CHAR_EQUAL: 61,
			CHAR_EXCLAMATION_MARK: 33,
			CHAR_FORM_FEED: 12,
			CHAR_FORWARD_SLASH: 47,
			CHAR_GRAVE_ACCENT: 96,
			CHAR_HASH: 35,
			CHAR_HYPHEN_MINUS: 45,
			CHAR_LEFT_ANGLE_BRACKET: 60,
			CHAR_LEFT_CURLY_BRACE: 123,
			CHAR_LEFT_SQUARE_BRACKET: 91,
			CHAR_LINE_FEED: 10,
			CHAR_NO_BREAK_SPACE: 160,
			CHAR_PERCENT: 37,
			CHAR_PLUS: 43,
			CHAR_QUESTION_MARK: 63,
			CHAR_RIGHT_ANGLE_BRACKET: 62,
			CHAR_RIGHT_CURLY_BRACE: 125,
			CHAR_RIGHT_SQUARE_BRACKET: 93,
			CHAR_SEMICOLON: 59,
			CHAR_SINGLE_QUOTE: 39,
			CHAR_SPACE: 32,
			CHAR_TAB: 9,
			CHAR_UNDERSCORE: 95,
			CHAR_VERTICAL_LINE: 124,
			CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
			SEP: path.sep,
			/**
			* Create EXTGLOB_CHARS
			*/
			extglobChars(chars) {
				return {
					"!": {
						type: "negate",
						open: "(?:(?!(?:",
						close: `))${chars.STAR})`
					},
					"?": {
						type: "qmark",
						open: "(?:",
						close: ")?"
					},
					"+": {
						type: "plus",
						open: "(?:",
						close: ")+"
					},
					"*": {
						type: "star",
						open: "(?:",
						close: ")*"
					},
					"@": {
						type: "at",
						open: "(?:",
						close: ")"
					}
				};
			},
			/**
			* Create GLOB_CHARS
			*/
			globChars(win32) {
				return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
			}
		};
	}));
	var require_utils = /* @__PURE__ */ __commonJSMin(((exports) => {
		const path = require("path");
		const win32 = process.platform === "win32";
		const { REGEX_BACKSLASH, REGEX_REMOVE_BACKSLASH, REGEX_SPECIAL_CHARS, REGEX_SPECIAL_CHARS_GLOBAL } = require_constants();
		exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
		exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
		exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
		exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
		exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
		exports.removeBackslashes = (str) => {
			return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
				return match === "\\" ? "" : match;
			});
		};
		exports.supportsLookbehinds = () => {
			const segs = process.version.slice(1).split(".").map(Number);
			if (segs.length === 3 && segs[0] >= 9 || segs[0] === 8 && segs[1] >= 10) return true;
			return false;
		};
		exports.isWindows = (options) => {
			if (options && typeof options.windows === "boolean") return options.windows;
			return win32 === true || path.sep === "\\";
		};
		exports.escapeLast = (input, char, lastIdx) => {
			const idx = input.lastIndexOf(char, lastIdx);
			if (idx === -1) return input;
			if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
			return `${input.slice(0, idx)}\\${input.slice(idx)}`;
		};
		exports.removePrefix = (input, state = {}) => {
			let output = input;
			if (output.startsWith("./")) {
				output = output.slice(2);
				state.prefix = "./";
			}
			return output;
		};
		exports.wrapOutput = (input, state = {}, options = {}) => {
			let output = `${options.contains ? "" : "^"}(?:${input})${options.contains ? "" : "$"}`;
			if (state.negated === true) output = `(?:^(?!${output}).*$)`;
			return output;
		};
	}));
	var require_scan = /* @__PURE__ */ __commonJSMin(((exports, module) => {
		const utils = require_utils();
		const { CHAR_ASTERISK, CHAR_AT, CHAR_BACKWARD_SLASH, CHAR_COMMA, CHAR_DOT, CHAR_EXCLAMATION_MARK, CHAR_FORWARD_SLASH, CHAR_LEFT_CURLY_BRACE, CHAR_LEFT_PARENTHESES, CHAR_LEFT_SQUARE_BRACKET, CHAR_PLUS, CHAR_QUESTION_MARK, CHAR_RIGHT_CURLY_BRACE, CHAR_RIGHT_PARENTHESES, CHAR_RIGHT_SQUARE_BRACKET } = require_constants();
		const isPathSeparator = (code) => {
			return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
		};
		const depth = (token) => {
			if (token.isPrefix !== true) token.depth = token.isGlobstar ? Infinity : 1;
		};
		/**
		* Quickly scans a glob pattern and returns an object with a handful of
		* useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
		* `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
		* with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
		*
		* ```js
		* const pm = require('picomatch');
		* console.log(pm.scan('foo/bar/*.js'));
		* { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
		* ```
		* @param {String} `str`
		* @param {Object} `options`
		* @return {Object} Returns an object with tokens and regex source string.
		* @api public
		*/
		const scan = (input, options) => {
			const opts = options || {};
			const length = input.length - 1;
			const scanToEnd = opts.parts === true || opts.scanToEnd === true;
			const slashes = [];
			const tokens = [];
			const parts = [];
			let str = input;
			let index = -1;
			let start = 0;
			let lastIndex = 0;
			let isBrace = false;
			let isBracket = false;
			let isGlob = false;
			let isExtglob = false;
			let isGlobstar = false;
			let braceEscaped = false;
			let backslashes = false;
			let negated = false;
			let negatedExtglob = false;
			let finished = false;
			let braces = 0;
			let prev;
			let code;
			let token = {
				value: "",
				depth: 0,
				isGlob: false
			};
			const eos = () => index >= length;
			const peek = () => str.charCodeAt(index + 1);
			const advance = () => {
				prev = code;
				return str.charCodeAt(++index);
			};
			while (index < length) {
				code = advance();
				let next;
				if (code === CHAR_BACKWARD_SLASH) {
					backslashes = token.backslashes = true;
					code = advance();
					if (code === CHAR_LEFT_CURLY_BRACE) braceEscaped = true;
					continue;
				}
				if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
					braces++;
					while (eos() !== true && (code = advance())) {
						if (code === CHAR_BACKWARD_SLASH) {
							backslashes = token.backslashes = true;
							advance();
							continue;
						}
						if (code === CHAR_LEFT_CURLY_BRACE) {
							braces++;
							continue;
						}
						if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
							isBrace = token.isBrace = true;
							isGlob = token.isGlob = true;
							finished = true;
							if (scanToEnd === true) continue;
							break;
						}
						if (braceEscaped !== true && code === CHAR_COMMA) {
							isBrace = token.isBrace = true;
							isGlob = token.isGlob = true;
							finished = true;
							if (scanToEnd === true) continue;
							break;
						}
						if (code === CHAR_RIGHT_CURLY_BRACE) {
							braces--;
							if (braces === 0) {
								braceEscaped = false;
								isBrace = token.isBrace = true;
								finished = true;
								break;
							}
						}
					}
					if (scanToEnd === true) continue;
					break;
				}
				if (code === CHAR_FORWARD_SLASH) {
					slashes.push(index);
					tokens.push(token);
					token = {
						value: "",
						depth: 0,
						isGlob: false
					};
					if (finished === true) continue;
					if (prev === CHAR_DOT && index === start + 1) {
						start += 2;
						continue;
					}
					lastIndex = index + 1;
					continue;
				}
				if (opts.noext !== true) {
					if ((code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK) === true && peek() === CHAR_LEFT_PARENTHESES) {
						isGlob = token.isGlob = true;
						isExtglob = token.isExtglob = true;
						finished = true;
						if (code === CHAR_EXCLAMATION_MARK && index === start) negatedExtglob = true;
						if (scanToEnd === true) {
							while (eos() !== true && (code = advance())) {
								if (code === CHAR_BACKWARD_SLASH) {
									backslashes = token.backslashes = true;
									code = advance();
									continue;
								}
								if (code === CHAR_RIGHT_PARENTHESES) {
									isGlob = token.isGlob = true;
									finished = true;
									break;
								}
							}
							continue;
						}
						break;
					}
				}
				if (code === CHAR_ASTERISK) {
					if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
					isGlob = token.isGlob = true;
					finished = true;
					if (scanToEnd === true) continue;
					break;
				}
				if (code === CHAR_QUESTION_MARK) {
					isGlob = token.isGlob = true;
					finished = true;
					if (scanToEnd === true) continue;
					break;
				}
				if (code === CHAR_LEFT_SQUARE_BRACKET) {
					while (eos() !== true && (next = advance())) {
						if (next === CHAR_BACKWARD_SLASH) {
							backslashes = token.backslashes = true;
							advance();
							continue;
						}
						if (next === CHAR_RIGHT_SQUARE_BRACKET) {
							isBracket = token.isBracket = true;
							isGlob = token.isGlob = true;
							finished = true;
							break;
						}
					}
					if (scanToEnd === true) continue;
					break;
				}
				if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
					negated = token.negated = true;
					start++;
					continue;
				}
				if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
					isGlob = token.isGlob = true;
					if (scanToEnd === true) {
						while (eos() !== true && (code = advance())) {
							if (code === CHAR_LEFT_PARENTHESES) {
								backslashes = token.backslashes = true;
								code = advance();
								continue;
							}
							if (code === CHAR_RIGHT_PARENTHESES) {
								finished = true;
								break;
							}
						}
						continue;
					}
					break;
				}
				if (isGlob === true) {
					finished = true;
					if (scanToEnd === true) continue;
					break;
				}
			}
			if (opts.noext === true) {
				isExtglob = false;
				isGlob = false;
			}
			let base = str;
			let prefix = "";
			let glob = "";
			if (start > 0) {
				prefix = str.slice(0, start);
				str = str.slice(start);
				lastIndex -= start;
			}
			if (base && isGlob === true && lastIndex > 0) {
				base = str.slice(0, lastIndex);
				glob = str.slice(lastIndex);
			} else if (isGlob === true) {
				base = "";
				glob = str;
			} else base = str;
			if (base && base !== "" && base !== "/" && base !== str) {
				if (isPathSeparator(base.charCodeAt(base.length - 1))) base = base.slice(0, -1);
			}
			if (opts.unescape === true) {
				if (glob) glob = utils.removeBackslashes(glob);
				if (base && backslashes === true) base = utils.removeBackslashes(base);
			}
			const state = {
				prefix,
				input,
				start,
				base,
				glob,
				isBrace,
				isBracket,
				isGlob,
				isExtglob,
				isGlobstar,
				negated,
				negatedExtglob
			};
			if (opts.tokens === true) {
				state.maxDepth = 0;
				if (!isPathSeparator(code)) tokens.push(token);
				state.tokens = tokens;
			}
			if (opts.parts === true || opts.tokens === true) {
				let prevIndex;
				for (let idx = 0; idx < slashes.length; idx++) {
					const n = prevIndex ? prevIndex + 1 : start;
					const i = slashes[idx];
					const value = input.slice(n, i);
					if (opts.tokens) {
						if (idx === 0 && start !== 0) {
							tokens[idx].isPrefix = true;
							tokens[idx].value = prefix;
						} else tokens[idx].value = value;
						depth(tokens[idx]);
						state.maxDepth += tokens[idx].depth;
					}
					if (idx !== 0 || value !== "") parts.push(value);
					prevIndex = i;
				}
				if (prevIndex && prevIndex + 1 < input.length) {
					const value = input.slice(prevIndex + 1);
					parts.push(value);
					if (opts.tokens) {
						tokens[tokens.length - 1].value = value;
						depth(tokens[tokens.length - 1]);
						state.maxDepth += tokens[tokens.length - 1].depth;
					}
				}
				state.slashes = slashes;
				state.parts = parts;
			}
			return state;
		};
		module.exports = scan;
	}));
	var require_parse = /* @__PURE__ */ __commonJSMin(((exports, module) => {
		const constants = require_constants();
		const utils = require_utils();
		/**
		* Constants
		*/
		const { MAX_LENGTH, POSIX_REGEX_SOURCE, REGEX_NON_SPECIAL_CHARS, REGEX_SPECIAL_CHARS_BACKREF, REPLACEMENTS } = constants;
		/**
		* Helpers
		*/
		const expandRange = (args, options) => {
			if (typeof options.expandRange === "function") return options.expandRange(...args, options);
			args.sort();
			const value = `[${args.join("-")}]`;
			try {
				new RegExp(value);
			} catch (ex) {
				return args.map((v) => utils.escapeRegex(v)).join("..");
			}
			return value;
		};
		/**
		* Create the message for a syntax error
		*/
		const syntaxError = (type, char) => {
			return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
		};
		const splitTopLevel = (input) => {
			const parts = [];
			let bracket = 0;
			let paren = 0;
			let quote = 0;
			let value = "";
			let escaped = false;
			for (const ch of input) {
				if (escaped === true) {
					value += ch;
					escaped = false;
					continue;
				}
				if (ch === "\\") {
					value += ch;
					escaped = true;
					continue;
				}
				if (ch === "\"") {
					quote = quote === 1 ? 0 : 1;
					value += ch;
					continue;
				}
				if (quote === 0) {
					if (ch === "[") bracket++;
					else if (ch === "]" && bracket > 0) bracket--;
					else if (bracket === 0) {
						if (ch === "(") paren++;
						else if (ch === ")" && paren > 0) paren--;
						else if (ch === "|" && paren === 0) {
							parts.push(value);
							value = "";
							continue;
						}
					}
				}
				value += ch;
			}
			parts.push(value);
			return parts;
		};
		const isPlainBranch = (branch) => {
			let escaped = false;
			for (const ch of branch) {
				if (escaped === true) {
					escaped = false;
					continue;
				}
				if (ch === "\\") {
					escaped = true;
					continue;
				}
				if (/[?*+@!()[\]{}]/.test(ch)) return false;
			}
			return true;
		};
		const normalizeSimpleBranch = (branch) => {
			let value = branch.trim();
			let changed = true;
			while (changed === true) {
				changed = false;
				if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
					value = value.slice(2, -1);
					changed = true;
				}
			}
			if (!isPlainBranch(value)) return;
			return value.replace(/\\(.)/g, "$1");
		};
		const hasRepeatedCharPrefixOverlap = (branches) => {
			const values = branches.map(normalizeSimpleBranch).filter(Boolean);
			for (let i = 0; i < values.length; i++) for (let j = i + 1; j < values.length; j++) {
				const a = values[i];
				const b = values[j];
				const char = a[0];
				if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) continue;
				if (a === b || a.startsWith(b) || b.startsWith(a)) return true;
			}
			return false;
		};
		const parseRepeatedExtglob = (pattern, requireEnd = true) => {
			if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") return;
			let bracket = 0;
			let paren = 0;
			let quote = 0;
			let escaped = false;
			for (let i = 1; i < pattern.length; i++) {
				const ch = pattern[i];
				if (escaped === true) {
					escaped = false;
					continue;
				}
				if (ch === "\\") {
					escaped = true;
					continue;
				}
				if (ch === "\"") {
					quote = quote === 1 ? 0 : 1;
					continue;
				}
				if (quote === 1) continue;
				if (ch === "[") {
					bracket++;
					continue;
				}
				if (ch === "]" && bracket > 0) {
					bracket--;
					continue;
				}
				if (bracket > 0) continue;
				if (ch === "(") {
					paren++;
					continue;
				}
				if (ch === ")") {
					paren--;
					if (paren === 0) {
						if (requireEnd === true && i !== pattern.length - 1) return;
						return {
							type: pattern[0],
							body: pattern.slice(2, i),
							end: i
						};
					}
				}
			}
		};
		const getStarExtglobSequenceOutput = (pattern) => {
			let index = 0;
			const chars = [];
			while (index < pattern.length) {
				const match = parseRepeatedExtglob(pattern.slice(index), false);
				if (!match || match.type !== "*") return;
				const branches = splitTopLevel(match.body).map((branch) => branch.trim());
				if (branches.length !== 1) return;
				const branch = normalizeSimpleBranch(branches[0]);
				if (!branch || branch.length !== 1) return;
				chars.push(branch);
				index += match.end + 1;
			}
			if (chars.length < 1) return;
			return `${chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`}*`;
		};
		const repeatedExtglobRecursion = (pattern) => {
			let depth = 0;
			let value = pattern.trim();
			let match = parseRepeatedExtglob(value);
			while (match) {
				depth++;
				value = match.body.trim();
				match = parseRepeatedExtglob(value);
			}
			return depth;
		};
		const analyzeRepeatedExtglob = (body, options) => {
			if (options.maxExtglobRecursion === false) return { risky: false };
			const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
			const branches = splitTopLevel(body).map((branch) => branch.trim());
			if (branches.length > 1) {
				if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) return { risky: true };
			}
			for (const branch of branches) {
				const safeOutput = getStarExtglobSequenceOutput(branch);
				if (safeOutput) return {
					risky: true,
					safeOutput
				};
				if (repeatedExtglobRecursion(branch) > max) return { risky: true };
			}
			return { risky: false };
		};
		/**
		* Parse the given input string.
		* @param {String} input
		* @param {Object} options
		* @return {Object}
		*/
		const parse = (input, options) => {
			if (typeof input !== "string") throw new TypeError("Expected a string");
			input = REPLACEMENTS[input] || input;
			const opts = { ...options };
			const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
			let len = input.length;
			if (len > max) throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
			const bos = {
				type: "bos",
				value: "",
				output: opts.prepend || ""
			};
			const tokens = [bos];
			const capture = opts.capture ? "" : "?:";
			const win32 = utils.isWindows(options);
			const PLATFORM_CHARS = constants.globChars(win32);
			const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
			const { DOT_LITERAL, PLUS_LITERAL, SLASH_LITERAL, ONE_CHAR, DOTS_SLASH, NO_DOT, NO_DOT_SLASH, NO_DOTS_SLASH, QMARK, QMARK_NO_DOT, STAR, START_ANCHOR } = PLATFORM_CHARS;
			const globstar = (opts) => {
				return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
			};
			const nodot = opts.dot ? "" : NO_DOT;
			const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
			let star = opts.bash === true ? globstar(opts) : STAR;
			if (opts.capture) star = `(${star})`;
			if (typeof opts.noext === "boolean") opts.noextglob = opts.noext;
			const state = {
				input,
				index: -1,
				start: 0,
				dot: opts.dot === true,
				consumed: "",
				output: "",
				prefix: "",
				backtrack: false,
				negated: false,
				brackets: 0,
				braces: 0,
				parens: 0,
				quotes: 0,
				globstar: false,
				tokens
			};
			input = utils.removePrefix(input, state);
			len = input.length;
			const extglobs = [];
			const braces = [];
			const stack = [];
			let prev = bos;
			let value;
			/**
			* Tokenizing helpers
			*/
			const eos = () => state.index === len - 1;
			const peek = state.peek = (n = 1) => input[state.index + n];
			const advance = state.advance = () => input[++state.index] || "";
			const remaining = () => input.slice(state.index + 1);
			const consume = (value = "", num = 0) => {
				state.consumed += value;
				state.index += num;
			};
			const append = (token) => {
				state.output += token.output != null ? token.output : token.value;
				consume(token.value);
			};
			const negate = () => {
				let count = 1;
				while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
					advance();
					state.start++;
					count++;
				}
				if (count % 2 === 0) return false;
				state.negated = true;
				state.start++;
				return true;
			};
			const increment = (type) => {
				state[type]++;
				stack.push(type);
			};
			const decrement = (type) => {
				state[type]--;
				stack.pop();
			};
			/**
			* Push tokens onto the tokens array. This helper speeds up
			* tokenizing by 1) helping us avoid backtracking as much as possible,
			* and 2) helping us avoid creating extra tokens when consecutive
			* characters are plain text. This improves performance and simplifies
			* lookbehinds.
			*/
			const push = (tok) => {
				if (prev.type === "globstar") {
					const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
					const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
					if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
						state.output = state.output.slice(0, -prev.output.length);
						prev.type = "star";
						prev.value = "*";
						prev.output = star;
						state.output += prev.output;
					}
				}
				if (extglobs.length && tok.type !== "paren") extglobs[extglobs.length - 1].inner += tok.value;
				if (tok.value || tok.output) append(tok);
				if (prev && prev.type === "text" && tok.type === "text") {
					prev.value += tok.value;
					prev.output = (prev.output || "") + tok.value;
					return;
				}
				tok.prev = prev;
				tokens.push(tok);
				prev = tok;
			};
			const extglobOpen = (type, value) => {
				const token = {
					...EXTGLOB_CHARS[value],
					conditions: 1,
					inner: ""
				};
				token.prev = prev;
				token.parens = state.parens;
				token.output = state.output;
				token.startIndex = state.index;
				token.tokensIndex = tokens.length;
				const output = (opts.capture ? "(" : "") + token.open;
				increment("parens");
				push({
					type,
					value,
					output: state.output ? "" : ONE_CHAR
				});
				push({
					type: "paren",
					extglob: true,
					value: advance(),
					output
				});
				extglobs.push(token);
			};
			const extglobClose = (token) => {
				const literal = input.slice(token.startIndex, state.index + 1);
				const body = input.slice(token.startIndex + 2, state.index);
				const analysis = analyzeRepeatedExtglob(body, opts);
				if ((token.type === "plus" || token.type === "star") && analysis.risky) {
					const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
					const open = tokens[token.tokensIndex];
					open.type = "text";
					open.value = literal;
					open.output = safeOutput || utils.escapeRegex(literal);
					for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
						tokens[i].value = "";
						tokens[i].output = "";
						delete tokens[i].suffix;
					}
					state.output = token.output + open.output;
					state.backtrack = true;
					push({
						type: "paren",
						extglob: true,
						value,
						output: ""
					});
					decrement("parens");
					return;
				}
				let output = token.close + (opts.capture ? ")" : "");
				let rest;
				if (token.type === "negate") {
					let extglobStar = star;
					if (token.inner && token.inner.length > 1 && token.inner.includes("/")) extglobStar = globstar(opts);
					if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) output = token.close = `)$))${extglobStar}`;
					if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) output = token.close = `)${parse(rest, {
						...options,
						fastpaths: false
					}).output})${extglobStar})`;
					if (token.prev.type === "bos") state.negatedExtglob = true;
				}
				push({
					type: "paren",
					extglob: true,
					value,
					output
				});
				decrement("parens");
			};
			/**
			* Fast paths
			*/
			if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
				let backslashes = false;
				let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
					if (first === "\\") {
						backslashes = true;
						return m;
					}
					if (first === "?") {
						if (esc) return esc + first + (rest ? QMARK.repeat(rest.length) : "");
						if (index === 0) return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
						return QMARK.repeat(chars.length);
					}
					if (first === ".") return DOT_LITERAL.repeat(chars.length);
					if (first === "*") {
						if (esc) return esc + first + (rest ? star : "");
						return star;
					}
					return esc ? m : `\\${m}`;
				});
				if (backslashes === true) {
					if (opts.unescape === true) output = output.replace(/\\/g, "");
					else output = output.replace(/\\+/g, (m) => {
						return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
					});
				}
				if (output === input && opts.contains === true) {
					state.output = input;
					return state;
				}
				state.output = utils.wrapOutput(output, state, options);
				return state;
			}
			/**
			* Tokenize input until we reach end-of-string
			*/
			while (!eos()) {
				value = advance();
				if (value === "\0") continue;
				/**
				* Escaped characters
				*/
				if (value === "\\") {
					const next = peek();
					if (next === "/" && opts.bash !== true) continue;
					if (next === "." || next === ";") continue;
					if (!next) {
						value += "\\";
						push({
							type: "text",
							value
						});
						continue;
					}
					const match = /^\\+/.exec(remaining());
					let slashes = 0;
					if (match && match[0].length > 2) {
						slashes = match[0].length;
						state.index += slashes;
						if (slashes % 2 !== 0) value += "\\";
					}
					if (opts.unescape === true) value = advance();
					else value += advance();
					if (state.brackets === 0) {
						push({
							type: "text",
							value
						});
						continue;
					}
				}
				/**
				* If we're inside a regex character class, continue
				* until we reach the closing bracket.
				*/
				if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
					if (opts.posix !== false && value === ":") {
						const inner = prev.value.slice(1);
						if (inner.includes("[")) {
							prev.posix = true;
							if (inner.includes(":")) {
								const idx = prev.value.lastIndexOf("[");
								const pre = prev.value.slice(0, idx);
								const rest = prev.value.slice(idx + 2);
								const posix = POSIX_REGEX_SOURCE[rest];
								if (posix) {
									prev.value = pre + posix;
									state.backtrack = true;
									advance();
									if (!bos.output && tokens.indexOf(prev) === 1) bos.output = ONE_CHAR;
									continue;
								}
							}
						}
					}
					if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") value = `\\${value}`;
					if (value === "]" && (prev.value === "[" || prev.value === "[^")) value = `\\${value}`;
					if (opts.posix === true && value === "!" && prev.value === "[") value = "^";
					prev.value += value;
					append({ value });
					continue;
				}
				/**
				* If we're inside a quoted string, continue
				* until we reach the closing double quote.
				*/
				if (state.quotes === 1 && value !== "\"") {
					value = utils.escapeRegex(value);
					prev.value += value;
					append({ value });
					continue;
				}
				/**
				* Double quotes
				*/
				if (value === "\"") {
					state.quotes = state.quotes === 1 ? 0 : 1;
					if (opts.keepQuotes === true) push({
						type: "text",
						value
					});
					continue;
				}
				/**
				* Parentheses
				*/
				if (value === "(") {
					increment("parens");
					push({
						type: "paren",
						value
					});
					continue;
				}
				if (value === ")") {
					if (state.parens === 0 && opts.strictBrackets === true) throw new SyntaxError(syntaxError("opening", "("));
					const extglob = extglobs[extglobs.length - 1];
					if (extglob && state.parens === extglob.parens + 1) {
						extglobClose(extglobs.pop());
						continue;
					}
					push({
						type: "paren",
						value,
						output: state.parens ? ")" : "\\)"
					});
					decrement("parens");
					continue;
				}
				/**
				* Square brackets
				*/
				if (value === "[") {
					if (opts.nobracket === true || !remaining().includes("]")) {
						if (opts.nobracket !== true && opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
						value = `\\${value}`;
					} else increment("brackets");
					push({
						type: "bracket",
						value
					});
					continue;
				}
				if (value === "]") {
					if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
						push({
							type: "text",
							value,
							output: `\\${value}`
						});
						continue;
					}
					if (state.brackets === 0) {
						if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("opening", "["));
						push({
							type: "text",
							value,
							output: `\\${value}`
						});
						continue;
					}
					decrement("brackets");
					const prevValue = prev.value.slice(1);
					if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) value = `/${value}`;
					prev.value += value;
					append({ value });
					if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) continue;
					const escaped = utils.escapeRegex(prev.value);
					state.output = state.output.slice(0, -prev.value.length);
					if (opts.literalBrackets === true) {
						state.output += escaped;
						prev.value = escaped;
						continue;
					}
					prev.value = `(${capture}${escaped}|${prev.value})`;
					state.output += prev.value;
					continue;
				}
				/**
				* Braces
				*/
				if (value === "{" && opts.nobrace !== true) {
					increment("braces");
					const open = {
						type: "brace",
						value,
						output: "(",
						outputIndex: state.output.length,
						tokensIndex: state.tokens.length
					};
					braces.push(open);
					push(open);
					continue;
				}
				if (value === "}") {
					const brace = braces[braces.length - 1];
					if (opts.nobrace === true || !brace) {
						push({
							type: "text",
							value,
							output: value
						});
						continue;
					}
					let output = ")";
					if (brace.dots === true) {
						const arr = tokens.slice();
						const range = [];
						for (let i = arr.length - 1; i >= 0; i--) {
							tokens.pop();
							if (arr[i].type === "brace") break;
							if (arr[i].type !== "dots") range.unshift(arr[i].value);
						}
						output = expandRange(range, opts);
						state.backtrack = true;
					}
					if (brace.comma !== true && brace.dots !== true) {
						const out = state.output.slice(0, brace.outputIndex);
						const toks = state.tokens.slice(brace.tokensIndex);
						brace.value = brace.output = "\\{";
						value = output = "\\}";
						state.output = out;
						for (const t of toks) state.output += t.output || t.value;
					}
					push({
						type: "brace",
						value,
						output
					});
					decrement("braces");
					braces.pop();
					continue;
				}
				/**
				* Pipes
				*/
				if (value === "|") {
					if (extglobs.length > 0) extglobs[extglobs.length - 1].conditions++;
					push({
						type: "text",
						value
					});
					continue;
				}
				/**
				* Commas
				*/
				if (value === ",") {
					let output = value;
					const brace = braces[braces.length - 1];
					if (brace && stack[stack.length - 1] === "braces") {
						brace.comma = true;
						output = "|";
					}
					push({
						type: "comma",
						value,
						output
					});
					continue;
				}
				/**
				* Slashes
				*/
				if (value === "/") {
					if (prev.type === "dot" && state.index === state.start + 1) {
						state.start = state.index + 1;
						state.consumed = "";
						state.output = "";
						tokens.pop();
						prev = bos;
						continue;
					}
					push({
						type: "slash",
						value,
						output: SLASH_LITERAL
					});
					continue;
				}
				/**
				* Dots
				*/
				if (value === ".") {
					if (state.braces > 0 && prev.type === "dot") {
						if (prev.value === ".") prev.output = DOT_LITERAL;
						const brace = braces[braces.length - 1];
						prev.type = "dots";
						prev.output += value;
						prev.value += value;
						brace.dots = true;
						continue;
					}
					if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
						push({
							type: "text",
							value,
							output: DOT_LITERAL
						});
						continue;
					}
					push({
						type: "dot",
						value,
						output: DOT_LITERAL
					});
					continue;
				}
				/**
				* Question marks
				*/
				if (value === "?") {
					if (!(prev && prev.value === "(") && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
						extglobOpen("qmark", value);
						continue;
					}
					if (prev && prev.type === "paren") {
						const next = peek();
						let output = value;
						if (next === "<" && !utils.supportsLookbehinds()) throw new Error("Node.js v10 or higher is required for regex lookbehinds");
						if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) output = `\\${value}`;
						push({
							type: "text",
							value,
							output
						});
						continue;
					}
					if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
						push({
							type: "qmark",
							value,
							output: QMARK_NO_DOT
						});
						continue;
					}
					push({
						type: "qmark",
						value,
						output: QMARK
					});
					continue;
				}
				/**
				* Exclamation
				*/
				if (value === "!") {
					if (opts.noextglob !== true && peek() === "(") {
						if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
							extglobOpen("negate", value);
							continue;
						}
					}
					if (opts.nonegate !== true && state.index === 0) {
						negate();
						continue;
					}
				}
				/**
				* Plus
				*/
				if (value === "+") {
					if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
						extglobOpen("plus", value);
						continue;
					}
					if (prev && prev.value === "(" || opts.regex === false) {
						push({
							type: "plus",
							value,
							output: PLUS_LITERAL
						});
						continue;
					}
					if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
						push({
							type: "plus",
							value
						});
						continue;
					}
					push({
						type: "plus",
						value: PLUS_LITERAL
					});
					continue;
				}
				/**
				* Plain text
				*/
				if (value === "@") {
					if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
						push({
							type: "at",
							extglob: true,
							value,
							output: ""
						});
						continue;
					}
					push({
						type: "text",
						value
					});
					continue;
				}
				/**
				* Plain text
				*/
				if (value !== "*") {
					if (value === "$" || value === "^") value = `\\${value}`;
					const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
					if (match) {
						value += match[0];
						state.index += match[0].length;
					}
					push({
						type: "text",
						value
					});
					continue;
				}
				/**
				* Stars
				*/
				if (prev && (prev.type === "globstar" || prev.star === true)) {
					prev.type = "star";
					prev.star = true;
					prev.value += value;
					prev.output = star;
					state.backtrack = true;
					state.globstar = true;
					consume(value);
					continue;
				}
				let rest = remaining();
				if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
					extglobOpen("star", value);
					continue;
				}
				if (prev.type === "star") {
					if (opts.noglobstar === true) {
						consume(value);
						continue;
					}
					const prior = prev.prev;
					const before = prior.prev;
					const isStart = prior.type === "slash" || prior.type === "bos";
					const afterStar = before && (before.type === "star" || before.type === "globstar");
					if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
						push({
							type: "star",
							value,
							output: ""
						});
						continue;
					}
					const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
					const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
					if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
						push({
							type: "star",
							value,
							output: ""
						});
						continue;
					}
					while (rest.slice(0, 3) === "/**") {
						const after = input[state.index + 4];
						if (after && after !== "/") break;
						rest = rest.slice(3);
						consume("/**", 3);
					}
					if (prior.type === "bos" && eos()) {
						prev.type = "globstar";
						prev.value += value;
						prev.output = globstar(opts);
						state.output = prev.output;
						state.globstar = true;
						consume(value);
						continue;
					}
					if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && eos()) {
						state.output = state.output.slice(0, -(prior.output + prev.output).length);
						prior.output = `(?:${prior.output}`;
						prev.type = "globstar";
						prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
						prev.value += value;
						state.globstar = true;
						state.output += prior.output + prev.output;
						consume(value);
						continue;
					}
					if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
						const end = rest[1] !== void 0 ? "|$" : "";
						state.output = state.output.slice(0, -(prior.output + prev.output).length);
						prior.output = `(?:${prior.output}`;
						prev.type = "globstar";
						prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
						prev.value += value;
						state.output += prior.output + prev.output;
						state.globstar = true;
						consume(value + advance());
						push({
							type: "slash",
							value: "/",
							output: ""
						});
						continue;
					}
					if (prior.type === "bos" && rest[0] === "/") {
						prev.type = "globstar";
						prev.value += value;
						prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
						state.output = prev.output;
						state.globstar = true;
						consume(value + advance());
						push({
							type: "slash",
							value: "/",
							output: ""
						});
						continue;
					}
					state.output = state.output.slice(0, -prev.output.length);
					prev.type = "globstar";
					prev.output = globstar(opts);
					prev.value += value;
					state.output += prev.output;
					state.globstar = true;
					consume(value);
					continue;
				}
				const token = {
					type: "star",
					value,
					output: star
				};
				if (opts.bash === true) {
					token.output = ".*?";
					if (prev.type === "bos" || prev.type === "slash") token.output = nodot + token.output;
					push(token);
					continue;
				}
				if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
					token.output = value;
					push(token);
					continue;
				}
				if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
					if (prev.type === "dot") {
						state.output += NO_DOT_SLASH;
						prev.output += NO_DOT_SLASH;
					} else if (opts.dot === true) {
						state.output += NO_DOTS_SLASH;
						prev.output += NO_DOTS_SLASH;
					} else {
						state.output += nodot;
						prev.output += nodot;
					}
					if (peek() !== "*") {
						state.output += ONE_CHAR;
						prev.output += ONE_CHAR;
					}
				}
				push(token);
			}
			while (state.brackets > 0) {
				if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
				state.output = utils.escapeLast(state.output, "[");
				decrement("brackets");
			}
			while (state.parens > 0) {
				if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
				state.output = utils.escapeLast(state.output, "(");
				decrement("parens");
			}
			while (state.braces > 0) {
				if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
				state.output = utils.escapeLast(state.output, "{");
				decrement("braces");
			}
			if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) push({
				type: "maybe_slash",
				value: "",
				output: `${SLASH_LITERAL}?`
			});
			if (state.backtrack === true) {
				state.output = "";
				for (const token of state.tokens) {
					state.output += token.output != null ? token.output : token.value;
					if (token.suffix) state.output += token.suffix;
				}
			}
			return state;
		};
		/**
		* Fast paths for creating regular expressions for common glob patterns.
		* This can significantly speed up processing and has very little downside
		* impact when none of the fast paths match.
		*/
		parse.fastpaths = (input, options) => {
			const opts = { ...options };
			const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
			const len = input.length;
			if (len > max) throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
			input = REPLACEMENTS[input] || input;
			const win32 = utils.isWindows(options);
			const { DOT_LITERAL, SLASH_LITERAL, ONE_CHAR, DOTS_SLASH, NO_DOT, NO_DOTS, NO_DOTS_SLASH, STAR, START_ANCHOR } = constants.globChars(win32);
			const nodot = opts.dot ? NO_DOTS : NO_DOT;
			const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
			const capture = opts.capture ? "" : "?:";
			const state = {
				negated: false,
				prefix: ""
			};
			let star = opts.bash === true ? ".*?" : STAR;
			if (opts.capture) star = `(${star})`;
			const globstar = (opts) => {
				if (opts.noglobstar === true) return star;
				return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
			};
			const create = (str) => {
				switch (str) {
					case "*": return `${nodot}${ONE_CHAR}${star}`;
					case ".*": return `${DOT_LITERAL}${ONE_CHAR}${star}`;
					case "*.*": return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
					case "*/*": return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
					case "**": return nodot + globstar(opts);
					case "**/*": return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
					case "**/*.*": return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
					case "**/.*": return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
					default: {
						const match = /^(.*?)\.(\w+)$/.exec(str);
						if (!match) return;
						const source = create(match[1]);
						if (!source) return;
						return source + DOT_LITERAL + match[2];
					}
				}
			};
			let source = create(utils.removePrefix(input, state));
			if (source && opts.strictSlashes !== true) source += `${SLASH_LITERAL}?`;
			return source;
		};
		module.exports = parse;
	}));
	var require_picomatch$1 = /* @__PURE__ */ __commonJSMin(((exports, module) => {
		const path = require("path");
		const scan = require_scan();
		const parse = require_parse();
		const utils = require_utils();
		const constants = require_constants();
		const isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
		/**
		* Creates a matcher function from one or more glob patterns. The
		* returned function takes a string to match as its first argument,
		* and returns true if the string is a match. The returned matcher
		* function also takes a boolean as the second argument that, when true,
		* returns an object with additional information.
		*
		* ```js
		* const picomatch = require('picomatch');
		* // picomatch(glob[, options]);
		*
		* const isMatch = picomatch('*.!(*a)');
		* console.log(isMatch('a.a')); //=> false
		* console.log(isMatch('a.b')); //=> true
		* ```
		* @name picomatch
		* @param {String|Array} `globs` One or more glob patterns.
		* @param {Object=} `options`
		* @return {Function=} Returns a matcher function.
		* @api public
		*/
		const picomatch = (glob, options, returnState = false) => {
			if (Array.isArray(glob)) {
				const fns = glob.map((input) => picomatch(input, options, returnState));
				const arrayMatcher = (str) => {
					for (const isMatch of fns) {
						const state = isMatch(str);
						if (state) return state;
					}
					return false;
				};
				return arrayMatcher;
			}
			const isState = isObject(glob) && glob.tokens && glob.input;
			if (glob === "" || typeof glob !== "string" && !isState) throw new TypeError("Expected pattern to be a non-empty string");
			const opts = options || {};
			const posix = utils.isWindows(options);
			const regex = isState ? picomatch.compileRe(glob, options) : picomatch.makeRe(glob, options, false, true);
			const state = regex.state;
			delete regex.state;
			let isIgnored = () => false;
			if (opts.ignore) {
				const ignoreOpts = {
					...options,
					ignore: null,
					onMatch: null,
					onResult: null
				};
				isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
			}
			const matcher = (input, returnObject = false) => {
				const { isMatch, match, output } = picomatch.test(input, regex, options, {
					glob,
					posix
				});
				const result = {
					glob,
					state,
					regex,
					posix,
					input,
					output,
					match,
					isMatch
				};
				if (typeof opts.onResult === "function") opts.onResult(result);
				if (isMatch === false) {
					result.isMatch = false;
					return returnObject ? result : false;
				}
				if (isIgnored(input)) {
					if (typeof opts.onIgnore === "function") opts.onIgnore(result);
					result.isMatch = false;
					return returnObject ? result : false;
				}
				if (typeof opts.onMatch === "function") opts.onMatch(result);
				return returnObject ? result : true;
			};
			if (returnState) matcher.state = state;
			return matcher;
		};
		/**
		* Test `input` with the given `regex`. This is used by the main
		* `picomatch()` function to test the input string.
		*
		* ```js
		* const picomatch = require('picomatch');
		* // picomatch.test(input, regex[, options]);
		*
		* console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
		* // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
		* ```
		* @param {String} `input` String to test.
		* @param {RegExp} `regex`
		* @return {Object} Returns an object with matching info.
		* @api public
		*/
		picomatch.test = (input, regex, options, { glob, posix } = {}) => {
			if (typeof input !== "string") throw new TypeError("Expected input to be a string");
			if (input === "") return {
				isMatch: false,
				output: ""
			};
			const opts = options || {};
			const format = opts.format || (posix ? utils.toPosixSlashes : null);
			let match = input === glob;
			let output = match && format ? format(input) : input;
			if (match === false) {
				output = format ? format(input) : input;
				match = output === glob;
			}
			if (match === false || opts.capture === true) {
				if (opts.matchBase === true || opts.basename === true) match = picomatch.matchBase(input, regex, options, posix);
				else match = regex.exec(output);
			}
			return {
				isMatch: Boolean(match),
				match,
				output
			};
		};
		/**
		* Match the basename of a filepath.
		*
		* ```js
		* const picomatch = require('picomatch');
		* // picomatch.matchBase(input, glob[, options]);
		* console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
		* ```
		* @param {String} `input` String to test.
		* @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
		* @return {Boolean}
		* @api public
		*/
		picomatch.matchBase = (input, glob, options, posix = utils.isWindows(options)) => {
			return (glob instanceof RegExp ? glob : picomatch.makeRe(glob, options)).test(path.basename(input));
		};
		/**
		* Returns true if **any** of the given glob `patterns` match the specified `string`.
		*
		* ```js
		* const picomatch = require('picomatch');
		* // picomatch.isMatch(string, patterns[, options]);
		*
		* console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
		* console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
		* ```
		* @param {String|Array} str The string to test.
		* @param {String|Array} patterns One or more glob patterns to use for matching.
		* @param {Object} [options] See available [options](#options).
		* @return {Boolean} Returns true if any patterns match `str`
		* @api public
		*/
		picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);
		/**
		* Parse a glob pattern to create the source string for a regular
		* expression.
		*
		* ```js
		* const picomatch = require('picomatch');
		* const result = picomatch.parse(pattern[, options]);
		* ```
		* @param {String} `pattern`
		* @param {Object} `options`
		* @return {Object} Returns an object with useful properties and output to be used as a regex source string.
		* @api public
		*/
		picomatch.parse = (pattern, options) => {
			if (Array.isArray(pattern)) return pattern.map((p) => picomatch.parse(p, options));
			return parse(pattern, {
				...options,
				fastpaths: false
			});
		};
		/**
		* Scan a glob pattern to separate the pattern into segments.
		*
		* ```js
		* const picomatch = require('picomatch');
		* // picomatch.scan(input[, options]);
		*
		* const result = picomatch.scan('!./foo/*.js');
		* console.log(result);
		* { prefix: '!./',
		*   input: '!./foo/*.js',
		*   start: 3,
		*   base: 'foo',
		*   glob: '*.js',
		*   isBrace: false,
		*   isBracket: false,
		*   isGlob: true,
		*   isExtglob: false,
		*   isGlobstar: false,
		*   negated: true }
		* ```
		* @param {String} `input` Glob pattern to scan.
		* @param {Object} `options`
		* @return {Object} Returns an object with
		* @api public
		*/
		picomatch.scan = (input, options) => scan(input, options);
		/**
		* Compile a regular expression from the `state` object returned by the
		* [parse()](#parse) method.
		*
		* @param {Object} `state`
		* @param {Object} `options`
		* @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
		* @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
		* @return {RegExp}
		* @api public
		*/
		picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
			if (returnOutput === true) return state.output;
			const opts = options || {};
			const prepend = opts.contains ? "" : "^";
			const append = opts.contains ? "" : "$";
			let source = `${prepend}(?:${state.output})${append}`;
			if (state && state.negated === true) source = `^(?!${source}).*$`;
			const regex = picomatch.toRegex(source, options);
			if (returnState === true) regex.state = state;
			return regex;
		};
		/**
		* Create a regular expression from a parsed glob pattern.
		*
		* ```js
		* const picomatch = require('picomatch');
		* const state = picomatch.parse('*.js');
		* // picomatch.compileRe(state[, options]);
		*
		* console.log(picomatch.compileRe(state));
		* //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
		* ```
		* @param {String} `state` The object returned from the `.parse` method.
		* @param {Object} `options`
		* @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
		* @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
		* @return {RegExp} Returns a regex created from the given pattern.
		* @api public
		*/
		picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
			if (!input || typeof input !== "string") throw new TypeError("Expected a non-empty string");
			let parsed = {
				negated: false,
				fastpaths: true
			};
			if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) parsed.output = parse.fastpaths(input, options);
			if (!parsed.output) parsed = parse(input, options);
			return picomatch.compileRe(parsed, options, returnOutput, returnState);
		};
		/**
		* Create a regular expression from the given regex source string.
		*
		* ```js
		* const picomatch = require('picomatch');
		* // picomatch.toRegex(source[, options]);
		*
		* const { output } = picomatch.parse('*.js');
		* console.log(picomatch.toRegex(output));
		* //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
		* ```
		* @param {String} `source` Regular expression source string.
		* @param {Object} `options`
		* @return {RegExp}
		* @api public
		*/
		picomatch.toRegex = (source, options) => {
			try {
				const opts = options || {};
				return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
			} catch (err) {
				if (options && options.debug === true) throw err;
				return /$^/;
			}
		};
		/**
		* Picomatch constants.
		* @return {Object}
		*/
		picomatch.constants = constants;
		/**
		* Expose "picomatch"
		*/
		module.exports = picomatch;
	}));
	var require_picomatch = /* @__PURE__ */ __commonJSMin(((exports, module) => {
		module.exports = require_picomatch$1();
	}));
	const util = require("util");
	const braces = require_braces();
	const picomatch = require_picomatch();
	const utils = require_utils();
	const isEmptyString = (v) => v === "" || v === "./";
	const hasBraces = (v) => {
		const index = v.indexOf("{");
		return index > -1 && v.indexOf("}", index) > -1;
	};
	/**
	* Returns an array of strings that match one or more glob patterns.
	*
	* ```js
	* const mm = require('micromatch');
	* // mm(list, patterns[, options]);
	*
	* console.log(mm(['a.js', 'a.txt'], ['*.js']));
	* //=> [ 'a.js' ]
	* ```
	* @param {String|Array<string>} `list` List of strings to match.
	* @param {String|Array<string>} `patterns` One or more glob patterns to use for matching.
	* @param {Object} `options` See available [options](#options)
	* @return {Array} Returns an array of matches
	* @summary false
	* @api public
	*/
	const micromatch = (list, patterns, options) => {
		patterns = [].concat(patterns);
		list = [].concat(list);
		let omit = /* @__PURE__ */ new Set();
		let keep = /* @__PURE__ */ new Set();
		let items = /* @__PURE__ */ new Set();
		let negatives = 0;
		let onResult = (state) => {
			items.add(state.output);
			if (options && options.onResult) options.onResult(state);
		};
		for (let i = 0; i < patterns.length; i++) {
			let isMatch = picomatch(String(patterns[i]), {
				...options,
				onResult
			}, true);
			let negated = isMatch.state.negated || isMatch.state.negatedExtglob;
			if (negated) negatives++;
			for (let item of list) {
				let matched = isMatch(item, true);
				if (!(negated ? !matched.isMatch : matched.isMatch)) continue;
				if (negated) omit.add(matched.output);
				else {
					omit.delete(matched.output);
					keep.add(matched.output);
				}
			}
		}
		let matches = (negatives === patterns.length ? [...items] : [...keep]).filter((item) => !omit.has(item));
		if (options && matches.length === 0) {
			if (options.failglob === true) throw new Error(`No matches found for "${patterns.join(", ")}"`);
			if (options.nonull === true || options.nullglob === true) return options.unescape ? patterns.map((p) => p.replace(/\\/g, "")) : patterns;
		}
		return matches;
	};
	/**
	* Backwards compatibility
	*/
	micromatch.match = micromatch;
	/**
	* Returns a matcher function from the given glob `pattern` and `options`.
	* The returned function takes a string to match as its only argument and returns
	* true if the string is a match.
	*
	* ```js
	* const mm = require('micromatch');
	* // mm.matcher(pattern[, options]);
	*
	* const isMatch = mm.matcher('*.!(*a)');
	* console.log(isMatch('a.a')); //=> false
	* console.log(isMatch('a.b')); //=> true
	* ```
	* @param {String} `pattern` Glob pattern
	* @param {Object} `options`
	* @return {Function} Returns a matcher function.
	* @api public
	*/
	micromatch.matcher = (pattern, options) => picomatch(pattern, options);
	/**
	* Returns true if **any** of the given glob `patterns` match the specified `string`.
	*
	* ```js
	* const mm = require('micromatch');
	* // mm.isMatch(string, patterns[, options]);
	*
	* console.log(mm.isMatch('a.a', ['b.*', '*.a'])); //=> true
	* console.log(mm.isMatch('a.a', 'b.*')); //=> false
	* ```
	* @param {String} `str` The string to test.
	* @param {String|Array} `patterns` One or more glob patterns to use for matching.
	* @param {Object} `[options]` See available [options](#options).
	* @return {Boolean} Returns true if any patterns match `str`
	* @api public
	*/
	micromatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);
	/**
	* Backwards compatibility
	*/
	micromatch.any = micromatch.isMatch;
	/**
	* Returns a list of strings that _**do not match any**_ of the given `patterns`.
	*
	* ```js
	* const mm = require('micromatch');
	* // mm.not(list, patterns[, options]);
	*
	* console.log(mm.not(['a.a', 'b.b', 'c.c'], '*.a'));
	* //=> ['b.b', 'c.c']
	* ```
	* @param {Array} `list` Array of strings to match.
	* @param {String|Array} `patterns` One or more glob pattern to use for matching.
	* @param {Object} `options` See available [options](#options) for changing how matches are performed
	* @return {Array} Returns an array of strings that **do not match** the given patterns.
	* @api public
	*/
	micromatch.not = (list, patterns, options = {}) => {
		patterns = [].concat(patterns).map(String);
		let result = /* @__PURE__ */ new Set();
		let items = [];
		let onResult = (state) => {
			if (options.onResult) options.onResult(state);
			items.push(state.output);
		};
		let matches = new Set(micromatch(list, patterns, {
			...options,
			onResult
		}));
		for (let item of items) if (!matches.has(item)) result.add(item);
		return [...result];
	};
	/**
	* Returns true if the given `string` contains the given pattern. Similar
	* to [.isMatch](#isMatch) but the pattern can match any part of the string.
	*
	* ```js
	* var mm = require('micromatch');
	* // mm.contains(string, pattern[, options]);
	*
	* console.log(mm.contains('aa/bb/cc', '*b'));
	* //=> true
	* console.log(mm.contains('aa/bb/cc', '*d'));
	* //=> false
	* ```
	* @param {String} `str` The string to match.
	* @param {String|Array} `patterns` Glob pattern to use for matching.
	* @param {Object} `options` See available [options](#options) for changing how matches are performed
	* @return {Boolean} Returns true if any of the patterns matches any part of `str`.
	* @api public
	*/
	micromatch.contains = (str, pattern, options) => {
		if (typeof str !== "string") throw new TypeError(`Expected a string: "${util.inspect(str)}"`);
		if (Array.isArray(pattern)) return pattern.some((p) => micromatch.contains(str, p, options));
		if (typeof pattern === "string") {
			if (isEmptyString(str) || isEmptyString(pattern)) return false;
			if (str.includes(pattern) || str.startsWith("./") && str.slice(2).includes(pattern)) return true;
		}
		return micromatch.isMatch(str, pattern, {
			...options,
			contains: true
		});
	};
	/**
	* Filter the keys of the given object with the given `glob` pattern
	* and `options`. Does not attempt to match nested keys. If you need this feature,
	* use [glob-object][] instead.
	*
	* ```js
	* const mm = require('micromatch');
	* // mm.matchKeys(object, patterns[, options]);
	*
	* const obj = { aa: 'a', ab: 'b', ac: 'c' };
	* console.log(mm.matchKeys(obj, '*b'));
	* //=> { ab: 'b' }
	* ```
	* @param {Object} `object` The object with keys to filter.
	* @param {String|Array} `patterns` One or more glob patterns to use for matching.
	* @param {Object} `options` See available [options](#options) for changing how matches are performed
	* @return {Object} Returns an object with only keys that match the given patterns.
	* @api public
	*/
	micromatch.matchKeys = (obj, patterns, options) => {
		if (!utils.isObject(obj)) throw new TypeError("Expected the first argument to be an object");
		let keys = micromatch(Object.keys(obj), patterns, options);
		let res = {};
		for (let key of keys) res[key] = obj[key];
		return res;
	};
	/**
	* Returns true if some of the strings in the given `list` match any of the given glob `patterns`.
	*
	* ```js
	* const mm = require('micromatch');
	* // mm.some(list, patterns[, options]);
	*
	* console.log(mm.some(['foo.js', 'bar.js'], ['*.js', '!foo.js']));
	* // true
	* console.log(mm.some(['foo.js'], ['*.js', '!foo.js']));
	* // false
	* ```
	* @param {String|Array} `list` The string or array of strings to test. Returns as soon as the first match is found.
	* @param {String|Array} `patterns` One or more glob patterns to use for matching.
	* @param {Object} `options` See available [options](#options) for changing how matches are performed
	* @return {Boolean} Returns true if any `patterns` matches any of the strings in `list`
	* @api public
	*/
	micromatch.some = (list, patterns, options) => {
		let items = [].concat(list);
		for (let pattern of [].concat(patterns)) {
			let isMatch = picomatch(String(pattern), options);
			if (items.some((item) => isMatch(item))) return true;
		}
		return false;
	};
	/**
	* Returns true if every string in the given `list` matches
	* any of the given glob `patterns`.
	*
	* ```js
	* const mm = require('micromatch');
	* // mm.every(list, patterns[, options]);
	*
	* console.log(mm.every('foo.js', ['foo.js']));
	* // true
	* console.log(mm.every(['foo.js', 'bar.js'], ['*.js']));
	* // true
	* console.log(mm.every(['foo.js', 'bar.js'], ['*.js', '!foo.js']));
	* // false
	* console.log(mm.every(['foo.js'], ['*.js', '!foo.js']));
	* // false
	* ```
	* @param {String|Array} `list` The string or array of strings to test.
	* @param {String|Array} `patterns` One or more glob patterns to use for matching.
	* @param {Object} `options` See available [options](#options) for changing how matches are performed
	* @return {Boolean} Returns true if all `patterns` matches all of the strings in `list`
	* @api public
	*/
	micromatch.every = (list, patterns, options) => {
		let items = [].concat(list);
		for (let pattern of [].concat(patterns)) {
			let isMatch = picomatch(String(pattern), options);
			if (!items.every((item) => isMatch(item))) return false;
		}
		return true;
	};
	/**
	* Returns true if **all** of the given `patterns` match
	* the specified string.
	*
	* ```js
	* const mm = require('micromatch');
	* // mm.all(string, patterns[, options]);
	*
	* console.log(mm.all('foo.js', ['foo.js']));
	* // true
	*
	* console.log(mm.all('foo.js', ['*.js', '!foo.js']));
	* // false
	*
	* console.log(mm.all('foo.js', ['*.js', 'foo.js']));
	* // true
	*
	* console.log(mm.all('foo.js', ['*.js', 'f*', '*o*', '*o.js']));
	* // true
	* ```
	* @param {String|Array} `str` The string to test.
	* @param {String|Array} `patterns` One or more glob patterns to use for matching.
	* @param {Object} `options` See available [options](#options) for changing how matches are performed
	* @return {Boolean} Returns true if any patterns match `str`
	* @api public
	*/
	micromatch.all = (str, patterns, options) => {
		if (typeof str !== "string") throw new TypeError(`Expected a string: "${util.inspect(str)}"`);
		return [].concat(patterns).every((p) => picomatch(p, options)(str));
	};
	/**
	* Returns an array of matches captured by `pattern` in `string, or `null` if the pattern did not match.
	*
	* ```js
	* const mm = require('micromatch');
	* // mm.capture(pattern, string[, options]);
	*
	* console.log(mm.capture('test/*.js', 'test/foo.js'));
	* //=> ['foo']
	* console.log(mm.capture('test/*.js', 'foo/bar.css'));
	* //=> null
	* ```
	* @param {String} `glob` Glob pattern to use for matching.
	* @param {String} `input` String to match
	* @param {Object} `options` See available [options](#options) for changing how matches are performed
	* @return {Array|null} Returns an array of captures if the input matches the glob pattern, otherwise `null`.
	* @api public
	*/
	micromatch.capture = (glob, input, options) => {
		let posix = utils.isWindows(options);
		let match = picomatch.makeRe(String(glob), {
			...options,
			capture: true
		}).exec(posix ? utils.toPosixSlashes(input) : input);
		if (match) return match.slice(1).map((v) => v === void 0 ? "" : v);
	};
	/**
	* Create a regular expression from the given glob `pattern`.
	*
	* ```js
	* const mm = require('micromatch');
	* // mm.makeRe(pattern[, options]);
	*
	* console.log(mm.makeRe('*.js'));
	* //=> /^(?:(\.[\\\/])?(?!\.)(?=.)[^\/]*?\.js)$/
	* ```
	* @param {String} `pattern` A glob pattern to convert to regex.
	* @param {Object} `options`
	* @return {RegExp} Returns a regex created from the given pattern.
	* @api public
	*/
	micromatch.makeRe = (...args) => picomatch.makeRe(...args);
	/**
	* Scan a glob pattern to separate the pattern into segments. Used
	* by the [split](#split) method.
	*
	* ```js
	* const mm = require('micromatch');
	* const state = mm.scan(pattern[, options]);
	* ```
	* @param {String} `pattern`
	* @param {Object} `options`
	* @return {Object} Returns an object with
	* @api public
	*/
	micromatch.scan = (...args) => picomatch.scan(...args);
	/**
	* Parse a glob pattern to create the source string for a regular
	* expression.
	*
	* ```js
	* const mm = require('micromatch');
	* const state = mm.parse(pattern[, options]);
	* ```
	* @param {String} `glob`
	* @param {Object} `options`
	* @return {Object} Returns an object with useful properties and output to be used as regex source string.
	* @api public
	*/
	micromatch.parse = (patterns, options) => {
		let res = [];
		for (let pattern of [].concat(patterns || [])) for (let str of braces(String(pattern), options)) res.push(picomatch.parse(str, options));
		return res;
	};
	/**
	* Process the given brace `pattern`.
	*
	* ```js
	* const { braces } = require('micromatch');
	* console.log(braces('foo/{a,b,c}/bar'));
	* //=> [ 'foo/(a|b|c)/bar' ]
	*
	* console.log(braces('foo/{a,b,c}/bar', { expand: true }));
	* //=> [ 'foo/a/bar', 'foo/b/bar', 'foo/c/bar' ]
	* ```
	* @param {String} `pattern` String with brace pattern to process.
	* @param {Object} `options` Any [options](#options) to change how expansion is performed. See the [braces][] library for all available options.
	* @return {Array}
	* @api public
	*/
	micromatch.braces = (pattern, options) => {
		if (typeof pattern !== "string") throw new TypeError("Expected a string");
		if (options && options.nobrace === true || !hasBraces(pattern)) return [pattern];
		return braces(pattern, options);
	};
	/**
	* Expand braces
	*/
	micromatch.braceExpand = (pattern, options) => {
		if (typeof pattern !== "string") throw new TypeError("Expected a string");
		return micromatch.braces(pattern, {
			...options,
			expand: true
		});
	};
	/**
	* Expose micromatch
	*/
	micromatch.hasBraces = hasBraces;
	module.exports = micromatch;
}));
// dist/cjs/zh-CN.cjs
var require_zh_CN = /* @__PURE__ */ __commonJSMin$1(((exports) => {
	const SKIP_REASONS = [
		[/^binary \(NUL byte in the first 8 KiB\)$/, "二进制文件（前 8 KiB 中有 NUL 字节）"],
		[/^git internals \(\.git\/ is never scanned\)$/, "git 内部文件（从不扫描 .git/）"],
		[/^symbolic link \(not followed\)$/, "符号链接（不跟随）"],
		[/^symbolic link \(target path, not followed\)$/, "符号链接（只有目标路径，不跟随）"],
		[/^deleted from the work tree$/, "已从工作区删除"],
		[/^deleted$/, "已删除"],
		[/^unmerged$/, "未合并"],
		[/^directory \(submodule\?\)$/, "目录（子模块？）"],
		[/^not a regular file$/, "不是普通文件"],
		[/^larger than --max-file-size \((\d+) bytes\)$/, "大于 --max-file-size（$1 字节）"],
		[/^grew past --max-file-size while being read$/, "读取过程中超过了 --max-file-size"],
		[/^unreadable \(([A-Z]+); skipped by --skip-unreadable\)$/, "无法读取（$1；因 --skip-unreadable 跳过）"],
		[/^submodule \(commit id, no content\)$/, "子模块（只有提交 ID，没有内容）"],
		[/^Git LFS pointer \(content stored outside git\)$/, "Git LFS 指针（内容存放在 git 之外）"]
	];
	const FIELD_MESSAGES = [
		[/^is required$/, "是必填项"],
		[/^is not a known field$/, "不是已知字段"],
		[/^must be one of (.*)$/, "必须是以下之一：$1"],
		[/^must be (.*), got (.*)$/, "类型必须是 $1，实际是 $2"],
		[/^must be at least (\d+) characters$/, "至少要有 $1 个字符"],
		[/^must match (.*)$/, "必须匹配 $1"],
		[/^must have at least (\d+) item\(s\)$/, "至少要有 $1 项"]
	];
	const ERRORS = [
		[/^no such file or directory: (.*)$/, "没有这个文件或目录：$1"],
		[/^cannot read directory (.*?): (.*)$/, "无法读取目录 $1：$2"],
		[/^cannot read (.*?): (.*)$/, "无法读取 $1：$2"],
		[/^(.*): not inside a git repository \((.*)\)$/, "$1：不在 git 仓库中（$2）"],
		[/^choose one of --staged, --since, --range, --history$/, "--staged、--since、--range、--history 只能选一个"],
		[/^--staged, --since, --range and --history scan the repository; they take no paths$/, "--staged、--since、--range 和 --history 扫描的是仓库，不接受路径参数"],
		[/^(.*): unknown revision (.*)$/, "$1：未知的修订版本 $2"],
		[/^(.*): not a revision: (.*)$/, "$1：不是修订版本：$2"],
		[/^(.*): (.*) is not in this shallow clone; fetch more history \(actions\/checkout: `fetch-depth: 0`; or `git fetch --unshallow`\)$/, "$1：$2 不在这个浅克隆中；请获取更多历史（actions/checkout：`fetch-depth: 0`；或 `git fetch --unshallow`）"],
		[/^--range: expected A\.\.B, got (.*)$/, "--range：应为 A..B 的形式，实际是 $1"],
		[/^--max-file-size: not a size: (.*)$/, "--max-file-size：不是有效的大小：$1"],
		[/^(.*) already exists; move it away, then run install again$/, "$1 已存在；请先把它移走，再运行 install"],
		[/^(.*): invalid JSON: (.*)$/, "$1：JSON 无效：$2"],
		[/^(.*): not a scan-keys baseline \(version (\d+) with a "findings" array\); write one with scan-keys baseline$/, "$1：不是 scan-keys 基线文件（应为 version $2，且含 \"findings\" 数组）；请用 scan-keys baseline 生成"],
		[/^(.*?): field "(.*?)" (.*)$/, (_all, where, field, rest) => `${where}\uFF1A\u5B57\u6BB5 "${field}" ${translate(FIELD_MESSAGES, rest)}`],
		[/^(.*?): the file (.*)$/, (_all, where, rest) => `${where}\uFF1A\u6574\u4E2A\u6587\u4EF6${translate(FIELD_MESSAGES, rest)}`]
	];
	function translate(table, text) {
		for (const [re, to] of table) {
			const m = re.exec(text);
			if (m) return typeof to === "string" ? text.replace(re, to) : to(...m);
		}
		return text;
	}
	const count = (n, unit) => `${n} ${unit}`;
	exports.zhCN = {
		severity: {
			critical: "严重",
			high: "高危",
			medium: "中危",
			low: "低危"
		},
		pairsWith: (line, column) => `\u4E0E ${line}:${column} \u914D\u5BF9`,
		assignedToSecretName: "赋值给了密钥类名称",
		publicNotBlocking: "按设计公开（签名 URL），不阻止",
		commitNote: (sha, author, date, n) => `\u63D0\u4EA4 ${sha}\uFF0C\u4F5C\u8005 ${author}\uFF0C${date}${n && n > 1 ? `\uFF0C\u5171\u51FA\u73B0\u5728 ${n} \u4E2A\u63D0\u4EA4\u4E2D` : ""}`,
		liveRootKey: (where, provider, account) => `\u203C \u6709\u6548\u7684\u4E3B\u8D26\u53F7\u5BC6\u94A5\uFF1A${where}\uFF08${provider}${account ? `\uFF0C\u8D26\u53F7 ${account}` : ""}\uFF09\uFF1A\u8BF7\u7ACB\u5373\u5728\u63A7\u5236\u53F0\u7981\u7528\u3002`,
		liveKey: (where, provider) => `\u203C \u6709\u6548\u7684\u5BC6\u94A5\uFF1A${where}\uFF08${provider}\uFF09\uFF1A\u8BF7\u7ACB\u5373\u8F6E\u6362\u3002`,
		verifiedLive: (who) => `\u5DF2\u9A8C\u8BC1\uFF1A\u6709\u6548${who ? `\uFF08${who}\uFF09` : ""}`,
		rootAccount: "主账号",
		account: (id) => `\u8D26\u53F7 ${id}`,
		verifiedDead: "已验证：已失效",
		verificationUnknown: (reason) => `\u9A8C\u8BC1\u7ED3\u679C\u672A\u77E5${reason ? `\uFF1A${reason}` : ""}`,
		listSeparator: "，",
		fullStop: "。",
		noteSeparator: "；",
		whatToDoNow: (provider, n) => `${provider}\uFF1A\u73B0\u5728\u8BE5\u505A\u4EC0\u4E48\uFF08${count(n, "处发现")}\uFF09`,
		console: "控制台：",
		nextTime: "以后：",
		guides: "参考文档：",
		link: (title, url) => `${title}\uFF1A${url}`,
		blockingSummary: (n, counts, files) => `\u2716 ${files} \u4E2A\u6587\u4EF6\u4E2D\u6709 ${n} \u5904\u53D1\u73B0\uFF08${counts}\uFF09`,
		severityCount: (n, severity) => `${severity} ${n}`,
		moreBelowFailOn: (n, failOn) => `\u53E6\u6709 ${n} \u5904\u4F4E\u4E8E --fail-on ${failOn}\uFF0C\u4E0D\u963B\u6B62`,
		belowFailOn: (n, failOn) => `! ${n} \u5904\u53D1\u73B0\u4F4E\u4E8E --fail-on ${failOn}\uFF0C\u4E0D\u963B\u6B62`,
		noCredentials: "✔ 未发现凭证",
		scanned: (files, bytes, lines, seconds, skipped) => `\u5DF2\u626B\u63CF ${count(files, "个文件")}\uFF0C${bytes}\uFF0C${count(lines, "行")}\uFF0C\u7528\u65F6 ${seconds} \u79D2${skipped ? `\uFF1B\u8DF3\u8FC7 ${skipped} \u4E2A` : ""}`,
		skippedLine: (file, reason) => `\u5DF2\u8DF3\u8FC7 ${file}\uFF1A${translate(SKIP_REASONS, reason)}`,
		warningSkipped: (file, reason) => `scan-keys: \u8B66\u544A\uFF1A\u5DF2\u8DF3\u8FC7 ${file}\uFF1A${translate(SKIP_REASONS, reason)}`,
		skipReason: (reason) => translate(SKIP_REASONS, reason),
		allowedNote: (where, ruleId, reason) => `\u5DF2\u653E\u884C ${where} ${ruleId}\uFF08${reason}\uFF09`,
		baselinedNote: (n, file) => `${n} \u5904\u53D1\u73B0\u5DF2\u5728\u57FA\u7EBF ${file} \u4E2D\uFF0C\u4E0D\u518D\u663E\u793A`,
		staleBaselineNote: (file, ruleId, fingerprint) => `\u8FC7\u65F6\u7684\u57FA\u7EBF\u6761\u76EE\uFF08\u5DF2\u627E\u4E0D\u5230\uFF09\uFF1A${file} ${ruleId} ${fingerprint}`,
		baselineWritten: (n, file) => `scan-keys: \u5DF2\u5C06 ${n} \u6761\u57FA\u7EBF\u6761\u76EE\u5199\u5165 ${file}`,
		progress: (commits, files, bytes, rate, findings) => `\u6B63\u5728\u626B\u63CF\uFF1A${commits !== void 0 ? `${commits} \u4E2A\u63D0\u4EA4\uFF0C` : ""}${files} \u4E2A\u6587\u4EF6\uFF0C${bytes}\uFF08${rate}/\u79D2\uFF09\uFF0C\u76EE\u524D ${findings} \u5904\u53D1\u73B0`,
		error: (message) => message.split("\n").map((line) => {
			const indent = /^\s*/.exec(line)?.[0] ?? "";
			return indent + translate(ERRORS, line.slice(indent.length));
		}).join("\n"),
		internalError: (message) => `\u5185\u90E8\u9519\u8BEF\uFF1A${message}`,
		seeHelp: "（参见 scan-keys --help）",
		colon: "：",
		huskyCreated: (file) => `\u5DF2\u521B\u5EFA ${file}\uFF0C\u8FD0\u884C scan-keys --staged`,
		huskyAdded: (file) => `\u5DF2\u5728 ${file} \u4E2D\u52A0\u5165 scan-keys --staged`,
		hookCreated: (file) => `\u5DF2\u5B89\u88C5 pre-commit \u94A9\u5B50 ${file}`,
		hookChained: (file, chained) => `\u5DF2\u5B89\u88C5 pre-commit \u94A9\u5B50 ${file}\uFF1B\u539F\u6765\u7684\u94A9\u5B50\u5DF2\u6539\u540D\u4E3A ${chained}\uFF0C\u5E76\u4F1A\u5148\u8FD0\u884C`,
		alreadyInstalled: (file) => `\u5DF2\u7ECF\u5B89\u88C5\u5728 ${file} \u4E2D\uFF1B\u6CA1\u6709\u6539\u52A8`,
		huskyRemovedFile: (file) => `\u5DF2\u5220\u9664 ${file}\uFF08\u5176\u4E2D\u53EA\u6709 scan-keys \u8FD9\u4E00\u884C\uFF09`,
		huskyRemovedLine: (file) => `\u5DF2\u4ECE ${file} \u4E2D\u5220\u9664 scan-keys \u8FD9\u4E00\u884C`,
		hookRemovedRestored: (file) => `\u5DF2\u5220\u9664 scan-keys \u94A9\u5B50\uFF1B\u539F\u6765\u7684\u94A9\u5B50\u5DF2\u6062\u590D\u4E3A ${file}`,
		hookRemoved: (file) => `\u5DF2\u5220\u9664 scan-keys \u94A9\u5B50 ${file}`,
		notInstalled: (file) => `\u672A\u5B89\u88C5\uFF08${file} \u4E0D\u8FD0\u884C scan-keys\uFF09\uFF1B\u6CA1\u6709\u6539\u52A8`,
		sarifPairsWith: (line, column) => `\u4E0E\u7B2C ${line} \u884C\u7B2C ${column} \u5217\u914D\u5BF9`,
		sarifAssigned: "赋值给了密钥类名称",
		publicSignedUrl: "按设计公开（签名 URL）",
		temporaryCredential: "临时凭证",
		disableAndCreate: (url) => ` \u8BF7\u7981\u7528\u5B83\u5E76\u521B\u5EFA\u65B0\u7684\uFF1A${url}`,
		whatToDoNowHeading: "现在该做什么",
		nextTimeHeading: "以后",
		guidesHeading: "参考文档",
		githubPairsWith: (line) => `\u4E0E\u7B2C ${line} \u884C\u914D\u5BF9`,
		githubNoCredentials: (files) => `scan-keys: \u672A\u53D1\u73B0\u51ED\u8BC1\uFF08\u5DF2\u626B\u63CF ${files} \u4E2A\u6587\u4EF6\uFF09`,
		githubSummary: (n, blocking, failOn, files) => `scan-keys: ${n} \u5904\u53D1\u73B0\uFF0C\u5176\u4E2D ${blocking} \u5904\u8FBE\u5230\u6216\u9AD8\u4E8E --fail-on ${failOn}\uFF08\u5DF2\u626B\u63CF ${files} \u4E2A\u6587\u4EF6\uFF09`,
		hook: {
			skipped: (reason) => `scan-keys\uFF1A\u63A8\u9001\u5DF2\u63A5\u53D7\uFF0C\u4F46\u672A\u7ECF\u626B\u63CF\uFF1A\u63A8\u9001\u9009\u9879 scan-keys.skip\uFF08\u539F\u56E0\uFF1A${reason}\uFF09`,
			skipRefused: "scan-keys：已忽略推送选项 scan-keys.skip：本服务器不允许跳过扫描（git config scan-keys.allowSkip true）",
			skipNoReason: "scan-keys：推送选项 scan-keys.skip 需要写明原因（git push -o scan-keys.skip=\"原因\"）；照常扫描",
			errorRejected: (why) => `scan-keys\uFF1A\u626B\u63CF\u65E0\u6CD5\u8FD0\u884C\uFF0C\u56E0\u6B64\u62D2\u7EDD\u672C\u6B21\u63A8\u9001\uFF08\u670D\u52A1\u5668\u8BBE\u7F6E scan-keys.onError=reject\uFF09\uFF1A${why}`,
			errorAccepted: (why) => `scan-keys\uFF1A\u8B66\u544A\uFF1A\u626B\u63CF\u65E0\u6CD5\u8FD0\u884C\uFF1B\u63A8\u9001\u5DF2\u63A5\u53D7\uFF0C\u4F46\u672A\u7ECF\u626B\u63CF\uFF08\u670D\u52A1\u5668\u8BBE\u7F6E scan-keys.onError=accept\uFF09\uFF1A${why}`,
			badSetting: (value) => `scan-keys.onError \u5FC5\u987B\u662F "reject" \u6216 "accept"\uFF0C\u800C\u4E0D\u662F "${value}"`
		},
		push: {
			rejected: (n) => `scan-keys\uFF1A\u63A8\u9001\u88AB\u62D2\u7EDD\uFF1A\u63A8\u9001\u7684\u63D0\u4EA4\u4E2D\u6709 ${n} \u4E2A\u5BC6\u94A5`,
			consoleLine: (provider, url) => `  ${provider}\uFF1A\u5373\u4F7F\u672C\u6B21\u63A8\u9001\u5DF2\u88AB\u62D2\u7EDD\uFF0C\u4E5F\u8BF7\u7ACB\u5373\u7981\u7528\u8BE5\u5BC6\u94A5\uFF1A${url}`,
			howTo: "要重新推送，请从引入密钥的提交中删除它（改为从环境变量或凭据管理服务中读取）：",
			amend: "  在最近一次提交中：删除密钥，`git add` 该文件，`git commit --amend`，然后推送",
			rebase: (sha) => `  \u5728\u66F4\u65E9\u7684\u63D0\u4EA4\u4E2D\uFF1A\`git rebase -i ${sha}^\`\uFF0C\u628A\u8BE5\u63D0\u4EA4\u6807\u8BB0\u4E3A \`edit\`\uFF0C\u5220\u9664\u5BC6\u94A5\uFF0C\`git commit --amend\`\uFF0C\`git rebase --continue\`\uFF0C\u7136\u540E\u63A8\u9001`,
			known: (n) => `scan-keys\uFF1A\u8B66\u544A\uFF1A\u672C\u4ED3\u5E93\u7684\u5386\u53F2\u4E2D\u5DF2\u6709 ${n} \u4E2A\u5BC6\u94A5\uFF08\u4E0D\u963B\u6B62\u672C\u6B21\u63A8\u9001\uFF1B\u8BF7\u5C06\u5176\u4ECE\u5386\u53F2\u4E2D\u5220\u9664\u5E76\u7981\u7528\uFF09\uFF1A`,
			below: (n) => `scan-keys\uFF1A\u63D0\u793A\uFF1A${n} \u4E2A\u53D1\u73B0\u4F4E\u4E8E\u5931\u8D25\u7EA7\u522B\uFF08\u4E0D\u963B\u6B62\uFF09`,
			clean: (commits, files, lines) => `scan-keys\uFF1A\u5DF2\u626B\u63CF ${commits} \u4E2A\u65B0\u63D0\u4EA4\uFF08${files} \u4E2A\u6587\u4EF6\uFF0C\u65B0\u589E ${lines} \u884C\uFF09\uFF1A\u6CA1\u6709\u53D1\u73B0\u5BC6\u94A5`,
			notACommit: (ref, type) => `scan-keys\uFF1A\u8B66\u544A\uFF1A${ref} \u6307\u5411 ${type}\uFF0C\u4E0D\u662F\u63D0\u4EA4\uFF1A\u672A\u626B\u63CF`
		},
		merge: {
			shared: (n) => `\u51FA\u73B0\u5728\u591A\u4E2A\u4ED3\u5E93\u4E2D\u7684\u5BC6\u94A5\uFF08${n}\uFF09`,
			byRepository: "按仓库",
			inRepos: (n) => `\u51FA\u73B0\u5728 ${n} \u4E2A\u4ED3\u5E93\u4E2D`,
			alsoIn: (...names) => `\u4E5F\u51FA\u73B0\u5728 ${names.join("、")}`,
			repoCounts: (findings, blocking, source) => `\uFF08${findings} \u4E2A\u53D1\u73B0\uFF0C${blocking} \u4E2A\u963B\u6B62\uFF1B${source}\uFF09`,
			summary: (keys, blocking, repos, shared) => `${repos} \u4E2A\u4ED3\u5E93\u4E2D\u5171\u6709 ${keys} \u4E2A\u5BC6\u94A5\uFF08${blocking} \u4E2A\u963B\u6B62\uFF09\uFF1B\u5176\u4E2D ${shared} \u4E2A\u51FA\u73B0\u5728\u591A\u4E2A\u4ED3\u5E93\u4E2D`,
			none: "没有发现密钥。",
			title: "scan-keys 组织审计报告"
		},
		html: {
			lang: "zh-CN",
			title: "scan-keys 审计报告",
			intro: (findings, scope, files, bytes, commits, version, masked) => `${scope ? `${scope}\u4E2D` : ""}\u5171 ${findings} \u5904\u53D1\u73B0\uFF1B\u5DF2\u626B\u63CF ${files} \u4E2A\u6587\u4EF6\uFF0C${bytes}${commits !== void 0 ? `\uFF0C${commits} \u4E2A\u63D0\u4EA4` : ""}\u3002scan-keys ${version}\u3002\u5BC6\u94A5\u503C${masked ? "已打码" : "<strong>未打码</strong>"}\u3002`,
			fail: (n, failOn) => `${n} \u5904\u53D1\u73B0\u8FBE\u5230\u6216\u9AD8\u4E8E ${failOn}\uFF1A\u8FD9\u4E9B\u51ED\u8BC1\u9700\u8981\u7981\u7528\u3002`,
			pass: (failOn) => `\u6CA1\u6709\u8FBE\u5230\u6216\u9AD8\u4E8E ${failOn} \u7684\u53D1\u73B0\u3002`,
			byProvider: "按云厂商和严重程度统计",
			provider: "云厂商",
			total: "合计",
			stillAtHead: "仍在 HEAD 中",
			noCredentials: "未发现凭证。",
			timeline: "时间线：每个密钥何时引入",
			date: "日期",
			commit: "提交",
			author: "作者",
			fileLine: "文件:行",
			rule: "规则",
			severity: "严重程度",
			value: "值",
			commitsHolding: "包含它的提交数",
			workingTree: "工作区",
			yesStill: "是：仍在文件中",
			no: "否",
			remediation: "处置建议"
		},
		rules: {
			rule: "规则",
			alone: "单独",
			paired: "配对",
			detects: "检测内容",
			footer: (n) => `\u5171 ${n} \u6761\u89C4\u5219\u3002\u201C\u5355\u72EC\u201D\uFF1A\u5355\u72EC\u51FA\u73B0\u65F6\u7684\u4E25\u91CD\u7A0B\u5EA6\uFF1B\u201C\u914D\u5BF9\u201D\uFF1A\u4E0E\u5176 ID \u6216\u5BC6\u94A5\u76F8\u90BB\u65F6\u7684\u4E25\u91CD\u7A0B\u5EA6\uFF08\u2014 \u8868\u793A\u4E0D\u9002\u7528\uFF09\u3002`
		}
	};
}));
// dist/cjs/core.cjs
var require_core$1 = /* @__PURE__ */ __commonJSMin$1(((exports) => {
	const require_rolldown_runtime = require_rolldown_runtime$1();
	const require_base = require_base$1();
	let node_fs = require("node:fs");
	let node_path = require("node:path");
	let node_url = require("node:url");
	let node_module = require("node:module");
	let node_crypto = require("node:crypto");
	let node_util = require("node:util");
	function typeOf(value) {
		if (value === null) return "null";
		if (Array.isArray(value)) return "array";
		if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
		return typeof value;
	}
	function typeMatches(actual, expected) {
		return actual === expected || expected === "number" && actual === "integer";
	}
	function validateSchema(value, schema, root = schema, path = "") {
		if (schema.$ref) {
			const name = schema.$ref.replace(/^#\/\$defs\//, "");
			const target = root.$defs?.[name];
			if (!target) return [{
				path,
				message: `schema error: unknown $ref ${schema.$ref}`
			}];
			return validateSchema(value, target, root, path);
		}
		if (schema.oneOf) {
			const { oneOf, ...rest } = schema;
			const issues = Object.keys(rest).length === 0 ? [] : validateSchema(value, rest, root, path);
			if (issues.some((i) => i.path === path && i.message.startsWith("must be "))) return issues;
			return [...issues, ...checkOneOf(value, oneOf ?? [], root, path)];
		}
		const issues = [];
		const actual = typeOf(value);
		if (schema.type) {
			const types = Array.isArray(schema.type) ? schema.type : [schema.type];
			if (!types.some((t) => typeMatches(actual, t))) return [{
				path,
				message: `must be ${types.join(" or ")}, got ${actual}`
			}];
		}
		if (schema.enum && !schema.enum.includes(value)) issues.push({
			path,
			message: `must be one of ${schema.enum.map((e) => JSON.stringify(e)).join(", ")}`
		});
		if (typeof value === "string") {
			if (schema.minLength !== void 0 && value.length < schema.minLength) issues.push({
				path,
				message: `must be at least ${schema.minLength} characters`
			});
			if (schema.pattern !== void 0 && !new RegExp(schema.pattern, "u").test(value)) issues.push({
				path,
				message: `must match /${schema.pattern}/`
			});
		}
		if (typeof value === "number") {
			if (schema.minimum !== void 0 && value < schema.minimum) issues.push({
				path,
				message: `must be >= ${schema.minimum}`
			});
			if (schema.maximum !== void 0 && value > schema.maximum) issues.push({
				path,
				message: `must be <= ${schema.maximum}`
			});
		}
		if (Array.isArray(value)) {
			if (schema.minItems !== void 0 && value.length < schema.minItems) issues.push({
				path,
				message: `must have at least ${schema.minItems} item(s)`
			});
			if (schema.items) value.forEach((item, i) => issues.push(...validateSchema(item, schema.items, root, `${path}[${i}]`)));
		}
		if (actual === "object") {
			const obj = value;
			for (const key of schema.required ?? []) if (!(key in obj)) issues.push({
				path: join$1(path, key),
				message: "is required"
			});
			for (const [key, child] of Object.entries(obj)) {
				const sub = schema.properties?.[key];
				if (sub) issues.push(...validateSchema(child, sub, root, join$1(path, key)));
				else if (schema.additionalProperties === false) issues.push({
					path: join$1(path, key),
					message: "is not a known field"
				});
				else if (typeof schema.additionalProperties === "object") issues.push(...validateSchema(child, schema.additionalProperties, root, join$1(path, key)));
			}
		}
		return issues;
	}
	function requiredAlternatives(alternatives) {
		const names = [];
		for (const alt of alternatives) {
			if (Object.keys(alt).length !== 1 || alt.required?.length !== 1) return void 0;
			names.push(alt.required[0]);
		}
		return names;
	}
	function checkOneOf(value, alternatives, root, path) {
		const results = alternatives.map((s) => validateSchema(value, s, root, path));
		const matched = results.filter((r) => r.length === 0).length;
		if (matched === 1) return [];
		const fields = typeOf(value) === "object" ? requiredAlternatives(alternatives) : void 0;
		if (fields) {
			const list = fields.map((f) => `"${f}"`).join(", ");
			return [{
				path,
				message: matched === 0 ? `needs one of ${list}` : `must have only one of ${list}`
			}];
		}
		if (matched > 1) return [{
			path,
			message: "matches more than one alternative"
		}];
		return results.sort((a, b) => a.length - b.length)[0] ?? [];
	}
	function join$1(path, key) {
		return path ? `${path}.${key}` : key;
	}
	var PatternError = class extends Error {
		constructor(message) {
			super(message);
			this.name = "PatternError";
		}
	};
	const DEFAULT_BOUNDARY = "A-Za-z0-9";
	const KEY_MARK = "@@KEY@@";
	function describe$1(source, data, issue) {
		const m = /^rules\[(\d+)\](?:\.(.*))?$/.exec(issue.path);
		if (m) {
			const id = data.rules?.[Number(m[1])]?.id;
			return `${source}: ${typeof id === "string" ? `rule "${id}" (rules[${m[1]}])` : `rules[${m[1]}]`}: ${m[2] ? `field "${m[2]}"` : "the rule"} ${issue.message}`;
		}
		return `${source}: ${issue.path ? `field "${issue.path}"` : "the file"} ${issue.message}`;
	}
	function compileRegex(source, where, flags) {
		try {
			return new RegExp(source, flags);
		} catch (err) {
			throw new PatternError(`${where}: invalid regular expression: ${err.message}`);
		}
	}
	function checkLinear(pattern) {
		if (/\\[1-9]|\\k</.test(pattern)) return "back-references are not allowed";
		const stack = [];
		let inClass = false;
		const quantifierAt = (i) => {
			const c = pattern[i];
			if (c === "*" || c === "+" || c === "?") return c;
			if (c === "{" && /^\{\d+(?:,\d*)?\}/.test(pattern.slice(i))) return c;
		};
		for (let i = 0; i < pattern.length; i++) {
			const c = pattern[i];
			if (c === "\\") {
				i++;
				continue;
			}
			if (inClass) {
				if (c === "]") inClass = false;
				continue;
			}
			const top = stack[stack.length - 1];
			if (c === "[") {
				inClass = true;
				if (pattern[i + 1] === "]") i++;
			} else if (c === "(") {
				const rest = pattern.slice(i + 1);
				const lookaround = /^\?(?:=|!|<=|<!)/.test(rest);
				const prefix = /^\?(?:<=|<!|[:=!]|<[A-Za-z_$][\w$]*>)/.exec(rest);
				stack.push({
					quantified: false,
					alternation: false,
					lookaround
				});
				if (prefix) i += prefix[0].length;
			} else if (c === ")") {
				const g = stack.pop() ?? {
					quantified: false,
					alternation: false,
					lookaround: false
				};
				const q = quantifierAt(i + 1);
				if (g.lookaround && g.quantified) return "a lookaround contains a quantifier (it re-scans the text at every position)";
				if (q && q !== "?" && g.quantified) return "a quantified group contains a quantifier (nested quantifiers can backtrack exponentially)";
				if (q && q !== "?" && g.alternation) return "an alternation is under a quantifier (overlapping branches like (a|a)* can backtrack exponentially)";
				const parent = stack[stack.length - 1];
				if (parent) {
					parent.quantified ||= g.quantified || q !== void 0;
					parent.alternation ||= g.alternation;
				}
			} else if (c === "|") {
				if (top) top.alternation = true;
			} else if (top && quantifierAt(i)) top.quantified = true;
		}
	}
	function maxMatchLength(pattern) {
		let total = 0;
		let best = 0;
		const stack = [];
		let last = 0;
		for (let i = 0; i < pattern.length; i++) {
			const c = pattern[i];
			let unit = -1;
			if (c === "\\") {
				i++;
				unit = 1;
			} else if (c === "[") {
				const end = pattern.indexOf("]", i + 1 + (pattern[i + 1] === "]" ? 1 : 0));
				i = end < 0 ? pattern.length : end;
				unit = 1;
			} else if (c === "(") {
				stack.push({
					total,
					best
				});
				total = 0;
				best = 0;
				if (pattern.startsWith("?:", i + 1)) i += 2;
				continue;
			} else if (c === "|") {
				best = Math.max(best, total);
				total = 0;
				continue;
			} else if (c === ")") {
				const inner = Math.max(best, total);
				const outer = stack.pop() ?? {
					total: 0,
					best: 0
				};
				total = outer.total;
				best = outer.best;
				unit = inner;
			} else if (c === "*" || c === "+") return Infinity;
			else if (c === "{") {
				const end = pattern.indexOf("}", i);
				const m = /^\{(\d+)(?:,(\d*))?\}$/.exec(pattern.slice(i, end + 1));
				if (!m) return Infinity;
				const max = m[2] === void 0 ? Number(m[1]) : m[2] === "" ? Infinity : Number(m[2]);
				total += last * (max - 1);
				i = end;
				continue;
			} else if (c === "?") continue;
			else unit = 1;
			total += unit;
			last = unit;
		}
		return Math.max(best, total);
	}
	function bounded(pattern, boundary) {
		return `(?<![${boundary.replace(/=/g, "") || "A-Za-z0-9"}])(?:${pattern})(?![${boundary}])`;
	}
	function compilePatterns(sources, schema) {
		return compile(sources, schema);
	}
	function compileTrustedPatterns(sources) {
		return compile(sources, void 0);
	}
	function compile(sources, schema) {
		const check = schema !== void 0;
		const messages = [];
		if (schema) for (const { name, data } of sources) for (const issue of validateSchema(data, schema)) messages.push(describe$1(name, data, issue));
		if (messages.length > 0) throw new PatternError(messages.join("\n"));
		const providers = [];
		const rawById = /* @__PURE__ */ new Map();
		for (const { name, data } of sources) {
			const file = data;
			if (providers.some((p) => p.id === file.provider)) {
				messages.push(`${name}: field "provider" "${file.provider}" is already defined by another file`);
				continue;
			}
			const words = check ? checkLinear(file.contextWords) : void 0;
			if (words) messages.push(`${name}: field "contextWords" ${words}`);
			else if (check && !Number.isFinite(maxMatchLength(file.contextWords))) messages.push(`${name}: field "contextWords" must have a bounded length (use {n,m}, not * or +)`);
			const provider = Object.freeze({
				id: file.provider,
				name: file.name,
				contextWords: compileRegex(file.contextWords, `${name}: field "contextWords"`, "gi"),
				denylist: new Set(file.denylist ?? []),
				remediation: file.remediation,
				...file.i18n ? { i18n: file.i18n } : {}
			});
			providers.push(provider);
			if (check) {
				for (const [lang, t] of Object.entries(file.i18n ?? {})) for (const id of Object.keys(t?.rules ?? {})) if (!file.rules.some((r) => r.id === id)) messages.push(`${name}: field "i18n.${lang}.rules.${id}" names no rule of this file`);
			}
			file.rules.forEach((raw, i) => {
				const where = `${name}: rule "${raw.id}" (rules[${i}])`;
				if (rawById.has(raw.id)) messages.push(`${where}: field "id" duplicates another rule`);
				rawById.set(raw.id, {
					raw,
					where,
					provider
				});
			});
		}
		const rules = /* @__PURE__ */ new Map();
		for (const [id, { raw, where, provider }] of rawById) try {
			rules.set(id, compileRule(raw, where, provider, check));
		} catch (err) {
			messages.push(err.message);
		}
		for (const [id, { raw, where }] of rawById) {
			const rule = rules.get(id);
			if (!rule) continue;
			const partners = [];
			for (const other of raw.pairsWith ?? []) {
				const partner = rules.get(other);
				if (!partner && rawById.has(other)) continue;
				if (!partner) messages.push(`${where}: field "pairsWith" names unknown rule "${other}"`);
				else if (partner.role === "secret") messages.push(`${where}: field "pairsWith" must name id or token rules, "${other}" is a secret rule`);
				else partners.push(partner);
			}
			rule.pairsWith = Object.freeze(partners);
			const needs = [];
			for (const other of raw.needs ?? []) {
				const partner = rules.get(other);
				if (!partner && rawById.has(other)) continue;
				if (!partner) messages.push(`${where}: field "needs" names unknown rule "${other}"`);
				else if (partner.role !== "secret" || (rawById.get(other)?.raw.needs?.length ?? 0) > 0) messages.push(`${where}: field "needs" must name secret rules without "needs", "${other}" is not one`);
				else needs.push(partner);
			}
			if (needs.length > 0 && rule.role !== "secret") messages.push(`${where}: field "needs" is for secret rules (no prefix)`);
			rule.needs = Object.freeze(needs);
			if (rule.role === "secret" && partners.length === 0 && !rule.names) messages.push(`${where}: a secret rule needs "pairsWith" or "names", or it can never be reported`);
		}
		if (messages.length > 0) throw new PatternError(messages.join("\n"));
		const all = [...rules.values()].map((r) => Object.freeze(r));
		return Object.freeze({
			providers: Object.freeze(providers),
			rules: Object.freeze(all),
			prefixed: Object.freeze(all.filter((r) => r.role !== "secret")),
			contextual: Object.freeze(all.filter((r) => r.role === "secret")),
			maxLength: all.reduce((m, r) => Math.max(m, r.maxLength), -Infinity),
			sources: Object.freeze(sources.map(({ name, data }) => ({
				name,
				data
			})))
		});
	}
	function checkRule(raw, where, maxLength) {
		compileRegex(raw.pattern, `${where}: field "pattern"`, "");
		const linear = checkLinear(raw.pattern);
		if (linear) throw new PatternError(`${where}: field "pattern" ${linear}`);
		if (/\((?!\?[:=!<])/.test(raw.pattern.replace(/\\./g, ""))) throw new PatternError(`${where}: field "pattern" must not contain capture groups; use (?:\u2026)`);
		if (!Number.isFinite(maxLength)) throw new PatternError(`${where}: field "pattern" must have a bounded length (use {n,m}, not * or +)`);
		if (raw.role !== "secret") {
			if (!raw.keywords || raw.keywords.length === 0) throw new PatternError(`${where}: field "keywords" is required for ${raw.role} rules (the literal every match starts with)`);
		}
		if (!/^(?:[^\\[\]]|\\.)*$/.test(raw.boundary ?? DEFAULT_BOUNDARY)) throw new PatternError(`${where}: field "boundary" must be the body of a character class (no unescaped [ or ])`);
		const linearNames = raw.names ? checkLinear(raw.names) : void 0;
		if (linearNames) throw new PatternError(`${where}: field "names" ${linearNames}`);
		for (const [i, p] of (raw.publicContext ?? []).entries()) {
			const linearContext = checkLinear(p);
			if (linearContext) throw new PatternError(`${where}: field "publicContext[${i}]" ${linearContext}`);
		}
		const anchored = compileRegex(`^(?:${raw.pattern})`, `${where}: field "pattern"`, "");
		for (const kw of raw.keywords ?? []) if (!anchored.test(kw + "A".repeat(maxLength))) throw new PatternError(`${where}: field "keywords": "${kw}" is not a prefix of the pattern`);
	}
	function compileRule(raw, where, provider, check) {
		const maxLength = maxMatchLength(raw.pattern);
		if (check) checkRule(raw, where, maxLength);
		const source = bounded(raw.pattern, raw.boundary ?? DEFAULT_BOUNDARY);
		const regex = compileRegex(source, `${where}: field "pattern"`, "g");
		const sticky = compileRegex(source, `${where}: field "pattern"`, "y");
		return {
			id: raw.id,
			title: raw.title,
			description: raw.description ?? raw.title,
			kind: raw.kind,
			role: raw.role,
			provider,
			regex,
			sticky,
			keywords: Object.freeze([...raw.keywords ?? []]),
			severity: raw.severity,
			pairedSeverity: raw.pairedSeverity ?? "critical",
			minEntropy: raw.minEntropy,
			aloneMinLength: raw.aloneMinLength,
			keepHex: raw.keepHex ?? false,
			pairsWith: [],
			needs: [],
			names: raw.names ? compileRegex(raw.names, `${where}: field "names"`, "i") : void 0,
			publicContext: Object.freeze((raw.publicContext ?? []).map((p, i) => compileRegex(p, `${where}: field "publicContext[${i}]"`, "i"))),
			temporary: raw.temporary ?? false,
			maxLength,
			examples: raw.examples
		};
	}
	const BUILTIN_PATTERN_DIR = (0, node_url.fileURLToPath)(new URL("../../patterns/", require("url").pathToFileURL(__filename).href));
	function readJson(file, shown) {
		let text;
		try {
			text = (0, node_fs.readFileSync)(file, "utf8");
		} catch (err) {
			throw new PatternError(`${shown}: cannot read: ${err.code ?? err.message}`);
		}
		try {
			return JSON.parse(text);
		} catch (err) {
			throw new PatternError(`${shown}: invalid JSON: ${err.message}`);
		}
	}
	function loadPatternSchema(dir = BUILTIN_PATTERN_DIR) {
		return readJson((0, node_path.join)(dir, "schema.json"), "patterns/schema.json");
	}
	function readPatternSources(dir = BUILTIN_PATTERN_DIR) {
		return (0, node_fs.readdirSync)(dir).filter((n) => n.endsWith(".json") && n !== "schema.json").sort().map((n) => {
			const file = (0, node_path.join)(dir, n);
			const shown = dir === BUILTIN_PATTERN_DIR ? `patterns/${n}` : (0, node_path.relative)(process.cwd(), file) || file;
			return {
				name: shown,
				data: readJson(file, shown)
			};
		});
	}
	let builtin;
	function loadPatterns(extra = []) {
		if (extra.length > 0) return compilePatterns([...readPatternSources(), ...extra], loadPatternSchema());
		return builtin ??= compileTrustedPatterns(readPatternSources());
	}
	function applyAllowlist(findings, rules) {
		if (rules.length === 0) return {
			kept: findings,
			allowed: []
		};
		const kept = [];
		const allowed = [];
		for (const f of findings) {
			const rule = rules.find((r) => r.fingerprint !== void 0 ? r.fingerprint === f.fingerprint : r.value !== void 0 && r.value.test(f.secret));
			if (rule) allowed.push({
				finding: f,
				reason: rule.reason
			});
			else kept.push(f);
		}
		return {
			kept,
			allowed
		};
	}
	const BASELINE_FILE = ".scan-keys-baseline.json";
	var BaselineError = class extends Error {
		constructor(message) {
			super(message);
			this.name = "BaselineError";
		}
	};
	function keyOf(e) {
		return `${e.ruleId}\u0000${e.fingerprint}\u0000${e.file}`;
	}
	function compareEntries(a, b) {
		return a.file < b.file ? -1 : a.file > b.file ? 1 : a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0;
	}
	function baselineEntries(findings, pathOf = (f) => f) {
		const unique = /* @__PURE__ */ new Map();
		for (const f of findings) {
			const e = {
				ruleId: f.ruleId,
				fingerprint: f.fingerprint,
				file: pathOf(f.file)
			};
			unique.set(keyOf(e), e);
		}
		return [...unique.values()].sort(compareEntries);
	}
	function renderBaseline(entries) {
		const doc = {
			version: 1,
			tool: "scan-keys",
			findings: [...entries].sort(compareEntries).map((e) => ({
				file: e.file,
				ruleId: e.ruleId,
				fingerprint: e.fingerprint
			}))
		};
		return JSON.stringify(doc, null, 2) + "\n";
	}
	function parseBaseline(text, source) {
		let doc;
		try {
			doc = JSON.parse(text);
		} catch (err) {
			throw new BaselineError(`${source}: invalid JSON: ${err.message}`);
		}
		const d = doc;
		if (typeof doc !== "object" || doc === null || d.version !== 1 || !Array.isArray(d.findings)) throw new BaselineError(`${source}: not a scan-keys baseline (version 1 with a "findings" array); write one with scan-keys baseline`);
		return d.findings.map((raw, i) => {
			const e = raw;
			if (typeof e?.ruleId !== "string" || typeof e.file !== "string" || typeof e.fingerprint !== "string" || !/^[0-9a-f]{32}$/.test(e.fingerprint)) throw new BaselineError(`${source}: field "findings[${i}]" needs "file", "ruleId" and a 32-hex "fingerprint"`);
			return {
				ruleId: e.ruleId,
				fingerprint: e.fingerprint,
				file: e.file
			};
		});
	}
	function applyBaseline(findings, entries, pathOf = (f) => f) {
		const known = new Map(entries.map((e) => [keyOf(e), e]));
		const used = /* @__PURE__ */ new Set();
		const kept = [];
		const baselined = [];
		for (const f of findings) {
			const key = keyOf({
				ruleId: f.ruleId,
				fingerprint: f.fingerprint,
				file: pathOf(f.file)
			});
			if (known.has(key)) {
				used.add(key);
				baselined.push(f);
			} else kept.push(f);
		}
		return {
			kept,
			baselined,
			stale: [...known.entries()].filter(([k]) => !used.has(k)).map(([, e]) => e).sort(compareEntries)
		};
	}
	const SEGMENT = /^[A-Za-z0-9_.*-]+$/;
	function simpleGlobSource(glob) {
		if (process.platform === "win32") return void 0;
		const segments = glob.split("/");
		const n = segments.length;
		let out = "";
		for (let i = 0; i < n; i++) {
			const seg = segments[i];
			if (seg === "**") {
				if (i > 0 && segments[i - 1] === "**") return void 0;
				const last = i > 0 && i === n - 1 && segments[i - 1].endsWith("*") ? "/.*" : "(?:/.*)?";
				out += n === 1 ? ".*" : i === 0 ? "(?:.*/)?" : i === n - 1 ? last : "/(?:.*/)?";
				continue;
			}
			if (!SEGMENT.test(seg) || seg.indexOf("*") !== seg.lastIndexOf("*") || /^\.+$/.test(seg)) return void 0;
			if (i > 0 && segments[i - 1] !== "**") out += "/";
			out += seg === "*" ? "[^/]+" : seg.replace(/\./g, "\\.").replace(/\*/g, "[^/]*");
		}
		return `^(?:${out})$`;
	}
	function isPlainPath(path) {
		return path !== "" && !/(?:^|\/)\.{0,2}(?:\/|$)|[\n\r\u2028\u2029]/.test(path);
	}
	function compileSimpleGlobs(globs) {
		const sources = [];
		for (const glob of globs) {
			const source = simpleGlobSource(glob);
			if (source === void 0) return void 0;
			sources.push(source);
		}
		return new RegExp(sources.join("|"));
	}
	var ConfigError = class extends Error {
		constructor(message) {
			super(message);
			this.name = "ConfigError";
		}
	};
	const EMPTY_CONFIG = {
		isPathIgnored: () => false,
		allowRules: [],
		patterns: []
	};
	let micromatchModule;
	function micromatch() {
		return micromatchModule ??= typeof require === "function" ? require_micromatch() : (0, node_module.createRequire)(require("url").pathToFileURL(__filename).href)("micromatch");
	}
	function matcherOf(globs) {
		if (globs.length === 0) return void 0;
		let full;
		const slow = (path) => (full ??= micromatch().matcher(globs, { dot: true }))(path);
		const fast = compileSimpleGlobs(globs);
		return fast ? (path) => isPlainPath(path) ? fast.test(path) : slow(path) : slow;
	}
	function compileValue(source) {
		let regex;
		try {
			regex = new RegExp(source);
		} catch (err) {
			return { problem: `is not a valid regular expression: ${err.message}` };
		}
		const linear = checkLinear(source);
		return linear ? { problem: linear } : { regex };
	}
	function compileConfig(data, schema, source, options = {}) {
		const issues = validateSchema(data, schema);
		const raw = issues.length === 0 ? data : typeof data === "object" && data !== null ? data : {};
		const allowRules = [];
		(Array.isArray(raw.allow) ? raw.allow : []).forEach((entry, i) => {
			if (typeof entry !== "object" || entry === null) return;
			if (typeof entry.value === "string") {
				const { regex, problem } = compileValue(entry.value);
				if (problem) issues.push({
					path: `allow[${i}].value`,
					message: problem
				});
				else allowRules.push({
					reason: entry.reason,
					value: regex
				});
			} else if (typeof entry.fingerprint === "string") allowRules.push({
				reason: entry.reason,
				fingerprint: entry.fingerprint
			});
		});
		const patterns = [];
		if (Array.isArray(raw.patterns)) raw.patterns.forEach((p, i) => {
			if (options.patternSchema) for (const issue of validateSchema(p, options.patternSchema)) issues.push({
				path: `patterns[${i}]${issue.path ? (issue.path.startsWith("[") ? "" : ".") + issue.path : ""}`,
				message: issue.message
			});
			patterns.push({
				name: `${source}: patterns[${i}]`,
				data: p
			});
		});
		if (issues.length > 0) throw new ConfigError(issues.map((i) => `${source}: ${i.path ? `field "${i.path}"` : "the file"} ${i.message}`).join("\n"));
		const skip = matcherOf([...raw.exclude ?? [], ...(raw.allow ?? []).flatMap((a) => a.path ? [a.path] : [])]);
		const include = matcherOf(raw.include ?? []);
		const toGlobPath = options.toGlobPath ?? ((p) => p);
		return {
			isPathIgnored: !skip && !include ? () => false : (path, base) => {
				const rel = toGlobPath(path, base);
				if (rel === void 0) return false;
				if (include && !include(rel)) return true;
				return skip ? skip(rel) : false;
			},
			allowRules,
			patterns,
			...raw.failOn !== void 0 ? { failOn: raw.failOn } : {},
			...raw.maxFileSize !== void 0 ? { maxFileSize: raw.maxFileSize } : {},
			...raw.lang !== void 0 ? { lang: raw.lang } : {}
		};
	}
	const counts = /* @__PURE__ */ new Int32Array(256);
	const order = /* @__PURE__ */ new Int32Array(256);
	function shannonEntropy(value) {
		if (value.length === 0) return 0;
		for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) > 255) return shannonEntropyWide(value);
		let distinct = 0;
		for (let i = 0; i < value.length; i++) {
			const c = value.charCodeAt(i);
			if (counts[c] === 0) order[distinct++] = c;
			counts[c]++;
		}
		let bits = 0;
		for (let k = 0; k < distinct; k++) {
			const c = order[k];
			const p = counts[c] / value.length;
			bits -= p * Math.log2(p);
			counts[c] = 0;
		}
		return bits;
	}
	function shannonEntropyWide(value) {
		const m = /* @__PURE__ */ new Map();
		for (let i = 0; i < value.length; i++) {
			const c = value.charCodeAt(i);
			m.set(c, (m.get(c) ?? 0) + 1);
		}
		let bits = 0;
		for (const n of m.values()) {
			const p = n / value.length;
			bits -= p * Math.log2(p);
		}
		return bits;
	}
	function defaultEntropyFloor(length) {
		if (length <= 16) return 2.8;
		if (length <= 24) return 3.3;
		if (length <= 40) return 3.5;
		return 3.8;
	}
	const WORDS_OF_PLACEHOLDERS = "example|sample|fake|dummy|placeholder|changeme|redacted";
	const PLACEHOLDER_WORDS = new RegExp(`${WORDS_OF_PLACEHOLDERS}|^(?:LTAI|AKID|STS\\.)?your`, "i");
	const RUN$1 = /(.)\1{4}/;
	const SEQUENCES = [
		"abcdef",
		"bcdefg",
		"123456",
		"234567",
		"012345",
		"qwerty"
	];
	const PLACEHOLDER_EDGE = new RegExp(`^(?:LTAI|AKID|STS\\.|CAIS|CAES)?(?:${WORDS_OF_PLACEHOLDERS}|your)|(?:${WORDS_OF_PLACEHOLDERS})=*$`, "i");
	const LONG_VALUE = 64;
	function isPlaceholder(value) {
		if ((value.length > LONG_VALUE ? PLACEHOLDER_EDGE : PLACEHOLDER_WORDS).test(value) || RUN$1.test(value)) return true;
		const lower = value.toLowerCase();
		return SEQUENCES.some((s) => lower.includes(s));
	}
	const IDENTIFIER = /^(?:[a-z]{2,}|[A-Z][a-z]{2,})(?:[A-Z][a-z]{2,}|[A-Z]{1,6}(?![a-z])|[0-9]{1,4})*$/;
	const WORDS = new RegExp(`^(?:[a-z]{2,}|[A-Z][a-z]{2,})(?:[A-Z][a-z]{2,}|(?:By|To|Of|In|On|Id|Is|At|As|Or|No|Up|Do|If|Ip|Io|Db|Ui|Os|My|We|Ok|Go|Be|An|Me|Js|Vm)(?![a-z]))+[0-9]{0,2}$`);
	function isIdentifier(value) {
		return IDENTIFIER.test(value) || WORDS.test(value);
	}
	function isWordTail(tail) {
		return tail.length >= 20 && WORDS.test(tail);
	}
	function hasRedactedTail(value) {
		const v = value.replace(/=+$/, "");
		if (/(?:xxx|XXX)$/.test(v)) return true;
		const tail = v.slice(-5);
		if (tail.length < 5 || !/^(?:[0-9]+|[a-z]+|[A-Z]+)$/.test(tail)) return false;
		let up = true;
		let down = true;
		for (let i = 1; i < 5; i++) {
			const d = tail.charCodeAt(i) - tail.charCodeAt(i - 1);
			if (d !== 1) up = false;
			if (d !== -1) down = false;
		}
		return up || down;
	}
	function isRedactedExample(value) {
		return value.length >= 16 && hasRedactedTail(value) && !isPlaceholder(value.replace(/=+$/, "").slice(0, -5));
	}
	function queryParamBefore(s, start) {
		const from = Math.max(0, start - 512);
		const before = s.slice(from, start);
		const m = /\?(?:[^\s"'<>`?]*&)?([\w.-]+)=$/.exec(before);
		if (!m) return void 0;
		return /[\s"'<>`]/.test(before.slice(m.index)) ? void 0 : m[1];
	}
	const SECRET_PARAM = /secret|access_?key(?!_?id)|(?:^|[-_])sk$|passw/i;
	function isLinkToken(s, start) {
		const name = queryParamBefore(s, start);
		return name !== void 0 && !SECRET_PARAM.test(name);
	}
	function isHexDigest(value) {
		return /^(?:[0-9a-f]+|[0-9A-F]+)$/.test(value);
	}
	const B64 = Uint8Array.from({ length: 256 }, (_, c) => /[A-Za-z0-9+/]/.test(String.fromCharCode(c)) ? 1 : 0);
	const isB64 = (c) => c < 256 && B64[c] === 1;
	function isInBase64Run(s, start, end) {
		let from = start;
		const fromLimit = Math.max(0, start - 4096);
		while (from > fromLimit && isB64(s.charCodeAt(from - 1))) from--;
		let to = end;
		const toLimit = Math.min(s.length, end + 4096);
		while (to < toLimit && isB64(s.charCodeAt(to))) to++;
		if (from === start && to === end) return false;
		if (to - from - (end - start) >= 16) return true;
		if (s[to] === "=" && to > end) return true;
		return /(?:\bh1:|\bsha(?:1|256|384|512)[-:])$/.test(s.slice(Math.max(0, from - 8), from));
	}
	function isExampleValue(provider, value) {
		return provider.denylist.has(value) || isRedactedExample(value);
	}
	const RULE_DATA_HEAD = /^\s*\{\s*"\$schema"\s*:\s*"[^"\n]*schema\.json"\s*,\s*"provider"\s*:\s*"[a-z][a-z0-9-]*"\s*,/;
	function isRuleData(head) {
		return RULE_DATA_HEAD.test(head) && head.includes("\"rules\"");
	}
	const RUN = /* @__PURE__ */ new Uint8Array(256);
	for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=_-") RUN[c.charCodeAt(0)] = 1;
	function isRun(code) {
		return code < 256 && RUN[code] === 1;
	}
	function inRunChars(c) {
		return c.length === 1 && RUN[c.charCodeAt(0)] === 1;
	}
	function escapedRunChar(c) {
		return inRunChars(c) && !/[A-Za-z0-9_]/.test(c);
	}
	function classWithinRun(body) {
		if (body.startsWith("^")) return false;
		for (let i = 0; i < body.length; i++) {
			let c = body[i];
			if (c === "\\") {
				c = body[++i] ?? "";
				if (!escapedRunChar(c)) return false;
				continue;
			}
			if (body[i + 1] === "-" && i + 2 < body.length) {
				const lo = c;
				const hi = body[i + 2];
				const ok = (a, b) => lo >= a && hi <= b && lo <= hi;
				if (!(ok("A", "Z") || ok("a", "z") || ok("0", "9"))) return false;
				i += 2;
				continue;
			}
			if (!inRunChars(c)) return false;
		}
		return true;
	}
	function runMinLength(pattern) {
		let total = 0;
		let best = Infinity;
		const stack = [];
		let last = 0;
		for (let i = 0; i < pattern.length; i++) {
			const c = pattern[i];
			let unit;
			if (c === "\\") {
				if (!escapedRunChar(pattern[++i] ?? "")) return void 0;
				unit = 1;
			} else if (c === "[") {
				const end = pattern.indexOf("]", i + 1);
				if (end < 0 || !classWithinRun(pattern.slice(i + 1, end))) return void 0;
				i = end;
				unit = 1;
			} else if (c === "(") {
				if (!pattern.startsWith("?:", i + 1)) return void 0;
				stack.push({
					total,
					best
				});
				total = 0;
				best = Infinity;
				i += 2;
				continue;
			} else if (c === "|") {
				best = Math.min(best, total);
				total = 0;
				continue;
			} else if (c === ")") {
				const inner = Math.min(best, total);
				const outer = stack.pop();
				if (!outer) return void 0;
				total = outer.total;
				best = outer.best;
				unit = inner;
			} else if (c === "{") {
				const end = pattern.indexOf("}", i);
				const m = /^\{(\d+)(?:,(\d*))?\}$/.exec(pattern.slice(i, end + 1));
				if (!m) return void 0;
				total += last * (Number(m[1]) - 1);
				last = 0;
				i = end;
				continue;
			} else if (c === "?" || c === "*") {
				total -= last;
				last = 0;
				continue;
			} else if (c === "+") {
				last = 0;
				continue;
			} else if (inRunChars(c)) unit = 1;
			else return;
			total += unit;
			last = unit;
		}
		if (stack.length > 0) return void 0;
		return Math.min(best, total);
	}
	function runChars(pattern) {
		const table = tableOf(pattern);
		return table && internTable(table);
	}
	function tableOf(pattern) {
		if (runMinLength(pattern) === void 0) return void 0;
		const table = /* @__PURE__ */ new Uint8Array(256);
		for (let i = 0; i < pattern.length; i++) {
			const c = pattern[i];
			if (c === "\\") table[pattern[++i].charCodeAt(0)] = 1;
			else if (c === "[") {
				const end = pattern.indexOf("]", i + 1);
				const body = pattern.slice(i + 1, end);
				for (let j = 0; j < body.length; j++) {
					let ch = body[j];
					if (ch === "\\") ch = body[++j];
					else if (body[j + 1] === "-" && j + 2 < body.length) {
						for (let k = ch.charCodeAt(0); k <= body.charCodeAt(j + 2); k++) table[k] = 1;
						j += 2;
						continue;
					}
					table[ch.charCodeAt(0)] = 1;
				}
				i = end;
			} else if (c === "{") i = pattern.indexOf("}", i);
			else if (inRunChars(c)) table[c.charCodeAt(0)] = 1;
		}
		return table;
	}
	function allLongRuns(s, min) {
		const out = [];
		const n = s.length;
		const step = Math.max(1, min >> 1);
		let done = 0;
		for (let p = step - 1; p < n; p += step) {
			if (!isRun(s.charCodeAt(p))) continue;
			let a = p;
			while (a > done && isRun(s.charCodeAt(a - 1))) a--;
			let b = p + 1;
			while (b < n && isRun(s.charCodeAt(b))) b++;
			if (b - a >= min) out.push(a, b);
			done = b;
			let next = Math.floor(b / step) * step + step - 1;
			if (next <= b) next += step;
			p = next - step;
		}
		return out;
	}
	function subRuns(s, runs, table, min) {
		const out = [];
		for (let r = 0; r < runs.length; r += 2) {
			const a = runs[r];
			const b = runs[r + 1];
			if (b - a < min) continue;
			let start = -1;
			for (let i = a; i <= b; i++) if (i < b && table[s.charCodeAt(i)] === 1) {
				if (start < 0) start = i;
			} else if (start >= 0) {
				if (i - start >= min) out.push(start, i);
				start = -1;
			}
		}
		return out;
	}
	var TextRuns = class {
		text;
		min;
		all;
		byShape = /* @__PURE__ */ new Map();
		short = /* @__PURE__ */ new Map();
		constructor(text, min) {
			this.text = text;
			this.min = Math.max(2, min);
		}
		runsOf(chars, min) {
			let byMin = this.byShape.get(chars);
			if (!byMin) this.byShape.set(chars, byMin = /* @__PURE__ */ new Map());
			let runs = byMin.get(min);
			if (!runs) {
				if (min < this.min) runs = subRuns(this.text, this.shorter(min), chars, min);
				else {
					let base = byMin.get(this.min);
					if (!base) byMin.set(this.min, base = subRuns(this.text, this.all ??= allLongRuns(this.text, this.min), chars, this.min));
					runs = min === this.min ? base : longerThan(base, min);
				}
				byMin.set(min, runs);
			}
			return runs;
		}
		shorter(min) {
			let runs = this.short.get(min);
			if (!runs) this.short.set(min, runs = allLongRuns(this.text, Math.max(2, min)));
			return runs;
		}
	};
	function longerThan(runs, min) {
		const out = [];
		for (let r = 0; r < runs.length; r += 2) if (runs[r + 1] - runs[r] >= min) out.push(runs[r], runs[r + 1]);
		return out;
	}
	const tables = /* @__PURE__ */ new Map();
	function internTable(table) {
		const key = String.fromCharCode(...table);
		let t = tables.get(key);
		if (!t) tables.set(key, t = table);
		return t;
	}
	const MIN_RUN = 20;
	const MAX_RUN = 65536;
	function encodedForms(keyword) {
		const forms = [];
		for (let offset = 0; offset < 3; offset++) {
			const encoded = Buffer.concat([Buffer.alloc(offset), Buffer.from(keyword, "latin1")]).toString("base64");
			const firstBit = offset * 8;
			const endBit = firstBit + keyword.length * 8;
			forms.push(encoded.slice(Math.ceil(firstBit / 6), Math.floor(endBit / 6)));
		}
		return forms;
	}
	const cache = /* @__PURE__ */ new Map();
	function formsRegex(keywords) {
		const key = keywords.join("\0");
		let re = cache.get(key);
		if (!re) {
			const forms = [...new Set(keywords.flatMap(encodedForms))].sort((a, b) => b.length - a.length);
			re = new RegExp(forms.map((f) => f.replace(/[+/]/g, "\\$&")).join("|"), "g");
			cache.set(key, re);
		}
		return new RegExp(re.source, "g");
	}
	const B64_CHAR = /[A-Za-z0-9+/]/;
	function runAround(s, at) {
		let from = at;
		while (from > 0 && B64_CHAR.test(s[from - 1])) from--;
		let to = at;
		while (to < s.length && B64_CHAR.test(s[to])) to++;
		while (to < s.length && s[to] === "=" && to - from < MAX_RUN) to++;
		return [from, to];
	}
	function looksLikeText(d) {
		let bad = 0;
		for (let i = 0; i < d.length; i++) {
			const c = d.charCodeAt(i);
			if (c < 32 && c !== 9 && c !== 10 && c !== 13 || c === 127) bad++;
		}
		return bad * 50 <= d.length;
	}
	function decodeRun(run) {
		const usable = run.replace(/=+$/, "");
		return Buffer.from(usable.slice(0, usable.length - (usable.length % 4 === 1 ? 1 : 0)), "base64").toString("latin1");
	}
	const BARE_SECRET_RUN = /(?<![A-Za-z0-9+/])(?:[A-Za-z0-9+/]{40}|[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])/g;
	const BARE_SECRET = /^(?:[A-Za-z0-9]{30}|[A-Za-z0-9]{32})$/;
	const BARE_CHARS = internTable(Uint8Array.from({ length: 256 }, (_, c) => /[A-Za-z0-9+/]/.test(String.fromCharCode(c)) ? 1 : 0));
	function bareShapedRuns(s, textRuns) {
		const runs = textRuns.runsOf(BARE_CHARS, 40);
		let count = 0;
		for (let r = 0; r < runs.length; r += 2) {
			const n = runs[r + 1] - runs[r];
			if (n === 40 || n === 43) count++;
		}
		return count;
	}
	function decodedView(s, keywords, nearAnchor, reach, textRuns = new TextRuns(s, 40)) {
		const runs = /* @__PURE__ */ new Map();
		const re = formsRegex(keywords);
		for (let m = re.exec(s); m !== null; m = re.exec(s)) {
			const [from, to] = runAround(s, m.index);
			re.lastIndex = Math.max(to, m.index + 1);
			if (to - from < MIN_RUN || to - from > MAX_RUN || runs.has(from)) continue;
			const decoded = decodeRun(s.slice(from, to));
			if (keywords.some((k) => decoded.includes(k)) && looksLikeText(decoded)) runs.set(from, {
				end: to,
				decoded
			});
		}
		const encoded = [...runs.keys()].sort((a, b) => a - b);
		const bare = new RegExp(BARE_SECRET_RUN.source, "g");
		const bareRuns = nearAnchor === void 0 && encoded.length === 0 ? [] : textRuns.runsOf(BARE_CHARS, 40);
		for (let r = 0; r < bareRuns.length; r += 2) {
			const a = bareRuns[r];
			const b = bareRuns[r + 1];
			if (b - a !== 40 && b - a !== 43) continue;
			const sliceFrom = Math.max(0, a - 1);
			const region = s.slice(sliceFrom, Math.min(s.length, b + 2));
			bare.lastIndex = a - sliceFrom;
			for (let m = bare.exec(region); m !== null; m = bare.exec(region)) {
				const start = m.index + sliceFrom;
				if (runs.has(start)) continue;
				const decoded = decodeRun(m[0]);
				if (!BARE_SECRET.test(decoded)) continue;
				const from = start - reach + 1;
				const to = start + reach + 1;
				if (!encoded.some((x) => x >= from && x < to) && !nearAnchor?.(from, to)) continue;
				runs.set(start, {
					end: start + m[0].length,
					decoded
				});
			}
		}
		if (runs.size === 0) return void 0;
		const segments = [];
		let text = "";
		let copied = 0;
		for (const [start, { end, decoded }] of [...runs].sort((a, b) => a[0] - b[0])) {
			if (start < copied) continue;
			text += s.slice(copied, start);
			segments.push({
				viewStart: text.length,
				viewEnd: text.length + decoded.length,
				start,
				end
			});
			text += decoded;
			copied = end;
		}
		text += s.slice(copied);
		return {
			text,
			segments
		};
	}
	function segmentAt(view, i) {
		for (const seg of view.segments) {
			if (i < seg.viewStart) return void 0;
			if (i < seg.viewEnd) return seg;
		}
	}
	function toOriginal(view, i) {
		let shift = 0;
		for (const seg of view.segments) {
			if (i < seg.viewStart) break;
			if (i < seg.viewEnd) return seg.start;
			shift = seg.end - seg.viewEnd;
		}
		return i + shift;
	}
	const ESCAPE = /%(?:[0-7][0-9A-Fa-f])|\\(?:u00[0-7][0-9A-Fa-f]|x[0-7][0-9A-Fa-f]|["'nrtfv/\\])|&(?:quot|#34|#x22|apos|#39|amp|lt|gt);/g;
	function hasEscape(s) {
		return s.indexOf("%") !== -1 || s.indexOf("\\") !== -1 || s.indexOf("&") !== -1;
	}
	function decodeOne(e) {
		if (e[0] === "%") return String.fromCharCode(parseInt(e.slice(1), 16));
		if (e[0] === "\\") {
			const c = e[1];
			if (c === "u" || c === "x") return String.fromCharCode(parseInt(e.slice(2), 16));
			return c === "n" ? "\n" : c === "r" ? "\r" : c === "t" || c === "f" || c === "v" ? " " : c;
		}
		return {
			"&quot;": "\"",
			"&#34;": "\"",
			"&#x22;": "\"",
			"&apos;": "'",
			"&#39;": "'",
			"&amp;": "&",
			"&lt;": "<",
			"&gt;": ">"
		}[e] ?? e;
	}
	const ALNUM = /[A-Za-z0-9]/;
	function maskEscapes(s) {
		if (!hasEscape(s)) return s;
		return s.replace(ESCAPE, (e) => {
			const c = decodeOne(e);
			if (c.length !== 1 || ALNUM.test(c)) return e;
			return (c === "\n" || c === "\r" ? " " : c).repeat(e.length);
		});
	}
	function unescapeSeparators(text) {
		if (!hasEscape(text)) return text;
		return text.replace(ESCAPE, (e) => {
			const c = decodeOne(e);
			return ALNUM.test(c) ? e : c;
		});
	}
	const BLOCK = 4096;
	const LEAD = 64;
	var WordIndex = class {
		s;
		providers;
		searched = /* @__PURE__ */ new Map();
		regexes = /* @__PURE__ */ new Map();
		none;
		constructor(s, providers, none = false) {
			this.s = s;
			this.providers = providers;
			this.none = none;
		}
		get mayHave() {
			return !this.none;
		}
		get length() {
			return this.s.length;
		}
		hitsIn(provider, from, to) {
			const lo = Math.max(0, from);
			const hi = Math.min(this.s.length, to);
			const out = [];
			if (lo >= hi || this.none) return out;
			for (let b = Math.floor(lo / BLOCK); b * BLOCK < hi; b++) for (const at of this.block(provider, b)) if (at >= lo && at < hi) out.push(at);
			return out;
		}
		known(provider, from, to) {
			const lo = Math.max(0, from);
			const hi = Math.min(this.s.length, to);
			if (lo >= hi || this.none) return false;
			const blocks = this.searched.get(provider);
			if (!blocks) return void 0;
			let found = false;
			for (let b = Math.floor(lo / BLOCK); b * BLOCK < hi; b++) {
				const hits = blocks.get(b);
				if (!hits) return void 0;
				if (!found) {
					for (const at of hits) if (at >= lo && at < hi) found = true;
				}
			}
			return found;
		}
		anyIn(from, to) {
			return this.providers.some((p) => this.hitsIn(p, from, to).length > 0);
		}
		nearest(provider, pos, from, to) {
			let best;
			for (const at of this.hitsIn(provider, from, to)) if (best === void 0 || Math.abs(at - pos) < Math.abs(best - pos) || Math.abs(at - pos) === Math.abs(best - pos) && at < best) best = at;
			return best;
		}
		all(provider) {
			return this.hitsIn(provider, 0, this.s.length);
		}
		block(provider, b) {
			let blocks = this.searched.get(provider);
			if (!blocks) this.searched.set(provider, blocks = /* @__PURE__ */ new Map());
			let hits = blocks.get(b);
			if (hits) return hits;
			hits = [];
			let re = this.regexes.get(provider);
			if (!re) {
				re = new RegExp(provider.contextWords.source, "gi");
				this.regexes.set(provider, re);
			}
			const start = b * BLOCK;
			const end = Math.min(this.s.length, start + BLOCK);
			const sliceFrom = Math.max(0, start - LEAD);
			const region = this.s.slice(sliceFrom, Math.min(this.s.length, end + LEAD));
			re.lastIndex = 0;
			for (let m = re.exec(region); m !== null; m = re.exec(region)) {
				const at = m.index + sliceFrom;
				if (at >= end) break;
				if (at >= start) hits.push(at);
				if (m[0].length === 0) re.lastIndex++;
			}
			blocks.set(b, hits);
			return hits;
		}
	};
	const anyWords = /* @__PURE__ */ new WeakMap();
	function anyWord(s, providers) {
		let re = anyWords.get(providers);
		if (!re) {
			re = new RegExp(providers.map((p) => p.contextWords.source).join("|") || "(?!)", "i");
			anyWords.set(providers, re);
		}
		return re.test(s);
	}
	const CONTEXT_BYTES = 1024;
	const prepared = /* @__PURE__ */ new WeakMap();
	function escapeRegex(s) {
		return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
	}
	function prepare(set) {
		let p = prepared.get(set);
		if (!p) {
			const rulesByKeyword = /* @__PURE__ */ new Map();
			for (const rule of set.prefixed) for (const kw of rule.keywords) rulesByKeyword.set(kw, [...rulesByKeyword.get(kw) ?? [], rule]);
			const keywords = [...rulesByKeyword.keys()].sort((a, b) => b.length - a.length);
			const alternation = keywords.map(escapeRegex).join("|");
			const roots = keywords.map((kw) => /^[A-Za-z0-9]*/.exec(kw)?.[0] ?? "");
			const trigger = roots.some((r) => r === "") ? void 0 : new RegExp([...new Set(roots)].map(escapeRegex).join("|") || "(?!)");
			p = {
				keywordRegex: new RegExp(alternation || "(?!)", "g"),
				rulesByKeyword,
				trigger,
				keywords
			};
			prepared.set(set, p);
		}
		return p;
	}
	function passesValueFilters(rule, value) {
		if (rule.provider.denylist.has(value)) return false;
		if (isPlaceholder(value) || hasRedactedTail(value)) return false;
		if (rule.role !== "secret") {
			const kw = rule.keywords.find((k) => value.startsWith(k));
			if (kw !== void 0 && isWordTail(value.slice(kw.length))) return false;
		}
		const floor = rule.minEntropy ?? defaultEntropyFloor(value.length);
		return shannonEntropy(value) >= floor;
	}
	function passesSecretFilters(rule, value) {
		if (isIdentifier(value) || !rule.keepHex && isHexDigest(value)) return false;
		return passesValueFilters(rule, value);
	}
	let newlineCache;
	function newlinesOf(s) {
		if (newlineCache === void 0 || newlineCache.s !== s) {
			const at = [];
			for (let i = s.indexOf("\n"); i !== -1; i = s.indexOf("\n", i + 1)) at.push(i);
			newlineCache = {
				s,
				at
			};
		}
		return newlineCache.at;
	}
	function lowerBound(sorted, pos) {
		let lo = 0;
		let hi = sorted.length;
		while (lo < hi) {
			const mid = lo + hi >> 1;
			if (sorted[mid] < pos) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}
	function countNewlines(s, from, to, stopAfter) {
		if (to <= from) return 0;
		const at = newlinesOf(s);
		return Math.min(lowerBound(at, to) - lowerBound(at, from), stopAfter + 1);
	}
	function firstFrom(sorted, pos) {
		let lo = 0;
		let hi = sorted.length;
		while (lo < hi) {
			const mid = lo + hi >> 1;
			if (sorted[mid].start < pos) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}
	function gap(aStart, aEnd, bStart, bEnd) {
		return aEnd <= bStart ? bStart - aEnd : bEnd <= aStart ? aStart - bEnd : 0;
	}
	function isNear(s, a, b, maxLines) {
		if (gap(a.start, a.end, b.start, b.end) > 1024) return false;
		return countNewlines(s, Math.min(a.end, b.end), Math.max(a.start, b.start), maxLines) <= maxLines;
	}
	function isMasked(s, end) {
		return s.startsWith("***", end);
	}
	function isMaskedBefore(s, start) {
		return start >= 3 && s.startsWith("***", start - 3);
	}
	function shortTokenHasName(s, c) {
		const name = nameBefore(s, c.start);
		if (name === void 0) return false;
		if (c.rule.names?.test(name)) return true;
		return namesProvider(c.rule.provider, name);
	}
	const nameWords = /* @__PURE__ */ new WeakMap();
	function namesProvider(provider, text) {
		let re = nameWords.get(provider);
		if (!re) {
			re = new RegExp(provider.contextWords.source, "i");
			nameWords.set(provider, re);
		}
		return re.test(text);
	}
	function findPrefixed(masked, s, set) {
		const { keywordRegex, rulesByKeyword } = prepare(set);
		const out = [];
		const re = new RegExp(keywordRegex.source, "g");
		for (let m = re.exec(masked); m !== null; m = re.exec(masked)) {
			const start = m.index;
			let best;
			for (const rule of rulesByKeyword.get(m[0]) ?? []) {
				rule.sticky.lastIndex = start;
				const hit = rule.sticky.exec(masked);
				if (hit && (isMasked(masked, start + hit[0].length) || isInBase64Run(masked, start, start + hit[0].length))) continue;
				if (hit && (!best || hit[0].length > best.value.length)) best = {
					rule,
					start,
					end: start + hit[0].length,
					value: hit[0],
					severity: rule.severity,
					confidence: "prefix",
					isPublic: false
				};
			}
			if (best && best.rule.aloneMinLength !== void 0 && best.value.length < best.rule.aloneMinLength && !shortTokenHasName(s, best)) best = void 0;
			if (best) out.push(best);
			re.lastIndex = start + 1;
		}
		return out;
	}
	const runShapes = /* @__PURE__ */ new WeakMap();
	function runShapeOf(rule) {
		let shape = runShapes.get(rule);
		if (shape === void 0) {
			const m = /^\(\?<!\[([^\]\\]*)\]\)\(\?:(.*)\)\(\?!\[([^\]\\]*)\]\)$/.exec(rule.regex.source);
			const min = m ? runMinLength(m[2]) : void 0;
			const chars = m ? runChars(m[2]) : void 0;
			const before = m ? runChars(`[${m[1]}]`) : void 0;
			const after = m ? runChars(`[${m[3]}]`) : void 0;
			const covers = (t) => t !== void 0 && chars !== void 0 && chars.every((v, i) => v === 0 || t[i] === 1);
			shape = min !== void 0 && min >= 8 && chars ? {
				min,
				chars,
				startsRun: covers(before),
				endsRun: covers(after)
			} : null;
			runShapes.set(rule, shape);
		}
		return shape ?? void 0;
	}
	const minRuns = /* @__PURE__ */ new WeakMap();
	function minRunOf(set) {
		let min = minRuns.get(set);
		if (min === void 0) {
			min = Math.min(...set.contextual.filter((r) => r.needs.length === 0).map((r) => runShapeOf(r)?.min ?? Infinity));
			if (!Number.isFinite(min)) min = 1;
			minRuns.set(set, min);
		}
		return min;
	}
	const LAZY_WORDS_BYTES = 8192;
	function secretShapedRuns(s, masked, set, runs, plainRuns, cap) {
		let n = 0;
		for (const rule of set.contextual) {
			if (!rule.names || rule.needs.length > 0) continue;
			const shape = runShapeOf(rule);
			if (!shape) return cap;
			const all = runs.runsOf(shape.chars, shape.min);
			for (let i = 0; i < all.length && n < cap; i += 2) {
				const a = all[i];
				const b = all[i + 1];
				if (!(shape.startsRun && shape.endsRun)) n++;
				else if (b - a <= rule.maxLength) {
					const value = masked.slice(a, b);
					if (passesSecretFilters(rule, value) || isExampleValue(rule.provider, value)) n++;
				}
			}
			if (n >= cap) return cap;
		}
		return Math.min(cap, n + bareShapedRuns(s, plainRuns));
	}
	function forEachMatch(masked, rule, runs, from, to, onMatch) {
		const end = Math.min(masked.length, to + rule.maxLength + 1);
		const re = rule.regex;
		const scan = (sliceFrom, sliceTo, first) => {
			const region = masked.slice(sliceFrom, sliceTo);
			re.lastIndex = first - sliceFrom;
			for (let m = re.exec(region); m !== null && m.index + sliceFrom < to; m = re.exec(region)) onMatch(m.index + sliceFrom, m.index + sliceFrom + m[0].length, m[0]);
		};
		const shape = runShapeOf(rule);
		if (shape === void 0) return scan(Math.max(0, from - 1), end, from);
		const all = runs.runsOf(shape.chars, shape.min);
		let lo = 0;
		let hi = all.length >> 1;
		while (lo < hi) {
			const mid = lo + hi >> 1;
			if (all[2 * mid + 1] <= from) lo = mid + 1;
			else hi = mid;
		}
		for (let i = 2 * lo; i < all.length; i += 2) {
			const a = all[i];
			if (a >= to) break;
			const b = all[i + 1];
			if (shape.startsRun && shape.endsRun && b - a > rule.maxLength) continue;
			const first = Math.max(a, from, shape.endsRun ? b - rule.maxLength : 0);
			scan(Math.max(0, first - 1), Math.min(end, b + 1), first);
		}
	}
	function inWindowOf(anchors, pos, maxLength) {
		for (let i = firstFrom(anchors, pos - CONTEXT_BYTES - 64 - maxLength); i < anchors.length; i++) {
			const a = anchors[i];
			if (a.start - 1024 - 64 > pos) break;
			if (pos < a.end + 1024 + 64) return true;
		}
		return false;
	}
	function windowsAround(anchors, length) {
		const sorted = [...anchors].sort((a, b) => a.start - b.start);
		const out = [];
		for (const a of sorted) {
			const from = Math.max(0, a.start - CONTEXT_BYTES - 64);
			const to = Math.min(length, a.end + CONTEXT_BYTES + 64);
			const last = out[out.length - 1];
			if (last && from <= last[1]) last[1] = Math.max(last[1], to);
			else out.push([from, to]);
		}
		return out;
	}
	const NAME_BEFORE = /([A-Za-z_$@-][\w.$@-]*(?:[ \t]+[A-Za-z_][\w.-]*){0,2})\\?["'`\]>)]*[ \t]*(?:[:=]{1,4}|\?=|=>|\.=|,|>|\()[ \t]*[@$&!]?\(?[ \t]*(?:\\?["'`])?[ \t]*$/;
	function nameMatch(text) {
		let runs = 0;
		for (let i = text.length - 1; i >= 0; i--) {
			const c = text.charCodeAt(i);
			if (c !== 32 && c !== 9) continue;
			const next = text.charCodeAt(i + 1);
			if (i + 1 < text.length && (next === 32 || next === 9)) continue;
			if (++runs === 7) return NAME_BEFORE.exec(text.slice(i + 1));
		}
		return NAME_BEFORE.exec(text);
	}
	function nameBefore(s, start) {
		const lineStart = lineStartNear(s, start, 257);
		const lines = unescapeSeparators(s.slice(Math.max(lineStart, start - 256), start)).split("\n");
		const own = lines[lines.length - 1];
		const m = nameMatch(own);
		if (m) return m[1];
		if (!/^[\s"'`]*$/.test(own)) return void 0;
		let prev = lines.length > 1 ? lines[lines.length - 2] : void 0;
		if (prev === void 0 && lineStart > 0) {
			const prevStart = lineStartNear(s, lineStart - 1, 257);
			prev = unescapeSeparators(s.slice(Math.max(prevStart, lineStart - 257), lineStart - 1)).split("\n").pop();
		}
		const p = prev === void 0 ? null : nameMatch(prev.replace(/\r$/, ""));
		return p ? p[1] : void 0;
	}
	function lineStartNear(s, pos, max) {
		const floor = Math.max(0, pos - max);
		for (let i = pos - 1; i >= floor; i--) if (s.charCodeAt(i) === 10) return i + 1;
		return floor === 0 ? 0 : -1;
	}
	function lineEndNear(s, pos, max) {
		const ceil = Math.min(s.length, pos + max);
		for (let i = pos; i < ceil; i++) if (s.charCodeAt(i) === 10) return i;
		return ceil === s.length ? s.length : pos + max;
	}
	function nearExample(s, c, examples, maxLength) {
		const own = c.pair ? gap(c.start, c.end, c.pair.start, c.pair.end) : Infinity;
		for (let i = firstFrom(examples, c.start - CONTEXT_BYTES - maxLength); i < examples.length; i++) {
			const e = examples[i];
			if (e.start > c.end + 1024) break;
			if (e.rule.provider !== c.rule.provider || gap(e.start, e.end, c.start, c.end) >= own) continue;
			if (isNear(s, e, c, 4)) return true;
		}
		return false;
	}
	function publicContextOf(s, c) {
		if (c.rule.publicContext.length === 0) return false;
		const lineStart = lineStartNear(s, c.start, 512);
		const lineEnd = lineEndNear(s, c.end, 512);
		const around = unescapeSeparators(s.slice(Math.max(lineStart, c.start - 512), c.start) + KEY_MARK + s.slice(c.end, Math.min(lineEnd, c.end + 512))).replace(/%2F/gi, "/");
		return c.rule.publicContext.some((re) => re.test(around));
	}
	function analyzeText(s, set, ownFrom = 0, ownTo = s.length) {
		const { trigger, keywords } = prepare(set);
		const runs = new TextRuns(s, Math.min(minRunOf(set), 40));
		const masked = maskEscapes(s);
		const hasTrigger = trigger === void 0 || trigger.test(s);
		const cap = Math.ceil(s.length / LAZY_WORDS_BYTES);
		const maskedRuns = masked === s ? runs : new TextRuns(masked, minRunOf(set));
		const shaped = set.contextual.length === 0 ? 0 : secretShapedRuns(s, masked, set, maskedRuns, runs, cap);
		const lazy = shaped * LAZY_WORDS_BYTES < s.length;
		const needWords = (hasTrigger || shaped > 0) && (lazy || anyWord(s, set.providers));
		const words = new WordIndex(s, set.providers, !needWords);
		const plain = !needWords && !hasTrigger ? [] : analyzePlain(s, set, ownFrom, ownTo, words, maskedRuns, masked);
		const starts = plain.map((c) => c.start);
		const nearAnchor = (from, to) => {
			const i = lowerBound(starts, from);
			return i < starts.length && starts[i] < to || words.anyIn(from, to);
		};
		const view = decodedView(s, keywords, needWords || plain.length > 0 ? nearAnchor : void 0, 2560, runs);
		if (!view) return plain;
		return mergeDecoded(plain, analyzeAroundSegments(view, set), view, ownFrom, ownTo);
	}
	function analyzeAroundSegments(view, set) {
		const reach = 2560;
		const windows = [];
		for (const seg of view.segments) {
			const from = Math.max(0, seg.viewStart - reach);
			const to = Math.min(view.text.length, seg.viewEnd + reach);
			const last = windows[windows.length - 1];
			if (last && from <= last[1]) last[1] = to;
			else windows.push([from, to]);
		}
		const out = [];
		for (const [from, to] of windows) {
			const found = analyzePlain(view.text.slice(from, to), set);
			const shifted = new Map(found.map((c) => [c, {
				...c,
				start: c.start + from,
				end: c.end + from
			}]));
			for (const [orig, c] of shifted) {
				if (orig.pair) c.pair = shifted.get(orig.pair) ?? {
					...orig.pair,
					start: orig.pair.start + from,
					end: orig.pair.end + from
				};
				out.push(c);
			}
		}
		return out;
	}
	function mergeDecoded(plain, found, view, ownFrom, ownTo) {
		const mapped = /* @__PURE__ */ new Map();
		const map = (c) => {
			let m = mapped.get(c);
			if (!m) {
				const seg = segmentAt(view, c.start);
				m = seg ? {
					...c,
					start: seg.start,
					end: seg.end
				} : {
					...c,
					start: toOriginal(view, c.start),
					end: toOriginal(view, c.end)
				};
				mapped.set(c, m);
				if (c.pair) m.pair = map(c.pair);
			}
			return m;
		};
		const out = [...plain];
		for (const c of found) {
			const inDecoded = segmentAt(view, c.start) !== void 0;
			const pairDecoded = c.pair !== void 0 && segmentAt(view, c.pair.start) !== void 0;
			if (!inDecoded && !pairDecoded) continue;
			const m = map(c);
			if (m.start < ownFrom || m.start >= ownTo) continue;
			const same = inDecoded ? void 0 : plain.find((p) => p.start === m.start && p.rule === m.rule);
			if (!same) out.push(m);
			else if (!same.pair) Object.assign(same, {
				pair: m.pair,
				severity: m.severity,
				confidence: m.confidence,
				isPublic: false
			});
		}
		return out.sort((a, b) => a.start - b.start);
	}
	function analyzePlain(s, set, ownFrom = 0, ownTo = s.length, words = new WordIndex(s, set.providers), textRuns, masked = maskEscapes(s)) {
		const prefixed = findPrefixed(masked, s, set);
		const ids = prefixed.filter((c) => passesValueFilters(c.rule, c.value));
		const examples = prefixed.filter((c) => isExampleValue(c.rule.provider, c.value));
		const secrets = [];
		const needing = [];
		const runs = textRuns ?? new TextRuns(masked, minRunOf(set));
		const maxWord = CONTEXT_BYTES + set.maxLength + 2;
		const consider = (rule, partners, start, end, value) => {
			for (let i = firstFrom(prefixed, start - set.maxLength); i < prefixed.length && prefixed[i].start < end; i++) if (start < prefixed[i].end) return;
			const gateFrom = start - CONTEXT_BYTES - 64 - 4 + 1;
			const gateTo = start + CONTEXT_BYTES + 64 + 1;
			let gate = inWindowOf(partners, start, set.maxLength) ? true : rule.names === void 0 ? false : words.known(rule.provider, gateFrom, gateTo);
			if (gate === false) return;
			const inWindow = () => gate ??= words.hitsIn(rule.provider, gateFrom, gateTo).length > 0;
			if (isMasked(masked, end) || isMaskedBefore(masked, start)) return;
			const example = isExampleValue(rule.provider, value);
			if (!example && !passesSecretFilters(rule, value)) return;
			if (isInBase64Run(masked, start, end)) return;
			if (example) {
				if (inWindow()) examples.push({
					rule,
					start,
					end,
					value,
					severity: rule.severity,
					confidence: "context",
					isPublic: false
				});
				return;
			}
			if (isLinkToken(s, start) && !publicContextOf(s, {
				rule,
				start,
				end
			})) return;
			const span = {
				start,
				end
			};
			let partner;
			for (let i = firstFrom(partners, start - CONTEXT_BYTES - set.maxLength); i < partners.length; i++) {
				const id = partners[i];
				if (id.start > end + 1024) break;
				if (!isNear(s, id, span, 4)) continue;
				if (!partner || gap(id.start, id.end, start, end) < gap(partner.start, partner.end, start, end)) partner = id;
			}
			if (partner) {
				secrets.push({
					rule,
					start,
					end,
					value,
					severity: rule.pairedSeverity,
					confidence: "pair",
					isPublic: false,
					pair: partner
				});
				return;
			}
			if (!rule.names) return;
			const name = nameBefore(s, start);
			if (name === void 0 || !rule.names.test(name)) return;
			let hasWord;
			if (namesProvider(rule.provider, name)) hasWord = inWindow();
			else {
				const w = words.nearest(rule.provider, start, start - maxWord, start + maxWord + 1);
				hasWord = w !== void 0 && isNear(s, {
					start: w,
					end: w + 1
				}, span, 8) && inWindow();
			}
			if (!hasWord) return;
			const c = {
				rule,
				start,
				end,
				value,
				severity: rule.severity,
				confidence: "context",
				isPublic: false
			};
			(rule.needs.length > 0 ? needing : secrets).push(c);
		};
		const search = (rule, partners, from, to) => forEachMatch(masked, rule, runs, from, to, (start, end, value) => consider(rule, partners, start, end, value));
		const later = [];
		for (const rule of set.contextual) {
			if (rule.needs.length > 0) {
				later.push(rule);
				continue;
			}
			const partners = ids.filter((c) => rule.pairsWith.includes(c.rule));
			if (partners.length === 0 && !rule.names) continue;
			if (rule.names && words.mayHave) search(rule, partners, 0, s.length);
			else for (const [from, to] of windowsAround(partners, s.length)) search(rule, partners, from, to);
		}
		if (later.length > 0 && (ids.length > 0 || secrets.length > 0)) {
			const reach = 2 * CONTEXT_BYTES + 2 * set.maxLength + 64;
			const windows = windowsAround([...ids, ...secrets].map((c) => ({
				start: c.start - reach + CONTEXT_BYTES + 64,
				end: c.end + reach - CONTEXT_BYTES - 64
			})), s.length);
			for (const rule of later) {
				const partners = ids.filter((c) => rule.pairsWith.includes(c.rule));
				for (const [from, to] of windows) search(rule, partners, from, to);
			}
		}
		secrets.sort((a, b) => a.start - b.start || (a.confidence === "pair" ? 0 : 1) - (b.confidence === "pair" ? 0 : 1));
		const unique = [];
		for (const c of secrets) {
			const prev = unique[unique.length - 1];
			if (prev && prev.start < c.end && c.start < prev.end) continue;
			unique.push(c);
		}
		const paired = [];
		for (const c of needing) {
			let partner;
			for (let i = firstFrom(unique, c.start - CONTEXT_BYTES - set.maxLength); i < unique.length; i++) {
				const other = unique[i];
				if (other.start > c.end + 1024) break;
				if (!c.rule.needs.includes(other.rule) || !isNear(s, c, other, 4)) continue;
				if (other.start < c.end && c.start < other.end) continue;
				if (!partner || gap(c.start, c.end, other.start, other.end) < gap(c.start, c.end, partner.start, partner.end)) partner = other;
			}
			if (!partner) continue;
			Object.assign(c, {
				pair: partner,
				severity: c.rule.pairedSeverity,
				confidence: "pair"
			});
			if (!partner.pair) Object.assign(partner, {
				pair: c,
				severity: partner.rule.pairedSeverity,
				confidence: "pair"
			});
			paired.push(c);
		}
		unique.push(...paired);
		for (const secret of unique) {
			const id = secret.pair;
			if (!id) continue;
			const current = id.pair;
			if (!current || gap(secret.start, secret.end, id.start, id.end) < gap(current.start, current.end, id.start, id.end)) id.pair = secret;
		}
		for (const id of ids) if (id.pair) {
			id.severity = id.rule.pairedSeverity;
			id.confidence = "pair";
		}
		examples.sort((a, b) => a.start - b.start);
		const out = [];
		for (const c of [...ids, ...unique]) {
			if (c.start < ownFrom || c.start >= ownTo) continue;
			if (nearExample(s, c, examples, set.maxLength)) continue;
			if (!c.pair && publicContextOf(s, c)) {
				c.isPublic = true;
				c.severity = "low";
			}
			out.push(c);
		}
		return out.sort((a, b) => a.start - b.start);
	}
	function fingerprintOf(ruleId, secret) {
		return (0, node_crypto.createHash)("sha256").update(`scan-keys:v1:${ruleId}:${secret}`).digest("hex").slice(0, 32);
	}
	const EMPTY$1 = Buffer.alloc(0);
	var BomDecoder = class {
		head = EMPTY$1;
		mode;
		utf16;
		odd;
		get encoding() {
			return this.mode;
		}
		push(chunk) {
			const data = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
			if (this.mode === void 0) {
				this.head = this.head.length === 0 ? data : Buffer.concat([this.head, data]);
				if (this.head.length < 3) {
					this.head = Buffer.from(this.head);
					return EMPTY$1;
				}
				const head = this.head;
				this.head = EMPTY$1;
				return this.start(head);
			}
			return this.convert(data);
		}
		end() {
			let out = EMPTY$1;
			if (this.mode === void 0) {
				const head = this.head;
				this.head = EMPTY$1;
				out = this.start(head);
			}
			if (this.utf16) {
				const tail = this.odd !== void 0 ? "�" : "";
				this.odd = void 0;
				const rest = this.utf16.decode() + tail;
				out = rest ? Buffer.concat([out, Buffer.from(rest, "utf8")]) : out;
			}
			return out;
		}
		start(head) {
			if (head.length >= 2 && head[0] === 255 && head[1] === 254) {
				this.mode = "utf-16le";
				this.utf16 = new node_util.TextDecoder("utf-16le", { ignoreBOM: true });
				return this.convert(head.subarray(2));
			}
			if (head.length >= 2 && head[0] === 254 && head[1] === 255) {
				this.mode = "utf-16be";
				this.utf16 = new node_util.TextDecoder("utf-16le", { ignoreBOM: true });
				return this.convert(head.subarray(2));
			}
			if (head.length >= 3 && head[0] === 239 && head[1] === 187 && head[2] === 191) {
				this.mode = "utf-8";
				return head.subarray(3);
			}
			this.mode = "bytes";
			return head;
		}
		convert(data) {
			if (!this.utf16) return data;
			if (data.length === 0) return EMPTY$1;
			let units = data;
			if (this.mode === "utf-16be") {
				if (this.odd !== void 0) {
					units = Buffer.concat([Buffer.from([this.odd]), data]);
					this.odd = void 0;
				}
				if (units.length % 2 === 1) {
					this.odd = units[units.length - 1];
					units = units.subarray(0, units.length - 1);
				}
				units = Buffer.from(units).swap16();
			}
			const text = this.utf16.decode(units, { stream: true });
			return Buffer.from(text, "utf8");
		}
	};
	const MARKER_WINDOW = 2048;
	const SAME_LINE = /scan-keys:allow(?![\w-])|gitleaks:allow|pragma: allowlist secret/;
	const NEXT_LINE = /scan-keys:allow-next-line|pragma: allowlist nextline secret/;
	function isInlineAllowed(s, start, end) {
		const from = Math.max(0, start - MARKER_WINDOW);
		const before = s.slice(from, start);
		const nl = before.lastIndexOf("\n");
		let lineEnd = s.indexOf("\n", end);
		if (lineEnd === -1 || lineEnd > end + 2048) lineEnd = Math.min(s.length, end + MARKER_WINDOW);
		const line = before.slice(nl + 1) + s.slice(start, lineEnd);
		if (SAME_LINE.test(line)) return true;
		if (nl === -1) return false;
		const prev = before.slice(before.lastIndexOf("\n", nl - 1) + 1, nl);
		return NEXT_LINE.test(prev);
	}
	const BINARY_SNIFF_BYTES = 8192;
	const EMPTY = Buffer.alloc(0);
	const ROUND_MAX_BYTES = 122880;
	const MIN_PIECE_BYTES = 16384;
	const HIGH_BYTE = /[\x80-\xff]/;
	var ContentScanner = class {
		bytes = 0;
		set;
		file;
		inlineAllow;
		reserve;
		keep;
		buf = EMPTY;
		work = EMPTY;
		decodedBytes = 0;
		bufStart = 0;
		settled = 0;
		startPos = {
			line: 1,
			column: 1
		};
		decided = false;
		binaryFlag = false;
		ruleDataFlag = false;
		ended = false;
		lastByte = -1;
		pending = [];
		pendingBytes = 0;
		decoder = new BomDecoder();
		analysedBytes = 0;
		rounds = 0;
		constructor(set, options = {}) {
			this.set = set;
			this.file = options.file ?? "";
			this.inlineAllow = options.inlineAllow ?? true;
			this.reserve = 2 * CONTEXT_BYTES + 2 * set.maxLength + 256;
			this.keep = this.reserve;
		}
		get reserveBytes() {
			return this.reserve;
		}
		get encoding() {
			return this.decoder.encoding;
		}
		get bufferedBytes() {
			return this.buf.length + this.pendingBytes;
		}
		get isBinary() {
			return this.binaryFlag && !this.ruleDataFlag;
		}
		get isRuleData() {
			return this.ruleDataFlag;
		}
		get lines() {
			if (this.decodedBytes === 0) return 0;
			return this.startPos.line - (this.lastByte === 10 ? 1 : 0);
		}
		push(chunk) {
			if (this.ended) throw new Error("ContentScanner: push after end");
			this.bytes += chunk.length;
			if (chunk.length === 0 || this.binaryFlag) return [];
			return this.pushDecoded(this.decoder.push(chunk));
		}
		release() {
			if (this.pendingBytes === 0 && (this.buf.length === 0 || this.buf.buffer === this.work.buffer)) return;
			this.flush(true);
		}
		pushDecoded(chunk) {
			if (chunk.length === 0 || this.binaryFlag) return [];
			const room = ROUND_MAX_BYTES - this.buf.length - this.pendingBytes;
			if (chunk.length <= room || chunk.length <= MIN_PIECE_BYTES) return this.pushPiece(chunk);
			const out = [];
			for (let at = 0; at < chunk.length && !this.binaryFlag;) {
				const n = Math.max(MIN_PIECE_BYTES, ROUND_MAX_BYTES - this.buf.length - this.pendingBytes);
				require_base.appendAll(out, this.pushPiece(chunk.subarray(at, at + n)));
				at += n;
			}
			return out;
		}
		pushPiece(chunk) {
			this.decodedBytes += chunk.length;
			this.lastByte = chunk[chunk.length - 1];
			const data = chunk;
			this.pending.push(data);
			this.pendingBytes += data.length;
			if (!this.decided) {
				if (this.buf.length + this.pendingBytes < 8192) return [];
				this.flush();
				this.decide();
				if (this.binaryFlag) return [];
			}
			if (this.bufStart + this.buf.length + this.pendingBytes - this.settled < this.reserve + 65536) return [];
			this.flush();
			return this.round(false);
		}
		flush(own = false) {
			if (this.pendingBytes === 0 && !own) return;
			if (!own && this.buf.length === 0 && this.pending.length === 1) this.buf = this.pending[0];
			else {
				const total = this.buf.length + this.pendingBytes;
				if (this.work.length < total) {
					const work = Buffer.allocUnsafe(Math.max(total, ROUND_MAX_BYTES));
					this.buf.copy(work, 0);
					this.work = work;
				} else if (this.buf.length > 0 && (this.buf.buffer !== this.work.buffer || this.buf.byteOffset !== this.work.byteOffset)) this.buf.copy(this.work, 0);
				let at = this.buf.length;
				for (const p of this.pending) at += p.copy(this.work, at);
				this.buf = this.work.subarray(0, total);
			}
			this.pending = [];
			this.pendingBytes = 0;
		}
		keepTail(from) {
			const tail = this.buf.subarray(from);
			if (this.work.length < tail.length) this.work = Buffer.allocUnsafe(Math.max(tail.length, ROUND_MAX_BYTES));
			tail.copy(this.work, 0);
			this.buf = this.work.subarray(0, tail.length);
		}
		end() {
			if (this.ended) return [];
			const early = this.binaryFlag ? [] : this.pushDecoded(this.decoder.end());
			this.ended = true;
			this.flush();
			if (!this.decided) this.decide();
			if (this.binaryFlag) return [];
			const out = [...early, ...this.round(true)];
			this.buf = EMPTY;
			this.work = EMPTY;
			return out;
		}
		decide() {
			this.decided = true;
			const sniff = this.buf.subarray(0, BINARY_SNIFF_BYTES);
			this.binaryFlag = sniff.includes(0);
			if (!this.binaryFlag && isRuleData(sniff.toString("latin1"))) this.binaryFlag = this.ruleDataFlag = true;
			if (this.binaryFlag) this.buf = EMPTY;
		}
		round(final) {
			const bufEnd = this.bufStart + this.buf.length;
			const limit = final ? bufEnd : bufEnd - this.reserve;
			if (limit <= this.settled) return [];
			const s = this.buf.toString("latin1");
			const base = this.bufStart;
			this.analysedBytes += s.length;
			this.rounds++;
			const analysed = analyzeText(s, this.set, this.settled - base, limit - base);
			const owned = this.inlineAllow ? analysed.filter((c) => !isInlineAllowed(s, c.start, c.end)) : analysed;
			const nextStart = final ? bufEnd : base + utf8Boundary(this.buf, Math.max(base, limit - this.keep) - base);
			const wanted = /* @__PURE__ */ new Set([nextStart - base]);
			for (const c of owned) {
				wanted.add(c.start);
				if (c.pair) wanted.add(c.pair.start);
			}
			const located = locate(s, this.startPos, [...wanted].sort((a, b) => a - b));
			const findings = owned.map((c) => this.toFinding(c, base, located));
			this.startPos = located.get(nextStart - base);
			if (final) this.buf = EMPTY;
			else this.keepTail(nextStart - base);
			this.bufStart = nextStart;
			this.settled = limit;
			return findings;
		}
		toFinding(c, base, located) {
			const at = located.get(c.start);
			const rule = c.rule;
			const finding = {
				ruleId: rule.id,
				provider: rule.provider.id,
				providerName: rule.provider.name,
				kind: rule.kind,
				title: rule.title,
				severity: c.severity,
				temporary: rule.temporary,
				confidence: c.confidence,
				isPublic: c.isPublic,
				file: this.file,
				line: at.line,
				column: at.column,
				endColumn: at.column + c.value.length,
				offset: base + c.start,
				secret: detach(c.value),
				fingerprint: fingerprintOf(rule.id, c.value)
			};
			if (c.pair) {
				const p = located.get(c.pair.start);
				finding.pair = {
					ruleId: c.pair.rule.id,
					line: p.line,
					column: p.column,
					fingerprint: fingerprintOf(c.pair.rule.id, c.pair.value)
				};
			}
			return finding;
		}
	};
	function detach(s) {
		return Buffer.from(s, "latin1").toString("latin1");
	}
	function locate(s, from, targets) {
		const out = /* @__PURE__ */ new Map();
		let pos = 0;
		let line = from.line;
		let column = from.column;
		let nl = s.indexOf("\n", pos);
		for (const t of targets) {
			let last = -1;
			for (; nl !== -1 && nl < t; nl = s.indexOf("\n", nl + 1)) {
				line++;
				last = nl;
			}
			column = last === -1 ? column + columnsIn(s, pos, t) : 1 + columnsIn(s, last + 1, t);
			pos = t;
			out.set(t, {
				line,
				column
			});
		}
		return out;
	}
	function columnsIn(s, from, to) {
		if (to <= from) return 0;
		return codePoints(s, from, to, HIGH_BYTE.test(to - from === s.length ? s : s.slice(from, to)));
	}
	function leadInfo(b) {
		if (b >= 194 && b <= 223) return [
			1,
			128,
			191
		];
		if (b === 224) return [
			2,
			160,
			191
		];
		if (b === 237) return [
			2,
			128,
			159
		];
		if (b >= 225 && b <= 239) return [
			2,
			128,
			191
		];
		if (b === 240) return [
			3,
			144,
			191
		];
		if (b >= 241 && b <= 243) return [
			3,
			128,
			191
		];
		if (b === 244) return [
			3,
			128,
			143
		];
		return [
			0,
			0,
			0
		];
	}
	function codePoints(s, from, to, utf8) {
		if (!utf8) return to - from;
		let n = 0;
		let i = from;
		while (i < to) {
			const b = s.charCodeAt(i);
			n++;
			i++;
			if (b < 128) continue;
			const [needed, lo, hi] = leadInfo(b);
			for (let k = 0; k < needed && i < to; k++) {
				const c = s.charCodeAt(i);
				if (k === 0 ? c < lo || c > hi : c < 128 || c > 191) break;
				i++;
			}
		}
		return n;
	}
	function utf8Boundary(buf, p) {
		for (let k = 1; k <= 3 && p - k >= 0; k++) {
			const b = buf[p - k];
			if (b >= 128 && b <= 191) continue;
			const [needed, lo, hi] = leadInfo(b);
			if (k > needed) return p;
			for (let j = 1; j < k; j++) {
				const c = buf[p - k + j];
				if (j === 1 ? c < lo || c > hi : c < 128 || c > 191) return p;
			}
			return p - k;
		}
		return p;
	}
	function scanBuffer(set, data, file = "", options = {}) {
		const scanner = new ContentScanner(set, {
			...options,
			file
		});
		return {
			findings: [...scanner.push(data), ...scanner.end()],
			binary: scanner.isBinary,
			lines: scanner.lines
		};
	}
	function scanText(set, text, file = "", options = {}) {
		return scanBuffer(set, Buffer.from(text, "utf8"), file, options).findings;
	}
	const MISSING_HINT = "fetch the missing objects (`git fetch`; in a shallow clone `git fetch --unshallow`; in a partial clone make its promisor remote reachable, or `git fetch --refetch`), or rerun with --skip-unreadable to scan the rest and list these as skipped";
	function isMissingObjectError(message) {
		return /unable to read [0-9a-f]{40}|could not fetch [0-9a-f]{40}|promisor remote|bad object|missing blob|unable to read tree|did not receive expected object|object file .* is empty|packed object [0-9a-f]+ .* is corrupt|Could not read [0-9a-f]{40}|loose object [0-9a-f]+ .* is corrupt/i.test(message);
	}
	async function unreadableObjects(cwd, oids) {
		const unique = [...new Set(oids)].filter((o) => !/^0+$/.test(o));
		if (unique.length === 0) return /* @__PURE__ */ new Set();
		const out = (await require_base.gitOutput(cwd, ["cat-file", "--batch-check=%(objectname)"], unique.join("\n") + "\n", NO_LAZY_FETCH)).toString("utf8");
		const missing = /* @__PURE__ */ new Set();
		for (const line of out.split("\n")) {
			const m = /^([0-9a-f]{40,64}) missing$/.exec(line.trim());
			if (m) missing.add(m[1]);
		}
		return missing;
	}
	const NO_LAZY_FETCH = { GIT_NO_LAZY_FETCH: "1" };
	async function missingInRange(top, revs) {
		const env = NO_LAZY_FETCH;
		const listed = (await require_base.gitOutput(top, [
			"rev-list",
			"--objects",
			"--missing=print",
			...revs,
			"--"
		], void 0, env)).toString("utf8");
		const missing = /* @__PURE__ */ new Set();
		for (const line of listed.split("\n")) if (line.startsWith("?")) missing.add(line.slice(1).trim());
		if (missing.size === 0) return [];
		const raw = (await require_base.gitOutput(top, [
			"-c",
			"core.quotePath=false",
			"log",
			"--raw",
			"-z",
			"--no-abbrev",
			"--no-renames",
			"-m",
			"--topo-order",
			"--reverse",
			"--format=%x01%H",
			"--ignore-submodules=none",
			...revs,
			"--"
		], void 0, env)).toString("utf8");
		const found = [];
		const seen = /* @__PURE__ */ new Set();
		let commit = "";
		let change;
		for (const field of raw.split("\0")) {
			if (change) {
				const path = field;
				for (const oid of [change[2], change[3]]) {
					const key = `${commit}\0${path}\0${oid}`;
					if (missing.has(oid) && !seen.has(key)) {
						seen.add(key);
						found.push({
							commit,
							path,
							oid
						});
					}
				}
				change = void 0;
				continue;
			}
			const text = field.replace(/^\n+/, "");
			if (text.startsWith("")) commit = text.slice(1).trim();
			else if (text.startsWith(":")) change = text.slice(1).split(" ");
		}
		const named = new Set(found.map((m) => m.oid));
		for (const oid of missing) if (!named.has(oid)) found.push({
			commit: "",
			path: "",
			oid
		});
		return found;
	}
	async function missingStaged(cwd) {
		const entries = [];
		const index = (await require_base.gitOutput(cwd, [
			"ls-files",
			"-s",
			"-z",
			"--full-name"
		])).toString("utf8");
		for (const rec of index.split("\0")) {
			const m = /^(\d+) ([0-9a-f]{40,64}) \d\t(.*)$/s.exec(rec);
			if (m && m[1] !== "160000") entries.push({
				where: "index",
				path: m[3],
				oid: m[2]
			});
		}
		try {
			const head = (await require_base.gitOutput(cwd, [
				"ls-tree",
				"-r",
				"-z",
				"--full-tree",
				"HEAD"
			])).toString("utf8");
			for (const rec of head.split("\0")) {
				const m = /^\d+ blob ([0-9a-f]{40,64})\t(.*)$/s.exec(rec);
				if (m) entries.push({
					where: "HEAD",
					path: m[2],
					oid: m[1]
				});
			}
		} catch (err) {
			if (!/not a valid object name|Not a valid object name|unknown revision/i.test(String(err.message))) throw err;
		}
		const missing = await unreadableObjects(cwd, entries.map((e) => e.oid));
		return entries.filter((e) => missing.has(e.oid)).map((e) => ({
			commit: e.where,
			path: e.path,
			oid: e.oid
		}));
	}
	var MissingObjectsError = class extends require_base.GitError {
		missing;
		constructor(missing, scanned, cause) {
			super(describe(missing, scanned, cause));
			this.missing = missing;
			this.name = "MissingObjectsError";
		}
	};
	function describe(missing, scanned, cause) {
		const shown = missing.slice(0, 20).map((m) => `  ${m.commit ? /^[0-9a-f]{40,64}$/.test(m.commit) ? `commit ${m.commit}` : m.commit : "object"}${m.path ? ` ${m.path}` : ""}: object ${m.oid} cannot be read`);
		if (missing.length > 20) shown.push(`  \u2026 and ${missing.length - 20} more`);
		return [
			missing.length > 0 ? `the scan is incomplete: git cannot read ${missing.length} object${missing.length === 1 ? "" : "s"} it needs (${cause})` : `the scan is incomplete: git cannot read an object it needs (${cause})`,
			...shown,
			scanned,
			`to fix: ${MISSING_HINT}`
		].join("\n");
	}
	function skipReason(m) {
		const where = /^[0-9a-f]{40,64}$/.test(m.commit) ? `at commit ${m.commit.slice(0, 12)}` : m.commit === "index" ? "in the index" : `at ${m.commit}`;
		return `unreadable: object ${m.oid} ${where} cannot be read (missing from this clone; skipped by --skip-unreadable)`;
	}
	function maskSecret(value, prefix = "") {
		const head = prefix && value.startsWith(prefix) ? prefix : "";
		const rest = value.length - head.length;
		const tail = Math.min(4, Math.floor(rest / 4));
		const hidden = rest - tail;
		return head + "*".repeat(Math.min(hidden, 16)) + value.slice(value.length - tail);
	}
	const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
	const en = {
		severity: {
			critical: "critical",
			high: "high",
			medium: "medium",
			low: "low"
		},
		pairsWith: (line, column) => `pairs with ${line}:${column}`,
		assignedToSecretName: "assigned to a secret name",
		publicNotBlocking: "public by design (signed URL), not blocking",
		commitNote: (sha, author, date, count) => `commit ${sha} by ${author}, ${date}${count && count > 1 ? `, in ${count} commits` : ""}`,
		liveRootKey: (where, provider, account) => `\u203C LIVE ROOT-ACCOUNT KEY at ${where} (${provider}${account ? `, account ${account}` : ""}): disable it in the console now.`,
		liveKey: (where, provider) => `\u203C LIVE KEY at ${where} (${provider}): rotate it now.`,
		verifiedLive: (who) => `verified LIVE${who ? ` (${who})` : ""}`,
		rootAccount: "ROOT ACCOUNT",
		account: (id) => `account ${id}`,
		verifiedDead: "verified dead",
		verificationUnknown: (reason) => `verification unknown${reason ? `: ${reason}` : ""}`,
		listSeparator: ", ",
		fullStop: ".",
		noteSeparator: "; ",
		whatToDoNow: (provider, n) => `${provider}: what to do now (${plural(n, "finding")})`,
		console: "Console:",
		nextTime: "Next time:",
		guides: "Guides:",
		link: (title, url) => `${title}: ${url}`,
		blockingSummary: (n, counts, files) => `\u2716 ${plural(n, "finding")} (${counts}) in ${plural(files, "file")}`,
		severityCount: (n, severity) => `${n} ${severity}`,
		moreBelowFailOn: (n, failOn) => `${n} more below --fail-on ${failOn}, not blocking`,
		belowFailOn: (n, failOn) => `! ${plural(n, "finding")} below --fail-on ${failOn}, not blocking`,
		noCredentials: "✔ no credentials found",
		scanned: (files, bytes, lines, seconds, skipped) => `scanned ${plural(files, "file")}, ${bytes}, ${plural(lines, "line")} in ${seconds} s${skipped ? `; skipped ${skipped}` : ""}`,
		skippedLine: (file, reason) => `skipped ${file}: ${reason}`,
		warningSkipped: (file, reason) => `scan-keys: warning: skipped ${file}: ${reason}`,
		skipReason: (reason) => reason,
		allowedNote: (where, ruleId, reason) => `allowed ${where} ${ruleId} (${reason})`,
		baselinedNote: (n, file) => `${n} finding(s) in the baseline ${file}, not shown`,
		staleBaselineNote: (file, ruleId, fingerprint) => `stale baseline entry (no longer found): ${file} ${ruleId} ${fingerprint}`,
		baselineWritten: (n, file) => `scan-keys: wrote ${n} baseline entr${n === 1 ? "y" : "ies"} to ${file}`,
		progress: (commits, files, bytes, rate, findings) => `scanning: ${commits !== void 0 ? `${commits} commits, ` : ""}${files} files, ${bytes} (${rate}/s), ${plural(findings, "finding")} so far`,
		error: (message) => message,
		internalError: (message) => `internal error: ${message}`,
		seeHelp: " (see scan-keys --help)",
		colon: ":",
		huskyCreated: (file) => `created ${file} running scan-keys --staged`,
		huskyAdded: (file) => `added scan-keys --staged to ${file}`,
		hookCreated: (file) => `installed the pre-commit hook ${file}`,
		hookChained: (file, chained) => `installed the pre-commit hook ${file}; your previous hook is now ${chained} and runs first`,
		alreadyInstalled: (file) => `already installed in ${file}; nothing changed`,
		huskyRemovedFile: (file) => `removed ${file} (it held only the scan-keys line)`,
		huskyRemovedLine: (file) => `removed the scan-keys line from ${file}`,
		hookRemovedRestored: (file) => `removed the scan-keys hook; restored your previous hook as ${file}`,
		hookRemoved: (file) => `removed the scan-keys hook ${file}`,
		notInstalled: (file) => `not installed (${file} does not run scan-keys); nothing changed`,
		sarifPairsWith: (line, column) => `pairs with line ${line}, column ${column}`,
		sarifAssigned: "assigned to a secret-like name",
		publicSignedUrl: "public by design (signed URL)",
		temporaryCredential: "temporary credential",
		disableAndCreate: (url) => ` Disable it and create a new one: ${url}`,
		whatToDoNowHeading: "What to do now",
		nextTimeHeading: "Next time",
		guidesHeading: "Guides",
		githubPairsWith: (line) => `pairs with line ${line}`,
		githubNoCredentials: (files) => `scan-keys: no credentials found (${files} files scanned)`,
		githubSummary: (n, blocking, failOn, files) => `scan-keys: ${n} finding(s), ${blocking} at or above --fail-on ${failOn} (${files} files scanned)`,
		hook: {
			skipped: (reason) => `scan-keys: push accepted WITHOUT a scan: push option scan-keys.skip (reason: ${reason})`,
			skipRefused: "scan-keys: push option scan-keys.skip ignored: this server does not allow skipping (git config scan-keys.allowSkip true)",
			skipNoReason: "scan-keys: push option scan-keys.skip needs a reason (git push -o scan-keys.skip=\"why\"); scanning",
			errorRejected: (why) => `scan-keys: the scan could not run, so the push is rejected (server setting scan-keys.onError=reject): ${why}`,
			errorAccepted: (why) => `scan-keys: warning: the scan could not run; push accepted UNSCANNED (server setting scan-keys.onError=accept): ${why}`,
			badSetting: (value) => `scan-keys.onError must be "reject" or "accept", not "${value}"`
		},
		push: {
			rejected: (n) => `scan-keys: push rejected: ${n === 1 ? "a key" : `${n} keys`} in the pushed commits`,
			consoleLine: (provider, url) => `  ${provider}: disable the key now, even though this push was refused: ${url}`,
			howTo: "To push again, take the key out of the commits that add it (read it from an environment variable or a secrets manager instead):",
			amend: "  in the last commit:   remove it, `git add` the file, `git commit --amend`, then push",
			rebase: (sha) => `  in an older commit:   \`git rebase -i ${sha}^\`, mark that commit \`edit\`, remove it, \`git commit --amend\`, \`git rebase --continue\`, then push`,
			known: (n) => `scan-keys: warning: ${n === 1 ? "a key" : `${n} keys`} already in this repository's history (not blocking this push; remove it from history and revoke it):`,
			below: (n) => `scan-keys: note: ${n} finding${n === 1 ? "" : "s"} below the fail level (not blocking)`,
			clean: (commits, files, lines) => `scan-keys: ${commits} new commit${commits === 1 ? "" : "s"} scanned (${files} file${files === 1 ? "" : "s"}, ${lines} added line${lines === 1 ? "" : "s"}): no keys`,
			notACommit: (ref, type) => `scan-keys: warning: ${ref} points at a ${type}, not a commit: not scanned`
		},
		merge: {
			shared: (n) => `Keys found in more than one repository (${n})`,
			byRepository: "By repository",
			inRepos: (n) => `in ${n} repositories`,
			alsoIn: (...names) => `also in ${names.join(", ")}`,
			repoCounts: (findings, blocking, source) => `(${findings} finding${findings === 1 ? "" : "s"}, ${blocking} blocking; ${source})`,
			summary: (keys, blocking, repos, shared) => `${keys} key${keys === 1 ? "" : "s"} (${blocking} blocking) in ${repos} repositor${repos === 1 ? "y" : "ies"}; ${shared} in more than one repository`,
			none: "No keys found.",
			title: "scan-keys organisation audit"
		},
		html: {
			lang: "en",
			title: "scan-keys audit report",
			intro: (findings, scope, files, bytes, commits, version, masked) => `${findings} finding(s)${scope ? ` in ${scope}` : ""}; scanned ${files} file(s), ${bytes}${commits !== void 0 ? `, ${commits} commit(s)` : ""}. scan-keys ${version}. Values are ${masked ? "masked" : "<strong>NOT masked</strong>"}.`,
			fail: (n, failOn) => `${n} finding(s) at or above ${failOn}: credentials to revoke.`,
			pass: (failOn) => `Nothing at or above ${failOn}.`,
			byProvider: "Findings by provider and severity",
			provider: "provider",
			total: "total",
			stillAtHead: "still at HEAD",
			noCredentials: "No credentials found.",
			timeline: "Timeline: when each key was introduced",
			date: "date",
			commit: "commit",
			author: "author",
			fileLine: "file:line",
			rule: "rule",
			severity: "severity",
			value: "value",
			commitsHolding: "commits holding it",
			workingTree: "working tree",
			yesStill: "yes: still in the file",
			no: "no",
			remediation: "Remediation"
		},
		rules: {
			rule: "rule",
			alone: "alone",
			paired: "paired",
			detects: "detects",
			footer: (n) => `${n} rules. "alone": severity of a lone finding; "paired": beside its ID or secret (\u2014 never).`
		}
	};
	const PUBLIC_PREFIXES = [
		"LTAI",
		"AKID",
		"STS.",
		"CAIS"
	];
	function shownSecret(f, showSecrets) {
		if (showSecrets) return f.secret;
		const prefix = PUBLIC_PREFIXES.find((p) => f.secret.startsWith(p) && f.kind !== "access-key-secret" && f.kind !== "sts-access-key-secret");
		return maskSecret(f.secret, prefix);
	}
	function isBlocking(f, failOn) {
		return failOn !== "none" && require_base.severityRank(f.severity) >= require_base.severityRank(failOn);
	}
	function verificationNote(f, m = en) {
		const v = f.verification;
		if (!v) return "";
		if (v.status === "live") {
			const who = [
				v.root ? m.rootAccount : void 0,
				v.account ? m.account(v.account) : void 0,
				v.arn
			].filter(Boolean).join(m.listSeparator);
			return m.verifiedLive(who);
		}
		if (v.status === "dead") return m.verifiedDead;
		return m.verificationUnknown(v.reason);
	}
	var messages_exports = require_rolldown_runtime.__exportAll({ loadLocale: () => loadLocale });
	function makeLocale(lang, m) {
		const t = (p) => lang === "en" ? void 0 : p?.i18n?.[lang];
		return {
			lang,
			m,
			providerName: (p, fallback) => t(p)?.name ?? p?.name ?? fallback,
			remediation: (p) => t(p)?.remediation ?? p.remediation,
			ruleTitle: (p, id, fallback) => t(p)?.rules?.[id]?.title ?? fallback,
			ruleDescription: (p, id, fallback) => t(p)?.rules?.[id]?.description ?? fallback
		};
	}
	const EN = makeLocale("en", en);
	const LOADERS = { "zh-CN": async () => (await Promise.resolve().then(() => require_zh_CN())).zhCN };
	async function loadLocale(lang) {
		return lang === "en" ? EN : makeLocale(lang, await LOADERS[lang]());
	}
	const MIXED_RUN = /[A-Za-z0-9+]{8,}/g;
	function redactText(text, rules, quoted) {
		let out = text;
		if (rules) try {
			for (const f of scanText(rules, text)) out = out.split(f.secret).join(shownSecret(f, false));
		} catch {}
		if (!quoted) return out;
		return out.replace(MIXED_RUN, (run) => looksRandom(run) ? "[redacted]" : run);
	}
	function looksRandom(run) {
		return /[A-Za-z]/.test(run) && /[0-9]/.test(run) || /[a-z]/.test(run) && /.[A-Z]/.test(run);
	}
	function useColor(flag, io) {
		if (flag !== void 0) return flag;
		if (io.env.NO_COLOR) return false;
		if (io.env.FORCE_COLOR !== void 0) return io.env.FORCE_COLOR !== "0" && io.env.FORCE_COLOR !== "false";
		return io.stdout.isTTY === true;
	}
	function errorLine(err, options) {
		const m = options.m ?? en;
		const redact = (text) => options.showSecrets ? text : redactText(text, options.rules, options.quoted);
		if (options.known) return `scan-keys: ${redact(m.error(require_base.oneLine(err)))}\n`;
		return `scan-keys: ${m.internalError(redact(require_base.oneLine(err).split("\n")[0] ?? ""))}\n`;
	}
	Object.defineProperty(exports, "BASELINE_FILE", {
		enumerable: true,
		get: function() {
			return BASELINE_FILE;
		}
	});
	Object.defineProperty(exports, "BaselineError", {
		enumerable: true,
		get: function() {
			return BaselineError;
		}
	});
	Object.defineProperty(exports, "ConfigError", {
		enumerable: true,
		get: function() {
			return ConfigError;
		}
	});
	Object.defineProperty(exports, "ContentScanner", {
		enumerable: true,
		get: function() {
			return ContentScanner;
		}
	});
	Object.defineProperty(exports, "EMPTY_CONFIG", {
		enumerable: true,
		get: function() {
			return EMPTY_CONFIG;
		}
	});
	Object.defineProperty(exports, "EN", {
		enumerable: true,
		get: function() {
			return EN;
		}
	});
	Object.defineProperty(exports, "MissingObjectsError", {
		enumerable: true,
		get: function() {
			return MissingObjectsError;
		}
	});
	Object.defineProperty(exports, "PatternError", {
		enumerable: true,
		get: function() {
			return PatternError;
		}
	});
	Object.defineProperty(exports, "applyAllowlist", {
		enumerable: true,
		get: function() {
			return applyAllowlist;
		}
	});
	Object.defineProperty(exports, "applyBaseline", {
		enumerable: true,
		get: function() {
			return applyBaseline;
		}
	});
	Object.defineProperty(exports, "baselineEntries", {
		enumerable: true,
		get: function() {
			return baselineEntries;
		}
	});
	Object.defineProperty(exports, "compileConfig", {
		enumerable: true,
		get: function() {
			return compileConfig;
		}
	});
	Object.defineProperty(exports, "en", {
		enumerable: true,
		get: function() {
			return en;
		}
	});
	Object.defineProperty(exports, "errorLine", {
		enumerable: true,
		get: function() {
			return errorLine;
		}
	});
	Object.defineProperty(exports, "isBlocking", {
		enumerable: true,
		get: function() {
			return isBlocking;
		}
	});
	Object.defineProperty(exports, "isMissingObjectError", {
		enumerable: true,
		get: function() {
			return isMissingObjectError;
		}
	});
	Object.defineProperty(exports, "loadLocale", {
		enumerable: true,
		get: function() {
			return loadLocale;
		}
	});
	Object.defineProperty(exports, "loadPatternSchema", {
		enumerable: true,
		get: function() {
			return loadPatternSchema;
		}
	});
	Object.defineProperty(exports, "loadPatterns", {
		enumerable: true,
		get: function() {
			return loadPatterns;
		}
	});
	Object.defineProperty(exports, "messages_exports", {
		enumerable: true,
		get: function() {
			return messages_exports;
		}
	});
	Object.defineProperty(exports, "missingInRange", {
		enumerable: true,
		get: function() {
			return missingInRange;
		}
	});
	Object.defineProperty(exports, "missingStaged", {
		enumerable: true,
		get: function() {
			return missingStaged;
		}
	});
	Object.defineProperty(exports, "parseBaseline", {
		enumerable: true,
		get: function() {
			return parseBaseline;
		}
	});
	Object.defineProperty(exports, "redactText", {
		enumerable: true,
		get: function() {
			return redactText;
		}
	});
	Object.defineProperty(exports, "renderBaseline", {
		enumerable: true,
		get: function() {
			return renderBaseline;
		}
	});
	Object.defineProperty(exports, "shownSecret", {
		enumerable: true,
		get: function() {
			return shownSecret;
		}
	});
	Object.defineProperty(exports, "skipReason", {
		enumerable: true,
		get: function() {
			return skipReason;
		}
	});
	Object.defineProperty(exports, "useColor", {
		enumerable: true,
		get: function() {
			return useColor;
		}
	});
	Object.defineProperty(exports, "verificationNote", {
		enumerable: true,
		get: function() {
			return verificationNote;
		}
	});
}));
// dist/cjs/push.cjs
var require_push$1 = /* @__PURE__ */ __commonJSMin$1(((exports) => {
	const require_rolldown_runtime = require_rolldown_runtime$1();
	const require_base = require_base$1();
	const require_core = require_core$1();
	let node_fs = require("node:fs");
	let node_url = require("node:url");
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
	async function findInHistory(dir, revs, needles) {
		const found = /* @__PURE__ */ new Set();
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
		const first = /* @__PURE__ */ new Map();
		const files = /* @__PURE__ */ new Set();
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
		const commitsSeen = /* @__PURE__ */ new Set();
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
		const affected = /* @__PURE__ */ new Map();
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
		const counts = paths.map(() => /* @__PURE__ */ new Map());
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
		const tally = paths.map(() => /* @__PURE__ */ new Map());
		const states = /* @__PURE__ */ new Map();
		const uses = /* @__PURE__ */ new Map();
		const none = paths.map(() => void 0);
		const walk = async (commits) => {
			const seen = /* @__PURE__ */ new Set();
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
		const byPath = /* @__PURE__ */ new Map();
		for (const f of findings) {
			const list = byPath.get(f.file);
			if (list) list.push(f);
			else byPath.set(f.file, [f]);
		}
		for (const [path, atPath] of byPath) {
			const obj = await blobs.get(`HEAD:${path}`);
			const held = obj?.type === "blob" && obj.content ? secretFinder(atPath.map((f) => f.secret))(obj.content) : /* @__PURE__ */ new Set();
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
		const byHead = /* @__PURE__ */ new Map();
		for (const s of unique) {
			if (s.length < 4) continue;
			const head = Buffer.from(s, "latin1").readUInt32BE(0);
			let entry = byHead.get(head);
			if (!entry) byHead.set(head, entry = {
				lengths: [],
				values: /* @__PURE__ */ new Set()
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
		const byKey = /* @__PURE__ */ new Map();
		const blobs = new require_base.CatFile(gitDir);
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
		const providers = /* @__PURE__ */ new Map();
		const seen = /* @__PURE__ */ new Set();
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
}));
// dist/cjs/hook.cjs
var require_hook = /* @__PURE__ */ __commonJSMin$1(((exports) => {
	Object.defineProperty(exports, Symbol.toStringTag, { value: "Module" });
	const require_base = require_base$1();
	const require_push = require_push$1();
	const require_core = require_core$1();
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
}));
// dist/cjs/boot.cjs
var require_boot$1 = /* @__PURE__ */ __commonJSMin$1(((exports) => {
	const require_base = require_base$1();
	const require_start = require_start$1();
	let node_fs = require("node:fs");
	let node_path = require("node:path");
	let node_url = require("node:url");
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
	const TABLE = OPTIONS;
	const optionNamed = (name) => Object.hasOwn(TABLE, name) ? TABLE[name] : void 0;
	let shortNames;
	function shorts() {
		if (shortNames) return shortNames;
		shortNames = /* @__PURE__ */ new Map();
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
		const given = /* @__PURE__ */ new Map();
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
	const STDIN_ARG = "\0stdin";
	function readVersion() {
		try {
			return JSON.parse((0, node_fs.readFileSync)((0, node_url.fileURLToPath)(new URL("../../package.json", require("url").pathToFileURL(__filename).href)), "utf8")).version;
		} catch {
			return "unknown";
		}
	}
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
		statuses = /* @__PURE__ */ new Uint8Array(0);
		scores = /* @__PURE__ */ new Uint8Array(0);
		modes = /* @__PURE__ */ new Uint32Array(0);
		oids = Buffer.alloc(0);
		oidBytes = 0;
		names = Buffer.alloc(0);
		namesLength = 0;
		nameAt = /* @__PURE__ */ new Uint32Array(2);
		add(out, meta, metaEnd, from, pathFrom, to) {
			const i = this.length;
			const bad = () => /* @__PURE__ */ new Error(`git diff: unexpected raw entry ${JSON.stringify(out.toString("latin1", meta, metaEnd))}`);
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
		sections = /* @__PURE__ */ new Int32Array(0);
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
			this.sections = /* @__PURE__ */ new Int32Array(0);
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
}));
// dist/cjs/parse.cjs
var require_parse$2 = /* @__PURE__ */ __commonJSMin$1(((exports) => {
	const require_rolldown_runtime = require_rolldown_runtime$1();
	const require_boot = require_boot$1();
	let node_module = require("node:module");
	let util = require("util");
	let path = require("path");
	let fs = require("fs");
	function camelCase(str) {
		if (!(str !== str.toLowerCase() && str !== str.toUpperCase())) str = str.toLowerCase();
		if (str.indexOf("-") === -1 && str.indexOf("_") === -1) return str;
		else {
			let camelcase = "";
			let nextChrUpper = false;
			const leadingHyphens = str.match(/^-+/);
			for (let i = leadingHyphens ? leadingHyphens[0].length : 0; i < str.length; i++) {
				let chr = str.charAt(i);
				if (nextChrUpper) {
					nextChrUpper = false;
					chr = chr.toUpperCase();
				}
				if (i !== 0 && (chr === "-" || chr === "_")) nextChrUpper = true;
				else if (chr !== "-" && chr !== "_") camelcase += chr;
			}
			return camelcase;
		}
	}
	function decamelize(str, joinString) {
		const lowercase = str.toLowerCase();
		joinString = joinString || "-";
		let notCamelcase = "";
		for (let i = 0; i < str.length; i++) {
			const chrLower = lowercase.charAt(i);
			const chrString = str.charAt(i);
			if (chrLower !== chrString && i > 0) notCamelcase += `${joinString}${lowercase.charAt(i)}`;
			else notCamelcase += chrString;
		}
		return notCamelcase;
	}
	function looksLikeNumber(x) {
		if (x === null || x === void 0) return false;
		if (typeof x === "number") return true;
		if (/^0x[0-9a-f]+$/i.test(x)) return true;
		if (/^0[^.]/.test(x)) return false;
		return /^[-]?(?:\d+(?:\.\d*)?|\.\d+)(e[-+]?\d+)?$/.test(x);
	}
	function tokenizeArgString(argString) {
		if (Array.isArray(argString)) return argString.map((e) => typeof e !== "string" ? e + "" : e);
		argString = argString.trim();
		let i = 0;
		let prevC = null;
		let c = null;
		let opening = null;
		const args = [];
		for (let ii = 0; ii < argString.length; ii++) {
			prevC = c;
			c = argString.charAt(ii);
			if (c === " " && !opening) {
				if (!(prevC === " ")) i++;
				continue;
			}
			if (c === opening) opening = null;
			else if ((c === "'" || c === "\"") && !opening) opening = c;
			if (!args[i]) args[i] = "";
			args[i] += c;
		}
		return args;
	}
	var DefaultValuesForTypeKey;
	(function(DefaultValuesForTypeKey) {
		DefaultValuesForTypeKey["BOOLEAN"] = "boolean";
		DefaultValuesForTypeKey["STRING"] = "string";
		DefaultValuesForTypeKey["NUMBER"] = "number";
		DefaultValuesForTypeKey["ARRAY"] = "array";
	})(DefaultValuesForTypeKey || (DefaultValuesForTypeKey = {}));
	let mixin;
	var YargsParser = class {
		constructor(_mixin) {
			mixin = _mixin;
		}
		parse(argsInput, options) {
			const opts = Object.assign({
				alias: void 0,
				array: void 0,
				boolean: void 0,
				config: void 0,
				configObjects: void 0,
				configuration: void 0,
				coerce: void 0,
				count: void 0,
				default: void 0,
				envPrefix: void 0,
				narg: void 0,
				normalize: void 0,
				string: void 0,
				number: void 0,
				__: void 0,
				key: void 0
			}, options);
			const args = tokenizeArgString(argsInput);
			const inputIsString = typeof argsInput === "string";
			const aliases = combineAliases(Object.assign(Object.create(null), opts.alias));
			const configuration = Object.assign({
				"boolean-negation": true,
				"camel-case-expansion": true,
				"combine-arrays": false,
				"dot-notation": true,
				"duplicate-arguments-array": true,
				"flatten-duplicate-arrays": true,
				"greedy-arrays": true,
				"halt-at-non-option": false,
				"nargs-eats-options": false,
				"negation-prefix": "no-",
				"parse-numbers": true,
				"parse-positional-numbers": true,
				"populate--": false,
				"set-placeholder-key": false,
				"short-option-groups": true,
				"strip-aliased": false,
				"strip-dashed": false,
				"unknown-options-as-args": false
			}, opts.configuration);
			const defaults = Object.assign(Object.create(null), opts.default);
			const configObjects = opts.configObjects || [];
			const envPrefix = opts.envPrefix;
			const notFlagsOption = configuration["populate--"];
			const notFlagsArgv = notFlagsOption ? "--" : "_";
			const newAliases = Object.create(null);
			const defaulted = Object.create(null);
			const __ = opts.__ || mixin.format;
			const flags = {
				aliases: Object.create(null),
				arrays: Object.create(null),
				bools: Object.create(null),
				strings: Object.create(null),
				numbers: Object.create(null),
				counts: Object.create(null),
				normalize: Object.create(null),
				configs: Object.create(null),
				nargs: Object.create(null),
				coercions: Object.create(null),
				keys: []
			};
			const negative = /^-([0-9]+(\.[0-9]+)?|\.[0-9]+)$/;
			const negatedBoolean = new RegExp("^--" + configuration["negation-prefix"] + "(.+)");
			[].concat(opts.array || []).filter(Boolean).forEach(function(opt) {
				const key = typeof opt === "object" ? opt.key : opt;
				const assignment = Object.keys(opt).map(function(key) {
					return {
						boolean: "bools",
						string: "strings",
						number: "numbers"
					}[key];
				}).filter(Boolean).pop();
				if (assignment) flags[assignment][key] = true;
				flags.arrays[key] = true;
				flags.keys.push(key);
			});
			[].concat(opts.boolean || []).filter(Boolean).forEach(function(key) {
				flags.bools[key] = true;
				flags.keys.push(key);
			});
			[].concat(opts.string || []).filter(Boolean).forEach(function(key) {
				flags.strings[key] = true;
				flags.keys.push(key);
			});
			[].concat(opts.number || []).filter(Boolean).forEach(function(key) {
				flags.numbers[key] = true;
				flags.keys.push(key);
			});
			[].concat(opts.count || []).filter(Boolean).forEach(function(key) {
				flags.counts[key] = true;
				flags.keys.push(key);
			});
			[].concat(opts.normalize || []).filter(Boolean).forEach(function(key) {
				flags.normalize[key] = true;
				flags.keys.push(key);
			});
			if (typeof opts.narg === "object") Object.entries(opts.narg).forEach(([key, value]) => {
				if (typeof value === "number") {
					flags.nargs[key] = value;
					flags.keys.push(key);
				}
			});
			if (typeof opts.coerce === "object") Object.entries(opts.coerce).forEach(([key, value]) => {
				if (typeof value === "function") {
					flags.coercions[key] = value;
					flags.keys.push(key);
				}
			});
			if (typeof opts.config !== "undefined") {
				if (Array.isArray(opts.config) || typeof opts.config === "string") [].concat(opts.config).filter(Boolean).forEach(function(key) {
					flags.configs[key] = true;
				});
				else if (typeof opts.config === "object") Object.entries(opts.config).forEach(([key, value]) => {
					if (typeof value === "boolean" || typeof value === "function") flags.configs[key] = value;
				});
			}
			extendAliases(opts.key, aliases, opts.default, flags.arrays);
			Object.keys(defaults).forEach(function(key) {
				(flags.aliases[key] || []).forEach(function(alias) {
					defaults[alias] = defaults[key];
				});
			});
			let error = null;
			checkConfiguration();
			let notFlags = [];
			const argv = Object.assign(Object.create(null), { _: [] });
			const argvReturn = {};
			for (let i = 0; i < args.length; i++) {
				const arg = args[i];
				const truncatedArg = arg.replace(/^-{3,}/, "---");
				let broken;
				let key;
				let letters;
				let m;
				let next;
				let value;
				if (arg !== "--" && /^-/.test(arg) && isUnknownOptionAsArg(arg)) pushPositional(arg);
				else if (truncatedArg.match(/^---+(=|$)/)) {
					pushPositional(arg);
					continue;
				} else if (arg.match(/^--.+=/) || !configuration["short-option-groups"] && arg.match(/^-.+=/)) {
					m = arg.match(/^--?([^=]+)=([\s\S]*)$/);
					if (m !== null && Array.isArray(m) && m.length >= 3) {
						if (checkAllAliases(m[1], flags.arrays)) i = eatArray(i, m[1], args, m[2]);
						else if (checkAllAliases(m[1], flags.nargs) !== false) i = eatNargs(i, m[1], args, m[2]);
						else setArg(m[1], m[2], true);
					}
				} else if (arg.match(negatedBoolean) && configuration["boolean-negation"]) {
					m = arg.match(negatedBoolean);
					if (m !== null && Array.isArray(m) && m.length >= 2) {
						key = m[1];
						setArg(key, checkAllAliases(key, flags.arrays) ? [false] : false);
					}
				} else if (arg.match(/^--.+/) || !configuration["short-option-groups"] && arg.match(/^-[^-]+/)) {
					m = arg.match(/^--?(.+)/);
					if (m !== null && Array.isArray(m) && m.length >= 2) {
						key = m[1];
						if (checkAllAliases(key, flags.arrays)) i = eatArray(i, key, args);
						else if (checkAllAliases(key, flags.nargs) !== false) i = eatNargs(i, key, args);
						else {
							next = args[i + 1];
							if (next !== void 0 && (!next.match(/^-/) || next.match(negative)) && !checkAllAliases(key, flags.bools) && !checkAllAliases(key, flags.counts)) {
								setArg(key, next);
								i++;
							} else if (/^(true|false)$/.test(next)) {
								setArg(key, next);
								i++;
							} else setArg(key, defaultValue(key));
						}
					}
				} else if (arg.match(/^-.\..+=/)) {
					m = arg.match(/^-([^=]+)=([\s\S]*)$/);
					if (m !== null && Array.isArray(m) && m.length >= 3) setArg(m[1], m[2]);
				} else if (arg.match(/^-.\..+/) && !arg.match(negative)) {
					next = args[i + 1];
					m = arg.match(/^-(.\..+)/);
					if (m !== null && Array.isArray(m) && m.length >= 2) {
						key = m[1];
						if (next !== void 0 && !next.match(/^-/) && !checkAllAliases(key, flags.bools) && !checkAllAliases(key, flags.counts)) {
							setArg(key, next);
							i++;
						} else setArg(key, defaultValue(key));
					}
				} else if (arg.match(/^-[^-]+/) && !arg.match(negative)) {
					letters = arg.slice(1, -1).split("");
					broken = false;
					for (let j = 0; j < letters.length; j++) {
						next = arg.slice(j + 2);
						if (letters[j + 1] && letters[j + 1] === "=") {
							value = arg.slice(j + 3);
							key = letters[j];
							if (checkAllAliases(key, flags.arrays)) i = eatArray(i, key, args, value);
							else if (checkAllAliases(key, flags.nargs) !== false) i = eatNargs(i, key, args, value);
							else setArg(key, value);
							broken = true;
							break;
						}
						if (next === "-") {
							setArg(letters[j], next);
							continue;
						}
						if (/[A-Za-z]/.test(letters[j]) && /^-?\d+(\.\d*)?(e-?\d+)?$/.test(next) && checkAllAliases(next, flags.bools) === false) {
							setArg(letters[j], next);
							broken = true;
							break;
						}
						if (letters[j + 1] && letters[j + 1].match(/\W/)) {
							setArg(letters[j], next);
							broken = true;
							break;
						} else setArg(letters[j], defaultValue(letters[j]));
					}
					key = arg.slice(-1)[0];
					if (!broken && key !== "-") {
						if (checkAllAliases(key, flags.arrays)) i = eatArray(i, key, args);
						else if (checkAllAliases(key, flags.nargs) !== false) i = eatNargs(i, key, args);
						else {
							next = args[i + 1];
							if (next !== void 0 && (!/^(-|--)[^-]/.test(next) || next.match(negative)) && !checkAllAliases(key, flags.bools) && !checkAllAliases(key, flags.counts)) {
								setArg(key, next);
								i++;
							} else if (/^(true|false)$/.test(next)) {
								setArg(key, next);
								i++;
							} else setArg(key, defaultValue(key));
						}
					}
				} else if (arg.match(/^-[0-9]$/) && arg.match(negative) && checkAllAliases(arg.slice(1), flags.bools)) {
					key = arg.slice(1);
					setArg(key, defaultValue(key));
				} else if (arg === "--") {
					notFlags = args.slice(i + 1);
					break;
				} else if (configuration["halt-at-non-option"]) {
					notFlags = args.slice(i);
					break;
				} else pushPositional(arg);
			}
			applyEnvVars(argv, true);
			applyEnvVars(argv, false);
			setConfig(argv);
			setConfigObjects();
			applyDefaultsAndAliases(argv, flags.aliases, defaults, true);
			applyCoercions(argv);
			if (configuration["set-placeholder-key"]) setPlaceholderKeys(argv);
			Object.keys(flags.counts).forEach(function(key) {
				if (!hasKey(argv, key.split("."))) setArg(key, 0);
			});
			if (notFlagsOption && notFlags.length) argv[notFlagsArgv] = [];
			notFlags.forEach(function(key) {
				argv[notFlagsArgv].push(key);
			});
			if (configuration["camel-case-expansion"] && configuration["strip-dashed"]) Object.keys(argv).filter((key) => key !== "--" && key.includes("-")).forEach((key) => {
				delete argv[key];
			});
			if (configuration["strip-aliased"]) [].concat(...Object.keys(aliases).map((k) => aliases[k])).forEach((alias) => {
				if (configuration["camel-case-expansion"] && alias.includes("-")) delete argv[alias.split(".").map((prop) => camelCase(prop)).join(".")];
				delete argv[alias];
			});
			function pushPositional(arg) {
				const maybeCoercedNumber = maybeCoerceNumber("_", arg);
				if (typeof maybeCoercedNumber === "string" || typeof maybeCoercedNumber === "number") argv._.push(maybeCoercedNumber);
			}
			function eatNargs(i, key, args, argAfterEqualSign) {
				let ii;
				let toEat = checkAllAliases(key, flags.nargs);
				toEat = typeof toEat !== "number" || isNaN(toEat) ? 1 : toEat;
				if (toEat === 0) {
					if (!isUndefined(argAfterEqualSign)) error = Error(__("Argument unexpected for: %s", key));
					setArg(key, defaultValue(key));
					return i;
				}
				let available = isUndefined(argAfterEqualSign) ? 0 : 1;
				if (configuration["nargs-eats-options"]) {
					if (args.length - (i + 1) + available < toEat) error = Error(__("Not enough arguments following: %s", key));
					available = toEat;
				} else {
					for (ii = i + 1; ii < args.length; ii++) if (!args[ii].match(/^-[^0-9]/) || args[ii].match(negative) || isUnknownOptionAsArg(args[ii])) available++;
					else break;
					if (available < toEat) error = Error(__("Not enough arguments following: %s", key));
				}
				let consumed = Math.min(available, toEat);
				if (!isUndefined(argAfterEqualSign) && consumed > 0) {
					setArg(key, argAfterEqualSign);
					consumed--;
				}
				for (ii = i + 1; ii < consumed + i + 1; ii++) setArg(key, args[ii]);
				return i + consumed;
			}
			function eatArray(i, key, args, argAfterEqualSign) {
				let argsToSet = [];
				let next = argAfterEqualSign || args[i + 1];
				const nargsCount = checkAllAliases(key, flags.nargs);
				if (checkAllAliases(key, flags.bools) && !/^(true|false)$/.test(next)) argsToSet.push(true);
				else if (isUndefined(next) || isUndefined(argAfterEqualSign) && /^-/.test(next) && !negative.test(next) && !isUnknownOptionAsArg(next)) {
					if (defaults[key] !== void 0) {
						const defVal = defaults[key];
						argsToSet = Array.isArray(defVal) ? defVal : [defVal];
					}
				} else {
					if (!isUndefined(argAfterEqualSign)) argsToSet.push(processValue(key, argAfterEqualSign, true));
					for (let ii = i + 1; ii < args.length; ii++) {
						if (!configuration["greedy-arrays"] && argsToSet.length > 0 || nargsCount && typeof nargsCount === "number" && argsToSet.length >= nargsCount) break;
						next = args[ii];
						if (/^-/.test(next) && !negative.test(next) && !isUnknownOptionAsArg(next)) break;
						i = ii;
						argsToSet.push(processValue(key, next, inputIsString));
					}
				}
				if (typeof nargsCount === "number" && (nargsCount && argsToSet.length < nargsCount || isNaN(nargsCount) && argsToSet.length === 0)) error = Error(__("Not enough arguments following: %s", key));
				setArg(key, argsToSet);
				return i;
			}
			function setArg(key, val, shouldStripQuotes = inputIsString) {
				if (/-/.test(key) && configuration["camel-case-expansion"]) addNewAlias(key, key.split(".").map(function(prop) {
					return camelCase(prop);
				}).join("."));
				const value = processValue(key, val, shouldStripQuotes);
				const splitKey = key.split(".");
				setKey(argv, splitKey, value);
				if (flags.aliases[key]) flags.aliases[key].forEach(function(x) {
					const keyProperties = x.split(".");
					setKey(argv, keyProperties, value);
				});
				if (splitKey.length > 1 && configuration["dot-notation"]) (flags.aliases[splitKey[0]] || []).forEach(function(x) {
					let keyProperties = x.split(".");
					const a = [].concat(splitKey);
					a.shift();
					keyProperties = keyProperties.concat(a);
					if (!(flags.aliases[key] || []).includes(keyProperties.join("."))) setKey(argv, keyProperties, value);
				});
				if (checkAllAliases(key, flags.normalize) && !checkAllAliases(key, flags.arrays)) [key].concat(flags.aliases[key] || []).forEach(function(key) {
					Object.defineProperty(argvReturn, key, {
						enumerable: true,
						get() {
							return val;
						},
						set(value) {
							val = typeof value === "string" ? mixin.normalize(value) : value;
						}
					});
				});
			}
			function addNewAlias(key, alias) {
				if (!(flags.aliases[key] && flags.aliases[key].length)) {
					flags.aliases[key] = [alias];
					newAliases[alias] = true;
				}
				if (!(flags.aliases[alias] && flags.aliases[alias].length)) addNewAlias(alias, key);
			}
			function processValue(key, val, shouldStripQuotes) {
				if (shouldStripQuotes) val = stripQuotes(val);
				if (checkAllAliases(key, flags.bools) || checkAllAliases(key, flags.counts)) {
					if (typeof val === "string") val = val === "true";
				}
				let value = Array.isArray(val) ? val.map(function(v) {
					return maybeCoerceNumber(key, v);
				}) : maybeCoerceNumber(key, val);
				if (checkAllAliases(key, flags.counts) && (isUndefined(value) || typeof value === "boolean")) value = increment();
				if (checkAllAliases(key, flags.normalize) && checkAllAliases(key, flags.arrays)) {
					if (Array.isArray(val)) value = val.map((val) => {
						return mixin.normalize(val);
					});
					else value = mixin.normalize(val);
				}
				return value;
			}
			function maybeCoerceNumber(key, value) {
				if (!configuration["parse-positional-numbers"] && key === "_") return value;
				if (!checkAllAliases(key, flags.strings) && !checkAllAliases(key, flags.bools) && !Array.isArray(value)) {
					if (looksLikeNumber(value) && configuration["parse-numbers"] && Number.isSafeInteger(Math.floor(parseFloat(`${value}`))) || !isUndefined(value) && checkAllAliases(key, flags.numbers)) value = Number(value);
				}
				return value;
			}
			function setConfig(argv) {
				const configLookup = Object.create(null);
				applyDefaultsAndAliases(configLookup, flags.aliases, defaults);
				Object.keys(flags.configs).forEach(function(configKey) {
					const configPath = argv[configKey] || configLookup[configKey];
					if (configPath) try {
						let config = null;
						const resolvedConfigPath = mixin.resolve(mixin.cwd(), configPath);
						const resolveConfig = flags.configs[configKey];
						if (typeof resolveConfig === "function") {
							try {
								config = resolveConfig(resolvedConfigPath);
							} catch (e) {
								config = e;
							}
							if (config instanceof Error) {
								error = config;
								return;
							}
						} else config = mixin.require(resolvedConfigPath);
						setConfigObject(config);
					} catch (ex) {
						if (ex.name === "PermissionDenied") error = ex;
						else if (argv[configKey]) error = Error(__("Invalid JSON config file: %s", configPath));
					}
				});
			}
			function setConfigObject(config, prev) {
				Object.keys(config).forEach(function(key) {
					const value = config[key];
					const fullKey = prev ? prev + "." + key : key;
					if (typeof value === "object" && value !== null && !Array.isArray(value) && configuration["dot-notation"]) setConfigObject(value, fullKey);
					else if (!hasKey(argv, fullKey.split(".")) || checkAllAliases(fullKey, flags.arrays) && configuration["combine-arrays"]) setArg(fullKey, value);
				});
			}
			function setConfigObjects() {
				if (typeof configObjects !== "undefined") configObjects.forEach(function(configObject) {
					setConfigObject(configObject);
				});
			}
			function applyEnvVars(argv, configOnly) {
				if (typeof envPrefix === "undefined") return;
				const prefix = typeof envPrefix === "string" ? envPrefix : "";
				const env = mixin.env();
				Object.keys(env).forEach(function(envVar) {
					if (prefix === "" || envVar.lastIndexOf(prefix, 0) === 0) {
						const keys = envVar.split("__").map(function(key, i) {
							if (i === 0) key = key.substring(prefix.length);
							return camelCase(key);
						});
						if ((configOnly && flags.configs[keys.join(".")] || !configOnly) && !hasKey(argv, keys)) setArg(keys.join("."), env[envVar]);
					}
				});
			}
			function applyCoercions(argv) {
				let coerce;
				const applied = /* @__PURE__ */ new Set();
				Object.keys(argv).forEach(function(key) {
					if (!applied.has(key)) {
						coerce = checkAllAliases(key, flags.coercions);
						if (typeof coerce === "function") try {
							const value = maybeCoerceNumber(key, coerce(argv[key]));
							[].concat(flags.aliases[key] || [], key).forEach((ali) => {
								applied.add(ali);
								argv[ali] = value;
							});
						} catch (err) {
							error = err;
						}
					}
				});
			}
			function setPlaceholderKeys(argv) {
				flags.keys.forEach((key) => {
					if (~key.indexOf(".")) return;
					if (typeof argv[key] === "undefined") argv[key] = void 0;
				});
				return argv;
			}
			function applyDefaultsAndAliases(obj, aliases, defaults, canLog = false) {
				Object.keys(defaults).forEach(function(key) {
					if (!hasKey(obj, key.split("."))) {
						setKey(obj, key.split("."), defaults[key]);
						if (canLog) defaulted[key] = true;
						(aliases[key] || []).forEach(function(x) {
							if (hasKey(obj, x.split("."))) return;
							setKey(obj, x.split("."), defaults[key]);
						});
					}
				});
			}
			function hasKey(obj, keys) {
				let o = obj;
				if (!configuration["dot-notation"]) keys = [keys.join(".")];
				keys.slice(0, -1).forEach(function(key) {
					o = o[key] || {};
				});
				const key = keys[keys.length - 1];
				if (typeof o !== "object") return false;
				else return key in o;
			}
			function setKey(obj, keys, value) {
				let o = obj;
				if (!configuration["dot-notation"]) keys = [keys.join(".")];
				keys.slice(0, -1).forEach(function(key) {
					key = sanitizeKey(key);
					if (typeof o === "object" && o[key] === void 0) o[key] = {};
					if (typeof o[key] !== "object" || Array.isArray(o[key])) {
						if (Array.isArray(o[key])) o[key].push({});
						else o[key] = [o[key], {}];
						o = o[key][o[key].length - 1];
					} else o = o[key];
				});
				const key = sanitizeKey(keys[keys.length - 1]);
				const isTypeArray = checkAllAliases(keys.join("."), flags.arrays);
				const isValueArray = Array.isArray(value);
				let duplicate = configuration["duplicate-arguments-array"];
				if (!duplicate && checkAllAliases(key, flags.nargs)) {
					duplicate = true;
					if (!isUndefined(o[key]) && flags.nargs[key] === 1 || Array.isArray(o[key]) && o[key].length === flags.nargs[key]) o[key] = void 0;
				}
				if (value === increment()) o[key] = increment(o[key]);
				else if (Array.isArray(o[key])) {
					if (duplicate && isTypeArray && isValueArray) o[key] = configuration["flatten-duplicate-arrays"] ? o[key].concat(value) : (Array.isArray(o[key][0]) ? o[key] : [o[key]]).concat([value]);
					else if (!duplicate && Boolean(isTypeArray) === Boolean(isValueArray)) o[key] = value;
					else o[key] = o[key].concat([value]);
				} else if (o[key] === void 0 && isTypeArray) o[key] = isValueArray ? value : [value];
				else if (duplicate && !(o[key] === void 0 || checkAllAliases(key, flags.counts) || checkAllAliases(key, flags.bools))) o[key] = [o[key], value];
				else o[key] = value;
			}
			function extendAliases(...args) {
				args.forEach(function(obj) {
					Object.keys(obj || {}).forEach(function(key) {
						if (flags.aliases[key]) return;
						flags.aliases[key] = [].concat(aliases[key] || []);
						flags.aliases[key].concat(key).forEach(function(x) {
							if (/-/.test(x) && configuration["camel-case-expansion"]) {
								const c = camelCase(x);
								if (c !== key && flags.aliases[key].indexOf(c) === -1) {
									flags.aliases[key].push(c);
									newAliases[c] = true;
								}
							}
						});
						flags.aliases[key].concat(key).forEach(function(x) {
							if (x.length > 1 && /[A-Z]/.test(x) && configuration["camel-case-expansion"]) {
								const c = decamelize(x, "-");
								if (c !== key && flags.aliases[key].indexOf(c) === -1) {
									flags.aliases[key].push(c);
									newAliases[c] = true;
								}
							}
						});
						flags.aliases[key].forEach(function(x) {
							flags.aliases[x] = [key].concat(flags.aliases[key].filter(function(y) {
								return x !== y;
							}));
						});
					});
				});
			}
			function checkAllAliases(key, flag) {
				const toCheck = [].concat(flags.aliases[key] || [], key);
				const keys = Object.keys(flag);
				const setAlias = toCheck.find((key) => keys.includes(key));
				return setAlias ? flag[setAlias] : false;
			}
			function hasAnyFlag(key) {
				const flagsKeys = Object.keys(flags);
				return [].concat(flagsKeys.map((k) => flags[k])).some(function(flag) {
					return Array.isArray(flag) ? flag.includes(key) : flag[key];
				});
			}
			function hasFlagsMatching(arg, ...patterns) {
				return [].concat(...patterns).some(function(pattern) {
					const match = arg.match(pattern);
					return match && hasAnyFlag(match[1]);
				});
			}
			function hasAllShortFlags(arg) {
				if (arg.match(negative) || !arg.match(/^-[^-]+/)) return false;
				let hasAllFlags = true;
				let next;
				const letters = arg.slice(1).split("");
				for (let j = 0; j < letters.length; j++) {
					next = arg.slice(j + 2);
					if (!hasAnyFlag(letters[j])) {
						hasAllFlags = false;
						break;
					}
					if (letters[j + 1] && letters[j + 1] === "=" || next === "-" || /[A-Za-z]/.test(letters[j]) && /^-?\d+(\.\d*)?(e-?\d+)?$/.test(next) || letters[j + 1] && letters[j + 1].match(/\W/)) break;
				}
				return hasAllFlags;
			}
			function isUnknownOptionAsArg(arg) {
				return configuration["unknown-options-as-args"] && isUnknownOption(arg);
			}
			function isUnknownOption(arg) {
				arg = arg.replace(/^-{3,}/, "--");
				if (arg.match(negative)) return false;
				if (hasAllShortFlags(arg)) return false;
				return !hasFlagsMatching(arg, /^-+([^=]+?)=[\s\S]*$/, negatedBoolean, /^-+([^=]+?)$/, /^-+([^=]+?)-$/, /^-+([^=]+?\d+)$/, /^-+([^=]+?)\W+.*$/);
			}
			function defaultValue(key) {
				if (!checkAllAliases(key, flags.bools) && !checkAllAliases(key, flags.counts) && `${key}` in defaults) return defaults[key];
				else return defaultForType(guessType(key));
			}
			function defaultForType(type) {
				return {
					[DefaultValuesForTypeKey.BOOLEAN]: true,
					[DefaultValuesForTypeKey.STRING]: "",
					[DefaultValuesForTypeKey.NUMBER]: void 0,
					[DefaultValuesForTypeKey.ARRAY]: []
				}[type];
			}
			function guessType(key) {
				let type = DefaultValuesForTypeKey.BOOLEAN;
				if (checkAllAliases(key, flags.strings)) type = DefaultValuesForTypeKey.STRING;
				else if (checkAllAliases(key, flags.numbers)) type = DefaultValuesForTypeKey.NUMBER;
				else if (checkAllAliases(key, flags.bools)) type = DefaultValuesForTypeKey.BOOLEAN;
				else if (checkAllAliases(key, flags.arrays)) type = DefaultValuesForTypeKey.ARRAY;
				return type;
			}
			function isUndefined(num) {
				return num === void 0;
			}
			function checkConfiguration() {
				Object.keys(flags.counts).find((key) => {
					if (checkAllAliases(key, flags.arrays)) {
						error = Error(__("Invalid configuration: %s, opts.count excludes opts.array.", key));
						return true;
					} else if (checkAllAliases(key, flags.nargs)) {
						error = Error(__("Invalid configuration: %s, opts.count excludes opts.narg.", key));
						return true;
					}
					return false;
				});
			}
			return {
				aliases: Object.assign({}, flags.aliases),
				argv: Object.assign(argvReturn, argv),
				configuration,
				defaulted: Object.assign({}, defaulted),
				error,
				newAliases: Object.assign({}, newAliases)
			};
		}
	};
	function combineAliases(aliases) {
		const aliasArrays = [];
		const combined = Object.create(null);
		let change = true;
		Object.keys(aliases).forEach(function(key) {
			aliasArrays.push([].concat(aliases[key], key));
		});
		while (change) {
			change = false;
			for (let i = 0; i < aliasArrays.length; i++) for (let ii = i + 1; ii < aliasArrays.length; ii++) if (aliasArrays[i].filter(function(v) {
				return aliasArrays[ii].indexOf(v) !== -1;
			}).length) {
				aliasArrays[i] = aliasArrays[i].concat(aliasArrays[ii]);
				aliasArrays.splice(ii, 1);
				change = true;
				break;
			}
		}
		aliasArrays.forEach(function(aliasArray) {
			aliasArray = aliasArray.filter(function(v, i, self) {
				return self.indexOf(v) === i;
			});
			const lastAlias = aliasArray.pop();
			if (lastAlias !== void 0 && typeof lastAlias === "string") combined[lastAlias] = aliasArray;
		});
		return combined;
	}
	function increment(orig) {
		return orig !== void 0 ? orig + 1 : 1;
	}
	function sanitizeKey(key) {
		if (key === "__proto__") return "___proto___";
		return key;
	}
	function stripQuotes(val) {
		return typeof val === "string" && (val[0] === "'" || val[0] === "\"") && val[val.length - 1] === val[0] ? val.substring(1, val.length - 1) : val;
	}
	var _a;
	var _b;
	var _c;
	const minNodeVersion = process && process.env && process.env.YARGS_MIN_NODE_VERSION ? Number(process.env.YARGS_MIN_NODE_VERSION) : 20;
	const nodeVersion = (_b = (_a = process === null || process === void 0 ? void 0 : process.versions) === null || _a === void 0 ? void 0 : _a.node) !== null && _b !== void 0 ? _b : (_c = process === null || process === void 0 ? void 0 : process.version) === null || _c === void 0 ? void 0 : _c.slice(1);
	if (nodeVersion) {
		if (Number(nodeVersion.match(/^([^.]+)/)[1]) < minNodeVersion) throw Error(`yargs parser supports a minimum Node.js version of ${minNodeVersion}. Read our version support policy: https://github.com/yargs/yargs-parser#supported-nodejs-versions`);
	}
	const env = process ? process.env : {};
	const require$1 = node_module.createRequire ? (0, node_module.createRequire)(require("url").pathToFileURL(__filename).href) : void 0;
	const parser = new YargsParser({
		cwd: process.cwd,
		env: () => {
			return env;
		},
		format: util.format,
		normalize: path.normalize,
		resolve: path.resolve,
		require: (path) => {
			if (typeof require$1 !== "undefined") return require$1(path);
			else if (path.match(/\.json$/)) return JSON.parse((0, fs.readFileSync)(path, "utf8"));
			else throw Error("only .json config files are supported in ESM");
		}
	});
	const yargsParser = function Parser(args, opts) {
		return parser.parse(args.slice(), opts).argv;
	};
	yargsParser.detailed = function(args, opts) {
		return parser.parse(args.slice(), opts);
	};
	yargsParser.camelCase = camelCase;
	yargsParser.decamelize = decamelize;
	yargsParser.looksLikeNumber = looksLikeNumber;
	var args_exports = require_rolldown_runtime.__exportAll({ parseArgs: () => parseArgs });
	const TABLE = require_boot.OPTIONS;
	let parserOptions;
	let known;
	let shortAny;
	let shortBoolean;
	const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
	function options() {
		if (parserOptions) return parserOptions;
		const o = {
			alias: {},
			array: [],
			boolean: [],
			string: [],
			number: [],
			default: {},
			configuration: {}
		};
		known = /* @__PURE__ */ new Set();
		shortAny = /* @__PURE__ */ new Set();
		shortBoolean = /* @__PURE__ */ new Set();
		for (const [name, spec] of Object.entries(TABLE)) {
			o[spec.type].push(name);
			if (spec.array) o.array.push(name);
			if (spec.alias) o.alias[name] = [spec.alias];
			if (spec.default !== void 0) o.default[name] = spec.default;
			for (const key of [
				name,
				camel(name),
				spec.alias
			]) if (key) known.add(key);
			if (spec.alias?.length === 1) {
				shortAny.add(spec.alias);
				if (spec.type === "boolean") shortBoolean.add(spec.alias);
			}
		}
		o.configuration = {
			"parse-positional-numbers": false,
			"populate--": true
		};
		return parserOptions = o;
	}
	function parseArgs(args) {
		if (args.some((a) => a === "--" || a === "-" || a === "-h" || /^--(help|version)(=|$)/.test(a))) return void 0;
		const opts = options();
		for (const a of args) if (a.startsWith("--")) {
			const name = a.slice(2).split("=")[0];
			const negated = name.startsWith("no-") ? TABLE[name.slice(3)] : void 0;
			if (!TABLE[name] && !(negated?.type === "boolean" && !a.includes("="))) return void 0;
		} else if (a.startsWith("-") && a.length > 1) {
			const letters = a.slice(1);
			if (![...letters].every((l) => shortBoolean.has(l)) && !(letters.length === 1 && shortAny.has(letters))) return void 0;
		}
		const detailed = yargsParser.detailed(args, opts);
		if (detailed.error) return void 0;
		const argv = detailed.argv;
		for (const [key, value] of Object.entries(argv)) {
			if (key === "_" || key === "$0" || key === "--") continue;
			if (!known.has(key)) return void 0;
			const spec = TABLE[key];
			if (!spec) continue;
			if (Array.isArray(value) !== (spec.array === true) && value !== void 0) return void 0;
			if (spec.choices && value !== void 0 && !spec.choices.includes(value)) return void 0;
		}
		const words = argv._.map(String);
		if (argv["--"]?.length) return void 0;
		const command = require_boot.COMMANDS.find((c) => c.name !== "$0" && c.name === words[0]) ?? require_boot.COMMANDS[0];
		const rest = command.name === "$0" ? words : words.slice(1);
		if (!command.paths && !command.reports && rest.length > 0) return void 0;
		if (command.reports && rest.length === 0) return void 0;
		const parsed = {
			...argv,
			_: command.name === "$0" ? [] : [command.name]
		};
		delete parsed["--"];
		if (command.paths) parsed.paths = rest.length > 0 ? rest : [...require_boot.PATHS.default];
		if (command.reports) parsed.reports = rest;
		return parsed;
	}
	Object.defineProperty(exports, "args_exports", {
		enumerable: true,
		get: function() {
			return args_exports;
		}
	});
}));
// node_modules/cliui/build/lib/index.js
function addBorder(col, ts, style) {
	if (col.border) {
		if (/[.']-+[.']/.test(ts)) return "";
		if (ts.trim().length !== 0) return style;
		return "  ";
	}
	return "";
}
function _minWidth(col) {
	const padding = col.padding || [];
	const minWidth = 1 + (padding[left] || 0) + (padding[right] || 0);
	if (col.border) return minWidth + 4;
	return minWidth;
}
function getWindowWidth() {
	/* c8 ignore next 5: depends on terminal */
	if (typeof process === "object" && process.stdout && process.stdout.columns) return process.stdout.columns;
	return 80;
}
function alignRight(str, width) {
	str = str.trim();
	const strWidth = mixin$1.stringWidth(str);
	if (strWidth < width) return " ".repeat(width - strWidth) + str;
	return str;
}
function alignCenter(str, width) {
	str = str.trim();
	const strWidth = mixin$1.stringWidth(str);
	/* c8 ignore next 3 */
	if (strWidth >= width) return str;
	return " ".repeat(width - strWidth >> 1) + str;
}
function cliui(opts, _mixin) {
	mixin$1 = _mixin;
	return new UI({
		width: (opts === null || opts === void 0 ? void 0 : opts.width) || getWindowWidth(),
		wrap: opts === null || opts === void 0 ? void 0 : opts.wrap
	});
}
var align, top, right, bottom, left, UI, mixin$1;
var init_lib$2 = __esmMin((() => {
	align = {
		right: alignRight,
		center: alignCenter
	};
	top = 0;
	right = 1;
	bottom = 2;
	left = 3;
	UI = class {
		constructor(opts) {
			var _a;
			this.width = opts.width;
			this.wrap = (_a = opts.wrap) !== null && _a !== void 0 ? _a : true;
			this.rows = [];
		}
		span(...args) {
			const cols = this.div(...args);
			cols.span = true;
		}
		resetOutput() {
			this.rows = [];
		}
		div(...args) {
			if (args.length === 0) this.div("");
			if (this.wrap && this.shouldApplyLayoutDSL(...args) && typeof args[0] === "string") return this.applyLayoutDSL(args[0]);
			const cols = args.map((arg) => {
				if (typeof arg === "string") return this.colFromString(arg);
				return arg;
			});
			this.rows.push(cols);
			return cols;
		}
		shouldApplyLayoutDSL(...args) {
			return args.length === 1 && typeof args[0] === "string" && /[\t\n]/.test(args[0]);
		}
		applyLayoutDSL(str) {
			const rows = str.split("\n").map((row) => row.split("	"));
			let leftColumnWidth = 0;
			rows.forEach((columns) => {
				if (columns.length > 1 && mixin$1.stringWidth(columns[0]) > leftColumnWidth) leftColumnWidth = Math.min(Math.floor(this.width * .5), mixin$1.stringWidth(columns[0]));
			});
			rows.forEach((columns) => {
				this.div(...columns.map((r, i) => {
					return {
						text: r.trim(),
						padding: this.measurePadding(r),
						width: i === 0 && columns.length > 1 ? leftColumnWidth : void 0
					};
				}));
			});
			return this.rows[this.rows.length - 1];
		}
		colFromString(text) {
			return {
				text,
				padding: this.measurePadding(text)
			};
		}
		measurePadding(str) {
			const noAnsi = mixin$1.stripAnsi(str);
			return [
				0,
				noAnsi.match(/\s*$/)[0].length,
				0,
				noAnsi.match(/^\s*/)[0].length
			];
		}
		toString() {
			const lines = [];
			this.rows.forEach((row) => {
				this.rowToString(row, lines);
			});
			return lines.filter((line) => !line.hidden).map((line) => line.text).join("\n");
		}
		rowToString(row, lines) {
			this.rasterize(row).forEach((rrow, r) => {
				let str = "";
				rrow.forEach((col, c) => {
					const { width } = row[c];
					const wrapWidth = this.negatePadding(row[c]);
					let ts = col;
					if (wrapWidth > mixin$1.stringWidth(col)) ts += " ".repeat(wrapWidth - mixin$1.stringWidth(col));
					if (row[c].align && row[c].align !== "left" && this.wrap) {
						const fn = align[row[c].align];
						ts = fn(ts, wrapWidth);
						if (mixin$1.stringWidth(ts) < wrapWidth) ts += " ".repeat((width || 0) - mixin$1.stringWidth(ts) - 1);
					}
					const padding = row[c].padding || [
						0,
						0,
						0,
						0
					];
					if (padding[left]) str += " ".repeat(padding[left]);
					str += addBorder(row[c], ts, "| ");
					str += ts;
					str += addBorder(row[c], ts, " |");
					if (padding[right]) str += " ".repeat(padding[right]);
					if (r === 0 && lines.length > 0) str = this.renderInline(str, lines[lines.length - 1]);
				});
				lines.push({
					text: str.replace(/ +$/, ""),
					span: row.span
				});
			});
			return lines;
		}
		renderInline(source, previousLine) {
			const match = source.match(/^ */);
			const leadingWhitespace = match ? match[0].length : 0;
			const target = previousLine.text;
			const targetTextWidth = mixin$1.stringWidth(target.trimRight());
			if (!previousLine.span) return source;
			if (!this.wrap) {
				previousLine.hidden = true;
				return target + source;
			}
			if (leadingWhitespace < targetTextWidth) return source;
			previousLine.hidden = true;
			return target.trimRight() + " ".repeat(leadingWhitespace - targetTextWidth) + source.trimLeft();
		}
		rasterize(row) {
			const rrows = [];
			const widths = this.columnWidths(row);
			let wrapped;
			row.forEach((col, c) => {
				col.width = widths[c];
				if (this.wrap) wrapped = mixin$1.wrap(col.text, this.negatePadding(col), { hard: true }).split("\n");
				else wrapped = col.text.split("\n");
				if (col.border) {
					wrapped.unshift("." + "-".repeat(this.negatePadding(col) + 2) + ".");
					wrapped.push("'" + "-".repeat(this.negatePadding(col) + 2) + "'");
				}
				if (col.padding) {
					wrapped.unshift(...new Array(col.padding[top] || 0).fill(""));
					wrapped.push(...new Array(col.padding[bottom] || 0).fill(""));
				}
				wrapped.forEach((str, r) => {
					if (!rrows[r]) rrows.push([]);
					const rrow = rrows[r];
					for (let i = 0; i < c; i++) if (rrow[i] === void 0) rrow.push("");
					rrow.push(str);
				});
			});
			return rrows;
		}
		negatePadding(col) {
			let wrapWidth = col.width || 0;
			if (col.padding) wrapWidth -= (col.padding[left] || 0) + (col.padding[right] || 0);
			if (col.border) wrapWidth -= 4;
			return wrapWidth;
		}
		columnWidths(row) {
			if (!this.wrap) return row.map((col) => {
				return col.width || mixin$1.stringWidth(col.text);
			});
			let unset = row.length;
			let remainingWidth = this.width;
			const widths = row.map((col) => {
				if (col.width) {
					unset--;
					remainingWidth -= col.width;
					return col.width;
				}
			});
			const unsetWidth = unset ? Math.floor(remainingWidth / unset) : 0;
			return widths.map((w, i) => {
				if (w === void 0) return Math.max(unsetWidth, _minWidth(row[i]));
				return w;
			});
		}
	};
}));
// node_modules/ansi-regex/index.js
function ansiRegex({ onlyFirst = false } = {}) {
	return new RegExp(pattern, onlyFirst ? void 0 : "g");
}
var ST, stringControls, osc, controlString, pattern;
var init_ansi_regex = __esmMin((() => {
	ST = String.raw`(?:\u001B\u005C|\u009C)`;
	stringControls = String.raw`\u0018\u001A\u001B\u0080-\u009F`;
	osc = String.raw`(?:\u001B\]|\u009D)[^\u0007${stringControls}]*(?:\u0007|${ST})`;
	controlString = String.raw`(?:\u001B[PX^_k]|[\u0090\u0098\u009E\u009F])[^${stringControls}]*${ST}`;
	pattern = `${String.raw`\u001B\](?:P[\dA-Fa-f]{7}|R)(?:\u0007|${ST})?`}|${osc}|${controlString}|${String.raw`(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]`}|${String.raw`\u001B(?:[\u0020-\u002F]+[\u0030-\u007E]|[\dA-PR-TZcf-oq-uy=><~|}])`}`;
}));
// node_modules/strip-ansi/index.js
function stripAnsi(string) {
	if (typeof string !== "string") throw new TypeError(`Expected a \`string\`, got \`${typeof string}\``);
	if (!string.includes("\x1B") && !string.includes("")) return string;
	return string.replace(regex, "");
}
var regex;
var init_strip_ansi = __esmMin((() => {
	init_ansi_regex();
	regex = ansiRegex();
})), ambiguousRanges, fullwidthRanges, wideRanges;
var init_lookup_data = __esmMin((() => {
	ambiguousRanges = [
		161,
		161,
		164,
		164,
		167,
		168,
		170,
		170,
		173,
		174,
		176,
		180,
		182,
		186,
		188,
		191,
		198,
		198,
		208,
		208,
		215,
		216,
		222,
		225,
		230,
		230,
		232,
		234,
		236,
		237,
		240,
		240,
		242,
		243,
		247,
		250,
		252,
		252,
		254,
		254,
		257,
		257,
		273,
		273,
		275,
		275,
		283,
		283,
		294,
		295,
		299,
		299,
		305,
		307,
		312,
		312,
		319,
		322,
		324,
		324,
		328,
		331,
		333,
		333,
		338,
		339,
		358,
		359,
		363,
		363,
		462,
		462,
		464,
		464,
		466,
		466,
		468,
		468,
		470,
		470,
		472,
		472,
		474,
		474,
		476,
		476,
		593,
		593,
		609,
		609,
		708,
		708,
		711,
		711,
		713,
		715,
		717,
		717,
		720,
		720,
		728,
		731,
		733,
		733,
		735,
		735,
		768,
		879,
		913,
		929,
		931,
		937,
		945,
		961,
		963,
		969,
		1025,
		1025,
		1040,
		1103,
		1105,
		1105,
		8208,
		8208,
		8211,
		8214,
		8216,
		8217,
		8220,
		8221,
		8224,
		8226,
		8228,
		8231,
		8240,
		8240,
		8242,
		8243,
		8245,
		8245,
		8251,
		8251,
		8254,
		8254,
		8308,
		8308,
		8319,
		8319,
		8321,
		8324,
		8364,
		8364,
		8451,
		8451,
		8453,
		8453,
		8457,
		8457,
		8467,
		8467,
		8470,
		8470,
		8481,
		8482,
		8486,
		8486,
		8491,
		8491,
		8531,
		8532,
		8539,
		8542,
		8544,
		8555,
		8560,
		8569,
		8585,
		8585,
		8592,
		8601,
		8632,
		8633,
		8658,
		8658,
		8660,
		8660,
		8679,
		8679,
		8704,
		8704,
		8706,
		8707,
		8711,
		8712,
		8715,
		8715,
		8719,
		8719,
		8721,
		8721,
		8725,
		8725,
		8730,
		8730,
		8733,
		8736,
		8739,
		8739,
		8741,
		8741,
		8743,
		8748,
		8750,
		8750,
		8756,
		8759,
		8764,
		8765,
		8776,
		8776,
		8780,
		8780,
		8786,
		8786,
		8800,
		8801,
		8804,
		8807,
		8810,
		8811,
		8814,
		8815,
		8834,
		8835,
		8838,
		8839,
		8853,
		8853,
		8857,
		8857,
		8869,
		8869,
		8895,
		8895,
		8978,
		8978,
		9312,
		9449,
		9451,
		9547,
		9552,
		9587,
		9600,
		9615,
		9618,
		9621,
		9632,
		9633,
		9635,
		9641,
		9650,
		9651,
		9654,
		9655,
		9660,
		9661,
		9664,
		9665,
		9670,
		9672,
		9675,
		9675,
		9678,
		9681,
		9698,
		9701,
		9711,
		9711,
		9733,
		9734,
		9737,
		9737,
		9742,
		9743,
		9756,
		9756,
		9758,
		9758,
		9792,
		9792,
		9794,
		9794,
		9824,
		9825,
		9827,
		9829,
		9831,
		9834,
		9836,
		9837,
		9839,
		9839,
		9886,
		9887,
		9919,
		9919,
		9926,
		9933,
		9935,
		9939,
		9941,
		9953,
		9955,
		9955,
		9960,
		9961,
		9963,
		9969,
		9972,
		9972,
		9974,
		9977,
		9979,
		9980,
		9982,
		9983,
		10045,
		10045,
		10102,
		10111,
		11094,
		11097,
		12872,
		12879,
		57344,
		63743,
		65024,
		65039,
		65533,
		65533,
		127232,
		127242,
		127248,
		127277,
		127280,
		127337,
		127344,
		127373,
		127375,
		127376,
		127387,
		127404,
		917760,
		917999,
		983040,
		1048573,
		1048576,
		1114109
	];
	fullwidthRanges = [
		12288,
		12288,
		65281,
		65376,
		65504,
		65510
	];
	wideRanges = [
		4352,
		4447,
		8986,
		8987,
		9001,
		9002,
		9193,
		9196,
		9200,
		9200,
		9203,
		9203,
		9725,
		9726,
		9748,
		9749,
		9776,
		9783,
		9800,
		9811,
		9855,
		9855,
		9866,
		9871,
		9875,
		9875,
		9889,
		9889,
		9898,
		9899,
		9917,
		9918,
		9924,
		9925,
		9934,
		9934,
		9940,
		9940,
		9962,
		9962,
		9970,
		9971,
		9973,
		9973,
		9978,
		9978,
		9981,
		9981,
		9989,
		9989,
		9994,
		9995,
		10024,
		10024,
		10060,
		10060,
		10062,
		10062,
		10067,
		10069,
		10071,
		10071,
		10133,
		10135,
		10160,
		10160,
		10175,
		10175,
		11035,
		11036,
		11088,
		11088,
		11093,
		11093,
		11904,
		11929,
		11931,
		12019,
		12032,
		12245,
		12272,
		12287,
		12289,
		12350,
		12353,
		12438,
		12441,
		12543,
		12549,
		12591,
		12593,
		12686,
		12688,
		12773,
		12783,
		12830,
		12832,
		12871,
		12880,
		42124,
		42128,
		42182,
		43360,
		43388,
		44032,
		55203,
		63744,
		64255,
		65040,
		65049,
		65072,
		65106,
		65108,
		65126,
		65128,
		65131,
		94176,
		94180,
		94192,
		94198,
		94208,
		101594,
		101631,
		101664,
		101760,
		101874,
		101888,
		102801,
		102816,
		102866,
		110576,
		110579,
		110581,
		110587,
		110589,
		110590,
		110592,
		110888,
		110898,
		110898,
		110928,
		110930,
		110933,
		110933,
		110948,
		110952,
		110960,
		111355,
		119552,
		119638,
		119648,
		119670,
		126980,
		126980,
		127183,
		127183,
		127374,
		127374,
		127377,
		127386,
		127406,
		127406,
		127488,
		127490,
		127504,
		127547,
		127552,
		127560,
		127568,
		127569,
		127584,
		127589,
		127744,
		127776,
		127789,
		127797,
		127799,
		127868,
		127870,
		127891,
		127904,
		127946,
		127951,
		127955,
		127968,
		127984,
		127988,
		127988,
		127992,
		128062,
		128064,
		128064,
		128066,
		128252,
		128255,
		128317,
		128331,
		128334,
		128336,
		128359,
		128378,
		128378,
		128405,
		128406,
		128420,
		128420,
		128507,
		128591,
		128640,
		128709,
		128716,
		128716,
		128720,
		128722,
		128725,
		128729,
		128732,
		128735,
		128747,
		128748,
		128756,
		128764,
		128986,
		128986,
		128992,
		129003,
		129008,
		129008,
		129292,
		129338,
		129340,
		129349,
		129351,
		129535,
		129648,
		129660,
		129664,
		129734,
		129736,
		129736,
		129740,
		129757,
		129759,
		129771,
		129775,
		129786,
		131072,
		196605,
		196608,
		262141
	];
}));
// node_modules/get-east-asian-width/utilities.js
var isInRange;
var init_utilities = __esmMin((() => {
	isInRange = (ranges, codePoint) => {
		let low = 0;
		let high = Math.floor(ranges.length / 2) - 1;
		while (low <= high) {
			const mid = Math.floor((low + high) / 2);
			const i = mid * 2;
			if (codePoint < ranges[i]) high = mid - 1;
			else if (codePoint > ranges[i + 1]) low = mid + 1;
			else return true;
		}
		return false;
	};
}));
// node_modules/get-east-asian-width/lookup.js
function findWideFastPathRange(ranges) {
	let fastPathStart = ranges[0];
	let fastPathEnd = ranges[1];
	for (let index = 0; index < ranges.length; index += 2) {
		const start = ranges[index];
		const end = ranges[index + 1];
		if (commonCjkCodePoint >= start && commonCjkCodePoint <= end) return [start, end];
		if (end - start > fastPathEnd - fastPathStart) {
			fastPathStart = start;
			fastPathEnd = end;
		}
	}
	return [fastPathStart, fastPathEnd];
}
var commonCjkCodePoint, wideFastPathStart, wideFastPathEnd, isAmbiguous, isFullwidth, isWide;
var init_lookup = __esmMin((() => {
	init_lookup_data();
	init_utilities();
	commonCjkCodePoint = 19968;
	[wideFastPathStart, wideFastPathEnd] = /* #__PURE__ */ findWideFastPathRange(wideRanges);
	isAmbiguous = (codePoint) => {
		if (codePoint < 161 || codePoint > 1114109) return false;
		return isInRange(ambiguousRanges, codePoint);
	};
	isFullwidth = (codePoint) => {
		if (codePoint < 12288 || codePoint > 65510) return false;
		return isInRange(fullwidthRanges, codePoint);
	};
	isWide = (codePoint) => {
		if (codePoint >= wideFastPathStart && codePoint <= wideFastPathEnd) return true;
		if (codePoint < 4352 || codePoint > 262141) return false;
		return isInRange(wideRanges, codePoint);
	};
}));
// node_modules/get-east-asian-width/index.js
function validate(codePoint) {
	if (!Number.isSafeInteger(codePoint)) throw new TypeError(`Expected a code point, got \`${typeof codePoint}\`.`);
}
function eastAsianWidth(codePoint, { ambiguousAsWide = false } = {}) {
	validate(codePoint);
	if (isFullwidth(codePoint) || isWide(codePoint) || ambiguousAsWide && isAmbiguous(codePoint)) return 2;
	return 1;
}
var init_get_east_asian_width = __esmMin((() => {
	init_lookup();
}));
// node_modules/emoji-regex/index.js
var require_emoji_regex = /* @__PURE__ */ __commonJSMin$1(((exports, module) => {
	module.exports = () => {
		return /[#*0-9]\uFE0F?\u20E3|[\xA9\xAE\u203C\u2049\u2122\u2139\u2194-\u2199\u21A9\u21AA\u231A\u231B\u2328\u23CF\u23ED-\u23EF\u23F1\u23F2\u23F8-\u23FA\u24C2\u25AA\u25AB\u25B6\u25C0\u25FB\u25FC\u25FE\u2600-\u2604\u260E\u2611\u2614\u2615\u2618\u2620\u2622\u2623\u2626\u262A\u262E\u262F\u2638-\u263A\u2640\u2642\u2648-\u2653\u265F\u2660\u2663\u2665\u2666\u2668\u267B\u267E\u267F\u2692\u2694-\u2697\u2699\u269B\u269C\u26A0\u26A7\u26AA\u26B0\u26B1\u26BD\u26BE\u26C4\u26C8\u26CF\u26D1\u26E9\u26F0-\u26F5\u26F7\u26F8\u26FA\u2702\u2708\u2709\u270F\u2712\u2714\u2716\u271D\u2721\u2733\u2734\u2744\u2747\u2757\u2763\u27A1\u2934\u2935\u2B05-\u2B07\u2B1B\u2B1C\u2B55\u3030\u303D\u3297\u3299]\uFE0F?|[\u261D\u270C\u270D](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?|[\u270A\u270B](?:\uD83C[\uDFFB-\uDFFF])?|[\u23E9-\u23EC\u23F0\u23F3\u25FD\u2693\u26A1\u26AB\u26C5\u26CE\u26D4\u26EA\u26FD\u2705\u2728\u274C\u274E\u2753-\u2755\u2795-\u2797\u27B0\u27BF\u2B50]|\u26D3\uFE0F?(?:\u200D\uD83D\uDCA5)?|\u26F9(?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|\u2764\uFE0F?(?:\u200D(?:\uD83D\uDD25|\uD83E\uDE79))?|\uD83C(?:[\uDC04\uDD70\uDD71\uDD7E\uDD7F\uDE02\uDE37\uDF21\uDF24-\uDF2C\uDF36\uDF7D\uDF96\uDF97\uDF99-\uDF9B\uDF9E\uDF9F\uDFCD\uDFCE\uDFD4-\uDFDF\uDFF5\uDFF7]\uFE0F?|[\uDF85\uDFC2\uDFC7](?:\uD83C[\uDFFB-\uDFFF])?|[\uDFC4\uDFCA](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDFCB\uDFCC](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDCCF\uDD8E\uDD91-\uDD9A\uDE01\uDE1A\uDE2F\uDE32-\uDE36\uDE38-\uDE3A\uDE50\uDE51\uDF00-\uDF20\uDF2D-\uDF35\uDF37-\uDF43\uDF45-\uDF4A\uDF4C-\uDF7C\uDF7E-\uDF84\uDF86-\uDF93\uDFA0-\uDFC1\uDFC5\uDFC6\uDFC8\uDFC9\uDFCF-\uDFD3\uDFE0-\uDFF0\uDFF8-\uDFFF]|\uDDE6\uD83C[\uDDE8-\uDDEC\uDDEE\uDDF1\uDDF2\uDDF4\uDDF6-\uDDFA\uDDFC\uDDFD\uDDFF]|\uDDE7\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEF\uDDF1-\uDDF4\uDDF6-\uDDF9\uDDFB\uDDFC\uDDFE\uDDFF]|\uDDE8\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDEE\uDDF0-\uDDF7\uDDFA-\uDDFF]|\uDDE9\uD83C[\uDDEA\uDDEC\uDDEF\uDDF0\uDDF2\uDDF4\uDDFF]|\uDDEA\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDED\uDDF7-\uDDFA]|\uDDEB\uD83C[\uDDEE-\uDDF0\uDDF2\uDDF4\uDDF7]|\uDDEC\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEE\uDDF1-\uDDF3\uDDF5-\uDDFA\uDDFC\uDDFE]|\uDDED\uD83C[\uDDF0\uDDF2\uDDF3\uDDF7\uDDF9\uDDFA]|\uDDEE\uD83C[\uDDE8-\uDDEA\uDDF1-\uDDF4\uDDF6-\uDDF9]|\uDDEF\uD83C[\uDDEA\uDDF2\uDDF4\uDDF5]|\uDDF0\uD83C[\uDDEA\uDDEC-\uDDEE\uDDF2\uDDF3\uDDF5\uDDF7\uDDFC\uDDFE\uDDFF]|\uDDF1\uD83C[\uDDE6-\uDDE8\uDDEE\uDDF0\uDDF7-\uDDFB\uDDFE]|\uDDF2\uD83C[\uDDE6\uDDE8-\uDDED\uDDF0-\uDDFF]|\uDDF3\uD83C[\uDDE6\uDDE8\uDDEA-\uDDEC\uDDEE\uDDF1\uDDF4\uDDF5\uDDF7\uDDFA\uDDFF]|\uDDF4\uD83C\uDDF2|\uDDF5\uD83C[\uDDE6\uDDEA-\uDDED\uDDF0-\uDDF3\uDDF7-\uDDF9\uDDFC\uDDFE]|\uDDF6\uD83C\uDDE6|\uDDF7\uD83C[\uDDEA\uDDF4\uDDF8\uDDFA\uDDFC]|\uDDF8\uD83C[\uDDE6-\uDDEA\uDDEC-\uDDF4\uDDF7-\uDDF9\uDDFB\uDDFD-\uDDFF]|\uDDF9\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDED\uDDEF-\uDDF4\uDDF7\uDDF9\uDDFB\uDDFC\uDDFF]|\uDDFA\uD83C[\uDDE6\uDDEC\uDDF2\uDDF3\uDDF8\uDDFE\uDDFF]|\uDDFB\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDEE\uDDF3\uDDFA]|\uDDFC\uD83C[\uDDEB\uDDF8]|\uDDFD\uD83C\uDDF0|\uDDFE\uD83C[\uDDEA\uDDF9]|\uDDFF\uD83C[\uDDE6\uDDF2\uDDFC]|\uDF44(?:\u200D\uD83D\uDFEB)?|\uDF4B(?:\u200D\uD83D\uDFE9)?|\uDFC3(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?|\uDFF3\uFE0F?(?:\u200D(?:\u26A7\uFE0F?|\uD83C\uDF08))?|\uDFF4(?:\u200D\u2620\uFE0F?|\uDB40\uDC67\uDB40\uDC62\uDB40(?:\uDC65\uDB40\uDC6E\uDB40\uDC67|\uDC73\uDB40\uDC63\uDB40\uDC74|\uDC77\uDB40\uDC6C\uDB40\uDC73)\uDB40\uDC7F)?)|\uD83D(?:[\uDC3F\uDCFD\uDD49\uDD4A\uDD6F\uDD70\uDD73\uDD76-\uDD79\uDD87\uDD8A-\uDD8D\uDDA5\uDDA8\uDDB1\uDDB2\uDDBC\uDDC2-\uDDC4\uDDD1-\uDDD3\uDDDC-\uDDDE\uDDE1\uDDE3\uDDE8\uDDEF\uDDF3\uDDFA\uDECB\uDECD-\uDECF\uDEE0-\uDEE5\uDEE9\uDEF0\uDEF3]\uFE0F?|[\uDC42\uDC43\uDC46-\uDC50\uDC66\uDC67\uDC6B-\uDC6D\uDC72\uDC74-\uDC76\uDC78\uDC7C\uDC83\uDC85\uDC8F\uDC91\uDCAA\uDD7A\uDD95\uDD96\uDE4C\uDE4F\uDEC0\uDECC](?:\uD83C[\uDFFB-\uDFFF])?|[\uDC6E-\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4\uDEB5](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDD74\uDD90](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?|[\uDC00-\uDC07\uDC09-\uDC14\uDC16-\uDC25\uDC27-\uDC3A\uDC3C-\uDC3E\uDC40\uDC44\uDC45\uDC51-\uDC65\uDC6A\uDC79-\uDC7B\uDC7D-\uDC80\uDC84\uDC88-\uDC8E\uDC90\uDC92-\uDCA9\uDCAB-\uDCFC\uDCFF-\uDD3D\uDD4B-\uDD4E\uDD50-\uDD67\uDDA4\uDDFB-\uDE2D\uDE2F-\uDE34\uDE37-\uDE41\uDE43\uDE44\uDE48-\uDE4A\uDE80-\uDEA2\uDEA4-\uDEB3\uDEB7-\uDEBF\uDEC1-\uDEC5\uDED0-\uDED2\uDED5-\uDED8\uDEDC-\uDEDF\uDEEB\uDEEC\uDEF4-\uDEFC\uDFE0-\uDFEB\uDFF0]|\uDC08(?:\u200D\u2B1B)?|\uDC15(?:\u200D\uD83E\uDDBA)?|\uDC26(?:\u200D(?:\u2B1B|\uD83D\uDD25))?|\uDC3B(?:\u200D\u2744\uFE0F?)?|\uDC41\uFE0F?(?:\u200D\uD83D\uDDE8\uFE0F?)?|\uDC68(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDC68\uDC69]\u200D\uD83D(?:\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?)|[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?)|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFC-\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFD-\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFD\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFE]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?))?|\uDC69(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?[\uDC68\uDC69]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?|\uDC69\u200D\uD83D(?:\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?))|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFC-\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFC-\uDFFF])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB\uDFFD-\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFD-\uDFFF])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB-\uDFFD\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFD\uDFFF])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB-\uDFFE]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFE])))?))?|\uDD75(?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|\uDE2E(?:\u200D\uD83D\uDCA8)?|\uDE35(?:\u200D\uD83D\uDCAB)?|\uDE36(?:\u200D\uD83C\uDF2B\uFE0F?)?|\uDE42(?:\u200D[\u2194\u2195]\uFE0F?)?|\uDEB6(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?)|\uD83E(?:[\uDD0C\uDD0F\uDD18-\uDD1F\uDD30-\uDD34\uDD36\uDD77\uDDB5\uDDB6\uDDBB\uDDD2\uDDD3\uDDD5\uDEC3-\uDEC5\uDEF0\uDEF2-\uDEF8](?:\uD83C[\uDFFB-\uDFFF])?|[\uDD26\uDD35\uDD37-\uDD39\uDD3C-\uDD3E\uDDB8\uDDB9\uDDCD\uDDCF\uDDD4\uDDD6-\uDDDD](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDDDE\uDDDF](?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDD0D\uDD0E\uDD10-\uDD17\uDD20-\uDD25\uDD27-\uDD2F\uDD3A\uDD3F-\uDD45\uDD47-\uDD76\uDD78-\uDDB4\uDDB7\uDDBA\uDDBC-\uDDCC\uDDD0\uDDE0-\uDDFF\uDE70-\uDE7C\uDE80-\uDE8A\uDE8E-\uDEC2\uDEC6\uDEC8\uDECD-\uDEDC\uDEDF-\uDEEA\uDEEF]|\uDDCE(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?|\uDDD1(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1|\uDDD1\u200D\uD83E\uDDD2(?:\u200D\uD83E\uDDD2)?|\uDDD2(?:\u200D\uD83E\uDDD2)?))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE])))?))?|\uDEF1(?:\uD83C(?:\uDFFB(?:\u200D\uD83E\uDEF2\uD83C[\uDFFC-\uDFFF])?|\uDFFC(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB\uDFFD-\uDFFF])?|\uDFFD(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])?|\uDFFE(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB-\uDFFD\uDFFF])?|\uDFFF(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB-\uDFFE])?))?)/g;
	};
}));
// node_modules/cliui/node_modules/string-width/index.js
function stringWidth$2(string, options = {}) {
	if (typeof string !== "string" || string.length === 0) return 0;
	const { ambiguousIsNarrow = true, countAnsiEscapeCodes = false } = options;
	if (!countAnsiEscapeCodes) string = stripAnsi(string);
	if (string.length === 0) return 0;
	let width = 0;
	const eastAsianWidthOptions = { ambiguousAsWide: !ambiguousIsNarrow };
	for (const { segment: character } of segmenter$2.segment(string)) {
		const codePoint = character.codePointAt(0);
		if (codePoint <= 31 || codePoint >= 127 && codePoint <= 159) continue;
		if (codePoint >= 8203 && codePoint <= 8207 || codePoint === 65279) continue;
		if (codePoint >= 768 && codePoint <= 879 || codePoint >= 6832 && codePoint <= 6911 || codePoint >= 7616 && codePoint <= 7679 || codePoint >= 8400 && codePoint <= 8447 || codePoint >= 65056 && codePoint <= 65071) continue;
		if (codePoint >= 55296 && codePoint <= 57343) continue;
		if (codePoint >= 65024 && codePoint <= 65039) continue;
		if (defaultIgnorableCodePointRegex$1.test(character)) continue;
		if ((0, import_emoji_regex$1.default)().test(character)) {
			width += 2;
			continue;
		}
		width += eastAsianWidth(codePoint, eastAsianWidthOptions);
	}
	return width;
}
var import_emoji_regex$1, segmenter$2, defaultIgnorableCodePointRegex$1;
var init_string_width$2 = __esmMin((() => {
	init_strip_ansi();
	init_get_east_asian_width();
	import_emoji_regex$1 = /* @__PURE__ */ __toESM$1(require_emoji_regex(), 1);
	segmenter$2 = new Intl.Segmenter();
	defaultIgnorableCodePointRegex$1 = /^\p{Default_Ignorable_Code_Point}$/u;
}));
// node_modules/wrap-ansi/node_modules/string-width/index.js
function stringWidth$1(string, options = {}) {
	if (typeof string !== "string" || string.length === 0) return 0;
	const { ambiguousIsNarrow = true, countAnsiEscapeCodes = false } = options;
	if (!countAnsiEscapeCodes) string = stripAnsi(string);
	if (string.length === 0) return 0;
	let width = 0;
	const eastAsianWidthOptions = { ambiguousAsWide: !ambiguousIsNarrow };
	for (const { segment: character } of segmenter$1.segment(string)) {
		const codePoint = character.codePointAt(0);
		if (codePoint <= 31 || codePoint >= 127 && codePoint <= 159) continue;
		if (codePoint >= 8203 && codePoint <= 8207 || codePoint === 65279) continue;
		if (codePoint >= 768 && codePoint <= 879 || codePoint >= 6832 && codePoint <= 6911 || codePoint >= 7616 && codePoint <= 7679 || codePoint >= 8400 && codePoint <= 8447 || codePoint >= 65056 && codePoint <= 65071) continue;
		if (codePoint >= 55296 && codePoint <= 57343) continue;
		if (codePoint >= 65024 && codePoint <= 65039) continue;
		if (defaultIgnorableCodePointRegex.test(character)) continue;
		if ((0, import_emoji_regex.default)().test(character)) {
			width += 2;
			continue;
		}
		width += eastAsianWidth(codePoint, eastAsianWidthOptions);
	}
	return width;
}
var import_emoji_regex, segmenter$1, defaultIgnorableCodePointRegex;
var init_string_width$1 = __esmMin((() => {
	init_strip_ansi();
	init_get_east_asian_width();
	import_emoji_regex = /* @__PURE__ */ __toESM$1(require_emoji_regex(), 1);
	segmenter$1 = new Intl.Segmenter();
	defaultIgnorableCodePointRegex = /^\p{Default_Ignorable_Code_Point}$/u;
}));
// node_modules/ansi-styles/index.js
function assembleStyles() {
	const codes = /* @__PURE__ */ new Map();
	for (const [groupName, group] of Object.entries(styles)) {
		for (const [styleName, style] of Object.entries(group)) {
			styles[styleName] = {
				open: `\u001B[${style[0]}m`,
				close: `\u001B[${style[1]}m`
			};
			group[styleName] = styles[styleName];
			codes.set(style[0], style[1]);
		}
		Object.defineProperty(styles, groupName, {
			value: group,
			enumerable: false
		});
	}
	Object.defineProperty(styles, "codes", {
		value: codes,
		enumerable: false
	});
	styles.color.close = "\x1B[39m";
	styles.bgColor.close = "\x1B[49m";
	styles.color.ansi = wrapAnsi16();
	styles.color.ansi256 = wrapAnsi256();
	styles.color.ansi16m = wrapAnsi16m();
	styles.bgColor.ansi = wrapAnsi16(ANSI_BACKGROUND_OFFSET);
	styles.bgColor.ansi256 = wrapAnsi256(ANSI_BACKGROUND_OFFSET);
	styles.bgColor.ansi16m = wrapAnsi16m(ANSI_BACKGROUND_OFFSET);
	Object.defineProperties(styles, {
		rgbToAnsi256: {
			value(red, green, blue) {
				if (red === green && green === blue) {
					if (red < 8) return 16;
					if (red > 248) return 231;
					return Math.round((red - 8) / 247 * 24) + 232;
				}
				return 16 + 36 * Math.round(red / 255 * 5) + 6 * Math.round(green / 255 * 5) + Math.round(blue / 255 * 5);
			},
			enumerable: false
		},
		hexToRgb: {
			value(hex) {
				const matches = /[a-f\d]{6}|[a-f\d]{3}/i.exec(hex.toString(16));
				if (!matches) return [
					0,
					0,
					0
				];
				let [colorString] = matches;
				if (colorString.length === 3) colorString = [...colorString].map((character) => character + character).join("");
				const integer = Number.parseInt(colorString, 16);
				return [
					integer >> 16 & 255,
					integer >> 8 & 255,
					integer & 255
				];
			},
			enumerable: false
		},
		hexToAnsi256: {
			value: (hex) => styles.rgbToAnsi256(...styles.hexToRgb(hex)),
			enumerable: false
		},
		ansi256ToAnsi: {
			value(code) {
				if (code < 8) return 30 + code;
				if (code < 16) return 90 + (code - 8);
				let red;
				let green;
				let blue;
				if (code >= 232) {
					red = ((code - 232) * 10 + 8) / 255;
					green = red;
					blue = red;
				} else {
					code -= 16;
					const remainder = code % 36;
					red = Math.floor(code / 36) / 5;
					green = Math.floor(remainder / 6) / 5;
					blue = remainder % 6 / 5;
				}
				const value = Math.max(red, green, blue) * 2;
				if (value === 0) return 30;
				let result = 30 + (Math.round(blue) << 2 | Math.round(green) << 1 | Math.round(red));
				if (value === 2) result += 60;
				return result;
			},
			enumerable: false
		},
		rgbToAnsi: {
			value: (red, green, blue) => styles.ansi256ToAnsi(styles.rgbToAnsi256(red, green, blue)),
			enumerable: false
		},
		hexToAnsi: {
			value: (hex) => styles.ansi256ToAnsi(styles.hexToAnsi256(hex)),
			enumerable: false
		}
	});
	return styles;
}
var ANSI_BACKGROUND_OFFSET, wrapAnsi16, wrapAnsi256, wrapAnsi16m, styles, foregroundColorNames, backgroundColorNames, ansiStyles;
var init_ansi_styles = __esmMin((() => {
	ANSI_BACKGROUND_OFFSET = 10;
	wrapAnsi16 = (offset = 0) => (code) => `\u001B[${code + offset}m`;
	wrapAnsi256 = (offset = 0) => (code) => `\u001B[${38 + offset};5;${code}m`;
	wrapAnsi16m = (offset = 0) => (red, green, blue) => `\u001B[${38 + offset};2;${red};${green};${blue}m`;
	styles = {
		modifier: {
			reset: [0, 0],
			bold: [1, 22],
			dim: [2, 22],
			italic: [3, 23],
			underline: [4, 24],
			overline: [53, 55],
			inverse: [7, 27],
			hidden: [8, 28],
			strikethrough: [9, 29]
		},
		color: {
			black: [30, 39],
			red: [31, 39],
			green: [32, 39],
			yellow: [33, 39],
			blue: [34, 39],
			magenta: [35, 39],
			cyan: [36, 39],
			white: [37, 39],
			blackBright: [90, 39],
			gray: [90, 39],
			grey: [90, 39],
			redBright: [91, 39],
			greenBright: [92, 39],
			yellowBright: [93, 39],
			blueBright: [94, 39],
			magentaBright: [95, 39],
			cyanBright: [96, 39],
			whiteBright: [97, 39]
		},
		bgColor: {
			bgBlack: [40, 49],
			bgRed: [41, 49],
			bgGreen: [42, 49],
			bgYellow: [43, 49],
			bgBlue: [44, 49],
			bgMagenta: [45, 49],
			bgCyan: [46, 49],
			bgWhite: [47, 49],
			bgBlackBright: [100, 49],
			bgGray: [100, 49],
			bgGrey: [100, 49],
			bgRedBright: [101, 49],
			bgGreenBright: [102, 49],
			bgYellowBright: [103, 49],
			bgBlueBright: [104, 49],
			bgMagentaBright: [105, 49],
			bgCyanBright: [106, 49],
			bgWhiteBright: [107, 49]
		}
	};
	Object.keys(styles.modifier);
	foregroundColorNames = Object.keys(styles.color);
	backgroundColorNames = Object.keys(styles.bgColor);
	[...foregroundColorNames, ...backgroundColorNames];
	ansiStyles = assembleStyles();
}));
// node_modules/wrap-ansi/index.js
function wrapAnsi(string, columns, options) {
	return String(string).normalize().replaceAll("\r\n", "\n").split("\n").map((line) => exec(line, columns, options)).join("\n");
}
var ESCAPES, END_CODE, ANSI_ESCAPE_BELL, ANSI_CSI, ANSI_OSC, ANSI_SGR_TERMINATOR, ANSI_ESCAPE_LINK, wrapAnsiCode, wrapAnsiHyperlink, wordLengths, wrapWord, stringVisibleTrimSpacesRight, exec;
var init_wrap_ansi = __esmMin((() => {
	init_string_width$1();
	init_strip_ansi();
	init_ansi_styles();
	ESCAPES = /* @__PURE__ */ new Set(["\x1B", ""]);
	END_CODE = 39;
	ANSI_ESCAPE_BELL = "\x07";
	ANSI_CSI = "[";
	ANSI_OSC = "]";
	ANSI_SGR_TERMINATOR = "m";
	ANSI_ESCAPE_LINK = `${ANSI_OSC}8;;`;
	wrapAnsiCode = (code) => `${ESCAPES.values().next().value}${ANSI_CSI}${code}${ANSI_SGR_TERMINATOR}`;
	wrapAnsiHyperlink = (url) => `${ESCAPES.values().next().value}${ANSI_ESCAPE_LINK}${url}${ANSI_ESCAPE_BELL}`;
	wordLengths = (string) => string.split(" ").map((character) => stringWidth$1(character));
	wrapWord = (rows, word, columns) => {
		const characters = [...word];
		let isInsideEscape = false;
		let isInsideLinkEscape = false;
		let visible = stringWidth$1(stripAnsi(rows.at(-1)));
		for (const [index, character] of characters.entries()) {
			const characterLength = stringWidth$1(character);
			if (visible + characterLength <= columns) rows[rows.length - 1] += character;
			else {
				rows.push(character);
				visible = 0;
			}
			if (ESCAPES.has(character)) {
				isInsideEscape = true;
				isInsideLinkEscape = characters.slice(index + 1, index + 1 + ANSI_ESCAPE_LINK.length).join("") === ANSI_ESCAPE_LINK;
			}
			if (isInsideEscape) {
				if (isInsideLinkEscape) {
					if (character === ANSI_ESCAPE_BELL) {
						isInsideEscape = false;
						isInsideLinkEscape = false;
					}
				} else if (character === ANSI_SGR_TERMINATOR) isInsideEscape = false;
				continue;
			}
			visible += characterLength;
			if (visible === columns && index < characters.length - 1) {
				rows.push("");
				visible = 0;
			}
		}
		if (!visible && rows.at(-1).length > 0 && rows.length > 1) rows[rows.length - 2] += rows.pop();
	};
	stringVisibleTrimSpacesRight = (string) => {
		const words = string.split(" ");
		let last = words.length;
		while (last > 0) {
			if (stringWidth$1(words[last - 1]) > 0) break;
			last--;
		}
		if (last === words.length) return string;
		return words.slice(0, last).join(" ") + words.slice(last).join("");
	};
	exec = (string, columns, options = {}) => {
		if (options.trim !== false && string.trim() === "") return "";
		let returnValue = "";
		let escapeCode;
		let escapeUrl;
		const lengths = wordLengths(string);
		let rows = [""];
		for (const [index, word] of string.split(" ").entries()) {
			if (options.trim !== false) rows[rows.length - 1] = rows.at(-1).trimStart();
			let rowLength = stringWidth$1(rows.at(-1));
			if (index !== 0) {
				if (rowLength >= columns && (options.wordWrap === false || options.trim === false)) {
					rows.push("");
					rowLength = 0;
				}
				if (rowLength > 0 || options.trim === false) {
					rows[rows.length - 1] += " ";
					rowLength++;
				}
			}
			if (options.hard && lengths[index] > columns) {
				const remainingColumns = columns - rowLength;
				const breaksStartingThisLine = 1 + Math.floor((lengths[index] - remainingColumns - 1) / columns);
				if (Math.floor((lengths[index] - 1) / columns) < breaksStartingThisLine) rows.push("");
				wrapWord(rows, word, columns);
				continue;
			}
			if (rowLength + lengths[index] > columns && rowLength > 0 && lengths[index] > 0) {
				if (options.wordWrap === false && rowLength < columns) {
					wrapWord(rows, word, columns);
					continue;
				}
				rows.push("");
			}
			if (rowLength + lengths[index] > columns && options.wordWrap === false) {
				wrapWord(rows, word, columns);
				continue;
			}
			rows[rows.length - 1] += word;
		}
		if (options.trim !== false) rows = rows.map((row) => stringVisibleTrimSpacesRight(row));
		const preString = rows.join("\n");
		const pre = [...preString];
		let preStringIndex = 0;
		for (const [index, character] of pre.entries()) {
			returnValue += character;
			if (ESCAPES.has(character)) {
				const { groups } = new RegExp(`(?:\\${ANSI_CSI}(?<code>\\d+)m|\\${ANSI_ESCAPE_LINK}(?<uri>.*)${ANSI_ESCAPE_BELL})`).exec(preString.slice(preStringIndex)) || { groups: {} };
				if (groups.code !== void 0) {
					const code = Number.parseFloat(groups.code);
					escapeCode = code === END_CODE ? void 0 : code;
				} else if (groups.uri !== void 0) escapeUrl = groups.uri.length === 0 ? void 0 : groups.uri;
			}
			const code = ansiStyles.codes.get(Number(escapeCode));
			if (pre[index + 1] === "\n") {
				if (escapeUrl) returnValue += wrapAnsiHyperlink("");
				if (escapeCode && code) returnValue += wrapAnsiCode(code);
			} else if (character === "\n") {
				if (escapeCode && code) returnValue += wrapAnsiCode(escapeCode);
				if (escapeUrl) returnValue += wrapAnsiHyperlink(escapeUrl);
			}
			preStringIndex += character.length;
		}
		return returnValue;
	};
}));
// node_modules/cliui/index.mjs
function ui(opts) {
	return cliui(opts, {
		stringWidth: stringWidth$2,
		stripAnsi,
		wrap: wrapAnsi
	});
}
var init_cliui = __esmMin((() => {
	init_lib$2();
	init_string_width$2();
	init_strip_ansi();
	init_wrap_ansi();
}));
// node_modules/escalade/sync/index.mjs
function sync_default(start, callback) {
	let dir = (0, path.resolve)(".", start);
	let tmp;
	if (!(0, fs.statSync)(dir).isDirectory()) dir = (0, path.dirname)(dir);
	while (true) {
		tmp = callback(dir, (0, fs.readdirSync)(dir));
		if (tmp) return (0, path.resolve)(dir, tmp);
		dir = (0, path.dirname)(tmp = dir);
		if (tmp === dir) break;
	}
}
var init_sync = __esmMin((() => {}));
// node_modules/yargs-parser/build/lib/string-utils.js
/**
* @license
* Copyright (c) 2016, Contributors
* SPDX-License-Identifier: ISC
*/
function camelCase(str) {
	if (!(str !== str.toLowerCase() && str !== str.toUpperCase())) str = str.toLowerCase();
	if (str.indexOf("-") === -1 && str.indexOf("_") === -1) return str;
	else {
		let camelcase = "";
		let nextChrUpper = false;
		const leadingHyphens = str.match(/^-+/);
		for (let i = leadingHyphens ? leadingHyphens[0].length : 0; i < str.length; i++) {
			let chr = str.charAt(i);
			if (nextChrUpper) {
				nextChrUpper = false;
				chr = chr.toUpperCase();
			}
			if (i !== 0 && (chr === "-" || chr === "_")) nextChrUpper = true;
			else if (chr !== "-" && chr !== "_") camelcase += chr;
		}
		return camelcase;
	}
}
function decamelize(str, joinString) {
	const lowercase = str.toLowerCase();
	joinString = joinString || "-";
	let notCamelcase = "";
	for (let i = 0; i < str.length; i++) {
		const chrLower = lowercase.charAt(i);
		const chrString = str.charAt(i);
		if (chrLower !== chrString && i > 0) notCamelcase += `${joinString}${lowercase.charAt(i)}`;
		else notCamelcase += chrString;
	}
	return notCamelcase;
}
function looksLikeNumber(x) {
	if (x === null || x === void 0) return false;
	if (typeof x === "number") return true;
	if (/^0x[0-9a-f]+$/i.test(x)) return true;
	if (/^0[^.]/.test(x)) return false;
	return /^[-]?(?:\d+(?:\.\d*)?|\.\d+)(e[-+]?\d+)?$/.test(x);
}
var init_string_utils = __esmMin((() => {}));
// node_modules/yargs-parser/build/lib/tokenize-arg-string.js
/**
* @license
* Copyright (c) 2016, Contributors
* SPDX-License-Identifier: ISC
*/
function tokenizeArgString(argString) {
	if (Array.isArray(argString)) return argString.map((e) => typeof e !== "string" ? e + "" : e);
	argString = argString.trim();
	let i = 0;
	let prevC = null;
	let c = null;
	let opening = null;
	const args = [];
	for (let ii = 0; ii < argString.length; ii++) {
		prevC = c;
		c = argString.charAt(ii);
		if (c === " " && !opening) {
			if (!(prevC === " ")) i++;
			continue;
		}
		if (c === opening) opening = null;
		else if ((c === "'" || c === "\"") && !opening) opening = c;
		if (!args[i]) args[i] = "";
		args[i] += c;
	}
	return args;
}
var init_tokenize_arg_string = __esmMin((() => {}));
// node_modules/yargs-parser/build/lib/yargs-parser-types.js
var DefaultValuesForTypeKey;
var init_yargs_parser_types = __esmMin((() => {
	/**
	* @license
	* Copyright (c) 2016, Contributors
	* SPDX-License-Identifier: ISC
	*/
	(function(DefaultValuesForTypeKey) {
		DefaultValuesForTypeKey["BOOLEAN"] = "boolean";
		DefaultValuesForTypeKey["STRING"] = "string";
		DefaultValuesForTypeKey["NUMBER"] = "number";
		DefaultValuesForTypeKey["ARRAY"] = "array";
	})(DefaultValuesForTypeKey || (DefaultValuesForTypeKey = {}));
}));
// node_modules/yargs-parser/build/lib/yargs-parser.js
/**
* @license
* Copyright (c) 2016, Contributors
* SPDX-License-Identifier: ISC
*/
function combineAliases(aliases) {
	const aliasArrays = [];
	const combined = Object.create(null);
	let change = true;
	Object.keys(aliases).forEach(function(key) {
		aliasArrays.push([].concat(aliases[key], key));
	});
	while (change) {
		change = false;
		for (let i = 0; i < aliasArrays.length; i++) for (let ii = i + 1; ii < aliasArrays.length; ii++) if (aliasArrays[i].filter(function(v) {
			return aliasArrays[ii].indexOf(v) !== -1;
		}).length) {
			aliasArrays[i] = aliasArrays[i].concat(aliasArrays[ii]);
			aliasArrays.splice(ii, 1);
			change = true;
			break;
		}
	}
	aliasArrays.forEach(function(aliasArray) {
		aliasArray = aliasArray.filter(function(v, i, self) {
			return self.indexOf(v) === i;
		});
		const lastAlias = aliasArray.pop();
		if (lastAlias !== void 0 && typeof lastAlias === "string") combined[lastAlias] = aliasArray;
	});
	return combined;
}
function increment(orig) {
	return orig !== void 0 ? orig + 1 : 1;
}
function sanitizeKey(key) {
	if (key === "__proto__") return "___proto___";
	return key;
}
function stripQuotes(val) {
	return typeof val === "string" && (val[0] === "'" || val[0] === "\"") && val[val.length - 1] === val[0] ? val.substring(1, val.length - 1) : val;
}
var mixin, YargsParser;
var init_yargs_parser = __esmMin((() => {
	init_tokenize_arg_string();
	init_yargs_parser_types();
	init_string_utils();
	YargsParser = class {
		constructor(_mixin) {
			mixin = _mixin;
		}
		parse(argsInput, options) {
			const opts = Object.assign({
				alias: void 0,
				array: void 0,
				boolean: void 0,
				config: void 0,
				configObjects: void 0,
				configuration: void 0,
				coerce: void 0,
				count: void 0,
				default: void 0,
				envPrefix: void 0,
				narg: void 0,
				normalize: void 0,
				string: void 0,
				number: void 0,
				__: void 0,
				key: void 0
			}, options);
			const args = tokenizeArgString(argsInput);
			const inputIsString = typeof argsInput === "string";
			const aliases = combineAliases(Object.assign(Object.create(null), opts.alias));
			const configuration = Object.assign({
				"boolean-negation": true,
				"camel-case-expansion": true,
				"combine-arrays": false,
				"dot-notation": true,
				"duplicate-arguments-array": true,
				"flatten-duplicate-arrays": true,
				"greedy-arrays": true,
				"halt-at-non-option": false,
				"nargs-eats-options": false,
				"negation-prefix": "no-",
				"parse-numbers": true,
				"parse-positional-numbers": true,
				"populate--": false,
				"set-placeholder-key": false,
				"short-option-groups": true,
				"strip-aliased": false,
				"strip-dashed": false,
				"unknown-options-as-args": false
			}, opts.configuration);
			const defaults = Object.assign(Object.create(null), opts.default);
			const configObjects = opts.configObjects || [];
			const envPrefix = opts.envPrefix;
			const notFlagsOption = configuration["populate--"];
			const notFlagsArgv = notFlagsOption ? "--" : "_";
			const newAliases = Object.create(null);
			const defaulted = Object.create(null);
			const __ = opts.__ || mixin.format;
			const flags = {
				aliases: Object.create(null),
				arrays: Object.create(null),
				bools: Object.create(null),
				strings: Object.create(null),
				numbers: Object.create(null),
				counts: Object.create(null),
				normalize: Object.create(null),
				configs: Object.create(null),
				nargs: Object.create(null),
				coercions: Object.create(null),
				keys: []
			};
			const negative = /^-([0-9]+(\.[0-9]+)?|\.[0-9]+)$/;
			const negatedBoolean = new RegExp("^--" + configuration["negation-prefix"] + "(.+)");
			[].concat(opts.array || []).filter(Boolean).forEach(function(opt) {
				const key = typeof opt === "object" ? opt.key : opt;
				const assignment = Object.keys(opt).map(function(key) {
					return {
						boolean: "bools",
						string: "strings",
						number: "numbers"
					}[key];
				}).filter(Boolean).pop();
				if (assignment) flags[assignment][key] = true;
				flags.arrays[key] = true;
				flags.keys.push(key);
			});
			[].concat(opts.boolean || []).filter(Boolean).forEach(function(key) {
				flags.bools[key] = true;
				flags.keys.push(key);
			});
			[].concat(opts.string || []).filter(Boolean).forEach(function(key) {
				flags.strings[key] = true;
				flags.keys.push(key);
			});
			[].concat(opts.number || []).filter(Boolean).forEach(function(key) {
				flags.numbers[key] = true;
				flags.keys.push(key);
			});
			[].concat(opts.count || []).filter(Boolean).forEach(function(key) {
				flags.counts[key] = true;
				flags.keys.push(key);
			});
			[].concat(opts.normalize || []).filter(Boolean).forEach(function(key) {
				flags.normalize[key] = true;
				flags.keys.push(key);
			});
			if (typeof opts.narg === "object") Object.entries(opts.narg).forEach(([key, value]) => {
				if (typeof value === "number") {
					flags.nargs[key] = value;
					flags.keys.push(key);
				}
			});
			if (typeof opts.coerce === "object") Object.entries(opts.coerce).forEach(([key, value]) => {
				if (typeof value === "function") {
					flags.coercions[key] = value;
					flags.keys.push(key);
				}
			});
			if (typeof opts.config !== "undefined") {
				if (Array.isArray(opts.config) || typeof opts.config === "string") [].concat(opts.config).filter(Boolean).forEach(function(key) {
					flags.configs[key] = true;
				});
				else if (typeof opts.config === "object") Object.entries(opts.config).forEach(([key, value]) => {
					if (typeof value === "boolean" || typeof value === "function") flags.configs[key] = value;
				});
			}
			extendAliases(opts.key, aliases, opts.default, flags.arrays);
			Object.keys(defaults).forEach(function(key) {
				(flags.aliases[key] || []).forEach(function(alias) {
					defaults[alias] = defaults[key];
				});
			});
			let error = null;
			checkConfiguration();
			let notFlags = [];
			const argv = Object.assign(Object.create(null), { _: [] });
			const argvReturn = {};
			for (let i = 0; i < args.length; i++) {
				const arg = args[i];
				const truncatedArg = arg.replace(/^-{3,}/, "---");
				let broken;
				let key;
				let letters;
				let m;
				let next;
				let value;
				if (arg !== "--" && /^-/.test(arg) && isUnknownOptionAsArg(arg)) pushPositional(arg);
				else if (truncatedArg.match(/^---+(=|$)/)) {
					pushPositional(arg);
					continue;
				} else if (arg.match(/^--.+=/) || !configuration["short-option-groups"] && arg.match(/^-.+=/)) {
					m = arg.match(/^--?([^=]+)=([\s\S]*)$/);
					if (m !== null && Array.isArray(m) && m.length >= 3) {
						if (checkAllAliases(m[1], flags.arrays)) i = eatArray(i, m[1], args, m[2]);
						else if (checkAllAliases(m[1], flags.nargs) !== false) i = eatNargs(i, m[1], args, m[2]);
						else setArg(m[1], m[2], true);
					}
				} else if (arg.match(negatedBoolean) && configuration["boolean-negation"]) {
					m = arg.match(negatedBoolean);
					if (m !== null && Array.isArray(m) && m.length >= 2) {
						key = m[1];
						setArg(key, checkAllAliases(key, flags.arrays) ? [false] : false);
					}
				} else if (arg.match(/^--.+/) || !configuration["short-option-groups"] && arg.match(/^-[^-]+/)) {
					m = arg.match(/^--?(.+)/);
					if (m !== null && Array.isArray(m) && m.length >= 2) {
						key = m[1];
						if (checkAllAliases(key, flags.arrays)) i = eatArray(i, key, args);
						else if (checkAllAliases(key, flags.nargs) !== false) i = eatNargs(i, key, args);
						else {
							next = args[i + 1];
							if (next !== void 0 && (!next.match(/^-/) || next.match(negative)) && !checkAllAliases(key, flags.bools) && !checkAllAliases(key, flags.counts)) {
								setArg(key, next);
								i++;
							} else if (/^(true|false)$/.test(next)) {
								setArg(key, next);
								i++;
							} else setArg(key, defaultValue(key));
						}
					}
				} else if (arg.match(/^-.\..+=/)) {
					m = arg.match(/^-([^=]+)=([\s\S]*)$/);
					if (m !== null && Array.isArray(m) && m.length >= 3) setArg(m[1], m[2]);
				} else if (arg.match(/^-.\..+/) && !arg.match(negative)) {
					next = args[i + 1];
					m = arg.match(/^-(.\..+)/);
					if (m !== null && Array.isArray(m) && m.length >= 2) {
						key = m[1];
						if (next !== void 0 && !next.match(/^-/) && !checkAllAliases(key, flags.bools) && !checkAllAliases(key, flags.counts)) {
							setArg(key, next);
							i++;
						} else setArg(key, defaultValue(key));
					}
				} else if (arg.match(/^-[^-]+/) && !arg.match(negative)) {
					letters = arg.slice(1, -1).split("");
					broken = false;
					for (let j = 0; j < letters.length; j++) {
						next = arg.slice(j + 2);
						if (letters[j + 1] && letters[j + 1] === "=") {
							value = arg.slice(j + 3);
							key = letters[j];
							if (checkAllAliases(key, flags.arrays)) i = eatArray(i, key, args, value);
							else if (checkAllAliases(key, flags.nargs) !== false) i = eatNargs(i, key, args, value);
							else setArg(key, value);
							broken = true;
							break;
						}
						if (next === "-") {
							setArg(letters[j], next);
							continue;
						}
						if (/[A-Za-z]/.test(letters[j]) && /^-?\d+(\.\d*)?(e-?\d+)?$/.test(next) && checkAllAliases(next, flags.bools) === false) {
							setArg(letters[j], next);
							broken = true;
							break;
						}
						if (letters[j + 1] && letters[j + 1].match(/\W/)) {
							setArg(letters[j], next);
							broken = true;
							break;
						} else setArg(letters[j], defaultValue(letters[j]));
					}
					key = arg.slice(-1)[0];
					if (!broken && key !== "-") {
						if (checkAllAliases(key, flags.arrays)) i = eatArray(i, key, args);
						else if (checkAllAliases(key, flags.nargs) !== false) i = eatNargs(i, key, args);
						else {
							next = args[i + 1];
							if (next !== void 0 && (!/^(-|--)[^-]/.test(next) || next.match(negative)) && !checkAllAliases(key, flags.bools) && !checkAllAliases(key, flags.counts)) {
								setArg(key, next);
								i++;
							} else if (/^(true|false)$/.test(next)) {
								setArg(key, next);
								i++;
							} else setArg(key, defaultValue(key));
						}
					}
				} else if (arg.match(/^-[0-9]$/) && arg.match(negative) && checkAllAliases(arg.slice(1), flags.bools)) {
					key = arg.slice(1);
					setArg(key, defaultValue(key));
				} else if (arg === "--") {
					notFlags = args.slice(i + 1);
					break;
				} else if (configuration["halt-at-non-option"]) {
					notFlags = args.slice(i);
					break;
				} else pushPositional(arg);
			}
			applyEnvVars(argv, true);
			applyEnvVars(argv, false);
			setConfig(argv);
			setConfigObjects();
			applyDefaultsAndAliases(argv, flags.aliases, defaults, true);
			applyCoercions(argv);
			if (configuration["set-placeholder-key"]) setPlaceholderKeys(argv);
			Object.keys(flags.counts).forEach(function(key) {
				if (!hasKey(argv, key.split("."))) setArg(key, 0);
			});
			if (notFlagsOption && notFlags.length) argv[notFlagsArgv] = [];
			notFlags.forEach(function(key) {
				argv[notFlagsArgv].push(key);
			});
			if (configuration["camel-case-expansion"] && configuration["strip-dashed"]) Object.keys(argv).filter((key) => key !== "--" && key.includes("-")).forEach((key) => {
				delete argv[key];
			});
			if (configuration["strip-aliased"]) [].concat(...Object.keys(aliases).map((k) => aliases[k])).forEach((alias) => {
				if (configuration["camel-case-expansion"] && alias.includes("-")) delete argv[alias.split(".").map((prop) => camelCase(prop)).join(".")];
				delete argv[alias];
			});
			function pushPositional(arg) {
				const maybeCoercedNumber = maybeCoerceNumber("_", arg);
				if (typeof maybeCoercedNumber === "string" || typeof maybeCoercedNumber === "number") argv._.push(maybeCoercedNumber);
			}
			function eatNargs(i, key, args, argAfterEqualSign) {
				let ii;
				let toEat = checkAllAliases(key, flags.nargs);
				toEat = typeof toEat !== "number" || isNaN(toEat) ? 1 : toEat;
				if (toEat === 0) {
					if (!isUndefined(argAfterEqualSign)) error = Error(__("Argument unexpected for: %s", key));
					setArg(key, defaultValue(key));
					return i;
				}
				let available = isUndefined(argAfterEqualSign) ? 0 : 1;
				if (configuration["nargs-eats-options"]) {
					if (args.length - (i + 1) + available < toEat) error = Error(__("Not enough arguments following: %s", key));
					available = toEat;
				} else {
					for (ii = i + 1; ii < args.length; ii++) if (!args[ii].match(/^-[^0-9]/) || args[ii].match(negative) || isUnknownOptionAsArg(args[ii])) available++;
					else break;
					if (available < toEat) error = Error(__("Not enough arguments following: %s", key));
				}
				let consumed = Math.min(available, toEat);
				if (!isUndefined(argAfterEqualSign) && consumed > 0) {
					setArg(key, argAfterEqualSign);
					consumed--;
				}
				for (ii = i + 1; ii < consumed + i + 1; ii++) setArg(key, args[ii]);
				return i + consumed;
			}
			function eatArray(i, key, args, argAfterEqualSign) {
				let argsToSet = [];
				let next = argAfterEqualSign || args[i + 1];
				const nargsCount = checkAllAliases(key, flags.nargs);
				if (checkAllAliases(key, flags.bools) && !/^(true|false)$/.test(next)) argsToSet.push(true);
				else if (isUndefined(next) || isUndefined(argAfterEqualSign) && /^-/.test(next) && !negative.test(next) && !isUnknownOptionAsArg(next)) {
					if (defaults[key] !== void 0) {
						const defVal = defaults[key];
						argsToSet = Array.isArray(defVal) ? defVal : [defVal];
					}
				} else {
					if (!isUndefined(argAfterEqualSign)) argsToSet.push(processValue(key, argAfterEqualSign, true));
					for (let ii = i + 1; ii < args.length; ii++) {
						if (!configuration["greedy-arrays"] && argsToSet.length > 0 || nargsCount && typeof nargsCount === "number" && argsToSet.length >= nargsCount) break;
						next = args[ii];
						if (/^-/.test(next) && !negative.test(next) && !isUnknownOptionAsArg(next)) break;
						i = ii;
						argsToSet.push(processValue(key, next, inputIsString));
					}
				}
				if (typeof nargsCount === "number" && (nargsCount && argsToSet.length < nargsCount || isNaN(nargsCount) && argsToSet.length === 0)) error = Error(__("Not enough arguments following: %s", key));
				setArg(key, argsToSet);
				return i;
			}
			function setArg(key, val, shouldStripQuotes = inputIsString) {
				if (/-/.test(key) && configuration["camel-case-expansion"]) addNewAlias(key, key.split(".").map(function(prop) {
					return camelCase(prop);
				}).join("."));
				const value = processValue(key, val, shouldStripQuotes);
				const splitKey = key.split(".");
				setKey(argv, splitKey, value);
				if (flags.aliases[key]) flags.aliases[key].forEach(function(x) {
					const keyProperties = x.split(".");
					setKey(argv, keyProperties, value);
				});
				if (splitKey.length > 1 && configuration["dot-notation"]) (flags.aliases[splitKey[0]] || []).forEach(function(x) {
					let keyProperties = x.split(".");
					const a = [].concat(splitKey);
					a.shift();
					keyProperties = keyProperties.concat(a);
					if (!(flags.aliases[key] || []).includes(keyProperties.join("."))) setKey(argv, keyProperties, value);
				});
				if (checkAllAliases(key, flags.normalize) && !checkAllAliases(key, flags.arrays)) [key].concat(flags.aliases[key] || []).forEach(function(key) {
					Object.defineProperty(argvReturn, key, {
						enumerable: true,
						get() {
							return val;
						},
						set(value) {
							val = typeof value === "string" ? mixin.normalize(value) : value;
						}
					});
				});
			}
			function addNewAlias(key, alias) {
				if (!(flags.aliases[key] && flags.aliases[key].length)) {
					flags.aliases[key] = [alias];
					newAliases[alias] = true;
				}
				if (!(flags.aliases[alias] && flags.aliases[alias].length)) addNewAlias(alias, key);
			}
			function processValue(key, val, shouldStripQuotes) {
				if (shouldStripQuotes) val = stripQuotes(val);
				if (checkAllAliases(key, flags.bools) || checkAllAliases(key, flags.counts)) {
					if (typeof val === "string") val = val === "true";
				}
				let value = Array.isArray(val) ? val.map(function(v) {
					return maybeCoerceNumber(key, v);
				}) : maybeCoerceNumber(key, val);
				if (checkAllAliases(key, flags.counts) && (isUndefined(value) || typeof value === "boolean")) value = increment();
				if (checkAllAliases(key, flags.normalize) && checkAllAliases(key, flags.arrays)) {
					if (Array.isArray(val)) value = val.map((val) => {
						return mixin.normalize(val);
					});
					else value = mixin.normalize(val);
				}
				return value;
			}
			function maybeCoerceNumber(key, value) {
				if (!configuration["parse-positional-numbers"] && key === "_") return value;
				if (!checkAllAliases(key, flags.strings) && !checkAllAliases(key, flags.bools) && !Array.isArray(value)) {
					if (looksLikeNumber(value) && configuration["parse-numbers"] && Number.isSafeInteger(Math.floor(parseFloat(`${value}`))) || !isUndefined(value) && checkAllAliases(key, flags.numbers)) value = Number(value);
				}
				return value;
			}
			function setConfig(argv) {
				const configLookup = Object.create(null);
				applyDefaultsAndAliases(configLookup, flags.aliases, defaults);
				Object.keys(flags.configs).forEach(function(configKey) {
					const configPath = argv[configKey] || configLookup[configKey];
					if (configPath) try {
						let config = null;
						const resolvedConfigPath = mixin.resolve(mixin.cwd(), configPath);
						const resolveConfig = flags.configs[configKey];
						if (typeof resolveConfig === "function") {
							try {
								config = resolveConfig(resolvedConfigPath);
							} catch (e) {
								config = e;
							}
							if (config instanceof Error) {
								error = config;
								return;
							}
						} else config = mixin.require(resolvedConfigPath);
						setConfigObject(config);
					} catch (ex) {
						if (ex.name === "PermissionDenied") error = ex;
						else if (argv[configKey]) error = Error(__("Invalid JSON config file: %s", configPath));
					}
				});
			}
			function setConfigObject(config, prev) {
				Object.keys(config).forEach(function(key) {
					const value = config[key];
					const fullKey = prev ? prev + "." + key : key;
					if (typeof value === "object" && value !== null && !Array.isArray(value) && configuration["dot-notation"]) setConfigObject(value, fullKey);
					else if (!hasKey(argv, fullKey.split(".")) || checkAllAliases(fullKey, flags.arrays) && configuration["combine-arrays"]) setArg(fullKey, value);
				});
			}
			function setConfigObjects() {
				if (typeof configObjects !== "undefined") configObjects.forEach(function(configObject) {
					setConfigObject(configObject);
				});
			}
			function applyEnvVars(argv, configOnly) {
				if (typeof envPrefix === "undefined") return;
				const prefix = typeof envPrefix === "string" ? envPrefix : "";
				const env = mixin.env();
				Object.keys(env).forEach(function(envVar) {
					if (prefix === "" || envVar.lastIndexOf(prefix, 0) === 0) {
						const keys = envVar.split("__").map(function(key, i) {
							if (i === 0) key = key.substring(prefix.length);
							return camelCase(key);
						});
						if ((configOnly && flags.configs[keys.join(".")] || !configOnly) && !hasKey(argv, keys)) setArg(keys.join("."), env[envVar]);
					}
				});
			}
			function applyCoercions(argv) {
				let coerce;
				const applied = /* @__PURE__ */ new Set();
				Object.keys(argv).forEach(function(key) {
					if (!applied.has(key)) {
						coerce = checkAllAliases(key, flags.coercions);
						if (typeof coerce === "function") try {
							const value = maybeCoerceNumber(key, coerce(argv[key]));
							[].concat(flags.aliases[key] || [], key).forEach((ali) => {
								applied.add(ali);
								argv[ali] = value;
							});
						} catch (err) {
							error = err;
						}
					}
				});
			}
			function setPlaceholderKeys(argv) {
				flags.keys.forEach((key) => {
					if (~key.indexOf(".")) return;
					if (typeof argv[key] === "undefined") argv[key] = void 0;
				});
				return argv;
			}
			function applyDefaultsAndAliases(obj, aliases, defaults, canLog = false) {
				Object.keys(defaults).forEach(function(key) {
					if (!hasKey(obj, key.split("."))) {
						setKey(obj, key.split("."), defaults[key]);
						if (canLog) defaulted[key] = true;
						(aliases[key] || []).forEach(function(x) {
							if (hasKey(obj, x.split("."))) return;
							setKey(obj, x.split("."), defaults[key]);
						});
					}
				});
			}
			function hasKey(obj, keys) {
				let o = obj;
				if (!configuration["dot-notation"]) keys = [keys.join(".")];
				keys.slice(0, -1).forEach(function(key) {
					o = o[key] || {};
				});
				const key = keys[keys.length - 1];
				if (typeof o !== "object") return false;
				else return key in o;
			}
			function setKey(obj, keys, value) {
				let o = obj;
				if (!configuration["dot-notation"]) keys = [keys.join(".")];
				keys.slice(0, -1).forEach(function(key) {
					key = sanitizeKey(key);
					if (typeof o === "object" && o[key] === void 0) o[key] = {};
					if (typeof o[key] !== "object" || Array.isArray(o[key])) {
						if (Array.isArray(o[key])) o[key].push({});
						else o[key] = [o[key], {}];
						o = o[key][o[key].length - 1];
					} else o = o[key];
				});
				const key = sanitizeKey(keys[keys.length - 1]);
				const isTypeArray = checkAllAliases(keys.join("."), flags.arrays);
				const isValueArray = Array.isArray(value);
				let duplicate = configuration["duplicate-arguments-array"];
				if (!duplicate && checkAllAliases(key, flags.nargs)) {
					duplicate = true;
					if (!isUndefined(o[key]) && flags.nargs[key] === 1 || Array.isArray(o[key]) && o[key].length === flags.nargs[key]) o[key] = void 0;
				}
				if (value === increment()) o[key] = increment(o[key]);
				else if (Array.isArray(o[key])) {
					if (duplicate && isTypeArray && isValueArray) o[key] = configuration["flatten-duplicate-arrays"] ? o[key].concat(value) : (Array.isArray(o[key][0]) ? o[key] : [o[key]]).concat([value]);
					else if (!duplicate && Boolean(isTypeArray) === Boolean(isValueArray)) o[key] = value;
					else o[key] = o[key].concat([value]);
				} else if (o[key] === void 0 && isTypeArray) o[key] = isValueArray ? value : [value];
				else if (duplicate && !(o[key] === void 0 || checkAllAliases(key, flags.counts) || checkAllAliases(key, flags.bools))) o[key] = [o[key], value];
				else o[key] = value;
			}
			function extendAliases(...args) {
				args.forEach(function(obj) {
					Object.keys(obj || {}).forEach(function(key) {
						if (flags.aliases[key]) return;
						flags.aliases[key] = [].concat(aliases[key] || []);
						flags.aliases[key].concat(key).forEach(function(x) {
							if (/-/.test(x) && configuration["camel-case-expansion"]) {
								const c = camelCase(x);
								if (c !== key && flags.aliases[key].indexOf(c) === -1) {
									flags.aliases[key].push(c);
									newAliases[c] = true;
								}
							}
						});
						flags.aliases[key].concat(key).forEach(function(x) {
							if (x.length > 1 && /[A-Z]/.test(x) && configuration["camel-case-expansion"]) {
								const c = decamelize(x, "-");
								if (c !== key && flags.aliases[key].indexOf(c) === -1) {
									flags.aliases[key].push(c);
									newAliases[c] = true;
								}
							}
						});
						flags.aliases[key].forEach(function(x) {
							flags.aliases[x] = [key].concat(flags.aliases[key].filter(function(y) {
								return x !== y;
							}));
						});
					});
				});
			}
			function checkAllAliases(key, flag) {
				const toCheck = [].concat(flags.aliases[key] || [], key);
				const keys = Object.keys(flag);
				const setAlias = toCheck.find((key) => keys.includes(key));
				return setAlias ? flag[setAlias] : false;
			}
			function hasAnyFlag(key) {
				const flagsKeys = Object.keys(flags);
				return [].concat(flagsKeys.map((k) => flags[k])).some(function(flag) {
					return Array.isArray(flag) ? flag.includes(key) : flag[key];
				});
			}
			function hasFlagsMatching(arg, ...patterns) {
				return [].concat(...patterns).some(function(pattern) {
					const match = arg.match(pattern);
					return match && hasAnyFlag(match[1]);
				});
			}
			function hasAllShortFlags(arg) {
				if (arg.match(negative) || !arg.match(/^-[^-]+/)) return false;
				let hasAllFlags = true;
				let next;
				const letters = arg.slice(1).split("");
				for (let j = 0; j < letters.length; j++) {
					next = arg.slice(j + 2);
					if (!hasAnyFlag(letters[j])) {
						hasAllFlags = false;
						break;
					}
					if (letters[j + 1] && letters[j + 1] === "=" || next === "-" || /[A-Za-z]/.test(letters[j]) && /^-?\d+(\.\d*)?(e-?\d+)?$/.test(next) || letters[j + 1] && letters[j + 1].match(/\W/)) break;
				}
				return hasAllFlags;
			}
			function isUnknownOptionAsArg(arg) {
				return configuration["unknown-options-as-args"] && isUnknownOption(arg);
			}
			function isUnknownOption(arg) {
				arg = arg.replace(/^-{3,}/, "--");
				if (arg.match(negative)) return false;
				if (hasAllShortFlags(arg)) return false;
				return !hasFlagsMatching(arg, /^-+([^=]+?)=[\s\S]*$/, negatedBoolean, /^-+([^=]+?)$/, /^-+([^=]+?)-$/, /^-+([^=]+?\d+)$/, /^-+([^=]+?)\W+.*$/);
			}
			function defaultValue(key) {
				if (!checkAllAliases(key, flags.bools) && !checkAllAliases(key, flags.counts) && `${key}` in defaults) return defaults[key];
				else return defaultForType(guessType(key));
			}
			function defaultForType(type) {
				return {
					[DefaultValuesForTypeKey.BOOLEAN]: true,
					[DefaultValuesForTypeKey.STRING]: "",
					[DefaultValuesForTypeKey.NUMBER]: void 0,
					[DefaultValuesForTypeKey.ARRAY]: []
				}[type];
			}
			function guessType(key) {
				let type = DefaultValuesForTypeKey.BOOLEAN;
				if (checkAllAliases(key, flags.strings)) type = DefaultValuesForTypeKey.STRING;
				else if (checkAllAliases(key, flags.numbers)) type = DefaultValuesForTypeKey.NUMBER;
				else if (checkAllAliases(key, flags.bools)) type = DefaultValuesForTypeKey.BOOLEAN;
				else if (checkAllAliases(key, flags.arrays)) type = DefaultValuesForTypeKey.ARRAY;
				return type;
			}
			function isUndefined(num) {
				return num === void 0;
			}
			function checkConfiguration() {
				Object.keys(flags.counts).find((key) => {
					if (checkAllAliases(key, flags.arrays)) {
						error = Error(__("Invalid configuration: %s, opts.count excludes opts.array.", key));
						return true;
					} else if (checkAllAliases(key, flags.nargs)) {
						error = Error(__("Invalid configuration: %s, opts.count excludes opts.narg.", key));
						return true;
					}
					return false;
				});
			}
			return {
				aliases: Object.assign({}, flags.aliases),
				argv: Object.assign(argvReturn, argv),
				configuration,
				defaulted: Object.assign({}, defaulted),
				error,
				newAliases: Object.assign({}, newAliases)
			};
		}
	};
}));
// node_modules/yargs-parser/build/lib/index.js
var _a, _b, _c, minNodeVersion, nodeVersion, env, require$2, parser, yargsParser;
var init_lib$1 = __esmMin((() => {
	init_string_utils();
	init_yargs_parser();
	minNodeVersion = process && process.env && process.env.YARGS_MIN_NODE_VERSION ? Number(process.env.YARGS_MIN_NODE_VERSION) : 20;
	nodeVersion = (_b = (_a = process === null || process === void 0 ? void 0 : process.versions) === null || _a === void 0 ? void 0 : _a.node) !== null && _b !== void 0 ? _b : (_c = process === null || process === void 0 ? void 0 : process.version) === null || _c === void 0 ? void 0 : _c.slice(1);
	/**
	* @fileoverview Main entrypoint for libraries using yargs-parser in Node.js
	*
	* @license
	* Copyright (c) 2016, Contributors
	* SPDX-License-Identifier: ISC
	*/
	if (nodeVersion) {
		if (Number(nodeVersion.match(/^([^.]+)/)[1]) < minNodeVersion) throw Error(`yargs parser supports a minimum Node.js version of ${minNodeVersion}. Read our version support policy: https://github.com/yargs/yargs-parser#supported-nodejs-versions`);
	}
	env = process ? process.env : {};
	require$2 = node_module.createRequire ? (0, node_module.createRequire)(require("url").pathToFileURL(__filename).href) : void 0;
	parser = new YargsParser({
		cwd: process.cwd,
		env: () => {
			return env;
		},
		format: util.format,
		normalize: path.normalize,
		resolve: path.resolve,
		require: (path) => {
			if (typeof require$2 !== "undefined") return require$2(path);
			else if (path.match(/\.json$/)) return JSON.parse((0, fs.readFileSync)(path, "utf8"));
			else throw Error("only .json config files are supported in ESM");
		}
	});
	yargsParser = function Parser(args, opts) {
		return parser.parse(args.slice(), opts).argv;
	};
	yargsParser.detailed = function(args, opts) {
		return parser.parse(args.slice(), opts);
	};
	yargsParser.camelCase = camelCase;
	yargsParser.decamelize = decamelize;
	yargsParser.looksLikeNumber = looksLikeNumber;
}));
// node_modules/yargs/build/lib/utils/process-argv.js
function getProcessArgvBinIndex() {
	if (isBundledElectronApp()) return 0;
	return 1;
}
function isBundledElectronApp() {
	return isElectronApp() && !process.defaultApp;
}
function isElectronApp() {
	return !!process.versions.electron;
}
function getProcessArgvBin() {
	return process.argv[getProcessArgvBinIndex()];
}
var init_process_argv = __esmMin((() => {}));
// node_modules/string-width/index.js
function isDoubleWidthNonRgiEmojiSequence(segment) {
	if (segment.length > 50) return false;
	if (unqualifiedKeycapRegex.test(segment)) return true;
	if (segment.includes("‍")) {
		const pictographics = segment.match(extendedPictographicRegex);
		return pictographics !== null && pictographics.length >= 2;
	}
	return false;
}
function baseVisible(segment) {
	const index = segment.search(visibleCharacterRegex);
	return index === -1 ? void 0 : segment.slice(index);
}
function isHangulLeadingJamo(codePoint) {
	return codePoint >= 4352 && codePoint <= 4447 || codePoint >= 43360 && codePoint <= 43388;
}
function isHangulVowelJamo(codePoint) {
	return codePoint >= 4448 && codePoint <= 4519 || codePoint >= 55216 && codePoint <= 55238;
}
function isHangulTrailingJamo(codePoint) {
	return codePoint >= 4520 && codePoint <= 4607 || codePoint >= 55243 && codePoint <= 55291;
}
function isHangulJamo(codePoint) {
	return isHangulLeadingJamo(codePoint) || isHangulVowelJamo(codePoint) || isHangulTrailingJamo(codePoint);
}
function hangulClusterWidth(visibleSegment, eastAsianWidthOptions) {
	const codePoints = [];
	for (const character of visibleSegment) {
		if (!visibleCharacterRegex.test(character)) continue;
		codePoints.push(character.codePointAt(0));
	}
	if (codePoints.length === 0) return;
	let width = 0;
	for (let index = 0; index < codePoints.length; index++) {
		const codePoint = codePoints[index];
		if (!isHangulJamo(codePoint)) {
			if (width === 0) return;
			for (let remaining = index; remaining < codePoints.length; remaining++) width += eastAsianWidth(codePoints[remaining], eastAsianWidthOptions);
			return width;
		}
		if (isHangulLeadingJamo(codePoint) && isHangulVowelJamo(codePoints[index + 1])) {
			width += 2;
			index += isHangulTrailingJamo(codePoints[index + 2]) ? 2 : 1;
			continue;
		}
		width += eastAsianWidth(codePoint, eastAsianWidthOptions);
	}
	return width;
}
function trailingWidth(visibleSegment, eastAsianWidthOptions) {
	let extra = 0;
	let first = true;
	for (const character of visibleSegment) {
		if (first) {
			first = false;
			continue;
		}
		if (spacingMarkRegex.test(character) || character >= "＀" && character <= "￯") extra += eastAsianWidth(character.codePointAt(0), eastAsianWidthOptions);
	}
	return extra;
}
function stringWidth(input, options = {}) {
	if (typeof input !== "string" || input.length === 0) return 0;
	const { ambiguousIsNarrow = true, countAnsiEscapeCodes = false } = options;
	let string = input;
	if (!countAnsiEscapeCodes && (string.includes("\x1B") || string.includes(""))) string = stripAnsi(string);
	if (string.length === 0) return 0;
	if (/^[\u0020-\u007E]*$/.test(string)) return string.length;
	let width = 0;
	const eastAsianWidthOptions = { ambiguousAsWide: !ambiguousIsNarrow };
	for (const { segment } of segmenter.segment(string)) {
		const visibleSegment = baseVisible(segment);
		if (visibleSegment === void 0) continue;
		if (rgiEmojiRegex.test(segment) || isDoubleWidthNonRgiEmojiSequence(segment)) {
			width += 2;
			continue;
		}
		const hangulWidth = hangulClusterWidth(visibleSegment, eastAsianWidthOptions);
		if (hangulWidth !== void 0) {
			width += hangulWidth;
			continue;
		}
		const codePoint = visibleSegment.codePointAt(0);
		width += eastAsianWidth(codePoint, eastAsianWidthOptions);
		width += trailingWidth(visibleSegment, eastAsianWidthOptions);
	}
	return width;
}
var segmenter, visibleCharacterRegex, spacingMarkRegex, rgiEmojiRegex, unqualifiedKeycapRegex, extendedPictographicRegex;
var init_string_width = __esmMin((() => {
	init_strip_ansi();
	init_get_east_asian_width();
	segmenter = new Intl.Segmenter();
	visibleCharacterRegex = /[^\p{Default_Ignorable_Code_Point}\p{Control}\p{Format}\p{Nonspacing_Mark}\p{Enclosing_Mark}\p{Surrogate}]/v;
	spacingMarkRegex = /\p{Spacing_Mark}/v;
	rgiEmojiRegex = /^\p{RGI_Emoji}$/v;
	unqualifiedKeycapRegex = /^[\d#*]\u20E3$/;
	extendedPictographicRegex = /\p{Extended_Pictographic}/gu;
}));
// node_modules/y18n/build/lib/platform-shims/node.js
var node_default;
var init_node = __esmMin((() => {
	node_default = {
		fs: {
			readFileSync: fs.readFileSync,
			writeFile: fs.writeFile
		},
		format: util.format,
		resolve: path.resolve,
		exists: (file) => {
			try {
				return (0, fs.statSync)(file).isFile();
			} catch (err) {
				return false;
			}
		}
	};
}));
// node_modules/y18n/build/lib/index.js
function y18n$1(opts, _shim) {
	shim$1 = _shim;
	const y18n = new Y18N(opts);
	return {
		__: y18n.__.bind(y18n),
		__n: y18n.__n.bind(y18n),
		setLocale: y18n.setLocale.bind(y18n),
		getLocale: y18n.getLocale.bind(y18n),
		updateLocale: y18n.updateLocale.bind(y18n),
		locale: y18n.locale
	};
}
var shim$1, Y18N;
var init_lib = __esmMin((() => {
	Y18N = class {
		constructor(opts) {
			opts = opts || {};
			this.directory = opts.directory || "./locales";
			this.updateFiles = typeof opts.updateFiles === "boolean" ? opts.updateFiles : true;
			this.locale = opts.locale || "en";
			this.fallbackToLanguage = typeof opts.fallbackToLanguage === "boolean" ? opts.fallbackToLanguage : true;
			this.cache = Object.create(null);
			this.writeQueue = [];
		}
		__(...args) {
			if (typeof arguments[0] !== "string") return this._taggedLiteral(arguments[0], ...arguments);
			const str = args.shift();
			let cb = function() {};
			if (typeof args[args.length - 1] === "function") cb = args.pop();
			cb = cb || function() {};
			if (!this.cache[this.locale]) this._readLocaleFile();
			if (!this.cache[this.locale][str] && this.updateFiles) {
				this.cache[this.locale][str] = str;
				this._enqueueWrite({
					directory: this.directory,
					locale: this.locale,
					cb
				});
			} else cb();
			return shim$1.format.apply(shim$1.format, [this.cache[this.locale][str] || str].concat(args));
		}
		__n() {
			const args = Array.prototype.slice.call(arguments);
			const singular = args.shift();
			const plural = args.shift();
			const quantity = args.shift();
			let cb = function() {};
			if (typeof args[args.length - 1] === "function") cb = args.pop();
			if (!this.cache[this.locale]) this._readLocaleFile();
			let str = quantity === 1 ? singular : plural;
			if (this.cache[this.locale][singular]) str = this.cache[this.locale][singular][quantity === 1 ? "one" : "other"];
			if (!this.cache[this.locale][singular] && this.updateFiles) {
				this.cache[this.locale][singular] = {
					one: singular,
					other: plural
				};
				this._enqueueWrite({
					directory: this.directory,
					locale: this.locale,
					cb
				});
			} else cb();
			const values = [str];
			if (~str.indexOf("%d")) values.push(quantity);
			return shim$1.format.apply(shim$1.format, values.concat(args));
		}
		setLocale(locale) {
			this.locale = locale;
		}
		getLocale() {
			return this.locale;
		}
		updateLocale(obj) {
			if (!this.cache[this.locale]) this._readLocaleFile();
			for (const key in obj) if (Object.prototype.hasOwnProperty.call(obj, key)) this.cache[this.locale][key] = obj[key];
		}
		_taggedLiteral(parts, ...args) {
			let str = "";
			parts.forEach(function(part, i) {
				const arg = args[i + 1];
				str += part;
				if (typeof arg !== "undefined") str += "%s";
			});
			return this.__.apply(this, [str].concat([].slice.call(args, 1)));
		}
		_enqueueWrite(work) {
			this.writeQueue.push(work);
			if (this.writeQueue.length === 1) this._processWriteQueue();
		}
		_processWriteQueue() {
			const _this = this;
			const work = this.writeQueue[0];
			const directory = work.directory;
			const locale = work.locale;
			const cb = work.cb;
			const languageFile = this._resolveLocaleFile(directory, locale);
			const serializedLocale = JSON.stringify(this.cache[locale], null, 2);
			shim$1.fs.writeFile(languageFile, serializedLocale, "utf-8", function(err) {
				_this.writeQueue.shift();
				if (_this.writeQueue.length > 0) _this._processWriteQueue();
				cb(err);
			});
		}
		_readLocaleFile() {
			let localeLookup = {};
			const languageFile = this._resolveLocaleFile(this.directory, this.locale);
			try {
				if (shim$1.fs.readFileSync) localeLookup = JSON.parse(shim$1.fs.readFileSync(languageFile, "utf-8"));
			} catch (err) {
				if (err instanceof SyntaxError) err.message = "syntax error in " + languageFile;
				if (err.code === "ENOENT") localeLookup = {};
				else throw err;
			}
			this.cache[this.locale] = localeLookup;
		}
		_resolveLocaleFile(directory, locale) {
			let file = shim$1.resolve(directory, "./", locale + ".json");
			if (this.fallbackToLanguage && !this._fileExistsSync(file) && ~locale.lastIndexOf("_")) {
				const languageFile = shim$1.resolve(directory, "./", locale.split("_")[0] + ".json");
				if (this._fileExistsSync(languageFile)) file = languageFile;
			}
			return file;
		}
		_fileExistsSync(file) {
			return shim$1.exists(file);
		}
	};
}));
// node_modules/y18n/index.mjs
var y18n;
var init_y18n = __esmMin((() => {
	init_node();
	init_lib();
	y18n = (opts) => {
		return y18n$1(opts, node_default);
	};
}));
// node_modules/get-caller-file/index.js
var require_get_caller_file = /* @__PURE__ */ __commonJSMin$1(((exports, module) => {
	module.exports = function getCallerFile(position) {
		if (position === void 0) position = 2;
		if (position >= Error.stackTraceLimit) throw new TypeError("getCallerFile(position) requires position be less then Error.stackTraceLimit but position was: `" + position + "` and Error.stackTraceLimit was: `" + Error.stackTraceLimit + "`");
		var oldPrepareStackTrace = Error.prepareStackTrace;
		Error.prepareStackTrace = function(_, stack) {
			return stack;
		};
		var stack = (/* @__PURE__ */ new Error()).stack;
		Error.prepareStackTrace = oldPrepareStackTrace;
		if (stack !== null && typeof stack === "object") return stack[position] ? stack[position].getFileName() : void 0;
	};
}));
// node_modules/yargs/lib/platform-shims/esm.mjs
var import_get_caller_file, __dirname$1, mainFilename, require$1, esm_default;
var init_esm = __esmMin((() => {
	init_cliui();
	init_sync();
	init_lib$1();
	init_process_argv();
	init_string_width();
	init_y18n();
	import_get_caller_file = /* @__PURE__ */ __toESM$1(require_get_caller_file(), 1);
	__dirname$1 = (0, url.fileURLToPath)(require("url").pathToFileURL(__filename).href);
	mainFilename = __dirname$1.substring(0, __dirname$1.lastIndexOf("node_modules"));
	require$1 = (0, node_module.createRequire)(require("url").pathToFileURL(__filename).href);
	esm_default = {
		assert: {
			notStrictEqual: assert.notStrictEqual,
			strictEqual: assert.strictEqual
		},
		cliui: ui,
		findUp: sync_default,
		getEnv: (key) => {
			return process.env[key];
		},
		inspect: util.inspect,
		getProcessArgvBin,
		mainFilename: mainFilename || process.cwd(),
		Parser: yargsParser,
		path: {
			basename: path.basename,
			dirname: path.dirname,
			extname: path.extname,
			relative: path.relative,
			resolve: path.resolve,
			join: path.join
		},
		process: {
			argv: () => process.argv,
			cwd: process.cwd,
			emitWarning: (warning, type) => process.emitWarning(warning, type),
			execPath: () => process.execPath,
			exit: (code) => {
				process.exit(code);
			},
			nextTick: process.nextTick,
			stdColumns: typeof process.stdout.columns !== "undefined" ? process.stdout.columns : null
		},
		readFileSync: node_fs.readFileSync,
		readdirSync: node_fs.readdirSync,
		require: require$1,
		getCallerFile: () => {
			const callerFile = (0, import_get_caller_file.default)(3);
			return callerFile.match(/^file:\/\//) ? (0, url.fileURLToPath)(callerFile) : callerFile;
		},
		stringWidth,
		y18n: y18n({
			directory: (0, path.resolve)(__dirname$1, "../../../locales"),
			updateFiles: false
		})
	};
}));
// node_modules/yargs/build/lib/typings/common-types.js
function assertNotStrictEqual(actual, expected, shim, message) {
	shim.assert.notStrictEqual(actual, expected, message);
}
function assertSingleKey(actual, shim) {
	shim.assert.strictEqual(typeof actual, "string");
}
function objectKeys(object) {
	return Object.keys(object);
}
var init_common_types = __esmMin((() => {}));
// node_modules/yargs/build/lib/utils/is-promise.js
function isPromise(maybePromise) {
	return !!maybePromise && !!maybePromise.then && typeof maybePromise.then === "function";
}
var init_is_promise = __esmMin((() => {}));
// node_modules/yargs/build/lib/yerror.js
var YError;
var init_yerror = __esmMin((() => {
	YError = class YError extends Error {
		constructor(msg) {
			super(msg || "yargs error");
			this.name = "YError";
			if (Error.captureStackTrace) Error.captureStackTrace(this, YError);
		}
	};
}));
// node_modules/yargs/build/lib/parse-command.js
function parseCommand(cmd) {
	const splitCommand = cmd.replace(/\s{2,}/g, " ").split(/\s+(?![^[]*]|[^<]*>)/);
	const bregex = /\.*[\][<>]/g;
	const firstCommand = splitCommand.shift();
	if (!firstCommand) throw new Error(`No command found in: ${cmd}`);
	const parsedCommand = {
		cmd: firstCommand.replace(bregex, ""),
		demanded: [],
		optional: []
	};
	splitCommand.forEach((cmd, i) => {
		let variadic = false;
		cmd = cmd.replace(/\s/g, "");
		if (/\.+[\]>]/.test(cmd) && i === splitCommand.length - 1) variadic = true;
		if (/^\[/.test(cmd)) parsedCommand.optional.push({
			cmd: cmd.replace(bregex, "").split("|"),
			variadic
		});
		else parsedCommand.demanded.push({
			cmd: cmd.replace(bregex, "").split("|"),
			variadic
		});
	});
	return parsedCommand;
}
var init_parse_command = __esmMin((() => {}));
// node_modules/yargs/build/lib/argsert.js
function argsert(arg1, arg2, arg3) {
	function parseArgs() {
		return typeof arg1 === "object" ? [
			{
				demanded: [],
				optional: []
			},
			arg1,
			arg2
		] : [
			parseCommand(`cmd ${arg1}`),
			arg2,
			arg3
		];
	}
	try {
		let position = 0;
		const [parsed, callerArguments, _length] = parseArgs();
		const args = [].slice.call(callerArguments);
		while (args.length && args[args.length - 1] === void 0) args.pop();
		const length = _length || args.length;
		if (length < parsed.demanded.length) throw new YError(`Not enough arguments provided. Expected ${parsed.demanded.length} but received ${args.length}.`);
		const totalCommands = parsed.demanded.length + parsed.optional.length;
		if (length > totalCommands) throw new YError(`Too many arguments provided. Expected max ${totalCommands} but received ${length}.`);
		parsed.demanded.forEach((demanded) => {
			const observedType = guessType(args.shift());
			if (demanded.cmd.filter((type) => type === observedType || type === "*").length === 0) argumentTypeError(observedType, demanded.cmd, position);
			position += 1;
		});
		parsed.optional.forEach((optional) => {
			if (args.length === 0) return;
			const observedType = guessType(args.shift());
			if (optional.cmd.filter((type) => type === observedType || type === "*").length === 0) argumentTypeError(observedType, optional.cmd, position);
			position += 1;
		});
	} catch (err) {
		console.warn(err.stack);
	}
}
function guessType(arg) {
	if (Array.isArray(arg)) return "array";
	else if (arg === null) return "null";
	return typeof arg;
}
function argumentTypeError(observedType, allowedTypes, position) {
	throw new YError(`Invalid ${positionName[position] || "manyith"} argument. Expected ${allowedTypes.join(" or ")} but received ${observedType}.`);
}
var positionName;
var init_argsert = __esmMin((() => {
	init_yerror();
	init_parse_command();
	positionName = [
		"first",
		"second",
		"third",
		"fourth",
		"fifth",
		"sixth"
	];
}));
// node_modules/yargs/build/lib/middleware.js
function commandMiddlewareFactory(commandMiddleware) {
	if (!commandMiddleware) return [];
	return commandMiddleware.map((middleware) => {
		middleware.applyBeforeValidation = false;
		return middleware;
	});
}
function applyMiddleware(argv, yargs, middlewares, beforeValidation) {
	return middlewares.reduce((acc, middleware) => {
		if (middleware.applyBeforeValidation !== beforeValidation) return acc;
		if (middleware.mutates) {
			if (middleware.applied) return acc;
			middleware.applied = true;
		}
		if (isPromise(acc)) return acc.then((initialObj) => Promise.all([initialObj, middleware(initialObj, yargs)])).then(([initialObj, middlewareObj]) => Object.assign(initialObj, middlewareObj));
		else {
			const result = middleware(acc, yargs);
			return isPromise(result) ? result.then((middlewareObj) => Object.assign(acc, middlewareObj)) : Object.assign(acc, result);
		}
	}, argv);
}
var GlobalMiddleware;
var init_middleware = __esmMin((() => {
	init_argsert();
	init_is_promise();
	GlobalMiddleware = class {
		constructor(yargs) {
			this.globalMiddleware = [];
			this.frozens = [];
			this.yargs = yargs;
		}
		addMiddleware(callback, applyBeforeValidation, global = true, mutates = false) {
			argsert("<array|function> [boolean] [boolean] [boolean]", [
				callback,
				applyBeforeValidation,
				global
			], arguments.length);
			if (Array.isArray(callback)) {
				for (let i = 0; i < callback.length; i++) {
					if (typeof callback[i] !== "function") throw Error("middleware must be a function");
					const m = callback[i];
					m.applyBeforeValidation = applyBeforeValidation;
					m.global = global;
				}
				Array.prototype.push.apply(this.globalMiddleware, callback);
			} else if (typeof callback === "function") {
				const m = callback;
				m.applyBeforeValidation = applyBeforeValidation;
				m.global = global;
				m.mutates = mutates;
				this.globalMiddleware.push(callback);
			}
			return this.yargs;
		}
		addCoerceMiddleware(callback, option) {
			const aliases = this.yargs.getAliases();
			this.globalMiddleware = this.globalMiddleware.filter((m) => {
				const toCheck = [...aliases[option] || [], option];
				if (!m.option) return true;
				else return !toCheck.includes(m.option);
			});
			callback.option = option;
			return this.addMiddleware(callback, true, true, true);
		}
		getMiddleware() {
			return this.globalMiddleware;
		}
		freeze() {
			this.frozens.push([...this.globalMiddleware]);
		}
		unfreeze() {
			const frozen = this.frozens.pop();
			if (frozen !== void 0) this.globalMiddleware = frozen;
		}
		reset() {
			this.globalMiddleware = this.globalMiddleware.filter((m) => m.global);
		}
	};
}));
// node_modules/yargs/build/lib/utils/maybe-async-result.js
function maybeAsyncResult(getResult, resultHandler, errorHandler = (err) => {
	throw err;
}) {
	try {
		const result = isFunction(getResult) ? getResult() : getResult;
		return isPromise(result) ? result.then((result) => resultHandler(result)) : resultHandler(result);
	} catch (err) {
		return errorHandler(err);
	}
}
function isFunction(arg) {
	return typeof arg === "function";
}
var init_maybe_async_result = __esmMin((() => {
	init_is_promise();
}));
// node_modules/yargs/build/lib/command.js
function command(usage, validation, globalMiddleware, shim) {
	return new CommandInstance(usage, validation, globalMiddleware, shim);
}
function isCommandBuilderDefinition(builder) {
	return typeof builder === "object" && !!builder.builder && typeof builder.handler === "function";
}
function isCommandAndAliases(cmd) {
	return cmd.every((c) => typeof c === "string");
}
function isCommandBuilderCallback(builder) {
	return typeof builder === "function";
}
function isCommandBuilderOptionDefinitions(builder) {
	return typeof builder === "object";
}
function isCommandHandlerDefinition(cmd) {
	return typeof cmd === "object" && !Array.isArray(cmd);
}
var DEFAULT_MARKER, CommandInstance;
var init_command = __esmMin((() => {
	init_common_types();
	init_is_promise();
	init_middleware();
	init_parse_command();
	init_yargs_factory();
	init_maybe_async_result();
	DEFAULT_MARKER = /(^\*)|(^\$0)/;
	CommandInstance = class {
		constructor(usage, validation, globalMiddleware, shim) {
			this.requireCache = /* @__PURE__ */ new Set();
			this.handlers = {};
			this.aliasMap = {};
			this.frozens = [];
			this.shim = shim;
			this.usage = usage;
			this.globalMiddleware = globalMiddleware;
			this.validation = validation;
		}
		addDirectory(dir, req, callerFile, opts) {
			opts = opts || {};
			this.requireCache.add(callerFile);
			const fullDirPath = this.shim.path.resolve(this.shim.path.dirname(callerFile), dir);
			const files = this.shim.readdirSync(fullDirPath, { recursive: opts.recurse ? true : false });
			if (!Array.isArray(opts.extensions)) opts.extensions = ["js"];
			const visit = typeof opts.visit === "function" ? opts.visit : (o) => o;
			for (const fileb of files) {
				const file = fileb.toString();
				if (opts.exclude) {
					let exclude = false;
					if (typeof opts.exclude === "function") exclude = opts.exclude(file);
					else exclude = opts.exclude.test(file);
					if (exclude) continue;
				}
				if (opts.include) {
					let include = false;
					if (typeof opts.include === "function") include = opts.include(file);
					else include = opts.include.test(file);
					if (!include) continue;
				}
				let supportedExtension = false;
				for (const ext of opts.extensions) if (file.endsWith(ext)) supportedExtension = true;
				if (supportedExtension) {
					const joined = this.shim.path.join(fullDirPath, file);
					const module = req(joined);
					const extendableModule = Object.create(null, Object.getOwnPropertyDescriptors({ ...module }));
					if (visit(extendableModule, joined, file)) {
						if (this.requireCache.has(joined)) continue;
						else this.requireCache.add(joined);
						if (!extendableModule.command) extendableModule.command = this.shim.path.basename(joined, this.shim.path.extname(joined));
						this.addHandler(extendableModule);
					}
				}
			}
		}
		addHandler(cmd, description, builder, handler, commandMiddleware, deprecated) {
			let aliases = [];
			const middlewares = commandMiddlewareFactory(commandMiddleware);
			handler = handler || (() => {});
			if (Array.isArray(cmd)) {
				if (isCommandAndAliases(cmd)) [cmd, ...aliases] = cmd;
				else for (const command of cmd) this.addHandler(command);
			} else if (isCommandHandlerDefinition(cmd)) {
				let command = Array.isArray(cmd.command) || typeof cmd.command === "string" ? cmd.command : null;
				if (command === null) throw new Error(`No command name given for module: ${this.shim.inspect(cmd)}`);
				if (cmd.aliases) command = [].concat(command).concat(cmd.aliases);
				this.addHandler(command, this.extractDesc(cmd), cmd.builder, cmd.handler, cmd.middlewares, cmd.deprecated);
				return;
			} else if (isCommandBuilderDefinition(builder)) {
				this.addHandler([cmd].concat(aliases), description, builder.builder, builder.handler, builder.middlewares, builder.deprecated);
				return;
			}
			if (typeof cmd === "string") {
				const parsedCommand = parseCommand(cmd);
				aliases = aliases.map((alias) => parseCommand(alias).cmd);
				let isDefault = false;
				const parsedAliases = [parsedCommand.cmd].concat(aliases).filter((c) => {
					if (DEFAULT_MARKER.test(c)) {
						isDefault = true;
						return false;
					}
					return true;
				});
				if (parsedAliases.length === 0 && isDefault) parsedAliases.push("$0");
				if (isDefault) {
					parsedCommand.cmd = parsedAliases[0];
					aliases = parsedAliases.slice(1);
					cmd = cmd.replace(DEFAULT_MARKER, parsedCommand.cmd);
				}
				aliases.forEach((alias) => {
					this.aliasMap[alias] = parsedCommand.cmd;
				});
				if (description !== false) this.usage.command(cmd, description, isDefault, aliases, deprecated);
				this.handlers[parsedCommand.cmd] = {
					original: cmd,
					description,
					handler,
					builder: builder || {},
					middlewares,
					deprecated,
					demanded: parsedCommand.demanded,
					optional: parsedCommand.optional
				};
				if (isDefault) this.defaultCommand = this.handlers[parsedCommand.cmd];
			}
		}
		getCommandHandlers() {
			return this.handlers;
		}
		getCommands() {
			return Object.keys(this.handlers).concat(Object.keys(this.aliasMap));
		}
		hasDefaultCommand() {
			return !!this.defaultCommand;
		}
		runCommand(command, yargs, parsed, commandIndex, helpOnly, helpOrVersionSet) {
			const commandHandler = this.handlers[command] || this.handlers[this.aliasMap[command]] || this.defaultCommand;
			const currentContext = yargs.getInternalMethods().getContext();
			const parentCommands = currentContext.commands.slice();
			const isDefaultCommand = !command;
			if (command) {
				currentContext.commands.push(command);
				currentContext.fullCommands.push(commandHandler.original);
			}
			const builderResult = this.applyBuilderUpdateUsageAndParse(isDefaultCommand, commandHandler, yargs, parsed.aliases, parentCommands, commandIndex, helpOnly, helpOrVersionSet);
			return isPromise(builderResult) ? builderResult.then((result) => this.applyMiddlewareAndGetResult(isDefaultCommand, commandHandler, result.innerArgv, currentContext, helpOnly, result.aliases, yargs)) : this.applyMiddlewareAndGetResult(isDefaultCommand, commandHandler, builderResult.innerArgv, currentContext, helpOnly, builderResult.aliases, yargs);
		}
		applyBuilderUpdateUsageAndParse(isDefaultCommand, commandHandler, yargs, aliases, parentCommands, commandIndex, helpOnly, helpOrVersionSet) {
			const builder = commandHandler.builder;
			let innerYargs = yargs;
			if (isCommandBuilderCallback(builder)) {
				yargs.getInternalMethods().getUsageInstance().freeze();
				const builderOutput = builder(yargs.getInternalMethods().reset(aliases), helpOrVersionSet);
				if (isPromise(builderOutput)) return builderOutput.then((output) => {
					innerYargs = isYargsInstance(output) ? output : yargs;
					return this.parseAndUpdateUsage(isDefaultCommand, commandHandler, innerYargs, parentCommands, commandIndex, helpOnly);
				});
			} else if (isCommandBuilderOptionDefinitions(builder)) {
				yargs.getInternalMethods().getUsageInstance().freeze();
				innerYargs = yargs.getInternalMethods().reset(aliases);
				Object.keys(commandHandler.builder).forEach((key) => {
					innerYargs.option(key, builder[key]);
				});
			}
			return this.parseAndUpdateUsage(isDefaultCommand, commandHandler, innerYargs, parentCommands, commandIndex, helpOnly);
		}
		parseAndUpdateUsage(isDefaultCommand, commandHandler, innerYargs, parentCommands, commandIndex, helpOnly) {
			if (isDefaultCommand) innerYargs.getInternalMethods().getUsageInstance().unfreeze(true);
			if (this.shouldUpdateUsage(innerYargs)) innerYargs.getInternalMethods().getUsageInstance().usage(this.usageFromParentCommandsCommandHandler(parentCommands, commandHandler), commandHandler.description);
			const innerArgv = innerYargs.getInternalMethods().runYargsParserAndExecuteCommands(null, void 0, true, commandIndex, helpOnly);
			return isPromise(innerArgv) ? innerArgv.then((argv) => ({
				aliases: innerYargs.parsed.aliases,
				innerArgv: argv
			})) : {
				aliases: innerYargs.parsed.aliases,
				innerArgv
			};
		}
		shouldUpdateUsage(yargs) {
			return !yargs.getInternalMethods().getUsageInstance().getUsageDisabled() && yargs.getInternalMethods().getUsageInstance().getUsage().length === 0;
		}
		usageFromParentCommandsCommandHandler(parentCommands, commandHandler) {
			const c = DEFAULT_MARKER.test(commandHandler.original) ? commandHandler.original.replace(DEFAULT_MARKER, "").trim() : commandHandler.original;
			const pc = parentCommands.filter((c) => {
				return !DEFAULT_MARKER.test(c);
			});
			pc.push(c);
			return `$0 ${pc.join(" ")}`;
		}
		handleValidationAndGetResult(isDefaultCommand, commandHandler, innerArgv, currentContext, aliases, yargs, middlewares, positionalMap) {
			if (!yargs.getInternalMethods().getHasOutput()) {
				const validation = yargs.getInternalMethods().runValidation(aliases, positionalMap, yargs.parsed.error, isDefaultCommand);
				innerArgv = maybeAsyncResult(innerArgv, (result) => {
					validation(result);
					return result;
				});
			}
			if (commandHandler.handler && !yargs.getInternalMethods().getHasOutput()) {
				yargs.getInternalMethods().setHasOutput();
				const populateDoubleDash = !!yargs.getOptions().configuration["populate--"];
				yargs.getInternalMethods().postProcess(innerArgv, populateDoubleDash, false, false);
				innerArgv = applyMiddleware(innerArgv, yargs, middlewares, false);
				innerArgv = maybeAsyncResult(innerArgv, (result) => {
					const handlerResult = commandHandler.handler(result);
					return isPromise(handlerResult) ? handlerResult.then(() => result) : result;
				});
				if (!isDefaultCommand) yargs.getInternalMethods().getUsageInstance().cacheHelpMessage();
				if (isPromise(innerArgv) && !yargs.getInternalMethods().hasParseCallback()) innerArgv.catch((error) => {
					try {
						yargs.getInternalMethods().getUsageInstance().fail(null, error);
					} catch (_err) {}
				});
			}
			if (!isDefaultCommand) {
				currentContext.commands.pop();
				currentContext.fullCommands.pop();
			}
			return innerArgv;
		}
		applyMiddlewareAndGetResult(isDefaultCommand, commandHandler, innerArgv, currentContext, helpOnly, aliases, yargs) {
			let positionalMap = {};
			if (helpOnly) return innerArgv;
			if (!yargs.getInternalMethods().getHasOutput()) positionalMap = this.populatePositionals(commandHandler, innerArgv, currentContext, yargs);
			const middlewares = this.globalMiddleware.getMiddleware().slice(0).concat(commandHandler.middlewares);
			const maybePromiseArgv = applyMiddleware(innerArgv, yargs, middlewares, true);
			return isPromise(maybePromiseArgv) ? maybePromiseArgv.then((resolvedInnerArgv) => this.handleValidationAndGetResult(isDefaultCommand, commandHandler, resolvedInnerArgv, currentContext, aliases, yargs, middlewares, positionalMap)) : this.handleValidationAndGetResult(isDefaultCommand, commandHandler, maybePromiseArgv, currentContext, aliases, yargs, middlewares, positionalMap);
		}
		populatePositionals(commandHandler, argv, context, yargs) {
			argv._ = argv._.slice(context.commands.length);
			const demanded = commandHandler.demanded.slice(0);
			const optional = commandHandler.optional.slice(0);
			const positionalMap = {};
			this.validation.positionalCount(demanded.length, argv._.length);
			while (demanded.length) {
				const demand = demanded.shift();
				this.populatePositional(demand, argv, positionalMap);
			}
			while (optional.length) {
				const maybe = optional.shift();
				this.populatePositional(maybe, argv, positionalMap);
			}
			argv._ = context.commands.concat(argv._.map((a) => "" + a));
			this.postProcessPositionals(argv, positionalMap, this.cmdToParseOptions(commandHandler.original), yargs);
			return positionalMap;
		}
		populatePositional(positional, argv, positionalMap) {
			const cmd = positional.cmd[0];
			if (positional.variadic) positionalMap[cmd] = argv._.splice(0).map(String);
			else if (argv._.length) positionalMap[cmd] = [String(argv._.shift())];
		}
		cmdToParseOptions(cmdString) {
			const parseOptions = {
				array: [],
				default: {},
				alias: {},
				demand: {}
			};
			const parsed = parseCommand(cmdString);
			parsed.demanded.forEach((d) => {
				const [cmd, ...aliases] = d.cmd;
				if (d.variadic) {
					parseOptions.array.push(cmd);
					parseOptions.default[cmd] = [];
				}
				parseOptions.alias[cmd] = aliases;
				parseOptions.demand[cmd] = true;
			});
			parsed.optional.forEach((o) => {
				const [cmd, ...aliases] = o.cmd;
				if (o.variadic) {
					parseOptions.array.push(cmd);
					parseOptions.default[cmd] = [];
				}
				parseOptions.alias[cmd] = aliases;
			});
			return parseOptions;
		}
		postProcessPositionals(argv, positionalMap, parseOptions, yargs) {
			const options = Object.assign({}, yargs.getOptions());
			options.default = Object.assign(parseOptions.default, options.default);
			for (const key of Object.keys(parseOptions.alias)) options.alias[key] = (options.alias[key] || []).concat(parseOptions.alias[key]);
			options.array = options.array.concat(parseOptions.array);
			options.config = {};
			const unparsed = [];
			Object.keys(positionalMap).forEach((key) => {
				positionalMap[key].map((value) => {
					if (options.configuration["unknown-options-as-args"]) options.key[key] = true;
					unparsed.push(`--${key}`);
					unparsed.push(value);
				});
			});
			if (!unparsed.length) return;
			const config = Object.assign({}, options.configuration, { "populate--": false });
			const parsed = this.shim.Parser.detailed(unparsed, Object.assign({}, options, { configuration: config }));
			if (parsed.error) yargs.getInternalMethods().getUsageInstance().fail(parsed.error.message, parsed.error);
			else {
				const positionalKeys = Object.keys(positionalMap);
				Object.keys(positionalMap).forEach((key) => {
					positionalKeys.push(...parsed.aliases[key]);
				});
				Object.keys(parsed.argv).forEach((key) => {
					if (positionalKeys.includes(key)) {
						if (!positionalMap[key]) positionalMap[key] = parsed.argv[key];
						if (!this.isInConfigs(yargs, key) && !this.isDefaulted(yargs, key) && Object.prototype.hasOwnProperty.call(argv, key) && Object.prototype.hasOwnProperty.call(parsed.argv, key) && (Array.isArray(argv[key]) || Array.isArray(parsed.argv[key]))) argv[key] = [].concat(argv[key], parsed.argv[key]);
						else argv[key] = parsed.argv[key];
					}
				});
			}
		}
		isDefaulted(yargs, key) {
			const { default: defaults } = yargs.getOptions();
			return Object.prototype.hasOwnProperty.call(defaults, key) || Object.prototype.hasOwnProperty.call(defaults, this.shim.Parser.camelCase(key));
		}
		isInConfigs(yargs, key) {
			const { configObjects } = yargs.getOptions();
			return configObjects.some((c) => Object.prototype.hasOwnProperty.call(c, key)) || configObjects.some((c) => Object.prototype.hasOwnProperty.call(c, this.shim.Parser.camelCase(key)));
		}
		runDefaultBuilderOn(yargs) {
			if (!this.defaultCommand) return;
			if (this.shouldUpdateUsage(yargs)) {
				const commandString = DEFAULT_MARKER.test(this.defaultCommand.original) ? this.defaultCommand.original : this.defaultCommand.original.replace(/^[^[\]<>]*/, "$0 ");
				yargs.getInternalMethods().getUsageInstance().usage(commandString, this.defaultCommand.description);
			}
			const builder = this.defaultCommand.builder;
			if (isCommandBuilderCallback(builder)) return builder(yargs, true);
			else if (!isCommandBuilderDefinition(builder)) Object.keys(builder).forEach((key) => {
				yargs.option(key, builder[key]);
			});
		}
		extractDesc({ describe, description, desc }) {
			for (const test of [
				describe,
				description,
				desc
			]) {
				if (typeof test === "string" || test === false) return test;
				assertNotStrictEqual(test, true, this.shim);
			}
			return false;
		}
		freeze() {
			this.frozens.push({
				handlers: this.handlers,
				aliasMap: this.aliasMap,
				defaultCommand: this.defaultCommand
			});
		}
		unfreeze() {
			const frozen = this.frozens.pop();
			assertNotStrictEqual(frozen, void 0, this.shim);
			({handlers: this.handlers, aliasMap: this.aliasMap, defaultCommand: this.defaultCommand} = frozen);
		}
		reset() {
			this.handlers = {};
			this.aliasMap = {};
			this.defaultCommand = void 0;
			this.requireCache = /* @__PURE__ */ new Set();
			return this;
		}
	};
}));
// node_modules/yargs/build/lib/utils/obj-filter.js
function objFilter(original = {}, filter = () => true) {
	const obj = {};
	objectKeys(original).forEach((key) => {
		if (filter(key, original[key])) obj[key] = original[key];
	});
	return obj;
}
var init_obj_filter = __esmMin((() => {
	init_common_types();
}));
// node_modules/yargs/build/lib/utils/set-blocking.js
function setBlocking(blocking) {
	if (typeof process === "undefined") return;
	[process.stdout, process.stderr].forEach((_stream) => {
		const stream = _stream;
		if (stream._handle && stream.isTTY && typeof stream._handle.setBlocking === "function") stream._handle.setBlocking(blocking);
	});
}
var init_set_blocking = __esmMin((() => {}));
// node_modules/yargs/build/lib/usage.js
function isBoolean(fail) {
	return typeof fail === "boolean";
}
function usage(yargs, shim) {
	const __ = shim.y18n.__;
	const self = {};
	const fails = [];
	self.failFn = function failFn(f) {
		fails.push(f);
	};
	let failMessage = null;
	let globalFailMessage = null;
	let showHelpOnFail = true;
	self.showHelpOnFail = function showHelpOnFailFn(arg1 = true, arg2) {
		const [enabled, message] = typeof arg1 === "string" ? [true, arg1] : [arg1, arg2];
		if (yargs.getInternalMethods().isGlobalContext()) globalFailMessage = message;
		failMessage = message;
		showHelpOnFail = enabled;
		return self;
	};
	let failureOutput = false;
	self.fail = function fail(msg, err) {
		const logger = yargs.getInternalMethods().getLoggerInstance();
		if (fails.length) for (let i = fails.length - 1; i >= 0; --i) {
			const fail = fails[i];
			if (isBoolean(fail)) {
				if (err) throw err;
				else if (msg) throw Error(msg);
			} else fail(msg, err, self);
		}
		else {
			if (yargs.getExitProcess()) setBlocking(true);
			if (!failureOutput) {
				failureOutput = true;
				if (showHelpOnFail) {
					yargs.showHelp("error");
					logger.error();
				}
				if (msg || err) logger.error(msg || err);
				const globalOrCommandFailMessage = failMessage || globalFailMessage;
				if (globalOrCommandFailMessage) {
					if (msg || err) logger.error("");
					logger.error(globalOrCommandFailMessage);
				}
			}
			err = err || new YError(msg);
			if (yargs.getExitProcess()) return yargs.exit(1);
			else if (yargs.getInternalMethods().hasParseCallback()) return yargs.exit(1, err);
			else throw err;
		}
	};
	let usages = [];
	let usageDisabled = false;
	self.usage = (msg, description) => {
		if (msg === null) {
			usageDisabled = true;
			usages = [];
			return self;
		}
		usageDisabled = false;
		usages.push([msg, description || ""]);
		return self;
	};
	self.getUsage = () => {
		return usages;
	};
	self.getUsageDisabled = () => {
		return usageDisabled;
	};
	self.getPositionalGroupName = () => {
		return __("Positionals:");
	};
	let examples = [];
	self.example = (cmd, description) => {
		examples.push([cmd, description || ""]);
	};
	let commands = [];
	self.command = function command(cmd, description, isDefault, aliases, deprecated = false) {
		if (isDefault) commands = commands.map((cmdArray) => {
			cmdArray[2] = false;
			return cmdArray;
		});
		commands.push([
			cmd,
			description || "",
			isDefault,
			aliases,
			deprecated
		]);
	};
	self.getCommands = () => commands;
	let descriptions = {};
	self.describe = function describe(keyOrKeys, desc) {
		if (Array.isArray(keyOrKeys)) keyOrKeys.forEach((k) => {
			self.describe(k, desc);
		});
		else if (typeof keyOrKeys === "object") Object.keys(keyOrKeys).forEach((k) => {
			self.describe(k, keyOrKeys[k]);
		});
		else descriptions[keyOrKeys] = desc;
	};
	self.getDescriptions = () => descriptions;
	let epilogs = [];
	self.epilog = (msg) => {
		epilogs.push(msg);
	};
	let wrapSet = false;
	let wrap;
	self.wrap = (cols) => {
		wrapSet = true;
		wrap = cols;
	};
	self.getWrap = () => {
		if (shim.getEnv("YARGS_DISABLE_WRAP")) return null;
		if (!wrapSet) {
			wrap = windowWidth();
			wrapSet = true;
		}
		return wrap;
	};
	const deferY18nLookupPrefix = "__yargsString__:";
	self.deferY18nLookup = (str) => deferY18nLookupPrefix + str;
	self.help = function help() {
		if (cachedHelpMessage) return cachedHelpMessage;
		normalizeAliases();
		const base$0 = yargs.customScriptName ? yargs.$0 : shim.path.basename(yargs.$0);
		const demandedOptions = yargs.getDemandedOptions();
		const demandedCommands = yargs.getDemandedCommands();
		const deprecatedOptions = yargs.getDeprecatedOptions();
		const groups = yargs.getGroups();
		const options = yargs.getOptions();
		let keys = [];
		keys = keys.concat(Object.keys(descriptions));
		keys = keys.concat(Object.keys(demandedOptions));
		keys = keys.concat(Object.keys(demandedCommands));
		keys = keys.concat(Object.keys(options.default));
		keys = keys.filter(filterHiddenOptions);
		keys = Object.keys(keys.reduce((acc, key) => {
			if (key !== "_") acc[key] = true;
			return acc;
		}, {}));
		const theWrap = self.getWrap();
		const ui = shim.cliui({
			width: theWrap,
			wrap: !!theWrap
		});
		if (!usageDisabled) {
			if (usages.length) {
				usages.forEach((usage) => {
					ui.div({ text: `${usage[0].replace(/\$0/g, base$0)}` });
					if (usage[1]) ui.div({
						text: `${usage[1]}`,
						padding: [
							1,
							0,
							0,
							0
						]
					});
				});
				ui.div();
			} else if (commands.length) {
				let u = null;
				if (demandedCommands._) u = `${base$0} <${__("command")}>\n`;
				else u = `${base$0} [${__("command")}]\n`;
				ui.div(`${u}`);
			}
		}
		if (commands.length > 1 || commands.length === 1 && !commands[0][2]) {
			ui.div(__("Commands:"));
			const context = yargs.getInternalMethods().getContext();
			const parentCommands = context.commands.length ? `${context.commands.join(" ")} ` : "";
			if (yargs.getInternalMethods().getParserConfiguration()["sort-commands"] === true) commands = commands.sort((a, b) => a[0].localeCompare(b[0]));
			const prefix = base$0 ? `${base$0} ` : "";
			commands.forEach((command) => {
				const commandString = `${prefix}${parentCommands}${command[0].replace(/^\$0 ?/, "")}`;
				ui.span({
					text: commandString,
					padding: [
						0,
						2,
						0,
						2
					],
					width: maxWidth(commands, theWrap, `${base$0}${parentCommands}`) + 4
				}, { text: command[1] });
				const hints = [];
				if (command[2]) hints.push(`[${__("default")}]`);
				if (command[3] && command[3].length) hints.push(`[${__("aliases:")} ${command[3].join(", ")}]`);
				if (command[4]) {
					if (typeof command[4] === "string") hints.push(`[${__("deprecated: %s", command[4])}]`);
					else hints.push(`[${__("deprecated")}]`);
				}
				if (hints.length) ui.div({
					text: hints.join(" "),
					padding: [
						0,
						0,
						0,
						2
					],
					align: "right"
				});
				else ui.div();
			});
			ui.div();
		}
		const aliasKeys = (Object.keys(options.alias) || []).concat(Object.keys(yargs.parsed.newAliases) || []);
		keys = keys.filter((key) => !yargs.parsed.newAliases[key] && aliasKeys.every((alias) => (options.alias[alias] || []).indexOf(key) === -1));
		const defaultGroup = __("Options:");
		if (!groups[defaultGroup]) groups[defaultGroup] = [];
		addUngroupedKeys(keys, options.alias, groups, defaultGroup);
		const isLongSwitch = (sw) => /^--/.test(getText(sw));
		const displayedGroups = Object.keys(groups).filter((groupName) => groups[groupName].length > 0).map((groupName) => {
			return {
				groupName,
				normalizedKeys: groups[groupName].filter(filterHiddenOptions).map((key) => {
					if (aliasKeys.includes(key)) return key;
					for (let i = 0, aliasKey; (aliasKey = aliasKeys[i]) !== void 0; i++) if ((options.alias[aliasKey] || []).includes(key)) return aliasKey;
					return key;
				})
			};
		}).filter(({ normalizedKeys }) => normalizedKeys.length > 0).map(({ groupName, normalizedKeys }) => {
			return {
				groupName,
				normalizedKeys,
				switches: normalizedKeys.reduce((acc, key) => {
					acc[key] = [key].concat(options.alias[key] || []).map((sw) => {
						if (groupName === self.getPositionalGroupName()) return sw;
						else return (/^[0-9]$/.test(sw) ? options.boolean.includes(key) ? "-" : "--" : sw.length > 1 ? "--" : "-") + sw;
					}).sort((sw1, sw2) => isLongSwitch(sw1) === isLongSwitch(sw2) ? 0 : isLongSwitch(sw1) ? 1 : -1).join(", ");
					return acc;
				}, {})
			};
		});
		if (displayedGroups.filter(({ groupName }) => groupName !== self.getPositionalGroupName()).some(({ normalizedKeys, switches }) => !normalizedKeys.every((key) => isLongSwitch(switches[key])))) displayedGroups.filter(({ groupName }) => groupName !== self.getPositionalGroupName()).forEach(({ normalizedKeys, switches }) => {
			normalizedKeys.forEach((key) => {
				if (isLongSwitch(switches[key])) switches[key] = addIndentation(switches[key], 4);
			});
		});
		displayedGroups.forEach(({ groupName, normalizedKeys, switches }) => {
			ui.div(groupName);
			normalizedKeys.forEach((key) => {
				const kswitch = switches[key];
				let desc = descriptions[key] || "";
				let type = null;
				if (desc.includes(deferY18nLookupPrefix)) desc = __(desc.substring(16));
				if (options.boolean.includes(key)) type = `[${__("boolean")}]`;
				if (options.count.includes(key)) type = `[${__("count")}]`;
				if (options.string.includes(key)) type = `[${__("string")}]`;
				if (options.normalize.includes(key)) type = `[${__("string")}]`;
				if (options.array.includes(key)) type = `[${__("array")}]`;
				if (options.number.includes(key)) type = `[${__("number")}]`;
				const deprecatedExtra = (deprecated) => typeof deprecated === "string" ? `[${__("deprecated: %s", deprecated)}]` : `[${__("deprecated")}]`;
				const extra = [
					key in deprecatedOptions ? deprecatedExtra(deprecatedOptions[key]) : null,
					type,
					key in demandedOptions ? `[${__("required")}]` : null,
					options.choices && options.choices[key] ? `[${__("choices:")} ${self.stringifiedValues(options.choices[key])}]` : null,
					defaultString(options.default[key], options.defaultDescription[key])
				].filter(Boolean).join(" ");
				ui.span({
					text: getText(kswitch),
					padding: [
						0,
						2,
						0,
						2 + getIndentation(kswitch)
					],
					width: maxWidth(switches, theWrap) + 4
				}, desc);
				const shouldHideOptionExtras = yargs.getInternalMethods().getUsageConfiguration()["hide-types"] === true;
				if (extra && !shouldHideOptionExtras) ui.div({
					text: extra,
					padding: [
						0,
						0,
						0,
						2
					],
					align: "right"
				});
				else ui.div();
			});
			ui.div();
		});
		if (examples.length) {
			ui.div(__("Examples:"));
			examples.forEach((example) => {
				example[0] = example[0].replace(/\$0/g, base$0);
			});
			examples.forEach((example) => {
				if (example[1] === "") ui.div({
					text: example[0],
					padding: [
						0,
						2,
						0,
						2
					]
				});
				else ui.div({
					text: example[0],
					padding: [
						0,
						2,
						0,
						2
					],
					width: maxWidth(examples, theWrap) + 4
				}, { text: example[1] });
			});
			ui.div();
		}
		if (epilogs.length > 0) {
			const e = epilogs.map((epilog) => epilog.replace(/\$0/g, base$0)).join("\n");
			ui.div(`${e}\n`);
		}
		return ui.toString().replace(/\s*$/, "");
	};
	function maxWidth(table, theWrap, modifier) {
		let width = 0;
		if (!Array.isArray(table)) table = Object.values(table).map((v) => [v]);
		table.forEach((v) => {
			width = Math.max(shim.stringWidth(modifier ? `${modifier} ${getText(v[0])}` : getText(v[0])) + getIndentation(v[0]), width);
		});
		if (theWrap) width = Math.min(width, parseInt((theWrap * .5).toString(), 10));
		return width;
	}
	function normalizeAliases() {
		const demandedOptions = yargs.getDemandedOptions();
		const options = yargs.getOptions();
		(Object.keys(options.alias) || []).forEach((key) => {
			options.alias[key].forEach((alias) => {
				if (descriptions[alias]) self.describe(key, descriptions[alias]);
				if (alias in demandedOptions) yargs.demandOption(key, demandedOptions[alias]);
				if (options.boolean.includes(alias)) yargs.boolean(key);
				if (options.count.includes(alias)) yargs.count(key);
				if (options.string.includes(alias)) yargs.string(key);
				if (options.normalize.includes(alias)) yargs.normalize(key);
				if (options.array.includes(alias)) yargs.array(key);
				if (options.number.includes(alias)) yargs.number(key);
			});
		});
	}
	let cachedHelpMessage;
	self.cacheHelpMessage = function() {
		cachedHelpMessage = this.help();
	};
	self.clearCachedHelpMessage = function() {
		cachedHelpMessage = void 0;
	};
	self.hasCachedHelpMessage = function() {
		return !!cachedHelpMessage;
	};
	function addUngroupedKeys(keys, aliases, groups, defaultGroup) {
		let groupedKeys = [];
		let toCheck = null;
		Object.keys(groups).forEach((group) => {
			groupedKeys = groupedKeys.concat(groups[group]);
		});
		keys.forEach((key) => {
			toCheck = [key].concat(aliases[key]);
			if (!toCheck.some((k) => groupedKeys.indexOf(k) !== -1)) groups[defaultGroup].push(key);
		});
		return groupedKeys;
	}
	function filterHiddenOptions(key) {
		return yargs.getOptions().hiddenOptions.indexOf(key) < 0 || yargs.parsed.argv[yargs.getOptions().showHiddenOpt];
	}
	self.showHelp = (level) => {
		const logger = yargs.getInternalMethods().getLoggerInstance();
		if (!level) level = "error";
		(typeof level === "function" ? level : logger[level])(self.help());
	};
	self.functionDescription = (fn) => {
		return [
			"(",
			fn.name ? shim.Parser.decamelize(fn.name, "-") : __("generated-value"),
			")"
		].join("");
	};
	self.stringifiedValues = function stringifiedValues(values, separator) {
		let string = "";
		const sep = separator || ", ";
		const array = [].concat(values);
		if (!values || !array.length) return string;
		array.forEach((value) => {
			if (string.length) string += sep;
			string += JSON.stringify(value);
		});
		return string;
	};
	function defaultString(value, defaultDescription) {
		let string = `[${__("default:")} `;
		if (value === void 0 && !defaultDescription) return null;
		if (defaultDescription) string += defaultDescription;
		else switch (typeof value) {
			case "string":
				string += `"${value}"`;
				break;
			case "object":
				string += JSON.stringify(value);
				break;
			default: string += value;
		}
		return `${string}]`;
	}
	function windowWidth() {
		const maxWidth = 80;
		if (shim.process.stdColumns) return Math.min(maxWidth, shim.process.stdColumns);
		else return maxWidth;
	}
	let version = null;
	self.version = (ver) => {
		version = ver;
	};
	self.showVersion = (level) => {
		const logger = yargs.getInternalMethods().getLoggerInstance();
		if (!level) level = "error";
		(typeof level === "function" ? level : logger[level])(version);
	};
	self.reset = function reset(localLookup) {
		failMessage = null;
		failureOutput = false;
		usages = [];
		usageDisabled = false;
		epilogs = [];
		examples = [];
		commands = [];
		descriptions = objFilter(descriptions, (k) => !localLookup[k]);
		return self;
	};
	const frozens = [];
	self.freeze = function freeze() {
		frozens.push({
			failMessage,
			failureOutput,
			usages,
			usageDisabled,
			epilogs,
			examples,
			commands,
			descriptions
		});
	};
	self.unfreeze = function unfreeze(defaultCommand = false) {
		const frozen = frozens.pop();
		if (!frozen) return;
		if (defaultCommand) {
			descriptions = {
				...frozen.descriptions,
				...descriptions
			};
			commands = [...frozen.commands, ...commands];
			usages = [...frozen.usages, ...usages];
			examples = [...frozen.examples, ...examples];
			epilogs = [...frozen.epilogs, ...epilogs];
		} else ({failMessage, failureOutput, usages, usageDisabled, epilogs, examples, commands, descriptions} = frozen);
	};
	return self;
}
function isIndentedText(text) {
	return typeof text === "object";
}
function addIndentation(text, indent) {
	return isIndentedText(text) ? {
		text: text.text,
		indentation: text.indentation + indent
	} : {
		text,
		indentation: indent
	};
}
function getIndentation(text) {
	return isIndentedText(text) ? text.indentation : 0;
}
function getText(text) {
	return isIndentedText(text) ? text.text : text;
}
var init_usage = __esmMin((() => {
	init_obj_filter();
	init_yerror();
	init_set_blocking();
}));
// node_modules/yargs/build/lib/completion-templates.js
var completionShTemplate, completionZshTemplate, completionFishTemplate;
var init_completion_templates = __esmMin((() => {
	completionShTemplate = `###-begin-{{app_name}}-completions-###
#
# yargs command completion script
#
# Installation: {{app_path}} {{completion_command}} >> ~/.bashrc
#    or {{app_path}} {{completion_command}} >> ~/.bash_profile on OSX.
#
_{{app_name}}_yargs_completions()
{
    local cur_word args type_list

    cur_word="\${COMP_WORDS[COMP_CWORD]}"
    args=("\${COMP_WORDS[@]}")

    # ask yargs to generate completions.
    # see https://stackoverflow.com/a/40944195/7080036 for the spaces-handling awk
    mapfile -t type_list < <({{app_path}} --get-yargs-completions "\${args[@]}")
    mapfile -t COMPREPLY < <(compgen -W "$( printf '%q ' "\${type_list[@]}" )" -- "\${cur_word}" |
        awk '/ / { print "\\""$0"\\"" } /^[^ ]+$/ { print $0 }')

    # if no match was found, fall back to filename completion
    if [ \${#COMPREPLY[@]} -eq 0 ]; then
      COMPREPLY=()
    fi

    return 0
}
complete -o bashdefault -o default -F _{{app_name}}_yargs_completions {{app_name}}
###-end-{{app_name}}-completions-###
`;
	completionZshTemplate = `#compdef {{app_name}}
###-begin-{{app_name}}-completions-###
#
# yargs command completion script
#
# Installation: {{app_path}} {{completion_command}} >> ~/.zshrc
#    or {{app_path}} {{completion_command}} >> ~/.zprofile on OSX.
#
_{{app_name}}_yargs_completions()
{
  local reply
  local si=$IFS
  IFS=$'\n' reply=($(COMP_CWORD="$((CURRENT-1))" COMP_LINE="$BUFFER" COMP_POINT="$CURSOR" {{app_path}} --get-yargs-completions "\${words[@]}"))
  IFS=$si
  if [[ \${#reply} -gt 0 ]]; then
    _describe 'values' reply
  else
    _default
  fi
}
if [[ "\${zsh_eval_context[-1]}" == "loadautofunc" ]]; then
  _{{app_name}}_yargs_completions "$@"
else
  compdef _{{app_name}}_yargs_completions {{app_name}}
fi
###-end-{{app_name}}-completions-###
`;
	completionFishTemplate = `###-begin-{{app_name}}-completions-###
#
# yargs command completion script
#
# Installation: {{app_path}} {{completion_command}} > ~/.config/fish/completions/{{app_name}}.fish
#
complete -f -c {{app_name}} -a '({{app_path}} --get-yargs-completions (commandline -o)[2..-1])'
###-end-{{app_name}}-completions-###
`;
}));
// node_modules/yargs/build/lib/completion.js
function completion(yargs, usage, command, shim) {
	return new Completion(yargs, usage, command, shim);
}
function isSyncCompletionFunction(completionFunction) {
	return completionFunction.length < 3;
}
function isFallbackCompletionFunction(completionFunction) {
	return completionFunction.length > 3;
}
var Completion;
var init_completion = __esmMin((() => {
	init_command();
	init_common_types();
	init_completion_templates();
	init_is_promise();
	init_parse_command();
	Completion = class {
		constructor(yargs, usage, command, shim) {
			var _a, _b, _c, _d, _e;
			this.yargs = yargs;
			this.usage = usage;
			this.command = command;
			this.shim = shim;
			this.completionKey = "get-yargs-completions";
			this.aliases = null;
			this.customCompletionFunction = null;
			this.indexAfterLastReset = 0;
			this.zshShell = (_c = ((_a = this.shim.getEnv("SHELL")) === null || _a === void 0 ? void 0 : _a.includes("zsh")) || ((_b = this.shim.getEnv("ZSH_NAME")) === null || _b === void 0 ? void 0 : _b.includes("zsh"))) !== null && _c !== void 0 ? _c : false;
			this.fishShell = (_e = (_d = this.shim.getEnv("SHELL")) === null || _d === void 0 ? void 0 : _d.includes("fish")) !== null && _e !== void 0 ? _e : false;
		}
		defaultCompletion(args, argv, current, done) {
			const handlers = this.command.getCommandHandlers();
			for (let i = 0, ii = args.length; i < ii; ++i) if (handlers[args[i]] && handlers[args[i]].builder) {
				const builder = handlers[args[i]].builder;
				if (isCommandBuilderCallback(builder)) {
					this.indexAfterLastReset = i + 1;
					const y = this.yargs.getInternalMethods().reset();
					builder(y, true);
					return y.argv;
				}
			}
			const completions = [];
			this.commandCompletions(completions, args, current);
			this.optionCompletions(completions, args, argv, current);
			this.choicesFromOptionsCompletions(completions, args, argv, current);
			this.choicesFromPositionalsCompletions(completions, args, argv, current);
			done(null, completions);
		}
		commandCompletions(completions, args, current) {
			const parentCommands = this.yargs.getInternalMethods().getContext().commands;
			if (!current.match(/^-/) && parentCommands[parentCommands.length - 1] !== current && !this.previousArgHasChoices(args)) this.usage.getCommands().forEach((usageCommand) => {
				const commandName = parseCommand(usageCommand[0]).cmd;
				if (args.indexOf(commandName) === -1) {
					const desc = usageCommand[1] || "";
					if (this.fishShell) completions.push(commandName + "	" + desc);
					else if (this.zshShell) completions.push(commandName.replace(/:/g, "\\:") + ":" + desc);
					else completions.push(commandName);
				}
			});
		}
		optionCompletions(completions, args, argv, current) {
			if ((current.match(/^-/) || current === "" && completions.length === 0) && !this.previousArgHasChoices(args)) {
				const options = this.yargs.getOptions();
				const positionalKeys = this.yargs.getGroups()[this.usage.getPositionalGroupName()] || [];
				Object.keys(options.key).forEach((key) => {
					const negable = !!options.configuration["boolean-negation"] && options.boolean.includes(key);
					if (!positionalKeys.includes(key) && !options.hiddenOptions.includes(key) && !this.argsContainKey(args, key, negable)) this.completeOptionKey(key, completions, current, negable && !!options.default[key]);
				});
			}
		}
		choicesFromOptionsCompletions(completions, args, argv, current) {
			if (this.previousArgHasChoices(args)) {
				const choices = this.getPreviousArgChoices(args);
				if (choices && choices.length > 0) {
					if (this.fishShell) completions.push(...choices);
					else completions.push(...choices.map((c) => c.replace(/:/g, "\\:")));
				}
			}
		}
		choicesFromPositionalsCompletions(completions, args, argv, current) {
			if (current === "" && completions.length > 0 && this.previousArgHasChoices(args)) return;
			const positionalKeys = this.yargs.getGroups()[this.usage.getPositionalGroupName()] || [];
			const offset = Math.max(this.indexAfterLastReset, this.yargs.getInternalMethods().getContext().commands.length + 1);
			const positionalKey = positionalKeys[argv._.length - offset - 1];
			if (!positionalKey) return;
			const choices = this.yargs.getOptions().choices[positionalKey] || [];
			for (const choice of choices) if (choice.startsWith(current)) {
				if (this.fishShell) completions.push(choice);
				else completions.push(choice.replace(/:/g, "\\:"));
			}
		}
		getPreviousArgChoices(args) {
			if (args.length < 1) return;
			let previousArg = args[args.length - 1];
			let filter = "";
			if (!previousArg.startsWith("-") && args.length > 1) {
				filter = previousArg;
				previousArg = args[args.length - 2];
			}
			if (!previousArg.startsWith("-")) return;
			const previousArgKey = previousArg.replace(/^-+/, "");
			const options = this.yargs.getOptions();
			const possibleAliases = [previousArgKey, ...this.yargs.getAliases()[previousArgKey] || []];
			let choices;
			for (const possibleAlias of possibleAliases) if (Object.prototype.hasOwnProperty.call(options.key, possibleAlias) && Array.isArray(options.choices[possibleAlias])) {
				choices = options.choices[possibleAlias];
				break;
			}
			if (choices) return choices.filter((choice) => !filter || choice.startsWith(filter));
		}
		previousArgHasChoices(args) {
			const choices = this.getPreviousArgChoices(args);
			return choices !== void 0 && choices.length > 0;
		}
		argsContainKey(args, key, negable) {
			const argsContains = (s) => args.indexOf((/^[^0-9]$/.test(s) ? "-" : "--") + s) !== -1;
			if (argsContains(key)) return true;
			if (negable && argsContains(`no-${key}`)) return true;
			if (this.aliases) {
				for (const alias of this.aliases[key]) if (argsContains(alias)) return true;
			}
			return false;
		}
		completeOptionKey(key, completions, current, negable) {
			var _a, _b, _c, _d;
			let keyWithDesc = key;
			if (this.zshShell || this.fishShell) {
				const descs = this.usage.getDescriptions();
				const aliasKey = (_b = (_a = this === null || this === void 0 ? void 0 : this.aliases) === null || _a === void 0 ? void 0 : _a[key]) === null || _b === void 0 ? void 0 : _b.find((alias) => {
					const desc = descs[alias];
					return typeof desc === "string" && desc.length > 0;
				});
				const descFromAlias = aliasKey ? descs[aliasKey] : void 0;
				const cleanedDesc = ((_d = (_c = descs[key]) !== null && _c !== void 0 ? _c : descFromAlias) !== null && _d !== void 0 ? _d : "").replace("__yargsString__:", "").replace(/(\r\n|\n|\r)/gm, " ");
				if (this.fishShell) keyWithDesc = `${key}\t${cleanedDesc}`;
				else keyWithDesc = `${key.replace(/:/g, "\\:")}:${cleanedDesc}`;
			}
			const startsByTwoDashes = (s) => /^--/.test(s);
			const isShortOption = (s) => /^[^0-9]$/.test(s);
			const dashes = !startsByTwoDashes(current) && isShortOption(key) ? "-" : "--";
			completions.push(dashes + keyWithDesc);
			if (negable) completions.push(dashes + "no-" + keyWithDesc);
		}
		customCompletion(args, argv, current, done) {
			assertNotStrictEqual(this.customCompletionFunction, null, this.shim);
			if (isSyncCompletionFunction(this.customCompletionFunction)) {
				const result = this.customCompletionFunction(current, argv);
				if (isPromise(result)) return result.then((list) => {
					this.shim.process.nextTick(() => {
						done(null, list);
					});
				}).catch((err) => {
					this.shim.process.nextTick(() => {
						done(err, void 0);
					});
				});
				return done(null, result);
			} else if (isFallbackCompletionFunction(this.customCompletionFunction)) return this.customCompletionFunction(current, argv, (onCompleted = done) => this.defaultCompletion(args, argv, current, onCompleted), (completions) => {
				done(null, completions);
			});
			else return this.customCompletionFunction(current, argv, (completions) => {
				done(null, completions);
			});
		}
		getCompletion(args, done) {
			const current = args.length ? args[args.length - 1] : "";
			const argv = this.yargs.parse(args, true);
			const completionFunction = this.customCompletionFunction ? (argv) => this.customCompletion(args, argv, current, done) : (argv) => this.defaultCompletion(args, argv, current, done);
			return isPromise(argv) ? argv.then(completionFunction) : completionFunction(argv);
		}
		generateCompletionScript($0, cmd) {
			let script;
			if (this.zshShell) script = completionZshTemplate;
			else if (this.fishShell) script = completionFishTemplate;
			else script = completionShTemplate;
			const name = this.shim.path.basename($0);
			if ($0.match(/\.js$/)) $0 = `./${$0}`;
			script = script.replace(/{{app_name}}/g, name);
			script = script.replace(/{{completion_command}}/g, cmd);
			return script.replace(/{{app_path}}/g, $0);
		}
		registerFunction(fn) {
			this.customCompletionFunction = fn;
		}
		setParsed(parsed) {
			this.aliases = parsed.aliases;
		}
	};
}));
// node_modules/yargs/build/lib/utils/levenshtein.js
function levenshtein(a, b) {
	if (a.length === 0) return b.length;
	if (b.length === 0) return a.length;
	const matrix = [];
	let i = 0;
	for (; i <= b.length; i++) matrix[i] = [i];
	let j = 0;
	for (; j <= a.length; j++) matrix[0][j] = j;
	for (i = 1; i <= b.length; i++) for (j = 1; j <= a.length; j++) if (b.charAt(i - 1) === a.charAt(j - 1)) matrix[i][j] = matrix[i - 1][j - 1];
	else if (i > 1 && j > 1 && b.charAt(i - 2) === a.charAt(j - 1) && b.charAt(i - 1) === a.charAt(j - 2)) matrix[i][j] = matrix[i - 2][j - 2] + 1;
	else matrix[i][j] = Math.min(matrix[i - 1][j - 1] + 1, Math.min(matrix[i][j - 1] + 1, matrix[i - 1][j] + 1));
	return matrix[b.length][a.length];
}
var init_levenshtein = __esmMin((() => {}));
// node_modules/yargs/build/lib/validation.js
function validation(yargs, usage, shim) {
	const __ = shim.y18n.__;
	const __n = shim.y18n.__n;
	const self = {};
	self.nonOptionCount = function nonOptionCount(argv) {
		const demandedCommands = yargs.getDemandedCommands();
		const _s = argv._.length + (argv["--"] ? argv["--"].length : 0) - yargs.getInternalMethods().getContext().commands.length;
		if (demandedCommands._ && (_s < demandedCommands._.min || _s > demandedCommands._.max)) {
			if (_s < demandedCommands._.min) {
				if (demandedCommands._.minMsg !== void 0) usage.fail(demandedCommands._.minMsg ? demandedCommands._.minMsg.replace(/\$0/g, _s.toString()).replace(/\$1/, demandedCommands._.min.toString()) : null);
				else usage.fail(__n("Not enough non-option arguments: got %s, need at least %s", "Not enough non-option arguments: got %s, need at least %s", _s, _s.toString(), demandedCommands._.min.toString()));
			} else if (_s > demandedCommands._.max) {
				if (demandedCommands._.maxMsg !== void 0) usage.fail(demandedCommands._.maxMsg ? demandedCommands._.maxMsg.replace(/\$0/g, _s.toString()).replace(/\$1/, demandedCommands._.max.toString()) : null);
				else usage.fail(__n("Too many non-option arguments: got %s, maximum of %s", "Too many non-option arguments: got %s, maximum of %s", _s, _s.toString(), demandedCommands._.max.toString()));
			}
		}
	};
	self.positionalCount = function positionalCount(required, observed) {
		if (observed < required) usage.fail(__n("Not enough non-option arguments: got %s, need at least %s", "Not enough non-option arguments: got %s, need at least %s", observed, observed + "", required + ""));
	};
	self.requiredArguments = function requiredArguments(argv, demandedOptions) {
		let missing = null;
		for (const key of Object.keys(demandedOptions)) if (!Object.prototype.hasOwnProperty.call(argv, key) || typeof argv[key] === "undefined") {
			missing = missing || {};
			missing[key] = demandedOptions[key];
		}
		if (missing) {
			const customMsgs = [];
			for (const key of Object.keys(missing)) {
				const msg = missing[key];
				if (msg && customMsgs.indexOf(msg) < 0) customMsgs.push(msg);
			}
			const customMsg = customMsgs.length ? `\n${customMsgs.join("\n")}` : "";
			usage.fail(__n("Missing required argument: %s", "Missing required arguments: %s", Object.keys(missing).length, Object.keys(missing).join(", ") + customMsg));
		}
	};
	self.unknownArguments = function unknownArguments(argv, aliases, positionalMap, isDefaultCommand, checkPositionals = true) {
		var _a;
		const commandKeys = yargs.getInternalMethods().getCommandInstance().getCommands();
		const unknown = [];
		const currentContext = yargs.getInternalMethods().getContext();
		Object.keys(argv).forEach((key) => {
			if (!specialKeys.includes(key) && !Object.prototype.hasOwnProperty.call(positionalMap, key) && !Object.prototype.hasOwnProperty.call(yargs.getInternalMethods().getParseContext(), key) && !self.isValidAndSomeAliasIsNotNew(key, aliases)) unknown.push(key);
		});
		if (checkPositionals && (currentContext.commands.length > 0 || commandKeys.length > 0 || isDefaultCommand)) argv._.slice(currentContext.commands.length).forEach((key) => {
			if (!commandKeys.includes("" + key)) unknown.push("" + key);
		});
		if (checkPositionals) {
			const maxNonOptDemanded = ((_a = yargs.getDemandedCommands()._) === null || _a === void 0 ? void 0 : _a.max) || 0;
			const expected = currentContext.commands.length + maxNonOptDemanded;
			if (expected < argv._.length) argv._.slice(expected).forEach((key) => {
				key = String(key);
				if (!currentContext.commands.includes(key) && !unknown.includes(key)) unknown.push(key);
			});
		}
		if (unknown.length) usage.fail(__n("Unknown argument: %s", "Unknown arguments: %s", unknown.length, unknown.map((s) => s.trim() ? s : `"${s}"`).join(", ")));
	};
	self.unknownCommands = function unknownCommands(argv) {
		const commandKeys = yargs.getInternalMethods().getCommandInstance().getCommands();
		const unknown = [];
		const currentContext = yargs.getInternalMethods().getContext();
		if (currentContext.commands.length > 0 || commandKeys.length > 0) argv._.slice(currentContext.commands.length).forEach((key) => {
			if (!commandKeys.includes("" + key)) unknown.push("" + key);
		});
		if (unknown.length > 0) {
			usage.fail(__n("Unknown command: %s", "Unknown commands: %s", unknown.length, unknown.join(", ")));
			return true;
		} else return false;
	};
	self.isValidAndSomeAliasIsNotNew = function isValidAndSomeAliasIsNotNew(key, aliases) {
		if (!Object.prototype.hasOwnProperty.call(aliases, key)) return false;
		const newAliases = yargs.parsed.newAliases;
		return [key, ...aliases[key]].some((a) => !Object.prototype.hasOwnProperty.call(newAliases, a) || !newAliases[key]);
	};
	self.limitedChoices = function limitedChoices(argv) {
		const options = yargs.getOptions();
		const invalid = {};
		if (!Object.keys(options.choices).length) return;
		Object.keys(argv).forEach((key) => {
			if (specialKeys.indexOf(key) === -1 && Object.prototype.hasOwnProperty.call(options.choices, key)) [].concat(argv[key]).forEach((value) => {
				if (options.choices[key].indexOf(value) === -1 && value !== void 0) invalid[key] = (invalid[key] || []).concat(value);
			});
		});
		const invalidKeys = Object.keys(invalid);
		if (!invalidKeys.length) return;
		let msg = __("Invalid values:");
		invalidKeys.forEach((key) => {
			msg += `\n  ${__("Argument: %s, Given: %s, Choices: %s", key, usage.stringifiedValues(invalid[key]), usage.stringifiedValues(options.choices[key]))}`;
		});
		usage.fail(msg);
	};
	let implied = {};
	self.implies = function implies(key, value) {
		argsert("<string|object> [array|number|string]", [key, value], arguments.length);
		if (typeof key === "object") Object.keys(key).forEach((k) => {
			self.implies(k, key[k]);
		});
		else {
			yargs.global(key);
			if (!implied[key]) implied[key] = [];
			if (Array.isArray(value)) value.forEach((i) => self.implies(key, i));
			else {
				assertNotStrictEqual(value, void 0, shim);
				implied[key].push(value);
			}
		}
	};
	self.getImplied = function getImplied() {
		return implied;
	};
	function keyExists(argv, val) {
		const num = Number(val);
		val = isNaN(num) ? val : num;
		if (typeof val === "number") val = argv._.length >= val;
		else if (val.match(/^--no-.+/)) {
			val = val.match(/^--no-(.+)/)[1];
			val = !Object.prototype.hasOwnProperty.call(argv, val);
		} else val = Object.prototype.hasOwnProperty.call(argv, val);
		return val;
	}
	self.implications = function implications(argv) {
		const implyFail = [];
		Object.keys(implied).forEach((key) => {
			const origKey = key;
			(implied[key] || []).forEach((value) => {
				let key = origKey;
				const origValue = value;
				key = keyExists(argv, key);
				value = keyExists(argv, value);
				if (key && !value) implyFail.push(` ${origKey} -> ${origValue}`);
			});
		});
		if (implyFail.length) {
			let msg = `${__("Implications failed:")}\n`;
			implyFail.forEach((value) => {
				msg += value;
			});
			usage.fail(msg);
		}
	};
	let conflicting = {};
	self.conflicts = function conflicts(key, value) {
		argsert("<string|object> [array|string]", [key, value], arguments.length);
		if (typeof key === "object") Object.keys(key).forEach((k) => {
			self.conflicts(k, key[k]);
		});
		else {
			yargs.global(key);
			if (!conflicting[key]) conflicting[key] = [];
			if (Array.isArray(value)) value.forEach((i) => self.conflicts(key, i));
			else conflicting[key].push(value);
		}
	};
	self.getConflicting = () => conflicting;
	self.conflicting = function conflictingFn(argv) {
		Object.keys(argv).forEach((key) => {
			if (conflicting[key]) conflicting[key].forEach((value) => {
				if (value && argv[key] !== void 0 && argv[value] !== void 0) usage.fail(__("Arguments %s and %s are mutually exclusive", key, value));
			});
		});
		if (yargs.getInternalMethods().getParserConfiguration()["strip-dashed"]) Object.keys(conflicting).forEach((key) => {
			conflicting[key].forEach((value) => {
				if (value && argv[shim.Parser.camelCase(key)] !== void 0 && argv[shim.Parser.camelCase(value)] !== void 0) usage.fail(__("Arguments %s and %s are mutually exclusive", key, value));
			});
		});
	};
	self.recommendCommands = function recommendCommands(cmd, potentialCommands) {
		const threshold = 3;
		potentialCommands = potentialCommands.sort((a, b) => b.length - a.length);
		let recommended = null;
		let bestDistance = Infinity;
		for (let i = 0, candidate; (candidate = potentialCommands[i]) !== void 0; i++) {
			const d = levenshtein(cmd, candidate);
			if (d <= threshold && d < bestDistance) {
				bestDistance = d;
				recommended = candidate;
			}
		}
		if (recommended) usage.fail(__("Did you mean %s?", recommended));
	};
	self.reset = function reset(localLookup) {
		implied = objFilter(implied, (k) => !localLookup[k]);
		conflicting = objFilter(conflicting, (k) => !localLookup[k]);
		return self;
	};
	const frozens = [];
	self.freeze = function freeze() {
		frozens.push({
			implied,
			conflicting
		});
	};
	self.unfreeze = function unfreeze() {
		const frozen = frozens.pop();
		assertNotStrictEqual(frozen, void 0, shim);
		({implied, conflicting} = frozen);
	};
	return self;
}
var specialKeys;
var init_validation = __esmMin((() => {
	init_argsert();
	init_common_types();
	init_levenshtein();
	init_obj_filter();
	specialKeys = [
		"$0",
		"--",
		"_"
	];
}));
// node_modules/yargs/build/lib/utils/apply-extends.js
function applyExtends(config, cwd, mergeExtends, _shim) {
	shim = _shim;
	let defaultConfig = {};
	if (Object.prototype.hasOwnProperty.call(config, "extends")) {
		if (typeof config.extends !== "string") return defaultConfig;
		const isPath = /\.json|\..*rc$/.test(config.extends);
		let pathToDefault = null;
		if (!isPath) try {
			pathToDefault = {}.resolve(config.extends);
		} catch (_err) {
			return config;
		}
		else pathToDefault = getPathToDefaultConfig(cwd, config.extends);
		checkForCircularExtends(pathToDefault);
		previouslyVisitedConfigs.push(pathToDefault);
		defaultConfig = isPath ? JSON.parse(shim.readFileSync(pathToDefault, "utf8")) : _shim.require(config.extends);
		delete config.extends;
		defaultConfig = applyExtends(defaultConfig, shim.path.dirname(pathToDefault), mergeExtends, shim);
	}
	previouslyVisitedConfigs = [];
	return mergeExtends ? mergeDeep(defaultConfig, config) : Object.assign({}, defaultConfig, config);
}
function checkForCircularExtends(cfgPath) {
	if (previouslyVisitedConfigs.indexOf(cfgPath) > -1) throw new YError(`Circular extended configurations: '${cfgPath}'.`);
}
function getPathToDefaultConfig(cwd, pathToExtend) {
	return shim.path.resolve(cwd, pathToExtend);
}
function mergeDeep(config1, config2) {
	const target = {};
	function isObject(obj) {
		return obj && typeof obj === "object" && !Array.isArray(obj);
	}
	Object.assign(target, config1);
	for (const key of Object.keys(config2)) {
		if (key === "__proto__") continue;
		if (isObject(config2[key]) && isObject(target[key])) target[key] = mergeDeep(config1[key], config2[key]);
		else target[key] = config2[key];
	}
	return target;
}
var previouslyVisitedConfigs, shim;
var init_apply_extends = __esmMin((() => {
	init_yerror();
	previouslyVisitedConfigs = [];
}));
// node_modules/yargs/build/lib/yargs-factory.js
function YargsFactory(_shim) {
	return (processArgs = [], cwd = _shim.process.cwd(), parentRequire) => {
		const yargs = new YargsInstance(processArgs, cwd, parentRequire, _shim);
		Object.defineProperty(yargs, "argv", {
			get: () => {
				return yargs.parse();
			},
			enumerable: true
		});
		yargs.help();
		yargs.version();
		return yargs;
	};
}
function isYargsInstance(y) {
	return !!y && typeof y.getInternalMethods === "function";
}
var __classPrivateFieldSet, __classPrivateFieldGet, _YargsInstance_command, _YargsInstance_cwd, _YargsInstance_context, _YargsInstance_completion, _YargsInstance_completionCommand, _YargsInstance_defaultShowHiddenOpt, _YargsInstance_exitError, _YargsInstance_detectLocale, _YargsInstance_emittedWarnings, _YargsInstance_exitProcess, _YargsInstance_frozens, _YargsInstance_globalMiddleware, _YargsInstance_groups, _YargsInstance_hasOutput, _YargsInstance_helpOpt, _YargsInstance_isGlobalContext, _YargsInstance_logger, _YargsInstance_output, _YargsInstance_options, _YargsInstance_parentRequire, _YargsInstance_parserConfig, _YargsInstance_parseFn, _YargsInstance_parseContext, _YargsInstance_pkgs, _YargsInstance_preservedGroups, _YargsInstance_processArgs, _YargsInstance_recommendCommands, _YargsInstance_shim, _YargsInstance_strict, _YargsInstance_strictCommands, _YargsInstance_strictOptions, _YargsInstance_usage, _YargsInstance_usageConfig, _YargsInstance_versionOpt, _YargsInstance_validation, kCopyDoubleDash, kCreateLogger, kDeleteFromParserHintObject, kEmitWarning, kFreeze, kGetDollarZero, kGetParserConfiguration, kGetUsageConfiguration, kGuessLocale, kGuessVersion, kParsePositionalNumbers, kPkgUp, kPopulateParserHintArray, kPopulateParserHintSingleValueDictionary, kPopulateParserHintArrayDictionary, kPopulateParserHintDictionary, kSanitizeKey, kSetKey, kUnfreeze, kValidateAsync, kGetCommandInstance, kGetContext, kGetHasOutput, kGetLoggerInstance, kGetParseContext, kGetUsageInstance, kGetValidationInstance, kHasParseCallback, kIsGlobalContext, kPostProcess, kRebase, kReset, kRunYargsParserAndExecuteCommands, kRunValidation, kSetHasOutput, kTrackManuallySetKeys, DEFAULT_LOCALE, YargsInstance;
var init_yargs_factory = __esmMin((() => {
	init_command();
	init_common_types();
	init_yerror();
	init_usage();
	init_argsert();
	init_completion();
	init_validation();
	init_obj_filter();
	init_apply_extends();
	init_middleware();
	init_is_promise();
	init_maybe_async_result();
	init_set_blocking();
	__classPrivateFieldSet = function(receiver, state, value, kind, f) {
		if (kind === "m") throw new TypeError("Private method is not writable");
		if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a setter");
		if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot write private member to an object whose class did not declare it");
		return kind === "a" ? f.call(receiver, value) : f ? f.value = value : state.set(receiver, value), value;
	};
	__classPrivateFieldGet = function(receiver, state, kind, f) {
		if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a getter");
		if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot read private member from an object whose class did not declare it");
		return kind === "m" ? f : kind === "a" ? f.call(receiver) : f ? f.value : state.get(receiver);
	};
	kCopyDoubleDash = Symbol("copyDoubleDash");
	kCreateLogger = Symbol("copyDoubleDash");
	kDeleteFromParserHintObject = Symbol("deleteFromParserHintObject");
	kEmitWarning = Symbol("emitWarning");
	kFreeze = Symbol("freeze");
	kGetDollarZero = Symbol("getDollarZero");
	kGetParserConfiguration = Symbol("getParserConfiguration");
	kGetUsageConfiguration = Symbol("getUsageConfiguration");
	kGuessLocale = Symbol("guessLocale");
	kGuessVersion = Symbol("guessVersion");
	kParsePositionalNumbers = Symbol("parsePositionalNumbers");
	kPkgUp = Symbol("pkgUp");
	kPopulateParserHintArray = Symbol("populateParserHintArray");
	kPopulateParserHintSingleValueDictionary = Symbol("populateParserHintSingleValueDictionary");
	kPopulateParserHintArrayDictionary = Symbol("populateParserHintArrayDictionary");
	kPopulateParserHintDictionary = Symbol("populateParserHintDictionary");
	kSanitizeKey = Symbol("sanitizeKey");
	kSetKey = Symbol("setKey");
	kUnfreeze = Symbol("unfreeze");
	kValidateAsync = Symbol("validateAsync");
	kGetCommandInstance = Symbol("getCommandInstance");
	kGetContext = Symbol("getContext");
	kGetHasOutput = Symbol("getHasOutput");
	kGetLoggerInstance = Symbol("getLoggerInstance");
	kGetParseContext = Symbol("getParseContext");
	kGetUsageInstance = Symbol("getUsageInstance");
	kGetValidationInstance = Symbol("getValidationInstance");
	kHasParseCallback = Symbol("hasParseCallback");
	kIsGlobalContext = Symbol("isGlobalContext");
	kPostProcess = Symbol("postProcess");
	kRebase = Symbol("rebase");
	kReset = Symbol("reset");
	kRunYargsParserAndExecuteCommands = Symbol("runYargsParserAndExecuteCommands");
	kRunValidation = Symbol("runValidation");
	kSetHasOutput = Symbol("setHasOutput");
	kTrackManuallySetKeys = Symbol("kTrackManuallySetKeys");
	DEFAULT_LOCALE = "en_US";
	YargsInstance = class {
		constructor(processArgs = [], cwd, parentRequire, shim) {
			this.customScriptName = false;
			this.parsed = false;
			_YargsInstance_command.set(this, void 0);
			_YargsInstance_cwd.set(this, void 0);
			_YargsInstance_context.set(this, {
				commands: [],
				fullCommands: []
			});
			_YargsInstance_completion.set(this, null);
			_YargsInstance_completionCommand.set(this, null);
			_YargsInstance_defaultShowHiddenOpt.set(this, "show-hidden");
			_YargsInstance_exitError.set(this, null);
			_YargsInstance_detectLocale.set(this, true);
			_YargsInstance_emittedWarnings.set(this, {});
			_YargsInstance_exitProcess.set(this, true);
			_YargsInstance_frozens.set(this, []);
			_YargsInstance_globalMiddleware.set(this, void 0);
			_YargsInstance_groups.set(this, {});
			_YargsInstance_hasOutput.set(this, false);
			_YargsInstance_helpOpt.set(this, null);
			_YargsInstance_isGlobalContext.set(this, true);
			_YargsInstance_logger.set(this, void 0);
			_YargsInstance_output.set(this, "");
			_YargsInstance_options.set(this, void 0);
			_YargsInstance_parentRequire.set(this, void 0);
			_YargsInstance_parserConfig.set(this, {});
			_YargsInstance_parseFn.set(this, null);
			_YargsInstance_parseContext.set(this, null);
			_YargsInstance_pkgs.set(this, {});
			_YargsInstance_preservedGroups.set(this, {});
			_YargsInstance_processArgs.set(this, void 0);
			_YargsInstance_recommendCommands.set(this, false);
			_YargsInstance_shim.set(this, void 0);
			_YargsInstance_strict.set(this, false);
			_YargsInstance_strictCommands.set(this, false);
			_YargsInstance_strictOptions.set(this, false);
			_YargsInstance_usage.set(this, void 0);
			_YargsInstance_usageConfig.set(this, {});
			_YargsInstance_versionOpt.set(this, null);
			_YargsInstance_validation.set(this, void 0);
			__classPrivateFieldSet(this, _YargsInstance_shim, shim, "f");
			__classPrivateFieldSet(this, _YargsInstance_processArgs, processArgs, "f");
			__classPrivateFieldSet(this, _YargsInstance_cwd, cwd, "f");
			__classPrivateFieldSet(this, _YargsInstance_parentRequire, parentRequire, "f");
			__classPrivateFieldSet(this, _YargsInstance_globalMiddleware, new GlobalMiddleware(this), "f");
			this.$0 = this[kGetDollarZero]();
			this[kReset]();
			__classPrivateFieldSet(this, _YargsInstance_command, __classPrivateFieldGet(this, _YargsInstance_command, "f"), "f");
			__classPrivateFieldSet(this, _YargsInstance_usage, __classPrivateFieldGet(this, _YargsInstance_usage, "f"), "f");
			__classPrivateFieldSet(this, _YargsInstance_validation, __classPrivateFieldGet(this, _YargsInstance_validation, "f"), "f");
			__classPrivateFieldSet(this, _YargsInstance_options, __classPrivateFieldGet(this, _YargsInstance_options, "f"), "f");
			__classPrivateFieldGet(this, _YargsInstance_options, "f").showHiddenOpt = __classPrivateFieldGet(this, _YargsInstance_defaultShowHiddenOpt, "f");
			__classPrivateFieldSet(this, _YargsInstance_logger, this[kCreateLogger](), "f");
			__classPrivateFieldGet(this, _YargsInstance_shim, "f").y18n.setLocale(DEFAULT_LOCALE);
		}
		addHelpOpt(opt, msg) {
			const defaultHelpOpt = "help";
			argsert("[string|boolean] [string]", [opt, msg], arguments.length);
			if (__classPrivateFieldGet(this, _YargsInstance_helpOpt, "f")) {
				this[kDeleteFromParserHintObject](__classPrivateFieldGet(this, _YargsInstance_helpOpt, "f"));
				__classPrivateFieldSet(this, _YargsInstance_helpOpt, null, "f");
			}
			if (opt === false && msg === void 0) return this;
			__classPrivateFieldSet(this, _YargsInstance_helpOpt, typeof opt === "string" ? opt : defaultHelpOpt, "f");
			this.boolean(__classPrivateFieldGet(this, _YargsInstance_helpOpt, "f"));
			this.describe(__classPrivateFieldGet(this, _YargsInstance_helpOpt, "f"), msg || __classPrivateFieldGet(this, _YargsInstance_usage, "f").deferY18nLookup("Show help"));
			return this;
		}
		help(opt, msg) {
			return this.addHelpOpt(opt, msg);
		}
		addShowHiddenOpt(opt, msg) {
			argsert("[string|boolean] [string]", [opt, msg], arguments.length);
			if (opt === false && msg === void 0) return this;
			const showHiddenOpt = typeof opt === "string" ? opt : __classPrivateFieldGet(this, _YargsInstance_defaultShowHiddenOpt, "f");
			this.boolean(showHiddenOpt);
			this.describe(showHiddenOpt, msg || __classPrivateFieldGet(this, _YargsInstance_usage, "f").deferY18nLookup("Show hidden options"));
			__classPrivateFieldGet(this, _YargsInstance_options, "f").showHiddenOpt = showHiddenOpt;
			return this;
		}
		showHidden(opt, msg) {
			return this.addShowHiddenOpt(opt, msg);
		}
		alias(key, value) {
			argsert("<object|string|array> [string|array]", [key, value], arguments.length);
			this[kPopulateParserHintArrayDictionary](this.alias.bind(this), "alias", key, value);
			return this;
		}
		array(keys) {
			argsert("<array|string>", [keys], arguments.length);
			this[kPopulateParserHintArray]("array", keys);
			this[kTrackManuallySetKeys](keys);
			return this;
		}
		boolean(keys) {
			argsert("<array|string>", [keys], arguments.length);
			this[kPopulateParserHintArray]("boolean", keys);
			this[kTrackManuallySetKeys](keys);
			return this;
		}
		check(f, global) {
			argsert("<function> [boolean]", [f, global], arguments.length);
			this.middleware((argv, _yargs) => {
				return maybeAsyncResult(() => {
					return f(argv, _yargs.getOptions());
				}, (result) => {
					if (!result) __classPrivateFieldGet(this, _YargsInstance_usage, "f").fail(__classPrivateFieldGet(this, _YargsInstance_shim, "f").y18n.__("Argument check failed: %s", f.toString()));
					else if (typeof result === "string" || result instanceof Error) __classPrivateFieldGet(this, _YargsInstance_usage, "f").fail(result.toString(), result);
					return argv;
				}, (err) => {
					__classPrivateFieldGet(this, _YargsInstance_usage, "f").fail(err.message ? err.message : err.toString(), err);
					return argv;
				});
			}, false, global);
			return this;
		}
		choices(key, value) {
			argsert("<object|string|array> [string|array]", [key, value], arguments.length);
			this[kPopulateParserHintArrayDictionary](this.choices.bind(this), "choices", key, value);
			return this;
		}
		coerce(keys, value) {
			argsert("<object|string|array> [function]", [keys, value], arguments.length);
			if (Array.isArray(keys)) {
				if (!value) throw new YError("coerce callback must be provided");
				for (const key of keys) this.coerce(key, value);
				return this;
			} else if (typeof keys === "object") {
				for (const key of Object.keys(keys)) this.coerce(key, keys[key]);
				return this;
			}
			if (!value) throw new YError("coerce callback must be provided");
			const coerceKey = keys;
			__classPrivateFieldGet(this, _YargsInstance_options, "f").key[coerceKey] = true;
			__classPrivateFieldGet(this, _YargsInstance_globalMiddleware, "f").addCoerceMiddleware((argv, yargs) => {
				var _a;
				const coerceKeyAliases = (_a = yargs.getAliases()[coerceKey]) !== null && _a !== void 0 ? _a : [];
				const argvKeys = [coerceKey, ...coerceKeyAliases].filter((key) => Object.prototype.hasOwnProperty.call(argv, key));
				if (argvKeys.length === 0) return argv;
				return maybeAsyncResult(() => {
					return value(argv[argvKeys[0]]);
				}, (result) => {
					argvKeys.forEach((key) => {
						argv[key] = result;
					});
					return argv;
				}, (err) => {
					throw new YError(err.message);
				});
			}, coerceKey);
			return this;
		}
		conflicts(key1, key2) {
			argsert("<string|object> [string|array]", [key1, key2], arguments.length);
			__classPrivateFieldGet(this, _YargsInstance_validation, "f").conflicts(key1, key2);
			return this;
		}
		config(key = "config", msg, parseFn) {
			argsert("[object|string] [string|function] [function]", [
				key,
				msg,
				parseFn
			], arguments.length);
			if (typeof key === "object" && !Array.isArray(key)) {
				key = applyExtends(key, __classPrivateFieldGet(this, _YargsInstance_cwd, "f"), this[kGetParserConfiguration]()["deep-merge-config"] || false, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
				__classPrivateFieldGet(this, _YargsInstance_options, "f").configObjects = (__classPrivateFieldGet(this, _YargsInstance_options, "f").configObjects || []).concat(key);
				return this;
			}
			if (typeof msg === "function") {
				parseFn = msg;
				msg = void 0;
			}
			this.describe(key, msg || __classPrivateFieldGet(this, _YargsInstance_usage, "f").deferY18nLookup("Path to JSON config file"));
			(Array.isArray(key) ? key : [key]).forEach((k) => {
				__classPrivateFieldGet(this, _YargsInstance_options, "f").config[k] = parseFn || true;
			});
			return this;
		}
		completion(cmd, desc, fn) {
			argsert("[string] [string|boolean|function] [function]", [
				cmd,
				desc,
				fn
			], arguments.length);
			if (typeof desc === "function") {
				fn = desc;
				desc = void 0;
			}
			__classPrivateFieldSet(this, _YargsInstance_completionCommand, cmd || __classPrivateFieldGet(this, _YargsInstance_completionCommand, "f") || "completion", "f");
			if (!desc && desc !== false) desc = "generate completion script";
			this.command(__classPrivateFieldGet(this, _YargsInstance_completionCommand, "f"), desc);
			if (fn) __classPrivateFieldGet(this, _YargsInstance_completion, "f").registerFunction(fn);
			return this;
		}
		command(cmd, description, builder, handler, middlewares, deprecated) {
			argsert("<string|array|object> [string|boolean] [function|object] [function] [array] [boolean|string]", [
				cmd,
				description,
				builder,
				handler,
				middlewares,
				deprecated
			], arguments.length);
			__classPrivateFieldGet(this, _YargsInstance_command, "f").addHandler(cmd, description, builder, handler, middlewares, deprecated);
			return this;
		}
		commands(cmd, description, builder, handler, middlewares, deprecated) {
			return this.command(cmd, description, builder, handler, middlewares, deprecated);
		}
		commandDir(dir, opts) {
			argsert("<string> [object]", [dir, opts], arguments.length);
			const req = __classPrivateFieldGet(this, _YargsInstance_parentRequire, "f") || __classPrivateFieldGet(this, _YargsInstance_shim, "f").require;
			__classPrivateFieldGet(this, _YargsInstance_command, "f").addDirectory(dir, req, __classPrivateFieldGet(this, _YargsInstance_shim, "f").getCallerFile(), opts);
			return this;
		}
		count(keys) {
			argsert("<array|string>", [keys], arguments.length);
			this[kPopulateParserHintArray]("count", keys);
			this[kTrackManuallySetKeys](keys);
			return this;
		}
		default(key, value, defaultDescription) {
			argsert("<object|string|array> [*] [string]", [
				key,
				value,
				defaultDescription
			], arguments.length);
			if (defaultDescription) {
				assertSingleKey(key, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
				__classPrivateFieldGet(this, _YargsInstance_options, "f").defaultDescription[key] = defaultDescription;
			}
			if (typeof value === "function") {
				assertSingleKey(key, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
				if (!__classPrivateFieldGet(this, _YargsInstance_options, "f").defaultDescription[key]) __classPrivateFieldGet(this, _YargsInstance_options, "f").defaultDescription[key] = __classPrivateFieldGet(this, _YargsInstance_usage, "f").functionDescription(value);
				value = value.call();
			}
			this[kPopulateParserHintSingleValueDictionary](this.default.bind(this), "default", key, value);
			return this;
		}
		defaults(key, value, defaultDescription) {
			return this.default(key, value, defaultDescription);
		}
		demandCommand(min = 1, max, minMsg, maxMsg) {
			argsert("[number] [number|string] [string|null|undefined] [string|null|undefined]", [
				min,
				max,
				minMsg,
				maxMsg
			], arguments.length);
			if (typeof max !== "number") {
				minMsg = max;
				max = Infinity;
			}
			this.global("_", false);
			__classPrivateFieldGet(this, _YargsInstance_options, "f").demandedCommands._ = {
				min,
				max,
				minMsg,
				maxMsg
			};
			return this;
		}
		demand(keys, max, msg) {
			if (Array.isArray(max)) {
				max.forEach((key) => {
					assertNotStrictEqual(msg, true, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
					this.demandOption(key, msg);
				});
				max = Infinity;
			} else if (typeof max !== "number") {
				msg = max;
				max = Infinity;
			}
			if (typeof keys === "number") {
				assertNotStrictEqual(msg, true, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
				this.demandCommand(keys, max, msg, msg);
			} else if (Array.isArray(keys)) keys.forEach((key) => {
				assertNotStrictEqual(msg, true, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
				this.demandOption(key, msg);
			});
			else if (typeof msg === "string") this.demandOption(keys, msg);
			else if (msg === true || typeof msg === "undefined") this.demandOption(keys);
			return this;
		}
		demandOption(keys, msg) {
			argsert("<object|string|array> [string]", [keys, msg], arguments.length);
			this[kPopulateParserHintSingleValueDictionary](this.demandOption.bind(this), "demandedOptions", keys, msg);
			return this;
		}
		deprecateOption(option, message) {
			argsert("<string> [string|boolean]", [option, message], arguments.length);
			__classPrivateFieldGet(this, _YargsInstance_options, "f").deprecatedOptions[option] = message;
			return this;
		}
		describe(keys, description) {
			argsert("<object|string|array> [string]", [keys, description], arguments.length);
			this[kSetKey](keys, true);
			__classPrivateFieldGet(this, _YargsInstance_usage, "f").describe(keys, description);
			return this;
		}
		detectLocale(detect) {
			argsert("<boolean>", [detect], arguments.length);
			__classPrivateFieldSet(this, _YargsInstance_detectLocale, detect, "f");
			return this;
		}
		env(prefix) {
			argsert("[string|boolean]", [prefix], arguments.length);
			if (prefix === false) delete __classPrivateFieldGet(this, _YargsInstance_options, "f").envPrefix;
			else __classPrivateFieldGet(this, _YargsInstance_options, "f").envPrefix = prefix || "";
			return this;
		}
		epilogue(msg) {
			argsert("<string>", [msg], arguments.length);
			__classPrivateFieldGet(this, _YargsInstance_usage, "f").epilog(msg);
			return this;
		}
		epilog(msg) {
			return this.epilogue(msg);
		}
		example(cmd, description) {
			argsert("<string|array> [string]", [cmd, description], arguments.length);
			if (Array.isArray(cmd)) cmd.forEach((exampleParams) => this.example(...exampleParams));
			else __classPrivateFieldGet(this, _YargsInstance_usage, "f").example(cmd, description);
			return this;
		}
		exit(code, err) {
			__classPrivateFieldSet(this, _YargsInstance_hasOutput, true, "f");
			__classPrivateFieldSet(this, _YargsInstance_exitError, err, "f");
			if (__classPrivateFieldGet(this, _YargsInstance_exitProcess, "f")) __classPrivateFieldGet(this, _YargsInstance_shim, "f").process.exit(code);
		}
		exitProcess(enabled = true) {
			argsert("[boolean]", [enabled], arguments.length);
			__classPrivateFieldSet(this, _YargsInstance_exitProcess, enabled, "f");
			return this;
		}
		fail(f) {
			argsert("<function|boolean>", [f], arguments.length);
			if (typeof f === "boolean" && f !== false) throw new YError("Invalid first argument. Expected function or boolean 'false'");
			__classPrivateFieldGet(this, _YargsInstance_usage, "f").failFn(f);
			return this;
		}
		getAliases() {
			return this.parsed ? this.parsed.aliases : {};
		}
		async getCompletion(args, done) {
			argsert("<array> [function]", [args, done], arguments.length);
			if (!done) return new Promise((resolve, reject) => {
				__classPrivateFieldGet(this, _YargsInstance_completion, "f").getCompletion(args, (err, completions) => {
					if (err) reject(err);
					else resolve(completions);
				});
			});
			else return __classPrivateFieldGet(this, _YargsInstance_completion, "f").getCompletion(args, done);
		}
		getDemandedOptions() {
			argsert([], 0);
			return __classPrivateFieldGet(this, _YargsInstance_options, "f").demandedOptions;
		}
		getDemandedCommands() {
			argsert([], 0);
			return __classPrivateFieldGet(this, _YargsInstance_options, "f").demandedCommands;
		}
		getDeprecatedOptions() {
			argsert([], 0);
			return __classPrivateFieldGet(this, _YargsInstance_options, "f").deprecatedOptions;
		}
		getDetectLocale() {
			return __classPrivateFieldGet(this, _YargsInstance_detectLocale, "f");
		}
		getExitProcess() {
			return __classPrivateFieldGet(this, _YargsInstance_exitProcess, "f");
		}
		getGroups() {
			return Object.assign({}, __classPrivateFieldGet(this, _YargsInstance_groups, "f"), __classPrivateFieldGet(this, _YargsInstance_preservedGroups, "f"));
		}
		getHelp() {
			__classPrivateFieldSet(this, _YargsInstance_hasOutput, true, "f");
			if (!__classPrivateFieldGet(this, _YargsInstance_usage, "f").hasCachedHelpMessage()) {
				if (!this.parsed) {
					const parse = this[kRunYargsParserAndExecuteCommands](__classPrivateFieldGet(this, _YargsInstance_processArgs, "f"), void 0, void 0, 0, true);
					if (isPromise(parse)) return parse.then(() => {
						return __classPrivateFieldGet(this, _YargsInstance_usage, "f").help();
					});
				}
				const builderResponse = __classPrivateFieldGet(this, _YargsInstance_command, "f").runDefaultBuilderOn(this);
				if (isPromise(builderResponse)) return builderResponse.then(() => {
					return __classPrivateFieldGet(this, _YargsInstance_usage, "f").help();
				});
			}
			return Promise.resolve(__classPrivateFieldGet(this, _YargsInstance_usage, "f").help());
		}
		getOptions() {
			return __classPrivateFieldGet(this, _YargsInstance_options, "f");
		}
		getStrict() {
			return __classPrivateFieldGet(this, _YargsInstance_strict, "f");
		}
		getStrictCommands() {
			return __classPrivateFieldGet(this, _YargsInstance_strictCommands, "f");
		}
		getStrictOptions() {
			return __classPrivateFieldGet(this, _YargsInstance_strictOptions, "f");
		}
		global(globals, global) {
			argsert("<string|array> [boolean]", [globals, global], arguments.length);
			globals = [].concat(globals);
			if (global !== false) __classPrivateFieldGet(this, _YargsInstance_options, "f").local = __classPrivateFieldGet(this, _YargsInstance_options, "f").local.filter((l) => globals.indexOf(l) === -1);
			else globals.forEach((g) => {
				if (!__classPrivateFieldGet(this, _YargsInstance_options, "f").local.includes(g)) __classPrivateFieldGet(this, _YargsInstance_options, "f").local.push(g);
			});
			return this;
		}
		group(opts, groupName) {
			argsert("<string|array> <string>", [opts, groupName], arguments.length);
			const existing = __classPrivateFieldGet(this, _YargsInstance_preservedGroups, "f")[groupName] || __classPrivateFieldGet(this, _YargsInstance_groups, "f")[groupName];
			if (__classPrivateFieldGet(this, _YargsInstance_preservedGroups, "f")[groupName]) delete __classPrivateFieldGet(this, _YargsInstance_preservedGroups, "f")[groupName];
			const seen = {};
			__classPrivateFieldGet(this, _YargsInstance_groups, "f")[groupName] = (existing || []).concat(opts).filter((key) => {
				if (seen[key]) return false;
				return seen[key] = true;
			});
			return this;
		}
		hide(key) {
			argsert("<string>", [key], arguments.length);
			__classPrivateFieldGet(this, _YargsInstance_options, "f").hiddenOptions.push(key);
			return this;
		}
		implies(key, value) {
			argsert("<string|object> [number|string|array]", [key, value], arguments.length);
			__classPrivateFieldGet(this, _YargsInstance_validation, "f").implies(key, value);
			return this;
		}
		locale(locale) {
			argsert("[string]", [locale], arguments.length);
			if (locale === void 0) {
				this[kGuessLocale]();
				return __classPrivateFieldGet(this, _YargsInstance_shim, "f").y18n.getLocale();
			}
			__classPrivateFieldSet(this, _YargsInstance_detectLocale, false, "f");
			__classPrivateFieldGet(this, _YargsInstance_shim, "f").y18n.setLocale(locale);
			return this;
		}
		middleware(callback, applyBeforeValidation, global) {
			return __classPrivateFieldGet(this, _YargsInstance_globalMiddleware, "f").addMiddleware(callback, !!applyBeforeValidation, global);
		}
		nargs(key, value) {
			argsert("<string|object|array> [number]", [key, value], arguments.length);
			this[kPopulateParserHintSingleValueDictionary](this.nargs.bind(this), "narg", key, value);
			return this;
		}
		normalize(keys) {
			argsert("<array|string>", [keys], arguments.length);
			this[kPopulateParserHintArray]("normalize", keys);
			return this;
		}
		number(keys) {
			argsert("<array|string>", [keys], arguments.length);
			this[kPopulateParserHintArray]("number", keys);
			this[kTrackManuallySetKeys](keys);
			return this;
		}
		option(key, opt) {
			argsert("<string|object> [object]", [key, opt], arguments.length);
			if (typeof key === "object") Object.keys(key).forEach((k) => {
				this.options(k, key[k]);
			});
			else {
				if (typeof opt !== "object") opt = {};
				this[kTrackManuallySetKeys](key);
				if (__classPrivateFieldGet(this, _YargsInstance_versionOpt, "f") && (key === "version" || (opt === null || opt === void 0 ? void 0 : opt.alias) === "version")) this[kEmitWarning]([
					"\"version\" is a reserved word.",
					"Please do one of the following:",
					"- Disable version with `yargs.version(false)` if using \"version\" as an option",
					"- Use the built-in `yargs.version` method instead (if applicable)",
					"- Use a different option key",
					"https://yargs.js.org/docs/#api-reference-version"
				].join("\n"), void 0, "versionWarning");
				__classPrivateFieldGet(this, _YargsInstance_options, "f").key[key] = true;
				if (opt.alias) this.alias(key, opt.alias);
				const deprecate = opt.deprecate || opt.deprecated;
				if (deprecate) this.deprecateOption(key, deprecate);
				const demand = opt.demand || opt.required || opt.require;
				if (demand) this.demand(key, demand);
				if (opt.demandOption) this.demandOption(key, typeof opt.demandOption === "string" ? opt.demandOption : void 0);
				if (opt.conflicts) this.conflicts(key, opt.conflicts);
				if ("default" in opt) this.default(key, opt.default);
				if (opt.implies !== void 0) this.implies(key, opt.implies);
				if (opt.nargs !== void 0) this.nargs(key, opt.nargs);
				if (opt.config) this.config(key, opt.configParser);
				if (opt.normalize) this.normalize(key);
				if (opt.choices) this.choices(key, opt.choices);
				if (opt.coerce) this.coerce(key, opt.coerce);
				if (opt.group) this.group(key, opt.group);
				if (opt.boolean || opt.type === "boolean") {
					this.boolean(key);
					if (opt.alias) this.boolean(opt.alias);
				}
				if (opt.array || opt.type === "array") {
					this.array(key);
					if (opt.alias) this.array(opt.alias);
				}
				if (opt.number || opt.type === "number") {
					this.number(key);
					if (opt.alias) this.number(opt.alias);
				}
				if (opt.string || opt.type === "string") {
					this.string(key);
					if (opt.alias) this.string(opt.alias);
				}
				if (opt.count || opt.type === "count") this.count(key);
				if (typeof opt.global === "boolean") this.global(key, opt.global);
				if (opt.defaultDescription) __classPrivateFieldGet(this, _YargsInstance_options, "f").defaultDescription[key] = opt.defaultDescription;
				if (opt.skipValidation) this.skipValidation(key);
				const desc = opt.describe || opt.description || opt.desc;
				const descriptions = __classPrivateFieldGet(this, _YargsInstance_usage, "f").getDescriptions();
				if (!Object.prototype.hasOwnProperty.call(descriptions, key) || typeof desc === "string") this.describe(key, desc);
				if (opt.hidden) this.hide(key);
				if (opt.requiresArg) this.requiresArg(key);
			}
			return this;
		}
		options(key, opt) {
			return this.option(key, opt);
		}
		parse(args, shortCircuit, _parseFn) {
			argsert("[string|array] [function|boolean|object] [function]", [
				args,
				shortCircuit,
				_parseFn
			], arguments.length);
			this[kFreeze]();
			if (typeof args === "undefined") args = __classPrivateFieldGet(this, _YargsInstance_processArgs, "f");
			if (typeof shortCircuit === "object") {
				__classPrivateFieldSet(this, _YargsInstance_parseContext, shortCircuit, "f");
				shortCircuit = _parseFn;
			}
			if (typeof shortCircuit === "function") {
				__classPrivateFieldSet(this, _YargsInstance_parseFn, shortCircuit, "f");
				shortCircuit = false;
			}
			if (!shortCircuit) __classPrivateFieldSet(this, _YargsInstance_processArgs, args, "f");
			if (__classPrivateFieldGet(this, _YargsInstance_parseFn, "f")) __classPrivateFieldSet(this, _YargsInstance_exitProcess, false, "f");
			const parsed = this[kRunYargsParserAndExecuteCommands](args, !!shortCircuit);
			const tmpParsed = this.parsed;
			__classPrivateFieldGet(this, _YargsInstance_completion, "f").setParsed(this.parsed);
			if (isPromise(parsed)) return parsed.then((argv) => {
				if (__classPrivateFieldGet(this, _YargsInstance_parseFn, "f")) __classPrivateFieldGet(this, _YargsInstance_parseFn, "f").call(this, __classPrivateFieldGet(this, _YargsInstance_exitError, "f"), argv, __classPrivateFieldGet(this, _YargsInstance_output, "f"));
				return argv;
			}).catch((err) => {
				if (__classPrivateFieldGet(this, _YargsInstance_parseFn, "f")) __classPrivateFieldGet(this, _YargsInstance_parseFn, "f")(err, this.parsed.argv, __classPrivateFieldGet(this, _YargsInstance_output, "f"));
				throw err;
			}).finally(() => {
				this[kUnfreeze]();
				this.parsed = tmpParsed;
			});
			else {
				if (__classPrivateFieldGet(this, _YargsInstance_parseFn, "f")) __classPrivateFieldGet(this, _YargsInstance_parseFn, "f").call(this, __classPrivateFieldGet(this, _YargsInstance_exitError, "f"), parsed, __classPrivateFieldGet(this, _YargsInstance_output, "f"));
				this[kUnfreeze]();
				this.parsed = tmpParsed;
			}
			return parsed;
		}
		parseAsync(args, shortCircuit, _parseFn) {
			const maybePromise = this.parse(args, shortCircuit, _parseFn);
			return !isPromise(maybePromise) ? Promise.resolve(maybePromise) : maybePromise;
		}
		parseSync(args, shortCircuit, _parseFn) {
			const maybePromise = this.parse(args, shortCircuit, _parseFn);
			if (isPromise(maybePromise)) throw new YError(".parseSync() must not be used with asynchronous builders, handlers, or middleware");
			return maybePromise;
		}
		parserConfiguration(config) {
			argsert("<object>", [config], arguments.length);
			__classPrivateFieldSet(this, _YargsInstance_parserConfig, config, "f");
			return this;
		}
		pkgConf(key, rootPath) {
			argsert("<string> [string]", [key, rootPath], arguments.length);
			let conf = null;
			const obj = this[kPkgUp](rootPath || __classPrivateFieldGet(this, _YargsInstance_cwd, "f"));
			if (obj[key] && typeof obj[key] === "object") {
				conf = applyExtends(obj[key], rootPath || __classPrivateFieldGet(this, _YargsInstance_cwd, "f"), this[kGetParserConfiguration]()["deep-merge-config"] || false, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
				__classPrivateFieldGet(this, _YargsInstance_options, "f").configObjects = (__classPrivateFieldGet(this, _YargsInstance_options, "f").configObjects || []).concat(conf);
			}
			return this;
		}
		positional(key, opts) {
			argsert("<string> <object>", [key, opts], arguments.length);
			const supportedOpts = [
				"default",
				"defaultDescription",
				"implies",
				"normalize",
				"choices",
				"conflicts",
				"coerce",
				"type",
				"describe",
				"desc",
				"description",
				"alias"
			];
			opts = objFilter(opts, (k, v) => {
				if (k === "type" && ![
					"string",
					"number",
					"boolean"
				].includes(v)) return false;
				return supportedOpts.includes(k);
			});
			const fullCommand = __classPrivateFieldGet(this, _YargsInstance_context, "f").fullCommands[__classPrivateFieldGet(this, _YargsInstance_context, "f").fullCommands.length - 1];
			const parseOptions = fullCommand ? __classPrivateFieldGet(this, _YargsInstance_command, "f").cmdToParseOptions(fullCommand) : {
				array: [],
				alias: {},
				default: {},
				demand: {}
			};
			objectKeys(parseOptions).forEach((pk) => {
				const parseOption = parseOptions[pk];
				if (Array.isArray(parseOption)) {
					if (parseOption.indexOf(key) !== -1) opts[pk] = true;
				} else if (parseOption[key] && !(pk in opts)) opts[pk] = parseOption[key];
			});
			this.group(key, __classPrivateFieldGet(this, _YargsInstance_usage, "f").getPositionalGroupName());
			return this.option(key, opts);
		}
		recommendCommands(recommend = true) {
			argsert("[boolean]", [recommend], arguments.length);
			__classPrivateFieldSet(this, _YargsInstance_recommendCommands, recommend, "f");
			return this;
		}
		required(keys, max, msg) {
			return this.demand(keys, max, msg);
		}
		require(keys, max, msg) {
			return this.demand(keys, max, msg);
		}
		requiresArg(keys) {
			argsert("<array|string|object> [number]", [keys], arguments.length);
			if (typeof keys === "string" && __classPrivateFieldGet(this, _YargsInstance_options, "f").narg[keys]) return this;
			else this[kPopulateParserHintSingleValueDictionary](this.requiresArg.bind(this), "narg", keys, NaN);
			return this;
		}
		showCompletionScript($0, cmd) {
			argsert("[string] [string]", [$0, cmd], arguments.length);
			$0 = $0 || this.$0;
			__classPrivateFieldGet(this, _YargsInstance_logger, "f").log(__classPrivateFieldGet(this, _YargsInstance_completion, "f").generateCompletionScript($0, cmd || __classPrivateFieldGet(this, _YargsInstance_completionCommand, "f") || "completion"));
			return this;
		}
		showHelp(level) {
			argsert("[string|function]", [level], arguments.length);
			__classPrivateFieldSet(this, _YargsInstance_hasOutput, true, "f");
			if (!__classPrivateFieldGet(this, _YargsInstance_usage, "f").hasCachedHelpMessage()) {
				if (!this.parsed) {
					const parse = this[kRunYargsParserAndExecuteCommands](__classPrivateFieldGet(this, _YargsInstance_processArgs, "f"), void 0, void 0, 0, true);
					if (isPromise(parse)) {
						parse.then(() => {
							__classPrivateFieldGet(this, _YargsInstance_usage, "f").showHelp(level);
						});
						return this;
					}
				}
				const builderResponse = __classPrivateFieldGet(this, _YargsInstance_command, "f").runDefaultBuilderOn(this);
				if (isPromise(builderResponse)) {
					builderResponse.then(() => {
						__classPrivateFieldGet(this, _YargsInstance_usage, "f").showHelp(level);
					});
					return this;
				}
			}
			__classPrivateFieldGet(this, _YargsInstance_usage, "f").showHelp(level);
			return this;
		}
		scriptName(scriptName) {
			this.customScriptName = true;
			this.$0 = scriptName;
			return this;
		}
		showHelpOnFail(enabled, message) {
			argsert("[boolean|string] [string]", [enabled, message], arguments.length);
			__classPrivateFieldGet(this, _YargsInstance_usage, "f").showHelpOnFail(enabled, message);
			return this;
		}
		showVersion(level) {
			argsert("[string|function]", [level], arguments.length);
			__classPrivateFieldGet(this, _YargsInstance_usage, "f").showVersion(level);
			return this;
		}
		skipValidation(keys) {
			argsert("<array|string>", [keys], arguments.length);
			this[kPopulateParserHintArray]("skipValidation", keys);
			return this;
		}
		strict(enabled) {
			argsert("[boolean]", [enabled], arguments.length);
			__classPrivateFieldSet(this, _YargsInstance_strict, enabled !== false, "f");
			return this;
		}
		strictCommands(enabled) {
			argsert("[boolean]", [enabled], arguments.length);
			__classPrivateFieldSet(this, _YargsInstance_strictCommands, enabled !== false, "f");
			return this;
		}
		strictOptions(enabled) {
			argsert("[boolean]", [enabled], arguments.length);
			__classPrivateFieldSet(this, _YargsInstance_strictOptions, enabled !== false, "f");
			return this;
		}
		string(keys) {
			argsert("<array|string>", [keys], arguments.length);
			this[kPopulateParserHintArray]("string", keys);
			this[kTrackManuallySetKeys](keys);
			return this;
		}
		terminalWidth() {
			argsert([], 0);
			return __classPrivateFieldGet(this, _YargsInstance_shim, "f").process.stdColumns;
		}
		updateLocale(obj) {
			return this.updateStrings(obj);
		}
		updateStrings(obj) {
			argsert("<object>", [obj], arguments.length);
			__classPrivateFieldSet(this, _YargsInstance_detectLocale, false, "f");
			__classPrivateFieldGet(this, _YargsInstance_shim, "f").y18n.updateLocale(obj);
			return this;
		}
		usage(msg, description, builder, handler) {
			argsert("<string|null|undefined> [string|boolean] [function|object] [function]", [
				msg,
				description,
				builder,
				handler
			], arguments.length);
			if (description !== void 0) {
				assertNotStrictEqual(msg, null, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
				if ((msg || "").match(/^\$0( |$)/)) return this.command(msg, description, builder, handler);
				else throw new YError(".usage() description must start with $0 if being used as alias for .command()");
			} else {
				__classPrivateFieldGet(this, _YargsInstance_usage, "f").usage(msg);
				return this;
			}
		}
		usageConfiguration(config) {
			argsert("<object>", [config], arguments.length);
			__classPrivateFieldSet(this, _YargsInstance_usageConfig, config, "f");
			return this;
		}
		version(opt, msg, ver) {
			const defaultVersionOpt = "version";
			argsert("[boolean|string] [string] [string]", [
				opt,
				msg,
				ver
			], arguments.length);
			if (__classPrivateFieldGet(this, _YargsInstance_versionOpt, "f")) {
				this[kDeleteFromParserHintObject](__classPrivateFieldGet(this, _YargsInstance_versionOpt, "f"));
				__classPrivateFieldGet(this, _YargsInstance_usage, "f").version(void 0);
				__classPrivateFieldSet(this, _YargsInstance_versionOpt, null, "f");
			}
			if (arguments.length === 0) {
				ver = this[kGuessVersion]();
				opt = defaultVersionOpt;
			} else if (arguments.length === 1) {
				if (opt === false) return this;
				ver = opt;
				opt = defaultVersionOpt;
			} else if (arguments.length === 2) {
				ver = msg;
				msg = void 0;
			}
			__classPrivateFieldSet(this, _YargsInstance_versionOpt, typeof opt === "string" ? opt : defaultVersionOpt, "f");
			msg = msg || __classPrivateFieldGet(this, _YargsInstance_usage, "f").deferY18nLookup("Show version number");
			__classPrivateFieldGet(this, _YargsInstance_usage, "f").version(ver || void 0);
			this.boolean(__classPrivateFieldGet(this, _YargsInstance_versionOpt, "f"));
			this.describe(__classPrivateFieldGet(this, _YargsInstance_versionOpt, "f"), msg);
			return this;
		}
		wrap(cols) {
			argsert("<number|null|undefined>", [cols], arguments.length);
			__classPrivateFieldGet(this, _YargsInstance_usage, "f").wrap(cols);
			return this;
		}
		[(_YargsInstance_command = /* @__PURE__ */ new WeakMap(), _YargsInstance_cwd = /* @__PURE__ */ new WeakMap(), _YargsInstance_context = /* @__PURE__ */ new WeakMap(), _YargsInstance_completion = /* @__PURE__ */ new WeakMap(), _YargsInstance_completionCommand = /* @__PURE__ */ new WeakMap(), _YargsInstance_defaultShowHiddenOpt = /* @__PURE__ */ new WeakMap(), _YargsInstance_exitError = /* @__PURE__ */ new WeakMap(), _YargsInstance_detectLocale = /* @__PURE__ */ new WeakMap(), _YargsInstance_emittedWarnings = /* @__PURE__ */ new WeakMap(), _YargsInstance_exitProcess = /* @__PURE__ */ new WeakMap(), _YargsInstance_frozens = /* @__PURE__ */ new WeakMap(), _YargsInstance_globalMiddleware = /* @__PURE__ */ new WeakMap(), _YargsInstance_groups = /* @__PURE__ */ new WeakMap(), _YargsInstance_hasOutput = /* @__PURE__ */ new WeakMap(), _YargsInstance_helpOpt = /* @__PURE__ */ new WeakMap(), _YargsInstance_isGlobalContext = /* @__PURE__ */ new WeakMap(), _YargsInstance_logger = /* @__PURE__ */ new WeakMap(), _YargsInstance_output = /* @__PURE__ */ new WeakMap(), _YargsInstance_options = /* @__PURE__ */ new WeakMap(), _YargsInstance_parentRequire = /* @__PURE__ */ new WeakMap(), _YargsInstance_parserConfig = /* @__PURE__ */ new WeakMap(), _YargsInstance_parseFn = /* @__PURE__ */ new WeakMap(), _YargsInstance_parseContext = /* @__PURE__ */ new WeakMap(), _YargsInstance_pkgs = /* @__PURE__ */ new WeakMap(), _YargsInstance_preservedGroups = /* @__PURE__ */ new WeakMap(), _YargsInstance_processArgs = /* @__PURE__ */ new WeakMap(), _YargsInstance_recommendCommands = /* @__PURE__ */ new WeakMap(), _YargsInstance_shim = /* @__PURE__ */ new WeakMap(), _YargsInstance_strict = /* @__PURE__ */ new WeakMap(), _YargsInstance_strictCommands = /* @__PURE__ */ new WeakMap(), _YargsInstance_strictOptions = /* @__PURE__ */ new WeakMap(), _YargsInstance_usage = /* @__PURE__ */ new WeakMap(), _YargsInstance_usageConfig = /* @__PURE__ */ new WeakMap(), _YargsInstance_versionOpt = /* @__PURE__ */ new WeakMap(), _YargsInstance_validation = /* @__PURE__ */ new WeakMap(), kCopyDoubleDash)](argv) {
			if (!argv._ || !argv["--"]) return argv;
			argv._.push.apply(argv._, argv["--"]);
			try {
				delete argv["--"];
			} catch (_err) {}
			return argv;
		}
		[kCreateLogger]() {
			return {
				log: (...args) => {
					if (!this[kHasParseCallback]()) console.log(...args);
					__classPrivateFieldSet(this, _YargsInstance_hasOutput, true, "f");
					if (__classPrivateFieldGet(this, _YargsInstance_output, "f").length) __classPrivateFieldSet(this, _YargsInstance_output, __classPrivateFieldGet(this, _YargsInstance_output, "f") + "\n", "f");
					__classPrivateFieldSet(this, _YargsInstance_output, __classPrivateFieldGet(this, _YargsInstance_output, "f") + args.join(" "), "f");
				},
				error: (...args) => {
					if (!this[kHasParseCallback]()) console.error(...args);
					__classPrivateFieldSet(this, _YargsInstance_hasOutput, true, "f");
					if (__classPrivateFieldGet(this, _YargsInstance_output, "f").length) __classPrivateFieldSet(this, _YargsInstance_output, __classPrivateFieldGet(this, _YargsInstance_output, "f") + "\n", "f");
					__classPrivateFieldSet(this, _YargsInstance_output, __classPrivateFieldGet(this, _YargsInstance_output, "f") + args.join(" "), "f");
				}
			};
		}
		[kDeleteFromParserHintObject](optionKey) {
			objectKeys(__classPrivateFieldGet(this, _YargsInstance_options, "f")).forEach((hintKey) => {
				if (((key) => key === "configObjects")(hintKey)) return;
				const hint = __classPrivateFieldGet(this, _YargsInstance_options, "f")[hintKey];
				if (Array.isArray(hint)) {
					if (hint.includes(optionKey)) hint.splice(hint.indexOf(optionKey), 1);
				} else if (typeof hint === "object") delete hint[optionKey];
			});
			delete __classPrivateFieldGet(this, _YargsInstance_usage, "f").getDescriptions()[optionKey];
		}
		[kEmitWarning](warning, type, deduplicationId) {
			if (!__classPrivateFieldGet(this, _YargsInstance_emittedWarnings, "f")[deduplicationId]) {
				__classPrivateFieldGet(this, _YargsInstance_shim, "f").process.emitWarning(warning, type);
				__classPrivateFieldGet(this, _YargsInstance_emittedWarnings, "f")[deduplicationId] = true;
			}
		}
		[kFreeze]() {
			__classPrivateFieldGet(this, _YargsInstance_frozens, "f").push({
				options: __classPrivateFieldGet(this, _YargsInstance_options, "f"),
				configObjects: __classPrivateFieldGet(this, _YargsInstance_options, "f").configObjects.slice(0),
				exitProcess: __classPrivateFieldGet(this, _YargsInstance_exitProcess, "f"),
				groups: __classPrivateFieldGet(this, _YargsInstance_groups, "f"),
				strict: __classPrivateFieldGet(this, _YargsInstance_strict, "f"),
				strictCommands: __classPrivateFieldGet(this, _YargsInstance_strictCommands, "f"),
				strictOptions: __classPrivateFieldGet(this, _YargsInstance_strictOptions, "f"),
				completionCommand: __classPrivateFieldGet(this, _YargsInstance_completionCommand, "f"),
				output: __classPrivateFieldGet(this, _YargsInstance_output, "f"),
				exitError: __classPrivateFieldGet(this, _YargsInstance_exitError, "f"),
				hasOutput: __classPrivateFieldGet(this, _YargsInstance_hasOutput, "f"),
				parsed: this.parsed,
				parseFn: __classPrivateFieldGet(this, _YargsInstance_parseFn, "f"),
				parseContext: __classPrivateFieldGet(this, _YargsInstance_parseContext, "f")
			});
			__classPrivateFieldGet(this, _YargsInstance_usage, "f").freeze();
			__classPrivateFieldGet(this, _YargsInstance_validation, "f").freeze();
			__classPrivateFieldGet(this, _YargsInstance_command, "f").freeze();
			__classPrivateFieldGet(this, _YargsInstance_globalMiddleware, "f").freeze();
		}
		[kGetDollarZero]() {
			let $0 = "";
			let default$0;
			if (/\b(node|iojs|electron|bun)(\.exe)?$/.test(__classPrivateFieldGet(this, _YargsInstance_shim, "f").process.argv()[0])) default$0 = __classPrivateFieldGet(this, _YargsInstance_shim, "f").process.argv().slice(1, 2);
			else default$0 = __classPrivateFieldGet(this, _YargsInstance_shim, "f").process.argv().slice(0, 1);
			$0 = default$0.map((x) => {
				const b = this[kRebase](__classPrivateFieldGet(this, _YargsInstance_cwd, "f"), x);
				return x.match(/^(\/|([a-zA-Z]:)?\\)/) && b.length < x.length ? b : x;
			}).join(" ").trim();
			if (__classPrivateFieldGet(this, _YargsInstance_shim, "f").getEnv("_") && __classPrivateFieldGet(this, _YargsInstance_shim, "f").getProcessArgvBin() === __classPrivateFieldGet(this, _YargsInstance_shim, "f").getEnv("_")) $0 = __classPrivateFieldGet(this, _YargsInstance_shim, "f").getEnv("_").replace(`${__classPrivateFieldGet(this, _YargsInstance_shim, "f").path.dirname(__classPrivateFieldGet(this, _YargsInstance_shim, "f").process.execPath())}/`, "");
			return $0;
		}
		[kGetParserConfiguration]() {
			return __classPrivateFieldGet(this, _YargsInstance_parserConfig, "f");
		}
		[kGetUsageConfiguration]() {
			return __classPrivateFieldGet(this, _YargsInstance_usageConfig, "f");
		}
		[kGuessLocale]() {
			if (!__classPrivateFieldGet(this, _YargsInstance_detectLocale, "f")) return;
			const locale = __classPrivateFieldGet(this, _YargsInstance_shim, "f").getEnv("LC_ALL") || __classPrivateFieldGet(this, _YargsInstance_shim, "f").getEnv("LC_MESSAGES") || __classPrivateFieldGet(this, _YargsInstance_shim, "f").getEnv("LANG") || __classPrivateFieldGet(this, _YargsInstance_shim, "f").getEnv("LANGUAGE") || "en_US";
			this.locale(locale.replace(/[.:].*/, ""));
		}
		[kGuessVersion]() {
			return this[kPkgUp]().version || "unknown";
		}
		[kParsePositionalNumbers](argv) {
			const args = argv["--"] ? argv["--"] : argv._;
			for (let i = 0, arg; (arg = args[i]) !== void 0; i++) if (__classPrivateFieldGet(this, _YargsInstance_shim, "f").Parser.looksLikeNumber(arg) && Number.isSafeInteger(Math.floor(parseFloat(`${arg}`)))) args[i] = Number(arg);
			return argv;
		}
		[kPkgUp](rootPath) {
			const npath = rootPath || "*";
			if (__classPrivateFieldGet(this, _YargsInstance_pkgs, "f")[npath]) return __classPrivateFieldGet(this, _YargsInstance_pkgs, "f")[npath];
			let obj = {};
			try {
				let startDir = rootPath || __classPrivateFieldGet(this, _YargsInstance_shim, "f").mainFilename;
				if (__classPrivateFieldGet(this, _YargsInstance_shim, "f").path.extname(startDir)) startDir = __classPrivateFieldGet(this, _YargsInstance_shim, "f").path.dirname(startDir);
				const pkgJsonPath = __classPrivateFieldGet(this, _YargsInstance_shim, "f").findUp(startDir, (dir, names) => {
					if (names.includes("package.json")) return "package.json";
					else return;
				});
				assertNotStrictEqual(pkgJsonPath, void 0, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
				obj = JSON.parse(__classPrivateFieldGet(this, _YargsInstance_shim, "f").readFileSync(pkgJsonPath, "utf8"));
			} catch (_noop) {}
			__classPrivateFieldGet(this, _YargsInstance_pkgs, "f")[npath] = obj || {};
			return __classPrivateFieldGet(this, _YargsInstance_pkgs, "f")[npath];
		}
		[kPopulateParserHintArray](type, keys) {
			keys = [].concat(keys);
			keys.forEach((key) => {
				key = this[kSanitizeKey](key);
				__classPrivateFieldGet(this, _YargsInstance_options, "f")[type].push(key);
			});
		}
		[kPopulateParserHintSingleValueDictionary](builder, type, key, value) {
			this[kPopulateParserHintDictionary](builder, type, key, value, (type, key, value) => {
				__classPrivateFieldGet(this, _YargsInstance_options, "f")[type][key] = value;
			});
		}
		[kPopulateParserHintArrayDictionary](builder, type, key, value) {
			this[kPopulateParserHintDictionary](builder, type, key, value, (type, key, value) => {
				__classPrivateFieldGet(this, _YargsInstance_options, "f")[type][key] = (__classPrivateFieldGet(this, _YargsInstance_options, "f")[type][key] || []).concat(value);
			});
		}
		[kPopulateParserHintDictionary](builder, type, key, value, singleKeyHandler) {
			if (Array.isArray(key)) key.forEach((k) => {
				builder(k, value);
			});
			else if (((key) => typeof key === "object")(key)) for (const k of objectKeys(key)) builder(k, key[k]);
			else singleKeyHandler(type, this[kSanitizeKey](key), value);
		}
		[kSanitizeKey](key) {
			if (key === "__proto__") return "___proto___";
			return key;
		}
		[kSetKey](key, set) {
			this[kPopulateParserHintSingleValueDictionary](this[kSetKey].bind(this), "key", key, set);
			return this;
		}
		[kUnfreeze]() {
			var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m;
			const frozen = __classPrivateFieldGet(this, _YargsInstance_frozens, "f").pop();
			assertNotStrictEqual(frozen, void 0, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
			let configObjects;
			_a = this, _b = this, _c = this, _d = this, _e = this, _f = this, _g = this, _h = this, _j = this, _k = this, _l = this, _m = this, {options: { set value(_o) {
				__classPrivateFieldSet(_a, _YargsInstance_options, _o, "f");
			} }.value, configObjects, exitProcess: { set value(_o) {
				__classPrivateFieldSet(_b, _YargsInstance_exitProcess, _o, "f");
			} }.value, groups: { set value(_o) {
				__classPrivateFieldSet(_c, _YargsInstance_groups, _o, "f");
			} }.value, output: { set value(_o) {
				__classPrivateFieldSet(_d, _YargsInstance_output, _o, "f");
			} }.value, exitError: { set value(_o) {
				__classPrivateFieldSet(_e, _YargsInstance_exitError, _o, "f");
			} }.value, hasOutput: { set value(_o) {
				__classPrivateFieldSet(_f, _YargsInstance_hasOutput, _o, "f");
			} }.value, parsed: this.parsed, strict: { set value(_o) {
				__classPrivateFieldSet(_g, _YargsInstance_strict, _o, "f");
			} }.value, strictCommands: { set value(_o) {
				__classPrivateFieldSet(_h, _YargsInstance_strictCommands, _o, "f");
			} }.value, strictOptions: { set value(_o) {
				__classPrivateFieldSet(_j, _YargsInstance_strictOptions, _o, "f");
			} }.value, completionCommand: { set value(_o) {
				__classPrivateFieldSet(_k, _YargsInstance_completionCommand, _o, "f");
			} }.value, parseFn: { set value(_o) {
				__classPrivateFieldSet(_l, _YargsInstance_parseFn, _o, "f");
			} }.value, parseContext: { set value(_o) {
				__classPrivateFieldSet(_m, _YargsInstance_parseContext, _o, "f");
			} }.value} = frozen;
			__classPrivateFieldGet(this, _YargsInstance_options, "f").configObjects = configObjects;
			__classPrivateFieldGet(this, _YargsInstance_usage, "f").unfreeze();
			__classPrivateFieldGet(this, _YargsInstance_validation, "f").unfreeze();
			__classPrivateFieldGet(this, _YargsInstance_command, "f").unfreeze();
			__classPrivateFieldGet(this, _YargsInstance_globalMiddleware, "f").unfreeze();
		}
		[kValidateAsync](validation, argv) {
			return maybeAsyncResult(argv, (result) => {
				validation(result);
				return result;
			});
		}
		getInternalMethods() {
			return {
				getCommandInstance: this[kGetCommandInstance].bind(this),
				getContext: this[kGetContext].bind(this),
				getHasOutput: this[kGetHasOutput].bind(this),
				getLoggerInstance: this[kGetLoggerInstance].bind(this),
				getParseContext: this[kGetParseContext].bind(this),
				getParserConfiguration: this[kGetParserConfiguration].bind(this),
				getUsageConfiguration: this[kGetUsageConfiguration].bind(this),
				getUsageInstance: this[kGetUsageInstance].bind(this),
				getValidationInstance: this[kGetValidationInstance].bind(this),
				hasParseCallback: this[kHasParseCallback].bind(this),
				isGlobalContext: this[kIsGlobalContext].bind(this),
				postProcess: this[kPostProcess].bind(this),
				reset: this[kReset].bind(this),
				runValidation: this[kRunValidation].bind(this),
				runYargsParserAndExecuteCommands: this[kRunYargsParserAndExecuteCommands].bind(this),
				setHasOutput: this[kSetHasOutput].bind(this)
			};
		}
		[kGetCommandInstance]() {
			return __classPrivateFieldGet(this, _YargsInstance_command, "f");
		}
		[kGetContext]() {
			return __classPrivateFieldGet(this, _YargsInstance_context, "f");
		}
		[kGetHasOutput]() {
			return __classPrivateFieldGet(this, _YargsInstance_hasOutput, "f");
		}
		[kGetLoggerInstance]() {
			return __classPrivateFieldGet(this, _YargsInstance_logger, "f");
		}
		[kGetParseContext]() {
			return __classPrivateFieldGet(this, _YargsInstance_parseContext, "f") || {};
		}
		[kGetUsageInstance]() {
			return __classPrivateFieldGet(this, _YargsInstance_usage, "f");
		}
		[kGetValidationInstance]() {
			return __classPrivateFieldGet(this, _YargsInstance_validation, "f");
		}
		[kHasParseCallback]() {
			return !!__classPrivateFieldGet(this, _YargsInstance_parseFn, "f");
		}
		[kIsGlobalContext]() {
			return __classPrivateFieldGet(this, _YargsInstance_isGlobalContext, "f");
		}
		[kPostProcess](argv, populateDoubleDash, calledFromCommand, runGlobalMiddleware) {
			if (calledFromCommand) return argv;
			if (isPromise(argv)) return argv;
			if (!populateDoubleDash) argv = this[kCopyDoubleDash](argv);
			if (this[kGetParserConfiguration]()["parse-positional-numbers"] || this[kGetParserConfiguration]()["parse-positional-numbers"] === void 0) argv = this[kParsePositionalNumbers](argv);
			if (runGlobalMiddleware) argv = applyMiddleware(argv, this, __classPrivateFieldGet(this, _YargsInstance_globalMiddleware, "f").getMiddleware(), false);
			return argv;
		}
		[kReset](aliases = {}) {
			__classPrivateFieldSet(this, _YargsInstance_options, __classPrivateFieldGet(this, _YargsInstance_options, "f") || {}, "f");
			const tmpOptions = {};
			tmpOptions.local = __classPrivateFieldGet(this, _YargsInstance_options, "f").local || [];
			tmpOptions.configObjects = __classPrivateFieldGet(this, _YargsInstance_options, "f").configObjects || [];
			const localLookup = {};
			tmpOptions.local.forEach((l) => {
				localLookup[l] = true;
				(aliases[l] || []).forEach((a) => {
					localLookup[a] = true;
				});
			});
			Object.assign(__classPrivateFieldGet(this, _YargsInstance_preservedGroups, "f"), Object.keys(__classPrivateFieldGet(this, _YargsInstance_groups, "f")).reduce((acc, groupName) => {
				const keys = __classPrivateFieldGet(this, _YargsInstance_groups, "f")[groupName].filter((key) => !(key in localLookup));
				if (keys.length > 0) acc[groupName] = keys;
				return acc;
			}, {}));
			__classPrivateFieldSet(this, _YargsInstance_groups, {}, "f");
			const arrayOptions = [
				"array",
				"boolean",
				"string",
				"skipValidation",
				"count",
				"normalize",
				"number",
				"hiddenOptions"
			];
			const objectOptions = [
				"narg",
				"key",
				"alias",
				"default",
				"defaultDescription",
				"config",
				"choices",
				"demandedOptions",
				"demandedCommands",
				"deprecatedOptions"
			];
			arrayOptions.forEach((k) => {
				tmpOptions[k] = (__classPrivateFieldGet(this, _YargsInstance_options, "f")[k] || []).filter((k) => !localLookup[k]);
			});
			objectOptions.forEach((k) => {
				tmpOptions[k] = objFilter(__classPrivateFieldGet(this, _YargsInstance_options, "f")[k], (k) => !localLookup[k]);
			});
			tmpOptions.envPrefix = __classPrivateFieldGet(this, _YargsInstance_options, "f").envPrefix;
			__classPrivateFieldSet(this, _YargsInstance_options, tmpOptions, "f");
			__classPrivateFieldSet(this, _YargsInstance_usage, __classPrivateFieldGet(this, _YargsInstance_usage, "f") ? __classPrivateFieldGet(this, _YargsInstance_usage, "f").reset(localLookup) : usage(this, __classPrivateFieldGet(this, _YargsInstance_shim, "f")), "f");
			__classPrivateFieldSet(this, _YargsInstance_validation, __classPrivateFieldGet(this, _YargsInstance_validation, "f") ? __classPrivateFieldGet(this, _YargsInstance_validation, "f").reset(localLookup) : validation(this, __classPrivateFieldGet(this, _YargsInstance_usage, "f"), __classPrivateFieldGet(this, _YargsInstance_shim, "f")), "f");
			__classPrivateFieldSet(this, _YargsInstance_command, __classPrivateFieldGet(this, _YargsInstance_command, "f") ? __classPrivateFieldGet(this, _YargsInstance_command, "f").reset() : command(__classPrivateFieldGet(this, _YargsInstance_usage, "f"), __classPrivateFieldGet(this, _YargsInstance_validation, "f"), __classPrivateFieldGet(this, _YargsInstance_globalMiddleware, "f"), __classPrivateFieldGet(this, _YargsInstance_shim, "f")), "f");
			if (!__classPrivateFieldGet(this, _YargsInstance_completion, "f")) __classPrivateFieldSet(this, _YargsInstance_completion, completion(this, __classPrivateFieldGet(this, _YargsInstance_usage, "f"), __classPrivateFieldGet(this, _YargsInstance_command, "f"), __classPrivateFieldGet(this, _YargsInstance_shim, "f")), "f");
			__classPrivateFieldGet(this, _YargsInstance_globalMiddleware, "f").reset();
			__classPrivateFieldSet(this, _YargsInstance_completionCommand, null, "f");
			__classPrivateFieldSet(this, _YargsInstance_output, "", "f");
			__classPrivateFieldSet(this, _YargsInstance_exitError, null, "f");
			__classPrivateFieldSet(this, _YargsInstance_hasOutput, false, "f");
			this.parsed = false;
			return this;
		}
		[kRebase](base, dir) {
			return __classPrivateFieldGet(this, _YargsInstance_shim, "f").path.relative(base, dir);
		}
		[kRunYargsParserAndExecuteCommands](args, shortCircuit, calledFromCommand, commandIndex = 0, helpOnly = false) {
			var _a, _b, _c, _d;
			let skipValidation = !!calledFromCommand || helpOnly;
			args = args || __classPrivateFieldGet(this, _YargsInstance_processArgs, "f");
			__classPrivateFieldGet(this, _YargsInstance_options, "f").__ = __classPrivateFieldGet(this, _YargsInstance_shim, "f").y18n.__;
			__classPrivateFieldGet(this, _YargsInstance_options, "f").configuration = this[kGetParserConfiguration]();
			const populateDoubleDash = !!__classPrivateFieldGet(this, _YargsInstance_options, "f").configuration["populate--"];
			const config = Object.assign({}, __classPrivateFieldGet(this, _YargsInstance_options, "f").configuration, { "populate--": true });
			const parsed = __classPrivateFieldGet(this, _YargsInstance_shim, "f").Parser.detailed(args, Object.assign({}, __classPrivateFieldGet(this, _YargsInstance_options, "f"), { configuration: {
				"parse-positional-numbers": false,
				...config
			} }));
			const argv = Object.assign(parsed.argv, __classPrivateFieldGet(this, _YargsInstance_parseContext, "f"));
			let argvPromise = void 0;
			const aliases = parsed.aliases;
			let helpOptSet = false;
			let versionOptSet = false;
			Object.keys(argv).forEach((key) => {
				if (key === __classPrivateFieldGet(this, _YargsInstance_helpOpt, "f") && argv[key]) helpOptSet = true;
				else if (key === __classPrivateFieldGet(this, _YargsInstance_versionOpt, "f") && argv[key]) versionOptSet = true;
			});
			argv.$0 = this.$0;
			this.parsed = parsed;
			if (commandIndex === 0) __classPrivateFieldGet(this, _YargsInstance_usage, "f").clearCachedHelpMessage();
			try {
				this[kGuessLocale]();
				if (shortCircuit) return this[kPostProcess](argv, populateDoubleDash, !!calledFromCommand, false);
				if (__classPrivateFieldGet(this, _YargsInstance_helpOpt, "f")) {
					if ([__classPrivateFieldGet(this, _YargsInstance_helpOpt, "f")].concat(aliases[__classPrivateFieldGet(this, _YargsInstance_helpOpt, "f")] || []).filter((k) => k.length > 1).includes("" + argv._[argv._.length - 1])) {
						argv._.pop();
						helpOptSet = true;
					}
				}
				__classPrivateFieldSet(this, _YargsInstance_isGlobalContext, false, "f");
				const handlerKeys = __classPrivateFieldGet(this, _YargsInstance_command, "f").getCommands();
				const requestCompletions = ((_a = __classPrivateFieldGet(this, _YargsInstance_completion, "f")) === null || _a === void 0 ? void 0 : _a.completionKey) ? [(_b = __classPrivateFieldGet(this, _YargsInstance_completion, "f")) === null || _b === void 0 ? void 0 : _b.completionKey, ...(_d = this.getAliases()[(_c = __classPrivateFieldGet(this, _YargsInstance_completion, "f")) === null || _c === void 0 ? void 0 : _c.completionKey]) !== null && _d !== void 0 ? _d : []].some((key) => Object.prototype.hasOwnProperty.call(argv, key)) : false;
				const skipRecommendation = helpOptSet || requestCompletions || helpOnly;
				if (argv._.length) {
					if (handlerKeys.length) {
						let firstUnknownCommand;
						for (let i = commandIndex || 0, cmd; argv._[i] !== void 0; i++) {
							cmd = String(argv._[i]);
							if (handlerKeys.includes(cmd) && cmd !== __classPrivateFieldGet(this, _YargsInstance_completionCommand, "f")) {
								const innerArgv = __classPrivateFieldGet(this, _YargsInstance_command, "f").runCommand(cmd, this, parsed, i + 1, helpOnly, helpOptSet || versionOptSet || helpOnly);
								return this[kPostProcess](innerArgv, populateDoubleDash, !!calledFromCommand, false);
							} else if (!firstUnknownCommand && cmd !== __classPrivateFieldGet(this, _YargsInstance_completionCommand, "f")) {
								firstUnknownCommand = cmd;
								break;
							}
						}
						if (!__classPrivateFieldGet(this, _YargsInstance_command, "f").hasDefaultCommand() && __classPrivateFieldGet(this, _YargsInstance_recommendCommands, "f") && firstUnknownCommand && !skipRecommendation) __classPrivateFieldGet(this, _YargsInstance_validation, "f").recommendCommands(firstUnknownCommand, handlerKeys);
					}
					if (__classPrivateFieldGet(this, _YargsInstance_completionCommand, "f") && argv._.includes(__classPrivateFieldGet(this, _YargsInstance_completionCommand, "f")) && !requestCompletions) {
						if (__classPrivateFieldGet(this, _YargsInstance_exitProcess, "f")) setBlocking(true);
						this.showCompletionScript();
						this.exit(0);
					}
				}
				if (__classPrivateFieldGet(this, _YargsInstance_command, "f").hasDefaultCommand() && !skipRecommendation) {
					const innerArgv = __classPrivateFieldGet(this, _YargsInstance_command, "f").runCommand(null, this, parsed, 0, helpOnly, helpOptSet || versionOptSet || helpOnly);
					return this[kPostProcess](innerArgv, populateDoubleDash, !!calledFromCommand, false);
				}
				if (requestCompletions) {
					if (__classPrivateFieldGet(this, _YargsInstance_exitProcess, "f")) setBlocking(true);
					args = [].concat(args);
					const completionArgs = args.slice(args.indexOf(`--${__classPrivateFieldGet(this, _YargsInstance_completion, "f").completionKey}`) + 1);
					__classPrivateFieldGet(this, _YargsInstance_completion, "f").getCompletion(completionArgs, (err, completions) => {
						if (err) throw new YError(err.message);
						(completions || []).forEach((completion) => {
							__classPrivateFieldGet(this, _YargsInstance_logger, "f").log(completion);
						});
						this.exit(0);
					});
					return this[kPostProcess](argv, !populateDoubleDash, !!calledFromCommand, false);
				}
				if (!__classPrivateFieldGet(this, _YargsInstance_hasOutput, "f")) {
					if (helpOptSet) {
						if (__classPrivateFieldGet(this, _YargsInstance_exitProcess, "f")) setBlocking(true);
						skipValidation = true;
						this.showHelp((message) => {
							__classPrivateFieldGet(this, _YargsInstance_logger, "f").log(message);
							this.exit(0);
						});
					} else if (versionOptSet) {
						if (__classPrivateFieldGet(this, _YargsInstance_exitProcess, "f")) setBlocking(true);
						skipValidation = true;
						__classPrivateFieldGet(this, _YargsInstance_usage, "f").showVersion("log");
						this.exit(0);
					}
				}
				if (!skipValidation && __classPrivateFieldGet(this, _YargsInstance_options, "f").skipValidation.length > 0) skipValidation = Object.keys(argv).some((key) => __classPrivateFieldGet(this, _YargsInstance_options, "f").skipValidation.indexOf(key) >= 0 && argv[key] === true);
				if (!skipValidation) {
					if (parsed.error) throw new YError(parsed.error.message);
					if (!requestCompletions) {
						const validation = this[kRunValidation](aliases, {}, parsed.error);
						if (!calledFromCommand) argvPromise = applyMiddleware(argv, this, __classPrivateFieldGet(this, _YargsInstance_globalMiddleware, "f").getMiddleware(), true);
						argvPromise = this[kValidateAsync](validation, argvPromise !== null && argvPromise !== void 0 ? argvPromise : argv);
						if (isPromise(argvPromise) && !calledFromCommand) argvPromise = argvPromise.then(() => {
							return applyMiddleware(argv, this, __classPrivateFieldGet(this, _YargsInstance_globalMiddleware, "f").getMiddleware(), false);
						});
					}
				}
			} catch (err) {
				if (err instanceof YError) __classPrivateFieldGet(this, _YargsInstance_usage, "f").fail(err.message, err);
				else throw err;
			}
			return this[kPostProcess](argvPromise !== null && argvPromise !== void 0 ? argvPromise : argv, populateDoubleDash, !!calledFromCommand, true);
		}
		[kRunValidation](aliases, positionalMap, parseErrors, isDefaultCommand) {
			const demandedOptions = { ...this.getDemandedOptions() };
			return (argv) => {
				if (parseErrors) throw new YError(parseErrors.message);
				__classPrivateFieldGet(this, _YargsInstance_validation, "f").nonOptionCount(argv);
				__classPrivateFieldGet(this, _YargsInstance_validation, "f").requiredArguments(argv, demandedOptions);
				let failedStrictCommands = false;
				if (__classPrivateFieldGet(this, _YargsInstance_strictCommands, "f")) failedStrictCommands = __classPrivateFieldGet(this, _YargsInstance_validation, "f").unknownCommands(argv);
				if (__classPrivateFieldGet(this, _YargsInstance_strict, "f") && !failedStrictCommands) __classPrivateFieldGet(this, _YargsInstance_validation, "f").unknownArguments(argv, aliases, positionalMap, !!isDefaultCommand);
				else if (__classPrivateFieldGet(this, _YargsInstance_strictOptions, "f")) __classPrivateFieldGet(this, _YargsInstance_validation, "f").unknownArguments(argv, aliases, {}, false, false);
				__classPrivateFieldGet(this, _YargsInstance_validation, "f").limitedChoices(argv);
				__classPrivateFieldGet(this, _YargsInstance_validation, "f").implications(argv);
				__classPrivateFieldGet(this, _YargsInstance_validation, "f").conflicting(argv);
			};
		}
		[kSetHasOutput]() {
			__classPrivateFieldSet(this, _YargsInstance_hasOutput, true, "f");
		}
		[kTrackManuallySetKeys](keys) {
			if (typeof keys === "string") __classPrivateFieldGet(this, _YargsInstance_options, "f").key[keys] = true;
			else for (const k of keys) __classPrivateFieldGet(this, _YargsInstance_options, "f").key[k] = true;
		}
	};
}));
// node_modules/yargs/index.mjs
var yargs_exports = /* @__PURE__ */ __exportAll$1({
	default: () => Yargs,
	"module.exports": () => Yargs
});
var Yargs;
var init_yargs = __esmMin((() => {
	init_esm();
	init_yargs_factory();
	Yargs = YargsFactory(esm_default);
}));
// dist/cjs/usage.cjs
var require_usage = /* @__PURE__ */ __commonJSMin$1(((exports) => {
	const require_rolldown_runtime = require_rolldown_runtime$1();
	const require_boot = require_boot$1();
	let yargs = (init_yargs(), __toCommonJS(yargs_exports));
	yargs = require_rolldown_runtime.__toESM(yargs, 1);
	var UsageError = class extends Error {};
	function buildParser(args, version, lang) {
		let y = (0, yargs.default)(args).scriptName("scan-keys").usage(require_boot.USAGE);
		for (const c of require_boot.COMMANDS) y = c.paths ? y.command(`${c.name} [paths..]`, c.describe, (p) => p.positional("paths", {
			type: "string",
			array: true,
			default: require_boot.PATHS.default,
			describe: require_boot.PATHS.describe
		})) : c.reports ? y.command(`${c.name} <reports..>`, c.describe, (p) => p.positional("reports", {
			type: "string",
			array: true,
			describe: require_boot.REPORTS.describe
		})) : y.command(c.name, c.describe);
		for (const [name, spec] of Object.entries(require_boot.OPTIONS)) {
			const { type, choices, ...rest } = spec;
			y = y.option(name, choices ? {
				...rest,
				choices: [...choices]
			} : {
				...rest,
				type
			});
		}
		return y.locale(lang === "zh-CN" ? "zh_CN" : "en").example(require_boot.EXAMPLES).epilogue(require_boot.EPILOGUE).strict().help().alias("help", "h").version(version).wrap(Math.min(110, process.stdout.columns ?? 100));
	}
	function parseWithYargs(args, version, lang = "en") {
		return new Promise((done, fail) => {
			buildParser(args, version, lang).exitProcess(false).fail((msg, err) => fail(new UsageError(msg ?? err?.message ?? "invalid arguments"))).parse(args, {}, (err, argv, output) => {
				if (err) return;
				if (args.some((a) => /^(--help|--version|-h)$/.test(a)) || output) done({ output });
				else done({ argv });
			});
		});
	}
	exports.parseWithYargs = parseWithYargs;
}));
// dist/cjs/install.cjs
var require_install$1 = /* @__PURE__ */ __commonJSMin$1(((exports) => {
	const require_base = require_base$1();
	let node_fs = require("node:fs");
	let node_path = require("node:path");
	let node_url = require("node:url");
	const HUSKY_LINE = "npx --no-install scan-keys --staged # scan-keys";
	const MARK = "# scan-keys";
	const HOOK_MARKER = "# scan-keys pre-commit hook";
	const CHAINED = "pre-commit.scan-keys-chained";
	var InstallError = class extends require_base.GitError {
		constructor(message) {
			super(message);
			this.name = "InstallError";
		}
	};
	function usesHusky(top) {
		if ((0, node_fs.existsSync)((0, node_path.join)(top, ".husky"))) return true;
		try {
			const pkg = JSON.parse((0, node_fs.readFileSync)((0, node_path.join)(top, "package.json"), "utf8"));
			return Boolean(pkg.devDependencies?.husky ?? pkg.dependencies?.husky);
		} catch {
			return false;
		}
	}
	async function hooksDir(top) {
		return (0, node_path.resolve)(top, (await require_base.gitRaw(top, [
			"rev-parse",
			"--git-path",
			"hooks"
		])).trim());
	}
	const BIN = (0, node_url.fileURLToPath)(new URL("../../bin/scan-keys.js", require("url").pathToFileURL(__filename).href));
	function hookScript(node, bin) {
		const q = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
		return `#!/bin/sh
${HOOK_MARKER} (added by \`scan-keys install\`; \`scan-keys uninstall\` removes it)
chained="$(dirname "$0")/${CHAINED}"
if [ -x "$chained" ]; then "$chained" "$@" || exit $?; fi
node=${q(node)}
bin=${q(bin)}
if [ -x "$node" ] && [ -f "$bin" ]; then exec "$node" "$bin" --staged; fi
exec npx --no-install scan-keys --staged
`;
	}
	function writeExecutable(file, text) {
		(0, node_fs.writeFileSync)(file, text);
		(0, node_fs.chmodSync)(file, (0, node_fs.statSync)(file).mode | 73);
	}
	function writeChainedHook(file, script, marker, chainedName) {
		if (!(0, node_fs.existsSync)(file)) {
			writeExecutable(file, script);
			return { kind: "created" };
		}
		const text = (0, node_fs.readFileSync)(file, "latin1");
		if (text.includes(marker)) {
			if (text === script) return { kind: "already-installed" };
			writeExecutable(file, script);
			return { kind: "created" };
		}
		const chained = (0, node_path.join)((0, node_path.dirname)(file), chainedName);
		if ((0, node_fs.existsSync)(chained)) return {
			kind: "chained-exists",
			chained
		};
		(0, node_fs.renameSync)(file, chained);
		writeExecutable(file, script);
		return {
			kind: "chained",
			chained
		};
	}
	async function install(cwd) {
		const { top } = await require_base.findRepo(cwd, "install");
		if (usesHusky(top)) {
			const dir = (0, node_path.join)(top, ".husky");
			const file = (0, node_path.join)(dir, "pre-commit");
			if (!(0, node_fs.existsSync)(file)) {
				(0, node_fs.mkdirSync)(dir, { recursive: true });
				writeExecutable(file, `#!/usr/bin/env sh\n${HUSKY_LINE}\n`);
				return {
					code: "husky-created",
					file
				};
			}
			const text = (0, node_fs.readFileSync)(file, "utf8");
			if (text.split("\n").some((l) => l.trimEnd().endsWith(MARK))) return {
				code: "already-installed",
				file
			};
			writeExecutable(file, `${text}${text === "" || text.endsWith("\n") ? "" : "\n"}${HUSKY_LINE}\n`);
			return {
				code: "husky-added",
				file
			};
		}
		const dir = await hooksDir(top);
		const file = (0, node_path.join)(dir, "pre-commit");
		const script = hookScript(process.execPath, BIN);
		(0, node_fs.mkdirSync)(dir, { recursive: true });
		const r = writeChainedHook(file, script, HOOK_MARKER, CHAINED);
		if (r.kind === "chained-exists") throw new InstallError(`${r.chained} already exists; move it away, then run install again`);
		if (r.kind === "chained") return {
			code: "hook-chained",
			file,
			chained: r.chained
		};
		return {
			code: r.kind === "already-installed" ? "already-installed" : "hook-created",
			file
		};
	}
	async function uninstall(cwd) {
		const { top } = await require_base.findRepo(cwd, "uninstall");
		const huskyFile = (0, node_path.join)(top, ".husky", "pre-commit");
		if ((0, node_fs.existsSync)(huskyFile)) {
			const lines = (0, node_fs.readFileSync)(huskyFile, "utf8").split("\n");
			const kept = lines.filter((l) => !l.trimEnd().endsWith(MARK));
			if (kept.length !== lines.length) {
				const rest = kept.join("\n");
				if (rest.replace(/^#!.*$/m, "").trim() === "") {
					(0, node_fs.unlinkSync)(huskyFile);
					return {
						code: "husky-removed",
						file: huskyFile,
						deleted: true
					};
				}
				(0, node_fs.writeFileSync)(huskyFile, rest);
				return {
					code: "husky-removed",
					file: huskyFile,
					deleted: false
				};
			}
		}
		const dir = await hooksDir(top);
		const file = (0, node_path.join)(dir, "pre-commit");
		if (!(0, node_fs.existsSync)(file) || !(0, node_fs.readFileSync)(file, "latin1").includes("# scan-keys pre-commit hook")) return {
			code: "not-installed",
			file: usesHusky(top) ? huskyFile : file
		};
		(0, node_fs.unlinkSync)(file);
		const chained = (0, node_path.join)(dir, CHAINED);
		if ((0, node_fs.existsSync)(chained)) {
			(0, node_fs.renameSync)(chained, file);
			return {
				code: "hook-removed",
				file,
				restored: true
			};
		}
		return {
			code: "hook-removed",
			file,
			restored: false
		};
	}
	exports.install = install;
	exports.uninstall = uninstall;
	exports.writeChainedHook = writeChainedHook;
	exports.writeExecutable = writeExecutable;
}));
// dist/cjs/verify.cjs
var require_verify$1 = /* @__PURE__ */ __commonJSMin$1(((exports) => {
	let node_crypto = require("node:crypto");
	const ALIBABA_STS_VERSION = "2015-04-01";
	function percentEncode(value) {
		return encodeURIComponent(value).replace(/[!'()*]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase());
	}
	function canonicalizeQuery(params) {
		return Object.keys(params).filter((k) => k !== "Signature").sort((a, b) => a < b ? -1 : a > b ? 1 : 0).map((k) => `${percentEncode(k)}=${percentEncode(params[k] ?? "")}`).join("&");
	}
	function rpcStringToSign(params, method = "GET") {
		return `${method.toUpperCase()}&${percentEncode("/")}&${percentEncode(canonicalizeQuery(params))}`;
	}
	function signRpcRequest(params, secret, method = "GET") {
		return (0, node_crypto.createHmac)("sha1", `${secret}&`).update(rpcStringToSign(params, method), "utf8").digest("base64");
	}
	function rpcTimestamp(now) {
		return now.toISOString().replace(/\.\d{3}Z$/, "Z");
	}
	function buildGetCallerIdentityUrl(cred, opts) {
		const params = {
			Action: "GetCallerIdentity",
			Version: ALIBABA_STS_VERSION,
			Format: "JSON",
			AccessKeyId: cred.id,
			SignatureMethod: "HMAC-SHA1",
			SignatureVersion: "1.0",
			SignatureNonce: opts.nonce,
			Timestamp: rpcTimestamp(opts.now)
		};
		if (cred.token) params.SecurityToken = cred.token;
		const signature = signRpcRequest(params, cred.secret, "GET");
		const url = new URL(opts.endpoint);
		url.search = `?${canonicalizeQuery(params)}&Signature=${percentEncode(signature)}`;
		url.hash = "";
		return url.href;
	}
	const DEAD_CODES = /* @__PURE__ */ new Set([
		"InvalidAccessKeyId.NotFound",
		"InvalidAccessKeyId.Inactive",
		"SignatureDoesNotMatch"
	]);
	function safeCode(code) {
		if (typeof code !== "string") return void 0;
		const m = /^[A-Za-z0-9._-]{1,80}$/.exec(code.trim());
		return m ? m[0] : void 0;
	}
	function str$1(v) {
		if (typeof v === "string" && v.length > 0) return v;
		if (typeof v === "number" && Number.isFinite(v)) return String(v);
	}
	function parseGetCallerIdentityResponse$1(status, body) {
		let json;
		try {
			json = JSON.parse(body);
		} catch {
			return {
				status: "unknown",
				reason: `alibaba: HTTP ${status}, response is not JSON`
			};
		}
		if (typeof json !== "object" || json === null || Array.isArray(json)) return {
			status: "unknown",
			reason: `alibaba: HTTP ${status}, unexpected response shape`
		};
		const o = json;
		const arn = str$1(o.Arn);
		if (status === 200 && arn !== void 0) {
			const v = {
				status: "live",
				arn,
				root: o.IdentityType === "Account" || arn.endsWith(":root")
			};
			const account = str$1(o.AccountId);
			if (account !== void 0) v.account = account;
			return v;
		}
		const rawCode = o.Code;
		const code = safeCode(rawCode);
		if (code === void 0) return {
			status: "unknown",
			reason: rawCode === void 0 ? `alibaba: HTTP ${status} without Arn or error code` : `alibaba: HTTP ${status}, malformed error code`
		};
		if (code === "NoPermission") return {
			status: "live",
			reason: "alibaba: NoPermission (the key authenticated but may not call GetCallerIdentity)"
		};
		if (DEAD_CODES.has(code) || code.startsWith("InvalidSecurityToken.")) return {
			status: "dead",
			reason: `alibaba: ${code}`
		};
		if (code.startsWith("Throttling")) return {
			status: "unknown",
			reason: `alibaba: throttled (${code})`
		};
		return {
			status: "unknown",
			reason: `alibaba: HTTP ${status} ${code}`
		};
	}
	const TC3_ALGORITHM = "TC3-HMAC-SHA256";
	const TENCENT_STS_VERSION = "2018-08-13";
	const TENCENT_STS_REGION = "ap-guangzhou";
	const TENCENT_JSON_CONTENT_TYPE = "application/json; charset=utf-8";
	function sha256Hex(data) {
		return (0, node_crypto.createHash)("sha256").update(data, "utf8").digest("hex");
	}
	function hmacSha256(key, data) {
		return (0, node_crypto.createHmac)("sha256", key).update(data, "utf8").digest();
	}
	function tc3Date(timestampSeconds) {
		return (/* @__PURE__ */ new Date(timestampSeconds * 1e3)).toISOString().slice(0, 10);
	}
	function signTc3(input) {
		const method = input.method ?? "POST";
		const contentType = input.contentType ?? "application/json; charset=utf-8";
		const signedHeaders = "content-type;host";
		const canonicalHeaders = `content-type:${contentType.trim().toLowerCase()}\nhost:${input.host.trim().toLowerCase()}\n`;
		const hashedRequestPayload = sha256Hex(input.payload);
		const canonicalRequest = [
			method,
			"/",
			input.canonicalQueryString ?? "",
			canonicalHeaders,
			signedHeaders,
			hashedRequestPayload
		].join("\n");
		const date = tc3Date(input.timestamp);
		const credentialScope = `${date}/${input.service}/tc3_request`;
		const stringToSign = [
			TC3_ALGORITHM,
			String(input.timestamp),
			credentialScope,
			sha256Hex(canonicalRequest)
		].join("\n");
		const secretSigning = hmacSha256(hmacSha256(hmacSha256(`TC3${input.secretKey}`, date), input.service), "tc3_request");
		const signature = (0, node_crypto.createHmac)("sha256", secretSigning).update(stringToSign, "utf8").digest("hex");
		return {
			hashedRequestPayload,
			canonicalRequest,
			credentialScope,
			stringToSign,
			signature,
			authorization: `${TC3_ALGORITHM} Credential=${input.secretId}/${credentialScope}, SignedHeaders=${signedHeaders}, Signature=${signature}`
		};
	}
	function buildGetCallerIdentityRequest(cred, opts) {
		const url = new URL(opts.endpoint);
		url.search = "";
		url.hash = "";
		const timestamp = Math.floor(opts.now.getTime() / 1e3);
		const body = "{}";
		const { authorization } = signTc3({
			secretId: cred.id,
			secretKey: cred.secret,
			service: "sts",
			host: url.host,
			timestamp,
			payload: body
		});
		const headers = {
			Authorization: authorization,
			"Content-Type": TENCENT_JSON_CONTENT_TYPE,
			"X-TC-Action": "GetCallerIdentity",
			"X-TC-Version": TENCENT_STS_VERSION,
			"X-TC-Timestamp": String(timestamp),
			"X-TC-Region": TENCENT_STS_REGION
		};
		if (cred.token) headers["X-TC-Token"] = cred.token;
		return {
			url: url.href,
			method: "POST",
			headers,
			body
		};
	}
	function str(v) {
		if (typeof v === "string" && v.length > 0) return v;
		if (typeof v === "number" && Number.isFinite(v)) return String(v);
	}
	const AUTH_NOT_DEAD = {
		"AuthFailure.SignatureExpire": "unknown",
		"AuthFailure.InvalidAuthorization": "unknown",
		"AuthFailure.UnauthorizedOperation": "live",
		"AuthFailure.MFAFailure": "live"
	};
	function parseGetCallerIdentityResponse(status, body) {
		let json;
		try {
			json = JSON.parse(body);
		} catch {
			return {
				status: "unknown",
				reason: `tencent: HTTP ${status}, response is not JSON`
			};
		}
		const resp = typeof json === "object" && json !== null ? json.Response : void 0;
		if (typeof resp !== "object" || resp === null || Array.isArray(resp)) return {
			status: "unknown",
			reason: `tencent: HTTP ${status}, response has no Response object`
		};
		const r = resp;
		const err = r.Error;
		if (err !== void 0 && err !== null) {
			const code = safeCode(typeof err === "object" ? err.Code : void 0);
			if (code === void 0) return {
				status: "unknown",
				reason: `tencent: HTTP ${status}, malformed error code`
			};
			if (code.startsWith("AuthFailure")) return {
				status: AUTH_NOT_DEAD[code] ?? "dead",
				reason: `tencent: ${code}`
			};
			if (code.startsWith("RequestLimitExceeded")) return {
				status: "unknown",
				reason: `tencent: throttled (${code})`
			};
			return {
				status: "unknown",
				reason: `tencent: HTTP ${status} ${code}`
			};
		}
		if (status !== 200) return {
			status: "unknown",
			reason: `tencent: HTTP ${status} without an error code`
		};
		const v = { status: "live" };
		const account = str(r.AccountId);
		const arn = str(r.Arn);
		if (account !== void 0) v.account = account;
		if (arn !== void 0) v.arn = arn;
		const type = str(r.Type);
		v.root = type !== void 0 && /root/i.test(type) || arn !== void 0 && /root/i.test(arn);
		return v;
	}
	const DEFAULT_ENDPOINTS = {
		alibaba: "https://sts.aliyuncs.com/",
		tencent: "https://sts.tencentcloudapi.com/"
	};
	const DEFAULT_TIMEOUT_MS = 5e3;
	function pairKey(p) {
		return (0, node_crypto.createHash)("sha256").update([
			"scan-keys/verify/v1",
			p.provider,
			p.id,
			p.secret,
			p.token ?? ""
		].join("\0"), "utf8").digest("hex");
	}
	function isProvider(s) {
		return s === "alibaba" || s === "tencent";
	}
	function isLoopbackHost(hostname) {
		const h = hostname.toLowerCase().replace(/\.$/, "");
		if (h === "localhost" || h.endsWith(".localhost")) return true;
		if (h === "[::1]") return true;
		return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
	}
	function checkEndpoint(provider, raw) {
		let u;
		try {
			u = new URL(raw);
		} catch {
			return { problem: `verify endpoint for ${provider} is not a valid absolute URL` };
		}
		if (u.username !== "" || u.password !== "") return { problem: `verify endpoint for ${provider} must not contain a user name or password` };
		if (u.protocol === "https:") return { url: u.href };
		if (u.protocol === "http:") {
			if (isLoopbackHost(u.hostname)) return { url: u.href };
			return { problem: `verify endpoint for ${provider} must use https (plain http is allowed only for loopback hosts: 127.0.0.0/8, localhost, [::1]), got http on ${u.hostname}` };
		}
		return { problem: `verify endpoint for ${provider} must use https, got ${u.protocol.replace(/:$/, "")}` };
	}
	function parseVerifyEndpoint(spec) {
		const eq = spec.indexOf("=");
		if (eq <= 0) throw new Error("verify endpoint must look like alibaba=https://host/ or tencent=https://host/");
		const provider = spec.slice(0, eq).trim().toLowerCase();
		if (!isProvider(provider)) throw new Error("verify endpoint provider must be \"alibaba\" or \"tencent\"");
		const res = checkEndpoint(provider, spec.slice(eq + 1).trim());
		if ("problem" in res) throw new Error(res.problem);
		return {
			provider,
			url: res.url
		};
	}
	function redact(text, sensitive) {
		let out = text;
		for (const s of sensitive) {
			if (s.length < 4) continue;
			for (const form of /* @__PURE__ */ new Set([
				s,
				encodeURIComponent(s),
				percentEncode(s)
			])) out = out.split(form).join("[redacted]");
		}
		return out;
	}
	const MAX_BODY_BYTES = 65536;
	async function readCapped(res, max) {
		if (!res.body) return "";
		const reader = res.body.getReader();
		const chunks = [];
		let size = 0;
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			chunks.push(value);
			size += value.byteLength;
			if (size > max) {
				await reader.cancel().catch(() => void 0);
				break;
			}
		}
		return Buffer.concat(chunks).subarray(0, max).toString("utf8");
	}
	function errorReason(err) {
		const e = err;
		if (e && (e.name === "TimeoutError" || e.cause?.name === "TimeoutError")) return "timeout";
		if (e && e.name === "AbortError") return "timeout";
		const code = e?.cause?.code;
		if (typeof code === "string" && /^[A-Z0-9_]{2,40}$/.test(code)) return `network error (${code})`;
		return "network error";
	}
	async function verifyOne(pair, endpoints, timeoutMs, doFetch, now) {
		if (!pair.id || !pair.secret) return {
			status: "unknown",
			reason: "missing id or secret"
		};
		const signal = AbortSignal.timeout(timeoutMs);
		try {
			let res;
			if (pair.provider === "alibaba") res = await doFetch(buildGetCallerIdentityUrl(pair, {
				endpoint: endpoints.alibaba,
				now: now(),
				nonce: (0, node_crypto.randomUUID)()
			}), {
				method: "GET",
				signal,
				redirect: "manual",
				headers: { Accept: "application/json" }
			});
			else {
				const req = buildGetCallerIdentityRequest(pair, {
					endpoint: endpoints.tencent,
					now: now()
				});
				res = await doFetch(req.url, {
					method: req.method,
					headers: req.headers,
					body: req.body,
					signal,
					redirect: "manual"
				});
			}
			const body = await readCapped(res, MAX_BODY_BYTES);
			return pair.provider === "alibaba" ? parseGetCallerIdentityResponse$1(res.status, body) : parseGetCallerIdentityResponse(res.status, body);
		} catch (err) {
			return {
				status: "unknown",
				reason: errorReason(err)
			};
		}
	}
	function positiveInt(name, v, dflt) {
		if (v === void 0) return dflt;
		if (!Number.isFinite(v) || v < 1) throw new Error(`${name} must be a positive number`);
		return Math.floor(v);
	}
	async function verifyPairs(pairs, opts = {}) {
		const endpoints = { ...DEFAULT_ENDPOINTS };
		for (const provider of ["alibaba", "tencent"]) {
			const raw = opts.endpoints?.[provider];
			if (raw === void 0) continue;
			const res = checkEndpoint(provider, raw);
			if ("problem" in res) throw new Error(res.problem);
			endpoints[provider] = res.url;
		}
		const timeoutMs = positiveInt("timeoutMs", opts.timeoutMs, DEFAULT_TIMEOUT_MS);
		const concurrency = positiveInt("concurrency", opts.concurrency, 4);
		const doFetch = opts.fetch ?? globalThis.fetch;
		const now = opts.now ?? (() => /* @__PURE__ */ new Date());
		const unique = /* @__PURE__ */ new Map();
		for (const p of pairs) {
			const key = pairKey(p);
			if (!unique.has(key)) unique.set(key, p);
		}
		const work = [...unique.entries()];
		const results = /* @__PURE__ */ new Map();
		let next = 0;
		const worker = async () => {
			while (next < work.length) {
				const item = work[next++];
				if (item === void 0) break;
				const [key, pair] = item;
				const v = await verifyOne(pair, endpoints, timeoutMs, doFetch, now);
				const sensitive = [pair.secret, ...pair.token ? [pair.token] : []];
				if (v.reason !== void 0) v.reason = redact(v.reason, sensitive);
				if (v.arn !== void 0) v.arn = redact(v.arn, sensitive);
				if (v.account !== void 0) v.account = redact(v.account, sensitive);
				results.set(key, v);
			}
		};
		await Promise.all(Array.from({ length: Math.min(concurrency, work.length) }, worker));
		return new Map(work.map(([key]) => [key, results.get(key) ?? {
			status: "unknown",
			reason: "not verified"
		}]));
	}
	exports.pairKey = pairKey;
	exports.parseVerifyEndpoint = parseVerifyEndpoint;
	exports.verifyPairs = verifyPairs;
}));
// dist/cjs/apply.cjs
var require_apply = /* @__PURE__ */ __commonJSMin$1(((exports) => {
	const require_verify = require_verify$1();
	const TOKEN_LINES = 10;
	function isProvider(p) {
		return p === "alibaba" || p === "tencent";
	}
	function collectPairs(findings) {
		const byFingerprint = /* @__PURE__ */ new Map();
		for (const f of findings) byFingerprint.set(`${f.file}\0${f.fingerprint}`, f);
		const out = [];
		for (const id of findings) {
			if (!id.pair || id.kind === "access-key-secret" || id.kind === "sts-access-key-secret" || !isProvider(id.provider)) continue;
			const secret = byFingerprint.get(`${id.file}\0${id.pair.fingerprint}`);
			if (!secret) continue;
			const pair = {
				provider: id.provider,
				id: id.secret,
				secret: secret.secret
			};
			if (id.temporary) {
				const token = findings.find((t) => t.kind === "security-token" && t.provider === id.provider && t.file === id.file && Math.abs(t.line - id.line) <= TOKEN_LINES);
				if (token) pair.token = token.secret;
			}
			out.push({
				pair,
				id,
				secret
			});
		}
		return out;
	}
	async function verifyFindings(findings, options = {}) {
		const pairs = collectPairs(findings);
		if (pairs.length === 0) return 0;
		const results = await require_verify.verifyPairs(pairs.map((p) => p.pair), options);
		for (const { pair, id, secret } of pairs) {
			const v = results.get(require_verify.pairKey(pair));
			if (!v) continue;
			for (const f of [id, secret]) {
				f.verification = v;
				if (v.status === "live") f.severity = "critical";
			}
		}
		return new Set(pairs.map((p) => require_verify.pairKey(p.pair))).size;
	}
	exports.verifyFindings = verifyFindings;
}));
// dist/cjs/install-server.cjs
var require_install_server = /* @__PURE__ */ __commonJSMin$1(((exports) => {
	const require_base = require_base$1();
	const require_install = require_install$1();
	let node_fs = require("node:fs");
	let node_path = require("node:path");
	let node_url = require("node:url");
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
}));
// dist/cjs/chunks.cjs
var require_chunks$1 = /* @__PURE__ */ __commonJSMin$1(((exports) => {
	const STREAMED = Symbol("streamed");
	function streamed(items) {
		return { [STREAMED]: items };
	}
	function isStreamed(value) {
		return typeof value === "object" && value !== null && STREAMED in value;
	}
	function holdsStreamed(value) {
		if (isStreamed(value)) return true;
		if (typeof value !== "object" || value === null) return false;
		return (Array.isArray(value) ? value : Object.values(value)).some(holdsStreamed);
	}
	const PIECE = 1 << 20;
	const BATCH = 512;
	function* jsonChunks(value) {
		let buffered = "";
		for (const piece of walk(value, "")) {
			buffered += piece;
			if (buffered.length >= PIECE) {
				yield buffered;
				buffered = "";
			}
		}
		if (buffered.length > 0) yield buffered;
	}
	function* walk(value, indent) {
		if (isStreamed(value)) {
			let first = true;
			let batch = [];
			const flush = () => {
				const text = JSON.stringify(batch, null, 2);
				batch = [];
				const items = text.slice(2, -2);
				const out = (first ? "[\n" : ",\n") + (indent === "" ? items : indent + items.replace(/\n/g, "\n" + indent));
				first = false;
				return out;
			};
			for (const item of value[STREAMED]) {
				batch.push(item);
				if (batch.length === BATCH) yield flush();
			}
			if (batch.length > 0) yield flush();
			yield first ? "[]" : "\n" + indent + "]";
			return;
		}
		if (!holdsStreamed(value)) {
			yield JSON.stringify(value, null, 2).replace(/\n/g, "\n" + indent);
			return;
		}
		const inner = indent + "  ";
		if (Array.isArray(value)) {
			if (value.length === 0) {
				yield "[]";
				return;
			}
			yield "[\n";
			for (const [i, v] of value.entries()) {
				yield inner;
				if (v === void 0 || typeof v === "function" || typeof v === "symbol") yield "null";
				else yield* walk(v, inner);
				yield i < value.length - 1 ? ",\n" : "\n";
			}
			yield indent + "]";
			return;
		}
		const entries = Object.entries(value).filter(([, v]) => v !== void 0 && typeof v !== "function" && typeof v !== "symbol");
		if (entries.length === 0) {
			yield "{}";
			return;
		}
		yield "{\n";
		for (const [i, [key, v]] of entries.entries()) {
			yield `${inner}${JSON.stringify(key)}: `;
			yield* walk(v, inner);
			yield i < entries.length - 1 ? ",\n" : "\n";
		}
		yield indent + "}";
	}
	function* mapLazily(items, f) {
		for (const item of items) yield f(item);
	}
	Object.defineProperty(exports, "jsonChunks", {
		enumerable: true,
		get: function() {
			return jsonChunks;
		}
	});
	Object.defineProperty(exports, "mapLazily", {
		enumerable: true,
		get: function() {
			return mapLazily;
		}
	});
	Object.defineProperty(exports, "streamed", {
		enumerable: true,
		get: function() {
			return streamed;
		}
	});
}));
// dist/cjs/sarif.cjs
var require_sarif$1 = /* @__PURE__ */ __commonJSMin$1(((exports) => {
	const require_rolldown_runtime = require_rolldown_runtime$1();
	const require_base = require_base$1();
	const require_core = require_core$1();
	const require_chunks = require_chunks$1();
	let node_url = require("node:url");
	var sarif_exports = require_rolldown_runtime.__exportAll({ renderSarifChunks: () => renderSarifChunks });
	const SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
	const TOOL_URI = "https://www.npmjs.com/package/scan-keys";
	const SECURITY_SEVERITY = {
		critical: "9.5",
		high: "8.0",
		medium: "5.5",
		low: "3.0"
	};
	function toUri(file) {
		if (/^(?:[A-Za-z]:)?[\\/]/.test(file)) return (0, node_url.pathToFileURL)(file).href;
		return file.split(/[\\/]/).map((seg) => encodeURIComponent(seg).replace(/[!'()*]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase())).join("/");
	}
	function rulesOf(report) {
		const byProvider = new Map(report.providers.map((p) => [p.id, p]));
		if (report.rules) return report.rules.map((r) => ({
			id: r.id,
			title: r.title,
			description: r.description,
			provider: r.provider,
			severity: require_base.severityRank(r.pairedSeverity) > require_base.severityRank(r.severity) ? r.pairedSeverity : r.severity,
			temporary: r.temporary
		}));
		const seen = /* @__PURE__ */ new Map();
		for (const f of report.findings) {
			const known = seen.get(f.ruleId);
			if (!known || require_base.severityRank(f.severity) > require_base.severityRank(known.severity)) seen.set(f.ruleId, {
				id: f.ruleId,
				title: f.title,
				description: f.title,
				provider: byProvider.get(f.provider),
				severity: f.severity,
				temporary: f.temporary
			});
		}
		return [...seen.values()].sort((a, b) => a.id < b.id ? -1 : 1);
	}
	function helpOf(rule, t) {
		const p = rule.provider;
		const { m } = t;
		const description = t.ruleDescription(p, rule.id, rule.description);
		if (!p) return {
			text: description,
			markdown: description
		};
		const r = t.remediation(p);
		return {
			text: [
				description,
				"",
				`${m.whatToDoNowHeading}${m.colon}`,
				...r.now.map((s) => `- ${s}`),
				`${m.console} ${r.console.url}`,
				"",
				`${m.nextTimeHeading}${m.colon}`,
				...r.prevent.map((s) => `- ${s}`),
				"",
				...r.links.map((l) => m.link(l.title, l.url))
			].join("\n"),
			markdown: [
				description,
				"",
				`**${m.whatToDoNowHeading}**`,
				"",
				...r.now.map((s) => `- ${s}`),
				"",
				`${m.console} [${r.console.title}](${r.console.url})`,
				"",
				`**${m.nextTimeHeading}**`,
				"",
				...r.prevent.map((s) => `- ${s}`),
				"",
				...r.links.map((l) => `- [${l.title}](${l.url})`)
			].join("\n")
		};
	}
	function levelOf(f, report) {
		if (require_core.isBlocking(f, report.failOn)) return "error";
		return f.severity === "low" ? "note" : "warning";
	}
	function messageOf(f, report, t) {
		const { m } = t;
		const provider = report.providers.find((p) => p.id === f.provider);
		const notes = [];
		if (f.pair) notes.push(m.sarifPairsWith(f.pair.line, f.pair.column));
		else if (f.confidence === "context") notes.push(m.sarifAssigned);
		if (f.isPublic) notes.push(m.publicSignedUrl);
		if (f.temporary) notes.push(m.temporaryCredential);
		if (f.verification) notes.push(require_core.verificationNote(f, m));
		const console = provider?.remediation.console.url;
		return `${t.ruleTitle(provider, f.ruleId, f.title)} ${require_core.shownSecret(f, report.showSecrets)} (${m.severity[f.severity]}${notes.length ? m.noteSeparator + notes.join(m.noteSeparator) : ""})${m.fullStop}` + (console ? m.disableAndCreate(console) : "");
	}
	function renderSarif(report, t = require_core.EN) {
		return [...renderSarifChunks(report, t)].join("");
	}
	function renderSarifChunks(report, t = require_core.EN) {
		const rules = rulesOf(report);
		const index = new Map(rules.map((r, i) => [r.id, i]));
		for (const f of report.findings) if (!index.has(f.ruleId)) {
			index.set(f.ruleId, rules.length);
			rules.push({
				id: f.ruleId,
				title: f.title,
				description: f.title,
				provider: report.providers.find((p) => p.id === f.provider),
				severity: f.severity,
				temporary: f.temporary
			});
		}
		const log = {
			$schema: SARIF_SCHEMA_URI,
			version: "2.1.0",
			runs: [{
				tool: { driver: {
					name: "scan-keys",
					informationUri: TOOL_URI,
					...report.toolVersion && /^\d+\.\d+\.\d+/.test(report.toolVersion) ? {
						version: report.toolVersion,
						semanticVersion: report.toolVersion
					} : {},
					rules: rules.map((r) => ({
						id: r.id,
						name: r.title.replace(/[^A-Za-z0-9]+(.)?/g, (_, c) => (c ?? "").toUpperCase()),
						shortDescription: { text: t.ruleTitle(r.provider, r.id, r.title) },
						fullDescription: { text: t.ruleDescription(r.provider, r.id, r.description) },
						...r.provider ? { helpUri: r.provider.remediation.console.url } : {},
						help: helpOf(r, t),
						defaultConfiguration: { level: "error" },
						properties: {
							"security-severity": SECURITY_SEVERITY[r.severity],
							precision: "high",
							tags: [
								"security",
								"secret",
								"credential",
								...r.provider ? [r.provider.id] : [],
								...r.temporary ? ["temporary"] : []
							]
						}
					}))
				} },
				columnKind: "unicodeCodePoints",
				results: require_chunks.streamed(require_chunks.mapLazily(report.findings, (f) => ({
					ruleId: f.ruleId,
					ruleIndex: index.get(f.ruleId),
					level: levelOf(f, report),
					message: { text: messageOf(f, report, t) },
					locations: [{ physicalLocation: {
						artifactLocation: { uri: toUri(f.file || "<stdin>") },
						region: {
							startLine: f.line,
							startColumn: f.column,
							endLine: f.line,
							endColumn: f.endColumn
						}
					} }],
					partialFingerprints: { "scanKeys/v1": f.fingerprint },
					properties: {
						severity: f.severity,
						confidence: f.confidence,
						...f.isPublic ? { public: true } : {},
						...f.verification ? { verification: f.verification } : {}
					}
				})))
			}]
		};
		return (function* () {
			yield* require_chunks.jsonChunks(log);
			yield "\n";
		})();
	}
	Object.defineProperty(exports, "renderSarif", {
		enumerable: true,
		get: function() {
			return renderSarif;
		}
	});
	Object.defineProperty(exports, "sarif_exports", {
		enumerable: true,
		get: function() {
			return sarif_exports;
		}
	});
}));
// dist/cjs/html.cjs
var require_html$1 = /* @__PURE__ */ __commonJSMin$1(((exports) => {
	const require_rolldown_runtime = require_rolldown_runtime$1();
	const require_base = require_base$1();
	const require_core = require_core$1();
	const require_run = require_run$1();
	var html_exports = require_rolldown_runtime.__exportAll({ renderHtml: () => renderHtml });
	function escapeHtml(s) {
		return s.replace(/[&<>"']/g, (c) => ({
			"&": "&amp;",
			"<": "&lt;",
			">": "&gt;",
			"\"": "&quot;",
			"'": "&#39;"
		})[c]);
	}
	function link(url, text) {
		return /^https?:\/\//i.test(url) ? `<a href="${escapeHtml(url)}" rel="noopener noreferrer">${escapeHtml(text)}</a>` : escapeHtml(text);
	}
	const CSS = `
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:75rem;padding:0 1rem;color:#1b1f24;background:#fff}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #d0d7de;padding-bottom:.2rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}td.n{text-align:right}code{font:13px ui-monospace,SFMono-Regular,Menlo,monospace;word-break:break-all}
.sev{font-weight:600;border-radius:3px;padding:0 .35rem;white-space:nowrap}.critical{background:#8b0000;color:#fff}.high{background:#cf222e;color:#fff}
.medium{background:#bf8700;color:#fff}.low{background:#6e7781;color:#fff}.yes{color:#cf222e;font-weight:600}.no{color:#1a7f37}
.muted{color:#57606a}.verdict{font-size:1.1rem;font-weight:600}.fail{color:#cf222e}.pass{color:#1a7f37}
@media print{a{color:inherit}}`;
	function sev(s, t) {
		return `<span class="sev ${s}">${escapeHtml(t.m.severity[s])}</span>`;
	}
	function headCell(f, t) {
		if (f.presentAtHead === void 0) return "<td class=\"muted\">—</td>";
		return f.presentAtHead ? `<td class="yes">${escapeHtml(t.m.html.yesStill)}</td>` : `<td class="no">${escapeHtml(t.m.html.no)}</td>`;
	}
	function byDate(a, b) {
		const da = a.commit?.date ?? "";
		const db = b.commit?.date ?? "";
		if (da !== db) return da < db ? -1 : 1;
		return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line;
	}
	function renderHtml(report, t = require_core.EN) {
		const h = t.m.html;
		const { findings } = report;
		const byProvider = new Map(report.providers.map((p) => [p.id, p]));
		const blocking = findings.filter((f) => require_core.isBlocking(f, report.failOn));
		const order = [...require_base.SEVERITIES].reverse();
		const out = [];
		out.push("<!DOCTYPE html>", `<html lang="${h.lang}">`, "<head>", "<meta charset=\"utf-8\">", "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
		out.push(`<title>${escapeHtml(h.title)}</title>`, `<style>${CSS}</style>`, "</head>", "<body>");
		out.push(`<h1>${escapeHtml(h.title)}</h1>`);
		const s = report.stats;
		out.push(`<p class="muted">${h.intro(findings.length, report.scope ? escapeHtml(report.scope) : "", s.files, escapeHtml(require_run.formatBytes(s.bytes)), s.commits, escapeHtml(report.toolVersion ?? ""), !report.showSecrets)}</p>`);
		out.push(blocking.length > 0 ? `<p class="verdict fail">${h.fail(blocking.length, escapeHtml(report.failOn))}</p>` : `<p class="verdict pass">${h.pass(escapeHtml(report.failOn))}</p>`);
		out.push(`<h2 id="summary">${escapeHtml(h.byProvider)}</h2>`);
		out.push(`<table><thead><tr><th>${escapeHtml(h.provider)}</th>` + order.map((v) => `<th>${sev(v, t)}</th>`).join("") + `<th>${escapeHtml(h.total)}</th><th>${escapeHtml(h.stillAtHead)}</th></tr></thead><tbody>`);
		for (const p of report.providers) {
			const mine = findings.filter((f) => f.provider === p.id);
			if (mine.length === 0) continue;
			const atHead = mine.filter((f) => f.presentAtHead === true).length;
			const known = mine.some((f) => f.presentAtHead !== void 0);
			out.push(`<tr><td>${escapeHtml(t.providerName(p, p.name))}</td>` + order.map((v) => `<td class="n">${mine.filter((f) => f.severity === v).length}</td>`).join("") + `<td class="n">${mine.length}</td><td class="n">${known ? atHead : "—"}</td></tr>`);
		}
		if (findings.length === 0) out.push(`<tr><td colspan="${order.length + 3}">${escapeHtml(h.noCredentials)}</td></tr>`);
		out.push("</tbody></table>");
		out.push(`<h2 id="timeline">${escapeHtml(h.timeline)}</h2>`);
		const heads = [
			h.date,
			h.commit,
			h.author,
			h.fileLine,
			h.rule,
			h.severity,
			h.value,
			h.commitsHolding,
			h.stillAtHead
		];
		out.push("<table><thead><tr>" + heads.map((x) => `<th>${escapeHtml(x)}</th>`).join("") + "</tr></thead><tbody>");
		for (const f of [...findings].sort(byDate)) {
			const c = f.commit;
			out.push(`<tr><td>${c ? escapeHtml(c.date) : `<span class="muted">${escapeHtml(h.workingTree)}</span>`}</td><td>${c ? `<code title="${escapeHtml(c.sha)}">${escapeHtml(c.sha.slice(0, 10))}</code>` : "—"}</td><td>${c ? escapeHtml(c.author) : "—"}</td><td><code>${escapeHtml(`${f.file || "<stdin>"}:${f.line}`)}</code></td><td>${escapeHtml(t.ruleTitle(byProvider.get(f.provider), f.ruleId, f.title))}<br><code class="muted">${escapeHtml(f.ruleId)}</code></td><td>${sev(f.severity, t)}</td><td><code>${escapeHtml(require_core.shownSecret(f, report.showSecrets))}</code></td><td class="n">${c?.count ?? "—"}</td>` + headCell(f, t) + "</tr>");
		}
		if (findings.length === 0) out.push(`<tr><td colspan="9">${escapeHtml(h.noCredentials)}</td></tr>`);
		out.push("</tbody></table>");
		const providers = report.providers.filter((p) => findings.some((f) => f.provider === p.id));
		if (providers.length > 0) out.push(`<h2 id="remediation">${escapeHtml(h.remediation)}</h2>`);
		for (const p of providers) {
			const r = t.remediation(p);
			out.push(`<h3>${escapeHtml(t.providerName(p, p.name))}</h3>`, `<p><strong>${escapeHtml(t.m.whatToDoNowHeading)}</strong></p>`, "<ol>");
			for (const step of r.now) out.push(`<li>${escapeHtml(step)}</li>`);
			out.push("</ol>", `<p>${escapeHtml(t.m.console)} ${link(r.console.url, r.console.title)}</p>`, `<p><strong>${escapeHtml(t.m.nextTimeHeading)}</strong></p>`, "<ul>");
			for (const step of r.prevent) out.push(`<li>${escapeHtml(step)}</li>`);
			out.push("</ul>", `<p><strong>${escapeHtml(t.m.guidesHeading)}</strong></p>`, "<ul>");
			for (const l of r.links) out.push(`<li>${link(l.url, l.title)}</li>`);
			out.push("</ul>");
		}
		out.push("</body>", "</html>");
		return out.join("\n") + "\n";
	}
	Object.defineProperty(exports, "escapeHtml", {
		enumerable: true,
		get: function() {
			return escapeHtml;
		}
	});
	Object.defineProperty(exports, "html_exports", {
		enumerable: true,
		get: function() {
			return html_exports;
		}
	});
}));
// dist/cjs/merge.cjs
var require_merge = /* @__PURE__ */ __commonJSMin$1(((exports) => {
	const require_run = require_run$1();
	const require_base = require_base$1();
	const require_core = require_core$1();
	const require_sarif = require_sarif$1();
	const require_html = require_html$1();
	let node_fs = require("node:fs");
	let node_path = require("node:path");
	var MergeInputError = class extends Error {
		constructor(message) {
			super(message);
			this.name = "MergeInputError";
		}
	};
	const FINDING_FIELDS = [
		["ruleId", "string"],
		["provider", "string"],
		["title", "string"],
		["severity", "string"],
		["file", "string"],
		["line", "number"],
		["column", "number"],
		["secret", "string"],
		["fingerprint", "string"]
	];
	function parseJsonReport(text, source) {
		let doc;
		try {
			doc = JSON.parse(text);
		} catch (err) {
			throw new MergeInputError(`${source}: not JSON: ${err.message}`);
		}
		const d = doc;
		if (typeof d !== "object" || d === null || d.version !== 1 || !Array.isArray(d.findings) || typeof d.stats !== "object") throw new MergeInputError(`${source}: not a scan-keys JSON report (version 1 with "findings" and "stats"); write one with --format json`);
		d.findings.forEach((f, i) => {
			for (const [field, type] of FINDING_FIELDS) if (typeof f?.[field] !== type) throw new MergeInputError(`${source}: field "findings[${i}].${field}" must be a ${type}`);
			if (!require_base.SEVERITIES.includes(f.severity)) throw new MergeInputError(`${source}: field "findings[${i}].severity" is not a severity`);
		});
		if (d.repository !== void 0 && typeof d.repository !== "string") throw new MergeInputError(`${source}: field "repository" must be a string`);
		return d;
	}
	function repositoryOf(doc, source) {
		if (doc.repository) return doc.repository;
		return (source.split(/[\\/]/).pop() ?? source).replace(/\.json$/i, "");
	}
	function mergeReports(inputs, options = {}) {
		const keys = /* @__PURE__ */ new Map();
		const repositories = [];
		const blocks = (f) => options.failOn === void 0 ? f.blocking === true : options.failOn !== "none" && require_base.severityRank(f.severity) >= require_base.severityRank(options.failOn);
		for (const { source, doc } of inputs) {
			const name = repositoryOf(doc, source);
			repositories.push({
				name,
				source,
				findings: doc.findings.length,
				blocking: doc.findings.filter(blocks).length,
				stats: doc.stats
			});
			for (const f of doc.findings) {
				let key = keys.get(f.fingerprint);
				if (!key) {
					key = {
						fingerprint: f.fingerprint,
						ruleId: f.ruleId,
						provider: f.provider,
						kind: f.kind,
						title: f.title,
						severity: f.severity,
						blocking: false,
						confidence: f.confidence,
						temporary: f.temporary === true,
						isPublic: f.public === true,
						secret: f.secret,
						places: [],
						repositories: []
					};
					keys.set(f.fingerprint, key);
				}
				if (require_base.severityRank(f.severity) > require_base.severityRank(key.severity)) key.severity = f.severity;
				key.blocking ||= blocks(f);
				key.isPublic &&= f.public === true;
				if (!key.repositories.includes(name)) key.repositories.push(name);
				if (!key.places.some((p) => p.repository === name && p.file === f.file && p.line === f.line && p.column === f.column)) key.places.push({
					repository: name,
					file: f.file,
					line: f.line,
					column: f.column,
					endColumn: typeof f.endColumn === "number" ? f.endColumn : f.column + 1,
					...f.commit ? { commit: f.commit } : {},
					...f.presentAtHead !== void 0 ? { presentAtHead: f.presentAtHead } : {}
				});
			}
		}
		return {
			repositories,
			keys: [...keys.values()].sort((a, b) => b.repositories.length - a.repositories.length || require_base.severityRank(b.severity) - require_base.severityRank(a.severity) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0))
		};
	}
	function asFinding(k, p, providers) {
		return {
			ruleId: k.ruleId,
			provider: k.provider,
			providerName: providers.find((x) => x.id === k.provider)?.name ?? k.provider,
			kind: k.kind,
			title: k.title,
			severity: k.severity,
			temporary: k.temporary,
			confidence: k.confidence,
			isPublic: k.isPublic,
			file: p.file,
			line: p.line,
			column: p.column,
			endColumn: Math.max(p.endColumn, p.column + 1),
			offset: 0,
			secret: k.secret,
			fingerprint: k.fingerprint,
			...p.commit ? { commit: p.commit } : {},
			...p.presentAtHead !== void 0 ? { presentAtHead: p.presentAtHead } : {}
		};
	}
	const shown = (k, o) => require_core.shownSecret(asFinding(k, k.places[0], o.providers), o.showSecrets);
	const where = (p) => `${p.file}:${p.line}${p.commit ? `  commit ${p.commit.sha.slice(0, 10)}` : ""}`;
	function renderMergedText(m, o, c) {
		const t = o.t ?? require_core.EN;
		const M = t.m.merge;
		const out = [];
		const shared = m.keys.filter((k) => k.repositories.length > 1);
		if (shared.length > 0) {
			out.push(c.bold(M.shared(shared.length)));
			for (const k of shared) {
				out.push(`  ${shown(k, o)}  ${k.ruleId} (${t.m.severity[k.severity]})  ${M.inRepos(k.repositories.length)}`);
				for (const p of k.places) out.push(c.dim(`    ${p.repository}  ${where(p)}`));
			}
			out.push("");
		}
		out.push(c.bold(M.byRepository));
		for (const r of m.repositories) {
			out.push(c.cyan(`  ${r.name}`) + c.dim(`  ${M.repoCounts(r.findings, r.blocking, r.source)}`));
			for (const k of m.keys) for (const p of k.places.filter((x) => x.repository === r.name)) {
				const others = k.repositories.filter((n) => n !== r.name);
				out.push(`    ${where(p)}  ${k.ruleId} (${t.m.severity[k.severity]})  ${shown(k, o)}${others.length ? c.yellow(`  ${M.alsoIn(...others)}`) : ""}`);
			}
		}
		const blocking = m.keys.filter((k) => k.blocking).length;
		out.push("", (blocking > 0 ? c.red("✖ ") : c.green("✔ ")) + M.summary(m.keys.length, blocking, m.repositories.length, shared.length));
		return out.join("\n") + "\n";
	}
	function renderMergedJson(m, o) {
		const doc = {
			version: 1,
			kind: "scan-keys-merged",
			repositories: m.repositories.map((r) => ({
				name: r.name,
				report: r.source,
				findings: r.findings,
				blocking: r.blocking,
				stats: r.stats
			})),
			keys: m.keys.map((k) => ({
				ruleId: k.ruleId,
				provider: k.provider,
				kind: k.kind,
				title: k.title,
				severity: k.severity,
				blocking: k.blocking,
				confidence: k.confidence,
				temporary: k.temporary,
				...k.isPublic ? { public: true } : {},
				secret: shown(k, o),
				fingerprint: k.fingerprint,
				repositories: k.repositories,
				places: k.places
			})),
			summary: {
				repositories: m.repositories.length,
				keys: m.keys.length,
				blocking: m.keys.filter((k) => k.blocking).length,
				inMoreThanOneRepository: m.keys.filter((k) => k.repositories.length > 1).length
			}
		};
		return JSON.stringify(doc, null, 2) + "\n";
	}
	function renderMergedSarif(m, o) {
		const findings = m.keys.map((k) => asFinding(k, k.places[0], o.providers));
		const log = JSON.parse(require_sarif.renderSarif({
			findings,
			stats: {
				files: 0,
				bytes: 0,
				lines: 0,
				skipped: 0,
				durationMs: 0
			},
			skipped: [],
			providers: o.providers,
			failOn: o.failOn,
			showSecrets: o.showSecrets,
			...o.rules ? { rules: o.rules } : {},
			...o.toolVersion ? { toolVersion: o.toolVersion } : {}
		}));
		const run = log.runs[0];
		const ids = new Map(m.repositories.map((r, i) => [r.name, `REPO${i + 1}`]));
		run.originalUriBaseIds = Object.fromEntries(m.repositories.map((r) => [ids.get(r.name), { description: { text: r.name } }]));
		run.results.forEach((res, i) => {
			const k = m.keys[i];
			const [first] = res.locations;
			res.level = k.blocking ? "error" : k.severity === "low" ? "note" : "warning";
			res.locations = k.places.map((p) => ({
				physicalLocation: {
					artifactLocation: {
						uri: p === k.places[0] ? first?.physicalLocation.artifactLocation.uri : encodeURI(p.file),
						uriBaseId: ids.get(p.repository)
					},
					region: {
						startLine: p.line,
						startColumn: p.column,
						endLine: p.line,
						endColumn: Math.max(p.endColumn, p.column + 1)
					}
				},
				message: { text: `${p.repository}: ${p.file}:${p.line}${p.commit ? ` (commit ${p.commit.sha})` : ""}` }
			}));
			res.properties = {
				...res.properties,
				repositories: k.repositories
			};
		});
		return JSON.stringify(log, null, 2) + "\n";
	}
	const CSS = `body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:75rem;padding:0 1rem;color:#1b1f24}
h2{border-bottom:1px solid #d0d7de;margin-top:2rem}table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}th{background:#f6f8fa}td.n{text-align:right}
code{font:13px ui-monospace,monospace;word-break:break-all}.sev{font-weight:600;border-radius:3px;padding:0 .35rem;color:#fff}
.critical{background:#8b0000}.high{background:#cf222e}.medium{background:#bf8700}.low{background:#6e7781}.muted{color:#57606a}
.fail{color:#cf222e;font-weight:600}.pass{color:#1a7f37;font-weight:600}`;
	const sev = (s) => `<span class="sev ${s}">${s}</span>`;
	const placeCell = (p) => `<code>${require_html.escapeHtml(`${p.file}:${p.line}`)}</code>${p.commit ? `<br><span class="muted">commit <code title="${require_html.escapeHtml(p.commit.sha)}">${require_html.escapeHtml(p.commit.sha.slice(0, 10))}</code> ${require_html.escapeHtml(p.commit.date.slice(0, 10))}</span>` : ""}`;
	function renderMergedHtml(m, o) {
		const t = o.t ?? require_core.EN;
		const M = t.m.merge;
		const shared = m.keys.filter((k) => k.repositories.length > 1);
		const blocking = m.keys.filter((k) => k.blocking).length;
		const out = [
			"<!DOCTYPE html>",
			`<html lang="${t.m.html.lang}">`,
			"<head>",
			"<meta charset=\"utf-8\">",
			"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
			`<title>${M.title}</title>`,
			`<style>${CSS}</style>`,
			"</head>",
			"<body>",
			`<h1>${M.title}</h1>`,
			`<p class="${blocking > 0 ? "fail" : "pass"}">${require_html.escapeHtml(M.summary(m.keys.length, blocking, m.repositories.length, shared.length))}</p>`,
			`<p class="muted">scan-keys ${require_html.escapeHtml(o.toolVersion ?? "")}. Values are ${o.showSecrets ? "<strong>NOT masked</strong>" : "masked"}.</p>`,
			`<h2 id="shared">${require_html.escapeHtml(M.shared(shared.length))}</h2>`
		];
		if (shared.length === 0) out.push(`<p>${M.none}</p>`);
		else {
			out.push("<table><thead><tr><th>value</th><th>rule</th><th>severity</th><th>repositories</th><th>places</th></tr></thead><tbody>");
			for (const k of shared) out.push(`<tr><td><code>${require_html.escapeHtml(shown(k, o))}</code></td><td>${require_html.escapeHtml(k.title)}<br><code class="muted">${require_html.escapeHtml(k.ruleId)}</code></td><td>${sev(k.severity)}</td><td class="n">${k.repositories.length}</td><td>${k.places.map((p) => `${require_html.escapeHtml(p.repository)}: ${placeCell(p)}`).join("<br>")}</td></tr>`);
			out.push("</tbody></table>");
		}
		out.push(`<h2 id="repositories">${M.byRepository}</h2>`);
		out.push("<table><thead><tr><th>repository</th>" + [...require_base.SEVERITIES].reverse().map((s) => `<th>${sev(s)}</th>`).join("") + "<th>blocking</th><th>commits</th></tr></thead><tbody>");
		for (const r of m.repositories) {
			const mine = m.keys.filter((k) => k.repositories.includes(r.name));
			out.push(`<tr><td><a href="#repo-${m.repositories.indexOf(r) + 1}">${require_html.escapeHtml(r.name)}</a></td>` + [...require_base.SEVERITIES].reverse().map((s) => `<td class="n">${mine.filter((k) => k.severity === s).length}</td>`).join("") + `<td class="n">${r.blocking}</td><td class="n">${r.stats.commits ?? "—"}</td></tr>`);
		}
		out.push("</tbody></table>");
		for (const [i, r] of m.repositories.entries()) {
			out.push(`<h3 id="repo-${i + 1}">${require_html.escapeHtml(r.name)}</h3>`);
			const rows = m.keys.flatMap((k) => k.places.filter((p) => p.repository === r.name).map((p) => [k, p]));
			if (rows.length === 0) {
				out.push(`<p>${M.none}</p>`);
				continue;
			}
			out.push("<table><thead><tr><th>place</th><th>rule</th><th>severity</th><th>value</th><th>still at HEAD</th><th>also in</th></tr></thead><tbody>");
			for (const [k, p] of rows) {
				const others = k.repositories.filter((n) => n !== r.name);
				out.push(`<tr><td>${placeCell(p)}</td><td>${require_html.escapeHtml(k.title)}<br><code class="muted">${require_html.escapeHtml(k.ruleId)}</code></td><td>${sev(k.severity)}</td><td><code>${require_html.escapeHtml(shown(k, o))}</code></td><td>${p.presentAtHead === void 0 ? "—" : p.presentAtHead ? "yes" : "no"}</td><td>${others.map(require_html.escapeHtml).join("<br>") || "—"}</td></tr>`);
			}
			out.push("</tbody></table>");
		}
		const providers = o.providers.filter((p) => m.keys.some((k) => k.provider === p.id));
		if (providers.length > 0) out.push(`<h2 id="remediation">${require_html.escapeHtml(t.m.html.remediation)}</h2>`);
		for (const p of providers) {
			const fix = t.remediation(p);
			const url = fix.console.url;
			out.push(`<h3>${require_html.escapeHtml(t.providerName(p, p.name))}</h3>`, "<ol>", ...fix.now.map((s) => `<li>${require_html.escapeHtml(s)}</li>`), "</ol>");
			if (/^https?:\/\//i.test(url)) out.push(`<p>${require_html.escapeHtml(t.m.console)} <a href="${require_html.escapeHtml(url)}" rel="noopener noreferrer">${require_html.escapeHtml(fix.console.title)}</a></p>`);
		}
		out.push("</body>", "</html>");
		return out.join("\n") + "\n";
	}
	function withoutCredentials(url) {
		return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, "$1");
	}
	async function repositoryName(given, dir) {
		if (typeof given === "string" && given !== "") return given;
		try {
			const url = (await require_base.gitOutput(dir, [
				"config",
				"--get",
				"remote.origin.url"
			])).toString("utf8").trim();
			if (url) return withoutCredentials(url);
		} catch {}
		return (0, node_path.basename)(dir);
	}
	async function runMerge(parsed, io, ctx) {
		const inputs = (parsed.reports ?? []).map((source) => {
			let text;
			try {
				text = (0, node_fs.readFileSync)((0, node_path.resolve)(io.cwd, source), "utf8");
			} catch (err) {
				throw new require_run.InputError(`${source}: cannot read: ${err.code ?? err.message}`);
			}
			try {
				return {
					source,
					doc: parseJsonReport(text, source)
				};
			} catch (err) {
				if (err instanceof MergeInputError) throw new require_run.InputError(err.message);
				throw err;
			}
		});
		const explicitFailOn = parsed["fail-on"];
		const merged = mergeReports(inputs, explicitFailOn !== void 0 ? { failOn: explicitFailOn } : {});
		const options = {
			providers: ctx.rules.providers,
			rules: ctx.rules.rules,
			showSecrets: parsed["show-secrets"] === true,
			failOn: explicitFailOn ?? ctx.failOn,
			toolVersion: ctx.toolVersion,
			...ctx.t ? { t: ctx.t } : {}
		};
		const format = parsed.format;
		const output = parsed.output;
		const text = format === "json" ? renderMergedJson(merged, options) : format === "sarif" ? renderMergedSarif(merged, options) : format === "html" ? renderMergedHtml(merged, options) : renderMergedText(merged, options, output ? require_run.NO_COLORS : ctx.color);
		if (output) (0, node_fs.writeFileSync)((0, node_path.resolve)(io.cwd, output), text);
		else io.stdout.write(text);
		return merged.keys.some((k) => k.blocking) ? 1 : 0;
	}
	exports.repositoryName = repositoryName;
	exports.runMerge = runMerge;
}));
// dist/cjs/rules.cjs
var require_rules = /* @__PURE__ */ __commonJSMin$1(((exports) => {
	const require_core = require_core$1();
	const require_run = require_run$1();
	function ruleRows(rules) {
		const partnered = new Set(rules.rules.flatMap((r) => [...r.pairsWith, ...r.needs].map((p) => p.id)));
		return rules.rules.map((r) => ({
			id: r.id,
			provider: r.provider.id,
			title: r.title,
			detects: r.description,
			alone: r.role === "secret" && (!r.names || r.needs.length > 0) ? void 0 : r.severity,
			paired: r.pairsWith.length > 0 || r.needs.length > 0 || partnered.has(r.id) ? r.pairedSeverity : void 0,
			temporary: r.temporary
		}));
	}
	function localRows(rules, t) {
		const providers = new Map(rules.providers.map((p) => [p.id, p]));
		return ruleRows(rules).map((r) => ({
			...r,
			title: t.ruleTitle(providers.get(r.provider), r.id, r.title),
			detects: t.ruleDescription(providers.get(r.provider), r.id, r.detects)
		}));
	}
	function renderRulesJson(rules, t = require_core.EN) {
		return JSON.stringify({
			version: 1,
			rules: localRows(rules, t).map((r) => ({
				...r,
				alone: r.alone ?? null,
				paired: r.paired ?? null
			}))
		}, null, 2) + "\n";
	}
	function wrap(text, width) {
		const tokens = text.match(/[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]+|\s+/g) ?? [];
		const lines = [];
		let cur = "";
		for (const tok of tokens) {
			if (/^\s+$/.test(tok)) {
				if (cur) cur += " ";
				continue;
			}
			if (cur.trim() && require_run.displayWidth(cur + tok) > width) {
				lines.push(cur.trimEnd());
				cur = tok;
			} else cur += tok;
		}
		if (cur.trim()) lines.push(cur.trimEnd());
		return lines;
	}
	function renderRulesText(rules, width = 100, t = require_core.EN) {
		const { m } = t;
		const rows = localRows(rules, t);
		const sev = (s) => require_run.padEndWidth(s ? m.severity[s] : "—", 8);
		const idW = Math.max(require_run.displayWidth(m.rules.rule), ...rows.map((r) => r.id.length));
		const head = `${require_run.padEndWidth(m.rules.rule, idW)}  ${require_run.padEndWidth(m.rules.alone, 8)}  ${require_run.padEndWidth(m.rules.paired, 8)}  ${m.rules.detects}`;
		const indent = idW + 2 + 8 + 2 + 8 + 2;
		const lines = [head, "-".repeat(Math.min(width, Math.max(require_run.displayWidth(head), 60)))];
		for (const r of rows) {
			const wrapped = wrap(t.lang === "en" ? `${r.title}: ${r.detects}` : `${r.title}${m.colon}${r.detects}`, Math.max(30, width - indent));
			lines.push(`${r.id.padEnd(idW)}  ${sev(r.alone)}  ${sev(r.paired)}  ${wrapped[0] ?? ""}`);
			for (const more of wrapped.slice(1)) lines.push(" ".repeat(indent) + more);
		}
		lines.push("", m.rules.footer(rows.length));
		return lines.join("\n") + "\n";
	}
	exports.renderRulesJson = renderRulesJson;
	exports.renderRulesText = renderRulesText;
}));
// dist/cjs/progress.cjs
var require_progress = /* @__PURE__ */ __commonJSMin$1(((exports) => {
	const require_run = require_run$1();
	const require_core = require_core$1();
	const CLEAR = "\r\x1B[2K";
	function formatProgress(p, elapsedMs, m = require_core.en) {
		const rate = elapsedMs > 0 ? p.bytes / (elapsedMs / 1e3) : 0;
		return m.progress(p.commits, p.files, require_run.formatBytes(p.bytes), require_run.formatBytes(Math.round(rate)), p.findings);
	}
	var ProgressLine = class {
		stream;
		now;
		m;
		started;
		last = Number.NEGATIVE_INFINITY;
		isShown = false;
		delayMs;
		intervalMs;
		constructor(stream, now = () => performance.now(), options = {}, m = require_core.en) {
			this.stream = stream;
			this.now = now;
			this.m = m;
			this.started = now();
			this.delayMs = options.delayMs ?? 1e3;
			this.intervalMs = options.intervalMs ?? 100;
		}
		update(p) {
			const t = this.now();
			if (t - this.started < this.delayMs || t - this.last < this.intervalMs) return;
			this.last = t;
			this.isShown = true;
			this.stream.write(CLEAR + formatProgress(p, t - this.started, this.m));
		}
		end() {
			if (this.isShown) this.stream.write(CLEAR);
			this.isShown = false;
		}
	};
	exports.ProgressLine = ProgressLine;
}));
// dist/cjs/file.cjs
var require_file$1 = /* @__PURE__ */ __commonJSMin$1(((exports) => {
	const require_base = require_base$1();
	const require_core = require_core$1();
	const require_run = require_run$1();
	const require_boot = require_boot$1();
	let node_crypto = require("node:crypto");
	const MISMATCH = {
		findings: [],
		bytes: 0,
		lines: 0,
		mismatch: true
	};
	function scanFileSync(target, options) {
		if (target.blob !== void 0) return scanBlobFileSync(target, target.blob, options);
		const scanner = new require_core.ContentScanner(options.rules, {
			file: target.display,
			inlineAllow: options.inlineAllow
		});
		const findings = [];
		const outcome = require_run.readFileChunksSync(target, options.maxFileSize, (chunk) => require_base.appendAll(findings, scanner.push(chunk)), {
			skipUnreadable: options.skipUnreadable,
			reuseFirstChunk: true,
			release: () => scanner.release()
		});
		if (outcome.kind === "skipped") return {
			findings: [],
			skipped: {
				file: target.display,
				reason: outcome.reason
			},
			bytes: 0,
			lines: 0
		};
		require_base.appendAll(findings, scanner.end());
		if (scanner.isRuleData) return {
			findings: [],
			skipped: {
				file: target.display,
				reason: "scan-keys rule data (a pattern file: its examples are test keys)"
			},
			bytes: outcome.size,
			lines: 0
		};
		if (scanner.isBinary) return {
			findings: [],
			skipped: {
				file: target.display,
				reason: "binary (NUL byte in the first 8 KiB)"
			},
			bytes: outcome.size,
			lines: 0
		};
		return {
			findings,
			bytes: outcome.size,
			lines: scanner.lines
		};
	}
	function scanBlobFileSync(target, blob, options) {
		const scanner = new require_core.ContentScanner(options.rules, {
			file: target.display,
			inlineAllow: options.inlineAllow
		});
		const findings = [];
		let hash;
		let lfs = false;
		let outcome;
		try {
			outcome = require_run.readFileChunksSync(target, options.maxFileSize, (chunk) => {
				hash?.update(chunk);
				if (lfs || scanner.bytes === 0 && require_boot.isLfsPointer(chunk)) lfs = true;
				else require_base.appendAll(findings, scanner.push(chunk));
			}, {
				onSize: (size) => hash = (0, node_crypto.createHash)(blob.length === 64 ? "sha256" : "sha1").update(`blob ${size}\0`),
				release: () => scanner.release()
			});
		} catch {
			return MISMATCH;
		}
		if (outcome.kind === "skipped" || !hash || hash.digest("hex") !== blob) return MISMATCH;
		if (lfs) return {
			findings: [],
			skipped: {
				file: target.display,
				reason: "Git LFS pointer (content stored outside git)"
			},
			bytes: 0,
			lines: 0
		};
		require_base.appendAll(findings, scanner.end());
		if (scanner.isBinary) return {
			findings: [],
			skipped: {
				file: target.display,
				reason: "binary (NUL byte in the first 8 KiB)"
			},
			bytes: outcome.size,
			lines: 0
		};
		return {
			findings,
			bytes: outcome.size,
			lines: scanner.lines
		};
	}
	exports.scanFileSync = scanFileSync;
}));
// dist/cjs/parallel.cjs
var require_parallel$1 = /* @__PURE__ */ __commonJSMin$1(((exports) => {
	const require_run = require_run$1();
	let node_fs = require("node:fs");
	let node_url = require("node:url");
	let node_module = require("node:module");
	let node_os = require("node:os");
	let node_v8 = require("node:v8");
	const WORKER_FILE = (0, node_url.fileURLToPath)(new URL("../scan/worker.js", require("url").pathToFileURL(__filename).href));
	const PARALLEL_MIN_FILES = 256;
	const PARALLEL_MIN_BYTES = 16777216;
	const WORKER_LIMITS = { maxYoungGenerationSizeMb: 4 };
	let heapsTuned = false;
	function tuneWorkerHeaps() {
		if (heapsTuned) return;
		heapsTuned = true;
		(0, node_v8.setFlagsFromString)("--heap-growing-percent=20");
	}
	const BATCH = 64;
	function workerCount(files, requested, bytes = () => 0, mainScans = true) {
		if (requested !== void 0) return requested;
		if (files < 1) return 0;
		if (!(0, node_fs.existsSync)(WORKER_FILE)) return 0;
		if (files === 1) return bytes() >= 16777216 ? 1 : 0;
		const cores = (0, node_os.availableParallelism)();
		if (cores < 2) return 0;
		if (files < 256 && bytes() < 16777216) return 0;
		if (files >= 256 && mainScans) return Math.min(cores - 1, 7);
		return Math.min(cores, 8);
	}
	function batchSizeFor(files, workers) {
		return Math.max(1, Math.min(BATCH, Math.floor(files / (2 * workers))));
	}
	function rebuild(msg) {
		if (msg.name === "InputError") return new require_run.InputError(msg.message, msg.code);
		const err = new Error(msg.message);
		err.name = msg.name;
		return err;
	}
	const MAIN_BATCH = 16;
	function scanParallel(targets, init, workers, onFile, mainScan) {
		tuneWorkerHeaps();
		const known = Array.isArray(targets) ? targets : void 0;
		const batchSize = known ? batchSizeFor(known.length, workers) : BATCH;
		const poolSize = known ? Math.min(workers, Math.ceil(known.length / batchSize)) : workers;
		const source = known ? known[Symbol.iterator]() : targets[Symbol.asyncIterator]();
		return new Promise((resolve, reject) => {
			const { Worker: WorkerThread } = (0, node_module.createRequire)(require("url").pathToFileURL(__filename).href)("node:worker_threads");
			const pool = Array.from({ length: poolSize }, () => new WorkerThread(WORKER_FILE, {
				workerData: init,
				resourceLimits: WORKER_LIMITS
			}));
			const inFlight = new Map(pool.map((w) => [w, []]));
			let sent = 0;
			let done = 0;
			let exhausted = false;
			let settled = false;
			const finish = (err) => {
				if (settled) return;
				settled = true;
				for (const w of pool) w.terminate();
				if (err) reject(err);
				else resolve();
			};
			if (poolSize === 0 && !mainScan) return finish();
			let taking = Promise.resolve();
			const take = (size, use) => {
				taking = taking.then(async () => {
					if (settled) return;
					const batch = [];
					while (!exhausted && batch.length < size) {
						const next = await source.next();
						if (next.done) exhausted = true;
						else batch.push(next.value);
					}
					if (batch.length === 0) {
						if (done >= sent) finish();
						return;
					}
					sent += batch.length;
					use(batch);
				}).catch((err) => finish(err));
			};
			const send = (w) => take(batchSize, (batch) => {
				inFlight.get(w)?.push(batch);
				w.postMessage({
					type: "batch",
					targets: batch
				});
			});
			for (const w of pool) {
				w.on("message", (msg) => {
					if (settled) return;
					if (msg.type === "error") return finish(rebuild(msg));
					if (msg.type === "ready") {
						send(w);
						send(w);
						return;
					}
					const batch = inFlight.get(w)?.shift() ?? [];
					try {
						msg.results.forEach((r, i) => onFile(batch[i], r));
					} catch (err) {
						return finish(err);
					}
					done += batch.length;
					if (exhausted && done >= sent) return finish();
					send(w);
				});
				w.on("error", (err) => finish(err));
				w.on("exit", (code) => {
					if (!settled) finish(/* @__PURE__ */ new Error(`a scan worker stopped (exit code ${code}) before the scan was complete`));
				});
			}
			if (!mainScan) return;
			const step = () => take(MAIN_BATCH, (batch) => {
				try {
					for (const t of batch) onFile(t, mainScan(t));
				} catch (err) {
					return finish(err);
				}
				done += batch.length;
				if (exhausted && done >= sent) return finish();
				setImmediate(step);
			});
			step();
		});
	}
	exports.PARALLEL_MIN_BYTES = PARALLEL_MIN_BYTES;
	exports.PARALLEL_MIN_FILES = PARALLEL_MIN_FILES;
	exports.batchSizeFor = batchSizeFor;
	exports.scanParallel = scanParallel;
	exports.workerCount = workerCount;
}));
// dist/cjs/tree.cjs
var require_tree = /* @__PURE__ */ __commonJSMin$1(((exports) => {
	const require_base = require_base$1();
	const require_core = require_core$1();
	const require_run = require_run$1();
	const require_file = require_file$1();
	const require_parallel = require_parallel$1();
	let node_fs = require("node:fs");
	function emptyStats() {
		return {
			files: 0,
			bytes: 0,
			lines: 0,
			skipped: 0,
			durationMs: 0
		};
	}
	async function scanStream(source, name, rules, options = {}) {
		const started = process.hrtime.bigint();
		const scanner = new require_core.ContentScanner(rules, {
			file: name,
			inlineAllow: options.inlineAllow ?? true
		});
		const findings = [];
		for await (const chunk of source) require_base.appendAll(findings, scanner.push(chunk));
		require_base.appendAll(findings, scanner.end());
		const stats = emptyStats();
		const skipped = [];
		if (scanner.isBinary) {
			stats.skipped = 1;
			skipped.push({
				file: name,
				reason: "binary (NUL byte in the first 8 KiB)"
			});
		} else {
			stats.files = 1;
			stats.lines = scanner.lines;
		}
		stats.bytes = scanner.bytes;
		stats.durationMs = msSince(started);
		return {
			findings,
			stats,
			skipped
		};
	}
	function knownSize(targets) {
		let total = 0;
		for (const t of targets) {
			if (t.skip) continue;
			try {
				const st = (0, node_fs.lstatSync)(t.path);
				if (st.isFile()) total += st.size;
			} catch {}
		}
		return total;
	}
	async function* wanted(targets, config) {
		for await (const t of targets) if (!config.isPathIgnored(t.display)) yield t;
	}
	async function scanPaths(paths, options) {
		const started = process.hrtime.bigint();
		const config = options.config ?? require_core.EMPTY_CONFIG;
		const listing = wanted(require_run.streamTargets(paths, options.root, { skipUnreadable: options.skipUnreadable }), config);
		const head = [];
		let listed = false;
		while (head.length < 256) {
			const next = await listing.next();
			if (next.done) {
				listed = true;
				break;
			}
			head.push(next.value);
		}
		const targets = listed ? head : (async function* () {
			yield* head.splice(0);
			yield* listing;
		})();
		const result = {
			findings: [],
			stats: emptyStats(),
			skipped: []
		};
		const fileOptions = {
			rules: options.rules,
			maxFileSize: options.maxFileSize ?? 104857600,
			inlineAllow: options.inlineAllow ?? true,
			skipUnreadable: options.skipUnreadable ?? false
		};
		const onFile = (_target, scan) => {
			if (scan.skipped) result.skipped.push(scan.skipped);
			else result.stats.files++;
			result.stats.bytes += scan.bytes;
			result.stats.lines += scan.lines;
			require_base.appendAll(result.findings, scan.findings);
			options.onProgress?.({
				files: result.stats.files + result.skipped.length,
				bytes: result.stats.bytes,
				findings: result.findings.length
			});
		};
		const workers = require_parallel.workerCount(head.length, options.workers, () => knownSize(head));
		if (workers > 0) {
			const { sources } = options.rules;
			const mainScan = head.length >= 256 ? (t) => require_file.scanFileSync(t, fileOptions) : void 0;
			await require_parallel.scanParallel(targets, {
				sources,
				maxFileSize: fileOptions.maxFileSize,
				inlineAllow: fileOptions.inlineAllow,
				skipUnreadable: fileOptions.skipUnreadable
			}, workers, onFile, mainScan);
		} else {
			let i = 0;
			for await (const target of targets) {
				onFile(target, require_file.scanFileSync(target, fileOptions));
				if (i++ % 32 === 31) await new Promise((r) => setImmediate(r));
			}
		}
		result.findings.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.offset - b.offset);
		result.skipped.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
		result.stats.skipped = result.skipped.length;
		result.stats.durationMs = msSince(started);
		return result;
	}
	function msSince(started) {
		return Number(process.hrtime.bigint() - started) / 1e6;
	}
	exports.scanPaths = scanPaths;
	exports.scanStream = scanStream;
}));
// dist/cjs/json.cjs
var require_json = /* @__PURE__ */ __commonJSMin$1(((exports) => {
	const require_core = require_core$1();
	const require_chunks = require_chunks$1();
	function renderJsonChunks(report, t = require_core.EN) {
		const byProvider = new Map(report.providers.map((p) => [p.id, p]));
		const findings = require_chunks.mapLazily(report.findings, (f) => {
			const provider = byProvider.get(f.provider);
			return {
				ruleId: f.ruleId,
				provider: f.provider,
				kind: f.kind,
				title: t.ruleTitle(provider, f.ruleId, f.title),
				severity: f.severity,
				blocking: require_core.isBlocking(f, report.failOn),
				confidence: f.confidence,
				temporary: f.temporary,
				...f.isPublic ? { public: true } : {},
				file: f.file,
				line: f.line,
				column: f.column,
				endColumn: f.endColumn,
				secret: require_core.shownSecret(f, report.showSecrets),
				fingerprint: f.fingerprint,
				...f.pair ? { pair: f.pair } : {},
				...f.commit ? { commit: f.commit } : {},
				...f.presentAtHead !== void 0 ? { presentAtHead: f.presentAtHead } : {},
				...f.verification ? { verification: f.verification } : {},
				remediation: provider ? {
					console: provider.remediation.console.url,
					links: provider.remediation.links.map((l) => l.url)
				} : {}
			};
		});
		const doc = {
			version: 1,
			...report.repository !== void 0 ? { repository: report.repository } : {},
			findings: require_chunks.streamed(findings),
			stats: {
				files: report.stats.files,
				bytes: report.stats.bytes,
				lines: report.stats.lines,
				skipped: report.stats.skipped,
				durationMs: Math.round(report.stats.durationMs)
			},
			skipped: report.skipped
		};
		return (function* () {
			yield* require_chunks.jsonChunks(doc);
			yield "\n";
		})();
	}
	exports.renderJsonChunks = renderJsonChunks;
}));
// dist/cjs/github.cjs
var require_github = /* @__PURE__ */ __commonJSMin$1(((exports) => {
	const require_core = require_core$1();
	function escapeData(s) {
		return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
	}
	function escapeProperty(s) {
		return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
	}
	function workflowCommand(name, properties, message) {
		const props = properties.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
		return `::${name}${props ? " " + props : ""}::${escapeData(message)}`;
	}
	function messageOf(f, report, t) {
		const { m } = t;
		const provider = report.providers.find((p) => p.id === f.provider);
		const parts = [`${t.ruleTitle(provider, f.ruleId, f.title)} ${require_core.shownSecret(f, report.showSecrets)} (${m.severity[f.severity]})`];
		if (f.pair) parts.push(m.githubPairsWith(f.pair.line));
		if (f.isPublic) parts.push(m.publicSignedUrl);
		const first = provider ? t.remediation(provider).now[0] : void 0;
		let text = parts.join(m.listSeparator) + m.fullStop;
		if (first) text += `\n${first}`;
		if (provider) text += `\n${m.console} ${provider.remediation.console.url}`;
		return text;
	}
	function renderGithub(report, t = require_core.EN) {
		const { m } = t;
		const lines = report.findings.map((f) => {
			const provider = report.providers.find((p) => p.id === f.provider);
			return workflowCommand(require_core.isBlocking(f, report.failOn) ? "error" : "warning", [
				["file", f.file],
				["line", f.line],
				["endLine", f.line],
				["col", f.column],
				["endColumn", f.endColumn],
				["title", `scan-keys: ${t.ruleTitle(provider, f.ruleId, f.title)}`]
			], messageOf(f, report, t));
		});
		const blocking = report.findings.filter((f) => require_core.isBlocking(f, report.failOn)).length;
		lines.push(report.findings.length === 0 ? m.githubNoCredentials(report.stats.files) : m.githubSummary(report.findings.length, blocking, report.failOn, report.stats.files));
		return lines.join("\n") + "\n";
	}
	exports.renderGithub = renderGithub;
}));
// dist/cjs/write.cjs
var require_write = /* @__PURE__ */ __commonJSMin$1(((exports) => {
	async function writePieces(out, pieces) {
		const stream = out;
		for (const piece of pieces) {
			if (out.write(piece) !== false || typeof stream.once !== "function" || typeof stream.off !== "function" || stream.destroyed) continue;
			await new Promise((resolve) => {
				const events = [
					"drain",
					"close",
					"error"
				];
				const done = () => {
					for (const event of events) stream.off?.(event, done);
					resolve();
				};
				for (const event of events) stream.once?.(event, done);
			});
		}
	}
	exports.writePieces = writePieces;
}));
// dist/cjs/run.cjs
var require_run$1 = /* @__PURE__ */ __commonJSMin$1(((exports) => {
	const require_rolldown_runtime = require_rolldown_runtime$1();
	const require_base = require_base$1();
	const require_boot = require_boot$1();
	const require_core = require_core$1();
	let node_fs = require("node:fs");
	let node_path = require("node:path");
	let node_url = require("node:url");
	let node_crypto = require("node:crypto");
	let node_util = require("node:util");
	const NO_COLORS = {
		red: (s) => s,
		yellow: (s) => s,
		green: (s) => s,
		dim: (s) => s,
		bold: (s) => s,
		cyan: (s) => s
	};
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
	function displayPath(root, path) {
		const rel = (0, node_path.relative)(root, path);
		if (rel === "") return ".";
		if (rel.startsWith("..") || (0, node_path.isAbsolute)(rel)) return path.split(node_path.sep).join("/");
		return rel.split(node_path.sep).join("/");
	}
	const lstat = (0, node_util.promisify)(node_fs.lstat);
	var InputError = class extends Error {
		code;
		constructor(message, code) {
			super(message);
			this.name = "InputError";
			this.code = code;
		}
	};
	const UNREADABLE = /* @__PURE__ */ new Set(["EACCES", "EPERM"]);
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
	const WALK_SKIP = /* @__PURE__ */ new Set([".git", "node_modules"]);
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
		const seen = paths.length > 1 ? /* @__PURE__ */ new Set() : void 0;
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
		const { scanRange } = await Promise.resolve().then(() => require_push$1()).then((n) => n.range_exports);
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
		const { install, uninstall } = await Promise.resolve().then(() => require_install$1());
		return command === "install" ? describeInstall(await install(cwd), m) : describeUninstall(await uninstall(cwd), m);
	}
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
		const { parseVerifyEndpoint } = await Promise.resolve().then(() => require_verify$1());
		const { verifyFindings } = await Promise.resolve().then(() => require_apply());
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
			const c = require_core.useColor(parsed.color, io) ? (await Promise.resolve().then(() => /* @__PURE__ */ __toESM$1(require("./picocolors.js").default, 1))).createColors(true) : NO_COLORS;
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
				const { installServer, describeServerInstall } = await Promise.resolve().then(() => require_install_server());
				io.stdout.write(`scan-keys: ${describeServerInstall(await installServer(parsed.server, io.cwd))}\n`);
				return 0;
			}
			if (command === "merge") return await (await Promise.resolve().then(() => require_merge())).runMerge(parsed, io, {
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
				const { renderRulesJson, renderRulesText } = await Promise.resolve().then(() => require_rules());
				io.stdout.write(format === "json" ? renderRulesJson(rules, t) : renderRulesText(rules, Math.min(110, process.stdout.columns ?? 100), t));
				return 0;
			}
			const gitMode = gitScanMode(parsed);
			const paths = gitMode ? [] : parsed.paths ?? ["."];
			const fileArgs = paths.filter((p) => p !== require_boot.STDIN_ARG);
			const progress = io.stderr.isTTY === true && parsed.quiet !== true ? new (await (Promise.resolve().then(() => require_progress()))).ProgressLine(io.stderr, io.now, {}, m) : void 0;
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
					const { scanPaths, scanStream } = await Promise.resolve().then(() => require_tree());
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
				...format === "json" && gitMode !== "staged" ? { repository: await (await Promise.resolve().then(() => require_merge())).repositoryName(parsed["repo-name"], merged.base ?? io.cwd) } : {}
			};
			for (const s of merged.skipped) if (isWarnedSkip(s.reason)) io.stderr.write(c.yellow(`${m.warningSkipped(s.file, s.reason)}\n`));
			if (parsed.verbose === true) io.stderr.write(renderSkipped(report, c, t));
			if (parsed.verbose === true && notes.length > 0) io.stderr.write(c.dim(notes.join("\n")) + "\n");
			const output = parsed.output;
			const pieces = format === "json" ? (await Promise.resolve().then(() => require_json())).renderJsonChunks(report, t) : format === "sarif" ? (await Promise.resolve().then(() => require_sarif$1()).then((n) => n.sarif_exports)).renderSarifChunks(report, t) : format === "github" ? [(await Promise.resolve().then(() => require_github())).renderGithub(report, t)] : format === "html" ? [(await Promise.resolve().then(() => require_html$1()).then((n) => n.html_exports)).renderHtml(report, t)] : parsed.quiet === true && merged.findings.length === 0 ? [""] : [renderText(report, output ? NO_COLORS : c, t)];
			if (output) {
				const fd = (0, node_fs.openSync)((0, node_path.resolve)(io.cwd, output), "w");
				try {
					for (const piece of pieces) (0, node_fs.writeSync)(fd, piece);
				} finally {
					(0, node_fs.closeSync)(fd);
				}
			} else await (await Promise.resolve().then(() => require_write())).writePieces(io.stdout, pieces);
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
		const [parallel, file] = await Promise.all([Promise.resolve().then(() => require_parallel$1()), Promise.resolve().then(() => require_file$1())]);
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
}));
// dist/cjs/cli.cjs
var require_cli = /* @__PURE__ */ __commonJSMin$1(((exports) => {
	Object.defineProperty(exports, Symbol.toStringTag, { value: "Module" });
	const require_base = require_base$1();
	const require_boot = require_boot$1();
	const require_start = require_start$1();
	let node_fs = require("node:fs");
	let node_path = require("node:path");
	async function main(argv, io, given = {}) {
		const started = process.hrtime.bigint();
		const args = argv.map((a) => a === "-" ? require_boot.STDIN_ARG : a);
		const early = require_start.wantsStagedDiff(args) ? require_boot.openStaged(io.cwd, { diff: given.stagedDiff }) : void 0;
		if (!early) given.stagedDiff?.kill();
		try {
			return await dispatch(args, argv, io, started, early);
		} finally {
			early?.close();
		}
	}
	async function dispatch(args, argv, io, started, early) {
		let parsed = require_boot.parseFast(args) ?? (await Promise.resolve().then(() => require_parse$2()).then((n) => n.args_exports)).parseArgs(args);
		if (!parsed) {
			const { parseWithYargs } = await Promise.resolve().then(() => require_usage());
			const { loadLocale } = await Promise.resolve().then(() => require_core$1()).then((n) => n.messages_exports);
			const t = await loadLocale(require_base.parseLang(require_base.langFlag(argv) ?? "") ?? require_base.langFromEnv(io.env));
			try {
				const result = await parseWithYargs(args, require_boot.readVersion(), t.lang);
				if ("output" in result) {
					io.stdout.write(result.output + "\n");
					return 0;
				}
				parsed = result.argv;
			} catch (err) {
				io.stderr.write(`scan-keys: ${require_base.oneLine(err)}${t.m.seeHelp}\n`);
				return 2;
			}
		}
		if (early && (parsed.staged !== true || parsed._[0] === "pre-receive")) early.close();
		if (parsed._[0] === "pre-receive") return (await Promise.resolve().then(() => require_hook())).runPreReceive(io);
		let git;
		if (parsed.staged === true) {
			git = early ?? require_boot.openStaged(io.cwd);
			const baseline = parsed._[0] === "baseline" || typeof parsed.baseline === "string";
			const config = typeof parsed.config === "string" || (0, node_fs.existsSync)((0, node_path.join)(require_boot.findProjectRoot(io.cwd), ".scan-keys.json"));
			if (baseline || config) git.repo().catch(() => void 0);
		}
		try {
			const { run } = await Promise.resolve().then(() => require_run$1()).then((n) => n.run_exports);
			return await run(parsed, io, {
				started,
				stagedGit: git
			});
		} finally {
			if (git !== early) git?.close();
		}
	}
	exports.EXIT_CLEAN = require_base.EXIT_CLEAN;
	exports.EXIT_ERROR = require_base.EXIT_ERROR;
	exports.EXIT_FINDINGS = require_base.EXIT_FINDINGS;
	exports.main = main;
}));
// bin/scan-keys.js
const zh = (() => {
	const args = process.argv.slice(2);
	let flag;
	for (let i = 0; i < args.length && args[i] !== "--"; i++) if (args[i] === "--lang") flag = args[i + 1];
	else if (args[i].startsWith("--lang=")) flag = args[i].slice(7);
	if (flag === "zh-CN" || flag === "en") return flag === "zh-CN";
	const env = process.env;
	const name = (env.LC_ALL || env.LC_MESSAGES || env.LANG || "").replace(/[.@].*$/, "").replace(/-/g, "_").toLowerCase();
	return /^zh(?:_(?:cn|sg|hans(?:_.*)?))?$/.test(name);
})();
const fail = (err) => {
	const msg = String(err && err.message ? err.message : err).split("\n")[0].replace(/[A-Za-z0-9+]{8,}/g, (run) => /[A-Za-z]/.test(run) && /[0-9]/.test(run) || /[a-z]/.test(run) && /.[A-Z]/.test(run) ? "[redacted]" : run);
	process.stderr.write(zh ? `scan-keys: 内部错误：${msg}\n` : `scan-keys: internal error: ${msg}\n`);
	process.exitCode = 2;
};
let stdout;
const getStdout = () => {
	if (stdout === void 0) {
		stdout = process.stdout;
		stdout.on("error", (err) => {
			if (!err || err.code !== "EPIPE") fail(err);
		});
	}
	return stdout;
};
for (const signal of [
	"SIGINT",
	"SIGTERM",
	"SIGHUP"
]) process.on(signal, () => {
	process.stderr.write(zh ? `scan-keys: 被 ${signal} 中断；扫描不完整\n` : `scan-keys: interrupted by ${signal}; the scan is incomplete\n`);
	process.exit(2);
});
process.on("uncaughtException", (err) => {
	fail(err);
	process.exit(2);
});
(async () => {
	const args = process.argv.slice(2);
	const cwd = process.cwd();
	const start = args.includes("--staged") ? require_start$1() : void 0;
	const stagedDiff = start && start.wantsStagedDiff(args) ? start.spawnStagedDiff(cwd) : void 0;
	const io = {
		get stdout() {
			return getStdout();
		},
		get stderr() {
			return process.stderr;
		},
		get stdin() {
			return process.stdin;
		},
		env: process.env,
		cwd
	};
	process.exitCode = args.length === 1 && args[0] === "pre-receive" ? await require_hook().runPreReceive(io) : await require_cli().main(args, io, { stagedDiff });
	if (flushed(stdout) && flushed(process.stderr)) process.exit();
})().catch(fail);
function flushed(stream) {
	return stream === void 0 || !(stream.writableLength > 0);
}
exports.__commonJSMin = __commonJSMin$1;
exports.__esmMin = __esmMin;
exports.__toCommonJS = __toCommonJS;
exports.__toESM = __toESM$1;
