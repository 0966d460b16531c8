const require_core = require("./core.cjs");
let node_fs = require("node:fs");
let node_path = require("node:path");
let util = require("util");
let path = require("path");
let fs = require("fs");
let node_module = require("node:module");
let node_url = require("node:url");
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
// node_modules/yargs-parser/build/lib/yargs-parser-types.js
/**
* @license
* Copyright (c) 2016, Contributors
* SPDX-License-Identifier: ISC
*/
var DefaultValuesForTypeKey;
(function(DefaultValuesForTypeKey) {
	DefaultValuesForTypeKey["BOOLEAN"] = "boolean";
	DefaultValuesForTypeKey["STRING"] = "string";
	DefaultValuesForTypeKey["NUMBER"] = "number";
	DefaultValuesForTypeKey["ARRAY"] = "array";
})(DefaultValuesForTypeKey || (DefaultValuesForTypeKey = {}));
// node_modules/yargs-parser/build/lib/yargs-parser.js
/**
* @license
* Copyright (c) 2016, Contributors
* SPDX-License-Identifier: ISC
*/
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
// node_modules/yargs-parser/build/lib/index.js
/**
* @fileoverview Main entrypoint for libraries using yargs-parser in Node.js
*
* @license
* Copyright (c) 2016, Contributors
* SPDX-License-Identifier: ISC
*/
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
		choices: [...require_core.SEVERITIES, "none"],
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
// dist/cli/args.js
/**
* The parser for every run: yargs-parser (the parser inside yargs) driven by options.ts, with
* yargs' own parser configuration, then the checks yargs' strict mode makes. An argv it accepts
* parses exactly as yargs parses it (test/cli-args.test.ts compares the two on generated argvs);
* anything else (help, version, an unknown option, a bad choice, an odd form such as `--`)
* returns undefined and main.ts lets yargs (usage.ts) answer, with yargs' words and exit 2.
* Loading yargs costs about 120 ms of start-up on the 2-core reference machine; this costs ~1 ms.
*/
const TABLE = OPTIONS;
let parserOptions;
let known;
/** Declared one-letter names: any may stand alone; only booleans may be grouped (-vq). */
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
/** argv parsed as yargs would; undefined when yargs must answer (help, version, usage error, rare forms). */
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
	const command = COMMANDS.find((c) => c.name !== "$0" && c.name === words[0]) ?? COMMANDS[0];
	const rest = command.name === "$0" ? words : words.slice(1);
	if (!command.paths && !command.reports && rest.length > 0) return void 0;
	if (command.reports && rest.length === 0) return void 0;
	const parsed = {
		...argv,
		_: command.name === "$0" ? [] : [command.name]
	};
	delete parsed["--"];
	if (command.paths) parsed.paths = rest.length > 0 ? rest : [...PATHS.default];
	if (command.reports) parsed.reports = rest;
	return parsed;
}
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
	/**
	* Raw entries not handed out yet, in order (an emitted one is released: holding every entry,
	* each with its content, took a first commit of 5,796 files to 251 MiB peak RSS).
	*/
	pendingEntries = [];
	ready = [];
	emitted = 0;
	/** How many raw entries there are (known once the raw part has been read). */
	count = 0;
	/** Called once the raw part has been read, with every entry (no added lines or content yet: see startPatch). */
	onRaw;
	rest = Buffer.alloc(0);
	inPatch = false;
	/** Per patch section, the index of its raw entry (-1: the deleted old side of a type change). */
	sections = [];
	section = -1;
	entry;
	entryIndex = -1;
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
		if (this.section + 1 !== this.sections.length) throw new Error(`git diff: ${this.sections.length} patch sections expected for ${this.count} staged entries, got ${this.section + 1}`);
		this.emitUpTo(this.count - 1);
		return this.take();
	}
	emitUpTo(last) {
		for (let i = this.emitted; i <= last; i++) {
			this.ready.push(this.pendingEntries[i]);
			this.pendingEntries[i] = void 0;
		}
		if (last >= this.emitted) this.emitted = last + 1;
	}
	/** Drops everything held (the stream was stopped). */
	dispose() {
		this.pendingEntries = [];
		this.sections = [];
		this.ready.length = 0;
		this.rest = Buffer.alloc(0);
		this.content = Buffer.alloc(0);
		this.entry = void 0;
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
			this.pendingEntries.push(entry);
			this.count++;
			pos = p;
		}
	}
	startPatch() {
		this.inPatch = true;
		const entries = this.pendingEntries;
		this.sections = [];
		for (const [i, e] of entries.entries()) {
			if (e.status === "U") continue;
			if (isSplit(e)) this.sections.push(-1);
			this.sections.push(i);
		}
		this.onRaw?.(entries.slice());
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
				this.entryIndex = this.sections[this.section] ?? -1;
				this.entry = this.entryIndex >= 0 ? this.pendingEntries[this.entryIndex] : void 0;
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
/** Parsed entries held ahead of the scan before git is paused (their contents' bytes). */
const QUEUE_BYTES = 8388608;
/**
* `extra`: more diff options (e.g. `--diff-filter=a`), before the pathspecs.
*/
function streamStagedDiff(cwd, exclude = [], extra = []) {
	const paths = exclude.length > 0 ? [
		"--",
		":(top)",
		...exclude.map((p) => `:(top,literal,exclude)${p}`)
	] : [];
	const child = require_core.gitSpawn(cwd, [
		...DIFF_ARGS,
		...extra,
		...paths
	]);
	child.stdin.end();
	const stderr = require_core.firstStderrLine(child);
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
	child.on("error", (err) => fail(new require_core.GitError(`git: ${err.message}`)));
	child.on("close", (code) => {
		if (finished) return;
		if (code !== 0) return fail(new require_core.GitError(stderr() || `git diff exited with ${code}`));
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
		raw: () => diff.raw(),
		stopDiff: () => diff.stop(),
		blobs: () => blobs ??= new require_core.CatFile(cwd),
		repo: () => repo ??= require_core.findRepo(cwd, "--staged"),
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
Object.defineProperty(exports, "parseArgs", {
	enumerable: true,
	get: function() {
		return parseArgs;
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
