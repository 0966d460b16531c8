require("./scan-keys.js");
require("node:module");
let node_fs = require("node:fs");
require("node:path");
let node_crypto = require("node:crypto");
let node_util = require("node:util");
let node_worker_threads = require("node:worker_threads");
// dist/patterns/validate.js
/**
* A small validator for the JSON Schema subset our schemas use (type, enum, pattern, required,
* additionalProperties: false, properties, items, $ref to #/$defs, minLength, minItems, minimum,
* maximum, oneOf of those, beside other keywords; alternatives that are each one `required` field
* read "needs one of …"). It reports every problem with the path of the field, so one run shows
* them all. Kept in-house: the subset is small and a full validator (ajv) would triple start-up time.
*/
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
			path: join$2(path, key),
			message: "is required"
		});
		for (const [key, child] of Object.entries(obj)) {
			const sub = schema.properties?.[key];
			if (sub) issues.push(...validateSchema(child, sub, root, join$2(path, key)));
			else if (schema.additionalProperties === false) issues.push({
				path: join$2(path, key),
				message: "is not a known field"
			});
			else if (typeof schema.additionalProperties === "object") issues.push(...validateSchema(child, schema.additionalProperties, root, join$2(path, key)));
		}
	}
	return issues;
}
/** Names of the fields when every alternative is just `{ "required": [one field] }`. */
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
function join$2(path, key) {
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
/** Placeholder inserted where the match stood when testing publicContext expressions. */
const KEY_MARK = "@@KEY@@";
function describe(source, data, issue) {
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
/**
* Reject the constructs that make a backtracking engine super-linear, so every rule (built in or
* user supplied) runs in time linear in the text it scans:
* - a quantified group that itself contains a quantifier (`(a+)+`, `(\w*x)*`, `(a?){9}`);
* - an alternation under a quantifier (`(a|a)*`, `(?:a|ab){2,}`): overlapping branches backtrack
*   exponentially, and telling overlap apart is not worth the risk;
* - a lookaround containing a quantifier (`(?=a+)`, `(?<![a-z]*)`): it re-scans at every position;
* - back-references (`\1`, `\k<name>`), which no linear engine supports.
* `?` alone on a group is allowed (at most two ways to match). Values are matched with simple
* classes and bounded counts, so nothing a rule needs is lost.
*/
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
/** Longest string a value pattern can match, from its counted repeats; Infinity if unbounded. */
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
/**
* The value between look-arounds: no boundary character may touch it. '=' is allowed before a
* value even when the boundary lists it (it is base64 padding after, an assignment before).
*/
function bounded(pattern, boundary) {
	return `(?<![${boundary.replace(/=/g, "") || "A-Za-z0-9"}])(?:${pattern})(?![${boundary}])`;
}
/**
* The built-in files without the checks (schema, linear time, prefixes, field rules): they ship
* with the package and the test suite compiles them with every check (test/patterns.test.ts).
* Only what the scanner needs is built. Checking cost 2-3 ms of every start-up on the 2-core
* reference machine (cold code: 4.1 ms with checks, ~1.5 ms without), which the pre-commit
* hook pays on each commit.
*/
function compileTrustedPatterns(sources) {
	return compile(sources, void 0);
}
/** With a schema, every check; without, none (compileTrustedPatterns). */
function compile(sources, schema) {
	const check = schema !== void 0;
	const messages = [];
	if (schema) for (const { name, data } of sources) for (const issue of validateSchema(data, schema)) messages.push(describe(name, data, issue));
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
/** Throws a PatternError for the first rule problem that the schema cannot express. */
function checkRule(raw, where, maxLength) {
	compileRegex(raw.pattern, `${where}: field "pattern"`, "");
	const linear = checkLinear(raw.pattern);
	if (linear) throw new PatternError(`${where}: field "pattern" ${linear}`);
	if (/\((?!\?[:=!<])/.test(raw.pattern.replace(/\\./g, ""))) throw new PatternError(`${where}: field "pattern" must not contain capture groups; use (?:…)`);
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
// dist/types.js
/**
* Appends every item of `items` to `target`. Not `target.push(...items)`: a spread passes each
* item as an argument on the stack, which overflows past roughly 120,000 items (a leaked dump
* holds more keys than that).
*/
function appendAll(target, items) {
	for (const item of items) target.push(item);
}
// dist/detect/entropy.js
/** Counts per character code, reused by every call (characters of a latin1 text are < 256). */
const counts = /* @__PURE__ */ new Int32Array(256);
/** The distinct characters of the current value, in order of first appearance. */
const order = /* @__PURE__ */ new Int32Array(256);
/**
* Shannon entropy in bits per character. Counted in a reused table rather than a Map: it runs for
* every key-shaped match, and the Map was 5 % of a scan of the bench's 20,000 small files. The
* sum runs over characters in order of first appearance, as the Map's did (same bits).
*/
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
/** The same for text with characters past U+00FF (not produced by the scanner, which reads latin1). */
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
/**
* Entropy floor for a value of this length when the rule sets none. From the 0.1 % quantiles of
* random alphanumeric strings (key-formats.md: 3.16 at 16 chars, 3.72 at 24, 4.01 at 30, 4.08 at
* 32, 4.21 at 36), set well below them so that no real key is lost; placeholders are caught by
* explicit filters, not by entropy. Peers use 4.0-4.2, which drops 3-5 % of real keys.
*/
function defaultEntropyFloor(length) {
	if (length <= 16) return 2.8;
	if (length <= 24) return 3.3;
	if (length <= 40) return 3.5;
	return 3.8;
}
// dist/detect/filters.js
const WORDS_OF_PLACEHOLDERS = "example|sample|fake|dummy|placeholder|changeme|redacted";
const PLACEHOLDER_WORDS = new RegExp(`${WORDS_OF_PLACEHOLDERS}|^(?:LTAI|AKID|STS\\.)?your`, "i");
/** Five or more of one character in a row: 1.8e-6 for a random 30-char key, common in placeholders. */
const RUN$1 = /(.)\1{4}/;
const SEQUENCES = [
	"abcdef",
	"bcdefg",
	"123456",
	"234567",
	"012345",
	"qwerty"
];
/** Placeholder words at the start (after an id prefix) or at the end of a long value. */
const PLACEHOLDER_EDGE = new RegExp(`^(?:LTAI|AKID|STS\\.|CAIS|CAES)?(?:${WORDS_OF_PLACEHOLDERS}|your)|(?:${WORDS_OF_PLACEHOLDERS})=*$`, "i");
/**
* Values longer than this are tokens of hundreds of random base64 characters: one holds `fake` or
* `Sample` somewhere by chance about once in 300 (600 characters), so for them a placeholder word
* counts only at the start or the end.
*/
const LONG_VALUE = 64;
function isPlaceholder(value) {
	if ((value.length > LONG_VALUE ? PLACEHOLDER_EDGE : PLACEHOLDER_WORDS).test(value) || RUN$1.test(value)) return true;
	const lower = value.toLowerCase();
	return SEQUENCES.some((s) => lower.includes(s));
}
/**
* A camelCase or PascalCase identifier (`getLongConnUdtDataHeadV2`, `AlibabaCloudCredentialsProvider`):
* every lower-case letter belongs to a word of at least 3 letters that starts the value or follows
* one capital. In a random 30-character key each capital is followed by two lower-case letters
* with probability (26/62)^2 = 0.18, so with ~12 capitals a key passes with probability < 1e-8.
*/
const IDENTIFIER = /^(?:[a-z]{2,}|[A-Z][a-z]{2,})(?:[A-Z][a-z]{2,}|[A-Z]{1,6}(?![a-z])|[0-9]{1,4})*$/;
/**
* A name made only of words: camelCase or PascalCase letters, every capital starting a word of at
* least 3 letters or one of a few two-letter words (`By`, `To`, `Id`…), then at most two digits
* (`testAccessKeyId1`). No runs of capitals. Measured on 5 million random strings each: 280 per
* million at 16 characters, 41 at 20, 3.4 at 25, under 0.5 at 30 and 32: a key almost never reads
* as one.
*/
const WORDS = new RegExp(`^(?:[a-z]{2,}|[A-Z][a-z]{2,})(?:[A-Z][a-z]{2,}|(?:By|To|Of|In|On|Id|Is|At|As|Or|No|Up|Do|If|Ip|Io|Db|Ui|Os|My|We|Ok|Go|Be|An|Me|Js|Vm)(?![a-z]))+[0-9]{0,2}$`);
function isIdentifier(value) {
	return IDENTIFIER.test(value) || WORDS.test(value);
}
/**
* The part of a prefixed id after its prefix is a name made of words (`STS.AssumeRoleWithWebIdentity`,
* a documentation anchor or an API name, not an STS AccessKey ID). Only tails of 20 characters or
* more are judged: a shorter one is too likely to read as words by chance.
*/
function isWordTail(tail) {
	return tail.length >= 20 && WORDS.test(tail);
}
/**
* Signs that a key-shaped value was redacted by hand, the tail of a real-looking key overwritten
* (`AKID…12345`, `…xxx`, `…XXXX`): it ends (before any base64 padding) in a counting sequence
* of five (digits or letters, up or down) or in three or more `x`/`X`. A random key ends so with probability about 1e-5.
*/
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
/**
* A key-shaped value that is an example made from a real-looking one: its tail is redacted
* (hasRedactedTail) but the rest is not a placeholder, so it stood beside the other values of a
* documented example. Such a value makes its neighbours examples too (see analyze.ts).
*/
function isRedactedExample(value) {
	return value.length >= 16 && hasRedactedTail(value) && !isPlaceholder(value.replace(/=+$/, "").slice(0, -5));
}
/**
* The name of the URL query parameter a value is given to (`…?token=<value>`,
* `/pages/guide/index?to=X&urlAuthToken=<value>`), or undefined when the value is not in a query
* string: the text before it on its line holds a `?` and no blank, quote or bracket since.
*/
function queryParamBefore(s, start) {
	const from = Math.max(0, start - 512);
	const before = s.slice(from, start);
	const m = /\?(?:[^\s"'<>`?]*&)?([\w.-]+)=$/.exec(before);
	if (!m) return void 0;
	return /[\s"'<>`]/.test(before.slice(m.index)) ? void 0 : m[1];
}
/** Query parameter names that do name an AccessKey secret (`?SecretKey=`, `&access_key_secret=`, `q-sk`). */
const SECRET_PARAM = /secret|access_?key(?!_?id)|(?:^|[-_])sk$|passw/i;
/**
* A value in a URL's query string is a link token (`?token=`, `urlAuthToken=`, `verifyToken=`),
* not an AccessKey secret, unless its parameter names an AccessKey secret.
*/
function isLinkToken(s, start) {
	const name = queryParamBefore(s, start);
	return name !== void 0 && !SECRET_PARAM.test(name);
}
/**
* A secret made only of hex digits is a digest (md5 is 32 hex characters), not a key: a random
* 30-character alphanumeric key is all-hex with probability (22/62)^30, about 3e-14.
*/
function isHexDigest(value) {
	return /^(?:[0-9a-f]+|[0-9A-F]+)$/.test(value);
}
/** Base64 characters, as a table: this test runs per character over up to 8 KiB per candidate. */
const B64 = Uint8Array.from({ length: 256 }, (_, c) => /[A-Za-z0-9+/]/.test(String.fromCharCode(c)) ? 1 : 0);
const isB64 = (c) => c < 256 && B64[c] === 1;
/**
* True when the value at [start, end) is a piece of a longer base64 run (go.sum `h1:` hashes, npm
* `integrity` sha512, signatures, PEM bodies, data: URLs): the run continues on either side
* through `+` or `/` and is at least 16 characters longer than the value. A key stands alone:
* `LTAI…/20241112/cn-…` (a signed credential scope) adds 10. `s` is the masked text (escapes.ts),
* where a URL-encoded `%2B`/`%2F` reads `+++`/`///`, so a signature in a query string is a run too.
* The letter-or-digit case (`0LTAI…`) is already refused by the rule's own boundary.
*/
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
/**
* A documentation example (the provider's denylist) or a hand-redacted copy of a key
* (isRedactedExample). Such a value is never reported and marks its neighbours as examples: the
* documented SecretId beside a documented SecretKey whose last characters were changed (a
* signature self-test) is one example, not a leak.
*/
function isExampleValue(provider, value) {
	return provider.denylist.has(value) || isRedactedExample(value);
}
/**
* The head of a scan-keys pattern file (patterns/*.json, or a user's own rule file in that
* format): a JSON object whose first members are `"$schema"` naming a `schema.json`, then
* `"provider"`. Its `examples` hold test keys that must match: they are rule data, not leaks, and
* such a file is not scanned (as gitleaks never scans its own gitleaks.toml). This keeps
* `node_modules/scan-keys/patterns/` silent however it is reached (an unignored node_modules, a
* staged or committed copy), without a path rule a project would have to write.
*/
const RULE_DATA_HEAD = /^\s*\{\s*"\$schema"\s*:\s*"[^"\n]*schema\.json"\s*,\s*"provider"\s*:\s*"[a-z][a-z0-9-]*"\s*,/;
function isRuleData(head) {
	return RULE_DATA_HEAD.test(head) && head.includes("\"rules\"");
}
// dist/detect/runs.js
/**
* Runs of token characters, to search secret patterns only where one could match.
*
* A secret rule's pattern is, for every built-in rule, a run of characters from RUN_CHARS
* (`[A-Za-z0-9]{32}`, `[A-Za-z0-9+/]{43}=`, `[A-Za-z0-9_-]{100,4000}`): each match lies inside one
* maximal run of RUN_CHARS at least as long as the pattern's shortest match, and the boundary
* look-arounds read one character either side of it. Code is mostly short runs (identifiers,
* words), so finding the long runs in one linear pass and running each secret regex only on them
* gives the same matches for much less work: the regexes try a look-behind and count up to 32-100
* characters at every position of a window, and in a tree where every file names its provider
* (tencentcloud-sdk-nodejs, 44 MB) the windows cover most of the text; there the four secret
* regexes took 2.3 of 8.8 s of a single-thread scan.
*
* A pattern that is not of that shape (an extra provider's rule with other characters) has no
* run length and is searched over its whole window, as before.
*/
/** Characters a run is made of: every class in the built-in secret patterns is a subset. */
const RUN = /* @__PURE__ */ new Uint8Array(256);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=_-") RUN[c.charCodeAt(0)] = 1;
function isRun(code) {
	return code < 256 && RUN[code] === 1;
}
function inRunChars(c) {
	return c.length === 1 && RUN[c.charCodeAt(0)] === 1;
}
/** An escape standing for a run character: `\+`, `\/`, `\-`, `\=` (never `\w`, `\d`, ...). */
function escapedRunChar(c) {
	return inRunChars(c) && !/[A-Za-z0-9_]/.test(c);
}
/** The class body `A-Za-z0-9+/` holds only RUN_CHARS (ranges within A-Z, a-z or 0-9). */
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
/**
* The shortest match of `pattern` when every match is a string of RUN_CHARS; undefined when the
* pattern has any other shape (then no run filter applies). Understands literal characters,
* classes, groups with alternation, and the repeats {n}, {n,}, {n,m}, ?, * and +; anything else
* (escapes such as \w or \d, `.`, look-arounds) gives undefined.
*/
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
/**
* The characters `pattern` can match (every class and literal in it, a subset of RUN_CHARS) as a
* 256-entry table, when runMinLength understands the pattern; else undefined. A match is then a
* string of these characters, so it lies inside one maximal run of them: `[A-Za-z0-9]{32}` is
* looked for only in runs of letters and digits, not in `com/document/product/266/11732`.
*/
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
/**
* Every maximal run of RUN_CHARS of at least `min` (>= 2) characters in `s`, in order, as a flat
* list [start0, end0, start1, end1, …] (with pairs as small arrays, garbage collection was 9 % of
* a scan's profile). Found faster than by reading every character: it looks at every (min/2)th
* character first and reads around it only when that one is a run character. A
* run of `min` holds at least one such probe, and in code most probes fall on spaces, punctuation
* or short words: on tencentcloud-sdk-nodejs (44 MB) 38 ms against 85 ms for a plain loop.
*/
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
/**
* The maximal runs of characters in `table` (a subset of RUN_CHARS) of at least `min`, inside the
* given runs of RUN_CHARS (flat lists, as allLongRuns).
*/
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
/**
* The runs of one text, found once and shared by every rule and the decoded view: the maximal
* runs of token characters, then, per character table and length, the runs of those characters
* inside them (flat lists, as allLongRuns).
*/
var TextRuns = class {
	text;
	min;
	all;
	byShape = /* @__PURE__ */ new Map();
	short = /* @__PURE__ */ new Map();
	/** `min`: the shortest run most callers ask for; shorter ones read the text again. */
	constructor(text, min) {
		this.text = text;
		this.min = Math.max(2, min);
	}
	/**
	* Maximal runs of the characters in `chars` (a subset of RUN_CHARS) of at least `min`. Below the
	* constructor's minimum the text is read again (once per length).
	*/
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
/** The runs of a flat list at least `min` long. */
function longerThan(runs, min) {
	const out = [];
	for (let r = 0; r < runs.length; r += 2) if (runs[r + 1] - runs[r] >= min) out.push(runs[r], runs[r + 1]);
	return out;
}
const tables = /* @__PURE__ */ new Map();
/** One table object per distinct set of characters, so that TextRuns shares work between rules. */
function internTable(table) {
	const key = String.fromCharCode(...table);
	let t = tables.get(key);
	if (!t) tables.set(key, t = table);
	return t;
}
// dist/detect/decode.js
/**
* Keys hidden in base64: a Kubernetes Secret's `data:` values, a base64 `.env` blob, a config in
* a CI variable. Builds a "decoded view" of a window: the same text with each candidate base64 run
* replaced by its decoding, plus the map back to the encoded run, so the detector can run on the
* view and report what it finds at the encoded text's position. Pure; no detection here.
*
* Kept cheap by decoding only candidate runs:
* - runs holding the base64 form of an id prefix (LTAI, AKID, STS., CAIS). A keyword encodes
*   differently at each of the 3 byte alignments, so each keyword gives 3 forms of 4-5 fully
*   determined characters, found with one literal alternation (a random 5-char form occurs once
*   in 64^5 = 1e9 positions; the search takes 11 ms on 11 MB of code, about 1 GB/s);
* - when `bareSecrets` is set (the window mentions a provider) or an encoded id was found, runs of exactly 40 or 44 chars,
*   the base64 of a 30- or 32-character secret, kept only if they decode to letters and digits
*   (one regex pass, about 15 ns a byte: skipped on windows that name no provider).
*/
/** Shortest base64 run worth decoding (15 bytes: no key fits in less). */
const MIN_RUN = 20;
/** Longest run decoded: bigger blobs are data, not configs. */
const MAX_RUN = 65536;
/** The characters of base64(x) fixed by `keyword` alone, at each of the 3 byte offsets of x. */
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
/** Text, not binary: at most 2 % control bytes other than tab and line breaks. */
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
/** Every match is a run of RUN_CHARS (runs.ts) of 40 or 44 characters. */
const BARE_SECRET_RUN = /(?<![A-Za-z0-9+/])(?:[A-Za-z0-9+/]{40}|[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])/g;
const BARE_SECRET = /^(?:[A-Za-z0-9]{30}|[A-Za-z0-9]{32})$/;
/** The characters of a BARE_SECRET_RUN match but its padding. */
const BARE_CHARS = internTable(Uint8Array.from({ length: 256 }, (_, c) => /[A-Za-z0-9+/]/.test(String.fromCharCode(c)) ? 1 : 0));
/** How many runs of `s` (whose runs are `textRuns`) are shaped like a bare encoded secret (see decodedView). */
function bareShapedRuns(s, textRuns) {
	const runs = textRuns.runsOf(BARE_CHARS, 40);
	let count = 0;
	for (let r = 0; r < runs.length; r += 2) {
		const n = runs[r + 1] - runs[r];
		if (n === 40 || n === 43) count++;
	}
	return count;
}
/**
* The decoded view of `s`, or undefined when no run qualifies (the common case: then the caller
* has nothing more to do).
*
* A bare encoded secret counts only within `reach` of an anchor: `nearAnchor(from, to)` tells
* whether an id or a provider word starts in [from, to) (an encoded id counts too); undefined
* when the text has neither. The runs of
* 40 or more base64 characters are found first (`runs`, shared with the plain analysis), and
* anchors looked for only around those that decode to a key's shape: asking first for every
* anchor's surroundings cost 40 % of the scan of a 60 MB minified file (503 of 1,237 ms), whose
* base64-like runs are everywhere, and provider words in every file of an SDK.
*/
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
/** The decoded segment holding view index `i`, if any. */
function segmentAt(view, i) {
	for (const seg of view.segments) {
		if (i < seg.viewStart) return void 0;
		if (i < seg.viewEnd) return seg;
	}
}
/** Maps a view index back to the original text: inside a decoded run, the run's start. */
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
/**
* Escaped separators: URL encoding (`AccessKeyId%3DLTAI…%26`), JSON/JS string escapes (`\"`,
* `\u0022`, `\n`), HTML entities (`&quot;`, `&amp;`).
*
* Two views, both cheap: `maskEscapes` keeps every index (so positions stay byte offsets) and
* overwrites each escape with filler, so that the value after `%3D` or `\n` starts on a boundary and
* `%3Dabc…` is never read as the value `3Dabc…`; `unescapeSeparators` decodes them, for reading the
* name a value is assigned to and the place it stands in (a pre-signed URL).
*/
/** Every escape of a separator character (and URL-encoded base64 `+`, `/`, `=`). */
const ESCAPE = /%(?:[0-7][0-9A-Fa-f])|\\(?:u00[0-7][0-9A-Fa-f]|x[0-7][0-9A-Fa-f]|["'nrtfv/\\])|&(?:quot|#34|#x22|apos|#39|amp|lt|gt);/g;
/**
* True when `s` holds a character that starts an escape. Three indexOf calls rather than the
* class /[%\\&]/: 25 GB/s against 0.6 GB/s, on every byte scanned.
*/
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
/**
* The same text, same length, with each escape of a non-alphanumeric character replaced by that
* character repeated (`%2F` → `///`, `%3D` → `===`, `\n` → two spaces, `&quot;` → `""""""`), so
* base64 runs through `%2B`/`%2F` stay runs and a value after an escape starts on a boundary.
* Escapes of letters and digits are left alone.
*/
function maskEscapes(s) {
	if (!hasEscape(s)) return s;
	return s.replace(ESCAPE, (e) => {
		const c = decodeOne(e);
		if (c.length !== 1 || ALNUM.test(c)) return e;
		return (c === "\n" || c === "\r" ? " " : c).repeat(e.length);
	});
}
/** Decodes escaped separators, for name and place logic (`\n` becomes a line break). */
function unescapeSeparators(text) {
	if (!hasEscape(text)) return text;
	return text.replace(ESCAPE, (e) => {
		const c = decodeOne(e);
		return ALNUM.test(c) ? e : c;
	});
}
// dist/detect/words.js
/** Bytes per block searched at once. */
const BLOCK = 4096;
/**
* Characters before a block where its search starts, and after it that the search may read. Words
* that start before the block are dropped (the block before reports them) but still consume their
* characters, as in one search of the whole text: `acs:ram` across a block's start hides the
* `ram` inside it here too. Words are short (bounded: patterns/compile.ts), so 64 characters put
* the search in step with a whole-text search long before the block starts.
*/
const LEAD = 64;
var WordIndex = class {
	s;
	providers;
	searched = /* @__PURE__ */ new Map();
	regexes = /* @__PURE__ */ new Map();
	none;
	/** `none`: the caller knows the text holds no word of any provider (see anyWord). */
	constructor(s, providers, none = false) {
		this.s = s;
		this.providers = providers;
		this.none = none;
	}
	/** False when the text is known to hold no provider word. */
	get mayHave() {
		return !this.none;
	}
	get length() {
		return this.s.length;
	}
	/** Start indices of `provider`'s words in [from, to), ascending. */
	hitsIn(provider, from, to) {
		const lo = Math.max(0, from);
		const hi = Math.min(this.s.length, to);
		const out = [];
		if (lo >= hi || this.none) return out;
		for (let b = Math.floor(lo / BLOCK); b * BLOCK < hi; b++) for (const at of this.block(provider, b)) if (at >= lo && at < hi) out.push(at);
		return out;
	}
	/**
	* Whether `provider` has a word starting in [from, to), when every block that range touches
	* was searched already; undefined when answering would need a search.
	*/
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
	/** True when any provider has a word starting in [from, to). */
	anyIn(from, to) {
		return this.providers.some((p) => this.hitsIn(p, from, to).length > 0);
	}
	/** The word of `provider` nearest to `pos` among those starting in [from, to). */
	nearest(provider, pos, from, to) {
		let best;
		for (const at of this.hitsIn(provider, from, to)) if (best === void 0 || Math.abs(at - pos) < Math.abs(best - pos) || Math.abs(at - pos) === Math.abs(best - pos) && at < best) best = at;
		return best;
	}
	/** Every word of `provider` in the whole text (for tests and small texts). */
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
/**
* True when `s` holds a word of any provider: one search that stops at the first word. In an SDK
* that names its provider on every page it stops within the first lines (tencentcloud-sdk-nodejs:
* 23 ms for 44 MB); text that names none is read once, and then nothing that needs a word is
* looked for (the bench's 20,000 small files: most of them).
*/
function anyWord(s, providers) {
	let re = anyWords.get(providers);
	if (!re) {
		re = new RegExp(providers.map((p) => p.contextWords.source).join("|") || "(?!)", "i");
		anyWords.set(providers, re);
	}
	return re.test(s);
}
// dist/detect/analyze.js
/** How far (bytes) a secret may be from the id it pairs with, or from a provider word. */
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
/**
* Prefix-less values also must not be a digest or a code identifier. The identifier test comes
* first: most prefix-less matches in code are long names (`DescribeDBInstanceSecurityGroups`), and
* it is cheaper than the entropy.
*/
function passesSecretFilters(rule, value) {
	if (isIdentifier(value) || !rule.keepHex && isHexDigest(value)) return false;
	return passesValueFilters(rule, value);
}
/** Line-break positions of the text being analysed, found once per text (one entry cache). */
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
/**
* Line breaks in s[from, to), at most stopAfter + 1. By binary search over the text's line
* breaks: scanning the span for every id/secret pair made a buffer full of ids quadratic.
*/
function countNewlines(s, from, to, stopAfter) {
	if (to <= from) return 0;
	const at = newlinesOf(s);
	return Math.min(lowerBound(at, to) - lowerBound(at, from), stopAfter + 1);
}
/** First index in `sorted` (ascending by start) whose start is >= pos. */
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
/** Distance in bytes between two spans (0 when they touch or overlap). */
function gap(aStart, aEnd, bStart, bEnd) {
	return aEnd <= bStart ? bStart - aEnd : bEnd <= aStart ? aStart - bEnd : 0;
}
function isNear(s, a, b, maxLines) {
	if (gap(a.start, a.end, b.start, b.end) > 1024) return false;
	return countNewlines(s, Math.min(a.end, b.end), Math.max(a.start, b.start), maxLines) <= maxLines;
}
/**
* Documentation masks keys with a run of '*' (`STS.NUgYrLnoC37mZZCNnAbez****`). Three or more
* stars right after a value mark it masked; two are Markdown bold (`**LTAI…**`) and still count.
*/
function isMasked(s, end) {
	return s.startsWith("***", end);
}
/** The tail of a masked value (`1siMD5r0******6a1ad76f…`): three stars right before it. */
function isMaskedBefore(s, start) {
	return start >= 3 && s.startsWith("***", start - 3);
}
/**
* A short token (below the rule's aloneMinLength) is a test string unless its name says what it
* is: `securityToken = "CAIS…"` counts, `token = "CAIS…"` does not.
*/
function shortTokenHasName(s, c) {
	const name = nameBefore(s, c.start);
	if (name === void 0) return false;
	if (c.rule.names?.test(name)) return true;
	return namesProvider(c.rule.provider, name);
}
const nameWords = /* @__PURE__ */ new WeakMap();
/** True when `text` (a name) holds one of the provider's words. The compiled regex is kept per provider. */
function namesProvider(provider, text) {
	let re = nameWords.get(provider);
	if (!re) {
		re = new RegExp(provider.contextWords.source, "i");
		nameWords.set(provider, re);
	}
	return re.test(text);
}
/** Finds prefixed (id and token) candidates in `masked`, longest match per start. */
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
/**
* The shape of a secret rule's matches when they are runs of token characters (see runs.ts),
* read back from its compiled source `(?<![…])(?:PATTERN)(?![…])`; else undefined (then the rule
* is searched over whole windows).
*/
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
/**
* The shortest run a run-shaped secret rule of the set needs, among the rules searched over whole
* texts (not those with `needs`, searched only near other candidates).
*/
function minRunOf(set) {
	let min = minRuns.get(set);
	if (min === void 0) {
		min = Math.min(...set.contextual.filter((r) => r.needs.length === 0).map((r) => runShapeOf(r)?.min ?? Infinity));
		if (!Number.isFinite(min)) min = 1;
		minRuns.set(set, min);
	}
	return min;
}
/** Word search around each secret-shaped run costs about this much text (two 4 KiB blocks). */
const LAZY_WORDS_BYTES = 8192;
/**
* How many runs could hold a match of a secret rule searched over whole texts (one with names;
* `runs`, of the masked text) or a bare encoded secret (decode.ts; `plainRuns`, of `s`), counting
* up to `cap`. 0 means no provider word can matter. A rule whose matches are not runs counts as
* `cap`.
*/
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
/**
* Calls `onMatch` for each match of `rule` in `masked` starting in [from, to): over the whole span,
* or only in the runs of the rule's characters (runs.ts, `runs` of `masked`) long enough for a
* match. Each search reads a slice, not the text from lastIndex (a global regex would run on to the
* end of the buffer looking for the next match, once per window: quadratic on a buffer full of
* ids), with one character before it for the look-behind and, after it, the rest of the run or
* maxLength + 1. Exported for test/runs.test.ts, which checks it against a whole-text search.
*/
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
/** True when `pos` lies in the window (windowsAround) of one of `anchors` (sorted by start). */
function inWindowOf(anchors, pos, maxLength) {
	for (let i = firstFrom(anchors, pos - CONTEXT_BYTES - 64 - maxLength); i < anchors.length; i++) {
		const a = anchors[i];
		if (a.start - 1024 - 64 > pos) break;
		if (pos < a.end + 1024 + 64) return true;
	}
	return false;
}
/** Merges [start, end) windows around anchor positions. */
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
/**
* NAME_BEFORE.exec(text), searching only where a match can start. A match holds at most 6
* maximal runs of blanks (2 between the name's words, 4 around the assignment operator), and
* starts on a non-blank, so it starts after the 7th-last run: the leftmost match from there is
* the leftmost match of the whole text. On a long line of `name = value` it saves trying (and
* backtracking from) every one of 256 start positions.
*/
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
/**
* The name a value is assigned to, read back from the text before it: `name = v`, `name: v`,
* `"name": "v"`, `name := v`, `<name>v`, `setProperty("NAME", "v")`, or, when the value stands
* alone on its line, the previous line (`<name>` / `name:` then the value below).
*/
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
/**
* Start of the line holding index `pos` (just after a '\n', or 0), looking back at most `max`
* characters; -1 when the line starts further back. Keeps per-candidate work bounded.
*/
function lineStartNear(s, pos, max) {
	const floor = Math.max(0, pos - max);
	for (let i = pos - 1; i >= floor; i--) if (s.charCodeAt(i) === 10) return i + 1;
	return floor === 0 ? 0 : -1;
}
/** Index of the '\n' ending the line at `pos` (or s.length), looking at most `max` ahead; pos + max when further. */
function lineEndNear(s, pos, max) {
	const ceil = Math.min(s.length, pos + max);
	for (let i = pos; i < ceil; i++) if (s.charCodeAt(i) === 10) return i;
	return ceil === s.length ? s.length : pos + max;
}
/**
* A candidate is part of a documentation example when an example value of the same provider
* (a denylisted documentation key, or a hand-redacted copy of a key: isExampleValue) is near it
* (at most PAIR_LINES line breaks and CONTEXT_BYTES apart) and nearer than its own partner: the
* documented SecretId beside a SecretKey whose last characters were changed, a SecretId beside
* `tmp_secret_key = "…12345"`. A real pair with an example a few lines away keeps its partner.
* `examples` is sorted by start; only those within reach are looked at (binary search), so a
* buffer full of examples and ids stays linear.
*/
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
/**
* Analyses `s` and returns the candidates that start in [ownFrom, ownTo), each with its severity
* and pair decided. Candidates outside that range still serve as anchors and pair partners.
* Keys inside base64 runs are found on a decoded view of the text (see decode.ts) and reported at
* the encoded run.
*/
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
/**
* Analyses the decoded view only near its decoded runs: a candidate there, or its partner, is at
* most 1 KiB (plus a name and a value) from a run, so windows of 2.5 KiB either side suffice, and
* the view costs a few KiB of analysis per run rather than a second pass over the whole buffer.
*/
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
/**
* Adds what the decoded view found inside decoded runs (mapped to the run's position), and lets a
* plain candidate take a partner found only in a decoded run (an id in clear, its secret encoded).
*/
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
/**
* One pass over plain text. Values are matched on `masked` (escapes overwritten, same indices, see
* escapes.ts); names, provider words and places are read from `s`.
*/
function analyzePlain(s, set, ownFrom = 0, ownTo = s.length, words = new WordIndex(s, set.providers), textRuns, masked = maskEscapes(s)) {
	const prefixed = findPrefixed(masked, s, set);
	const ids = prefixed.filter((c) => passesValueFilters(c.rule, c.value));
	const examples = prefixed.filter((c) => isExampleValue(c.rule.provider, c.value));
	const secrets = [];
	/** Matches of rules with `needs`: kept only beside a finding of a needed rule (below). */
	const needing = [];
	const runs = textRuns ?? new TextRuns(masked, minRunOf(set));
	const maxWord = CONTEXT_BYTES + set.maxLength + 2;
	/**
	* A match of `rule` at [start, end). A secret without a partner id is searched (in the
	* streaming analysis before this one) only within CONTEXT_BYTES + 64 of a partner or of one of
	* its provider's words, and counts only with a name that says what it is and such a word near
	* it (or in the name).
	*/
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
/** Stable id of a secret for a rule: a truncated SHA-256, from which the secret cannot be read back. */
function fingerprintOf(ruleId, secret) {
	return (0, node_crypto.createHash)("sha256").update(`scan-keys:v1:${ruleId}:${secret}`).digest("hex").slice(0, 32);
}
// dist/detect/transcode.js
/**
* The decoding stage in front of the scanner: bytes in (any chunking), UTF-8 (or raw) bytes out.
*
* - A UTF-16 LE (FF FE) or BE (FE FF) byte-order mark switches to a streaming transcoder to UTF-8,
*   so files written by Windows tools are scanned (their ASCII would otherwise hold NUL bytes and
*   be skipped as binary). A code unit or a surrogate pair split across chunks is carried over;
*   unpaired surrogates become U+FFFD.
* - A UTF-8 BOM (EF BB BF) is dropped, so columns count from the first real character.
* - Anything else passes through untouched: invalid UTF-8 is scanned as bytes.
*
* Positions reported downstream are therefore positions in the decoded text.
*/
const EMPTY$1 = Buffer.alloc(0);
var BomDecoder = class {
	head = EMPTY$1;
	mode;
	utf16;
	/** An odd byte left over from the previous chunk (UTF-16 BE only needs it for swapping). */
	odd;
	/** The encoding decided from the first bytes (undefined until 3 bytes or the end are seen). */
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
// dist/detect/inline-allow.js
/**
* Inline allow markers, in any comment syntax: `scan-keys:allow` (and `gitleaks:allow`,
* `pragma: allowlist secret`) on the line of the value, `scan-keys:allow-next-line` (and
* `pragma: allowlist nextline secret`) on the line before. Pure string work on the scanner's
* buffer: each candidate costs at most two windows of MARKER_WINDOW bytes, whatever the line
* length, so a minified file full of keys stays linear.
*/
/** Bytes looked at on each side of a value for its line (and before it for the line above). */
const MARKER_WINDOW = 2048;
const SAME_LINE = /scan-keys:allow(?![\w-])|gitleaks:allow|pragma: allowlist secret/;
const NEXT_LINE = /scan-keys:allow-next-line|pragma: allowlist nextline secret/;
/** True when the value at [start, end) of `s` is marked as allowed. */
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
/** Bytes inspected for a NUL to decide that content is binary (as git does). */
const BINARY_SNIFF_BYTES = 8192;
const EMPTY = Buffer.alloc(0);
/**
* Most bytes one round analyses, when the input comes in larger chunks (a whole file, 512 KiB
* reads): the round's text is a latin1 string, and V8 puts a string over 128 KiB in its large
* object space, where making one costs about 150 times more per byte (on Node 20 on the 2-core
* reference machine: 137 MB/s at 256 KiB against 20 GB/s at 120 KiB). Each round re-reads the
* kept tail (2 x reserve, about 20 KiB), which costs less than that.
*/
const ROUND_MAX_BYTES = 122880;
/** Smallest piece a large chunk is cut into, however big the reserve (user rules with long matches). */
const MIN_PIECE_BYTES = 16384;
const HIGH_BYTE = /[\x80-\xff]/;
var ContentScanner = class {
	/** Total bytes pushed. */
	bytes = 0;
	/** Line breaks seen so far, plus one: the number of lines once ended. */
	set;
	file;
	inlineAllow;
	reserve;
	keep;
	buf = EMPTY;
	/** The scanner's own buffer for joined rounds (flush, keepTail), allocated on first need. */
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
	/** The input is a scan-keys pattern file (isRuleData): not scanned, like a binary file. */
	ruleDataFlag = false;
	ended = false;
	lastByte = -1;
	pending = [];
	pendingBytes = 0;
	decoder = new BomDecoder();
	/** Bytes handed to analysis so far, counting re-analysed tails (a measure of work, for tests). */
	analysedBytes = 0;
	/** Rounds of analysis so far (for tests). */
	rounds = 0;
	constructor(set, options = {}) {
		this.set = set;
		this.file = options.file ?? "";
		this.inlineAllow = options.inlineAllow ?? true;
		this.reserve = 2 * CONTEXT_BYTES + 2 * set.maxLength + 256;
		this.keep = this.reserve;
	}
	/** Bytes kept from one round to the next: positions near a round's end are re-analysed. */
	get reserveBytes() {
		return this.reserve;
	}
	/** The input's encoding, decided from its first bytes (a BOM); undefined before any input. */
	get encoding() {
		return this.decoder.encoding;
	}
	/** Bytes currently held (for tests of bounded memory). */
	get bufferedBytes() {
		return this.buf.length + this.pendingBytes;
	}
	/** True once the first block held a NUL byte: the rest is ignored. */
	get isBinary() {
		return this.binaryFlag && !this.ruleDataFlag;
	}
	/** True once the first block showed a scan-keys pattern file: its examples are rule data, not keys. */
	get isRuleData() {
		return this.ruleDataFlag;
	}
	/** Lines seen so far (a last line without a break counts; an empty input has none). */
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
	/**
	* Copies whatever the scanner still holds of the chunks pushed so far (pieces waiting for a
	* round, or a chunk used as the round's buffer) into its own buffer, so that the caller may read
	* its next chunk into the same memory. A large file read into a fresh 512 KiB Buffer per chunk
	* left a worker up to 64 MiB of dead chunks (V8 collects external memory only past that much
	* growth): a 256 MiB file with 17,563 findings, `--format json`, 137 -> 128 MiB peak RSS
	* (medians of 7 alternating runs; the scan itself 148 -> 96 MiB, the rest is the report).
	*/
	release() {
		if (this.pendingBytes === 0 && (this.buf.length === 0 || this.buf.buffer === this.work.buffer)) return;
		this.flush(true);
	}
	/**
	* Decoded bytes (UTF-8, or raw bytes when there was no BOM) into the analysis, in pieces that
	* keep each round's text under ROUND_MAX_BYTES (see there).
	*/
	pushDecoded(chunk) {
		if (chunk.length === 0 || this.binaryFlag) return [];
		const room = ROUND_MAX_BYTES - this.buf.length - this.pendingBytes;
		if (chunk.length <= room || chunk.length <= MIN_PIECE_BYTES) return this.pushPiece(chunk);
		const out = [];
		for (let at = 0; at < chunk.length && !this.binaryFlag;) {
			const n = Math.max(MIN_PIECE_BYTES, ROUND_MAX_BYTES - this.buf.length - this.pendingBytes);
			appendAll(out, this.pushPiece(chunk.subarray(at, at + n)));
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
	/**
	* Joins the kept tail and the pending chunks into `buf`. A single chunk is used as it is (a
	* small file); anything else is copied into this scanner's own buffer, reused from round to
	* round: a fresh 120 KiB Buffer per round (Buffer.concat) cost 5 % of a scan of
	* tencentcloud-sdk-nodejs, most of it in allocating and faulting in new memory. `own`: always
	* into the scanner's own buffer (release).
	*/
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
	/** Keeps buf[from..] as the next round's start, in the scanner's own buffer (never the caller's chunk). */
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
/**
* A copy of `s` that shares no memory with the string it was sliced from. V8 represents a
* substring of 13 characters or more as a view (SlicedString) that keeps its whole parent alive;
* a round's text is the latin1 decoding of up to 512 KiB plus the kept tail. A round trip through
* a Buffer always allocates a fresh flat string.
*/
function detach(s) {
	return Buffer.from(s, "latin1").toString("latin1");
}
/**
* Line and column (1-based, in UTF-8 code points) of each target index of `s`, walking forward
* from `from`, the position of index 0. Targets must be sorted.
*/
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
/**
* codePoints over s[from, to), testing only that span for non-ASCII bytes: a round without
* findings locates just its end, and testing the whole buffer for high bytes cost 21 ms of a
* 1.7 s scan of 20,000 files (94 MB).
*/
function columnsIn(s, from, to) {
	if (to <= from) return 0;
	return codePoints(s, from, to, HIGH_BYTE.test(to - from === s.length ? s : s.slice(from, to)));
}
/**
* How many continuation bytes a UTF-8 lead byte needs, and the range its first continuation must
* fall in (WHATWG / Unicode "maximal subpart" rules: no overlongs, no surrogates, nothing past
* U+10FFFF). 0 for a byte that cannot start a sequence.
*/
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
/**
* Characters in s[from, to) (s is latin1: one char per byte) as a UTF-8 decoder with replacement
* (TextDecoder, an editor) shows them: each valid sequence is one character, and each invalid
* byte or truncated sequence is one U+FFFD. `from` must be a character boundary.
*/
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
/**
* The character boundary at or just before index p of buf: p itself unless p falls inside a
* well-formed-so-far UTF-8 sequence, then that sequence's lead byte (at most 3 back).
*/
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
(0, node_util.promisify)(node_fs.lstat);
var InputError = class extends Error {
	/** The errno code behind it, when there is one (EACCES, ENOENT, ...). */
	code;
	constructor(message, code) {
		super(message);
		this.name = "InputError";
		this.code = code;
	}
};
/** Errors that mean "no permission": with --skip-unreadable they are skipped (and said so). */
const UNREADABLE = /* @__PURE__ */ new Set(["EACCES", "EPERM"]);
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
/**
* Files at most this big are read in one call; larger ones are streamed in chunks of this size.
* 512 KiB: on a 60 MB single-line file, 1 MiB chunks peaked at 125 MiB RSS and 512 KiB at 93 MiB
* for the same 0.86 s; 256 KiB was 30 % slower.
*/
const READ_CHUNK = 1 << 19;
/**
* Reads a file chunk by chunk into `sink`. Skips what is not a regular file (symlink, FIFO,
* device, a path that vanished from a git listing) and files over `maxFileSize`; throws
* InputError when a file cannot be read.
*/
/**
* Reads a file chunk by chunk into `sink`, synchronously: a tree scan reads thousands of small
* files, and fs/promises' thread-pool round trips (open, stat, read, close: four per file) cost
* more than the reads (20,000 files, 94 MB: 1.3 s of a 3.3 s scan, against 0.36 s for sync
* reads). Parallelism comes from worker threads instead (scan-parallel.ts).
*
* Skips what is not a regular file (symlink, FIFO, device, directory, a path that vanished from
* a git listing) and files over `maxFileSize`; throws InputError when a file cannot be read.
*/
/** This thread's buffer for first chunks (reuseFirstChunk), allocated on first use. */
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
// dist/sources/staged.js
/**
* What the next commit adds: one `git diff --cached` gives, per staged path, the index blob id,
* the line ranges the commit adds, and the staged content itself. Pure parsing is separate from
* running git so it can be tested.
*
* Why `--raw -p -z` in one process: the raw part (NUL-separated, full object ids) names paths and
* modes exactly, whatever core.quotePath says and whatever bytes a name holds; the patch part,
* one `diff --git` section per raw entry in the same order, gives the hunks. A context as long as
* any file (WHOLE_FILE) makes each changed file one hunk whose context and added lines are the
* staged blob line by line, so no second process has to read the blobs: a `cat-file` costs node
* 3-5 ms to spawn (it blocks until git has exec'd, and waits for a core while the diff runs on
* the 2-core reference machine). The content is used only if it hashes to the blob id (see
* scan-staged.ts); anything else is read with cat-file. Every option that a user's config could
* change is pinned (see DIFF_ARGS); `--text` makes git print hunks even for paths that
* .gitattributes marks binary or -diff, so a key cannot hide behind an attribute: binary content
* is decided by the scanner on the blob itself.
*/
/** A Git LFS pointer file: a tiny text blob standing for content stored elsewhere. */
function isLfsPointer(content) {
	return content.length < 1024 && content.subarray(0, 40).toString("latin1").startsWith("version https://git-lfs.github.com/spec/");
}
// dist/scan/file.js
/** One file of a tree scan, read and scanned synchronously (in the main thread or a worker). */
const MISMATCH = {
	findings: [],
	bytes: 0,
	lines: 0,
	mismatch: true
};
function scanFileSync(target, options) {
	if (target.blob !== void 0) return scanBlobFileSync(target, target.blob, options);
	const scanner = new ContentScanner(options.rules, {
		file: target.display,
		inlineAllow: options.inlineAllow
	});
	const findings = [];
	const outcome = readFileChunksSync(target, options.maxFileSize, (chunk) => appendAll(findings, scanner.push(chunk)), {
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
	appendAll(findings, scanner.end());
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
/**
* A staged file read from the work tree, which is the staged blob when its bytes hash to the
* blob's id (hashed as it is read; mismatch otherwise, and the caller reads the blob from git).
* Judged as the staged scan judges a blob (scan/staged.ts): LFS pointers skipped, and no
* exception for rule data.
*/
function scanBlobFileSync(target, blob, options) {
	const scanner = new ContentScanner(options.rules, {
		file: target.display,
		inlineAllow: options.inlineAllow
	});
	const findings = [];
	let hash;
	let lfs = false;
	let outcome;
	try {
		outcome = readFileChunksSync(target, options.maxFileSize, (chunk) => {
			hash?.update(chunk);
			if (lfs || scanner.bytes === 0 && isLfsPointer(chunk)) lfs = true;
			else appendAll(findings, scanner.push(chunk));
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
	appendAll(findings, scanner.end());
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
// dist/scan/worker.js
/**
* A worker thread of a parallel tree scan: rebuilds the rule set from its sources, then scans the
* batches of files the main thread sends, answering each with the per-file results.
*/
const init = node_worker_threads.workerData;
const rules = compileTrustedPatterns(init.sources);
const port = node_worker_threads.parentPort;
if (!port) throw new Error("scan-worker must run in a worker thread");
port.postMessage({ type: "ready" });
port.on("message", (msg) => {
	if (msg.type === "end") {
		port.close();
		return;
	}
	const results = [];
	try {
		for (const target of msg.targets) results.push(scanFileSync(target, {
			rules,
			maxFileSize: init.maxFileSize,
			inlineAllow: init.inlineAllow,
			skipUnreadable: init.skipUnreadable
		}));
		port.postMessage({
			type: "done",
			results
		});
	} catch (err) {
		const e = err;
		port.postMessage({
			type: "error",
			name: e.name,
			message: e.message,
			code: e.code
		});
	}
});
