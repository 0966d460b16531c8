const require_rolldown_runtime = require("./rolldown-runtime.cjs");
const require_base = require("./base.cjs");
let node_fs = require("node:fs");
let node_path = require("node:path");
let node_url = require("node:url");
let node_module = require("node:module");
let node_crypto = require("node:crypto");
let node_util = require("node:util");
// dist/patterns/validate.js
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
// dist/patterns/compile.js
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
	const rawById = new Map();
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
	const rules = new Map();
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
// dist/patterns/load.js
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
// dist/policy/allow.js
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
// dist/policy/baseline.js
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
	const unique = new Map();
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
	const used = new Set();
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
// dist/policy/glob.js
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
// dist/policy/config.js
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
	return micromatchModule ??= typeof require === "function" ? require("./micromatch.cjs") : (0, node_module.createRequire)(require("url").pathToFileURL(__filename).href)("micromatch");
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
// dist/detect/entropy.js
const counts = new Int32Array(256);
const order = new Int32Array(256);
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
	const m = new Map();
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
// dist/detect/filters.js
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
// dist/detect/runs.js
const RUN = new Uint8Array(256);
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
	const table = new Uint8Array(256);
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
	byShape = new Map();
	short = new Map();
	constructor(text, min) {
		this.text = text;
		this.min = Math.max(2, min);
	}
	runsOf(chars, min) {
		let byMin = this.byShape.get(chars);
		if (!byMin) this.byShape.set(chars, byMin = new Map());
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
const tables = new Map();
function internTable(table) {
	const key = String.fromCharCode(...table);
	let t = tables.get(key);
	if (!t) tables.set(key, t = table);
	return t;
}
// dist/detect/decode.js
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
const cache = new Map();
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
	const runs = new Map();
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
// dist/detect/escapes.js
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
// dist/detect/words.js
const BLOCK = 4096;
const LEAD = 64;
var WordIndex = class {
	s;
	providers;
	searched = new Map();
	regexes = new Map();
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
		if (!blocks) this.searched.set(provider, blocks = new Map());
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
const anyWords = new WeakMap();
function anyWord(s, providers) {
	let re = anyWords.get(providers);
	if (!re) {
		re = new RegExp(providers.map((p) => p.contextWords.source).join("|") || "(?!)", "i");
		anyWords.set(providers, re);
	}
	return re.test(s);
}
// dist/detect/analyze.js
const CONTEXT_BYTES = 1024;
const prepared = new WeakMap();
function escapeRegex(s) {
	return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function prepare(set) {
	let p = prepared.get(set);
	if (!p) {
		const rulesByKeyword = new Map();
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
const nameWords = new WeakMap();
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
const runShapes = new WeakMap();
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
const minRuns = new WeakMap();
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
	const mapped = new Map();
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
// dist/detect/fingerprint.js
function fingerprintOf(ruleId, secret) {
	return (0, node_crypto.createHash)("sha256").update(`scan-keys:v1:${ruleId}:${secret}`).digest("hex").slice(0, 32);
}
// dist/detect/transcode.js
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
			const tail = this.odd !== void 0 ? "\uFFFD" : "";
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
// dist/detect/inline-allow.js
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
// dist/detect/scanner.js
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
		const wanted = new Set([nextStart - base]);
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
	const out = new Map();
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
// dist/sources/missing.js
const MISSING_HINT = "fetch the missing objects (`git fetch`; in a shallow clone `git fetch --unshallow`; in a partial clone make its promisor remote reachable, or `git fetch --refetch`), or rerun with --skip-unreadable to scan the rest and list these as skipped";
function isMissingObjectError(message) {
	return /unable to read [0-9a-f]{40}|could not fetch [0-9a-f]{40}|promisor remote|bad object|missing blob|unable to read tree|did not receive expected object|object file .* is empty|packed object [0-9a-f]+ .* is corrupt|Could not read [0-9a-f]{40}|loose object [0-9a-f]+ .* is corrupt/i.test(message);
}
async function unreadableObjects(cwd, oids) {
	const unique = [...new Set(oids)].filter((o) => !/^0+$/.test(o));
	if (unique.length === 0) return new Set();
	const out = (await require_base.gitOutput(cwd, ["cat-file", "--batch-check=%(objectname)"], unique.join("\n") + "\n", NO_LAZY_FETCH)).toString("utf8");
	const missing = new Set();
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
	const missing = new Set();
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
	const seen = new Set();
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
// dist/report/messages/en.js
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
	noCredentials: "\u2714 no credentials found",
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
// dist/report/present.js
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
// dist/report/messages/index.js
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
const LOADERS = { "zh-CN": async () => (await Promise.resolve().then(() => require("./zh-CN.cjs"))).zhCN };
async function loadLocale(lang) {
	return lang === "en" ? EN : makeLocale(lang, await LOADERS[lang]());
}
// dist/report/redact.js
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
// dist/cli/common.js
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
