const require_rolldown_runtime = require("./rolldown-runtime.js");
const require_picocolors$1 = require("./picocolors.js");
const require_file = require("./file.js");
const require_git_run = require("./git-run.js");
const require_common = require("./common.js");
let node_fs = require("node:fs");
let node_path = require("node:path");
let node_crypto = require("node:crypto");
let node_url = require("node:url");
let url = require("url");
let node_module = require("node:module");
let node_worker_threads = require("node:worker_threads");
let assert = require("assert");
let path = require("path");
let fs = require("fs");
let util = require("util");
let node_os = require("node:os");
// node_modules/cliui/build/lib/index.js
const align = {
	right: alignRight,
	center: alignCenter
};
const top = 0;
const right = 1;
const bottom = 2;
const left = 3;
var UI = class {
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
let mixin$1;
function cliui(opts, _mixin) {
	mixin$1 = _mixin;
	return new UI({
		width: (opts === null || opts === void 0 ? void 0 : opts.width) || getWindowWidth(),
		wrap: opts === null || opts === void 0 ? void 0 : opts.wrap
	});
}
// node_modules/ansi-regex/index.js
const ST = String.raw`(?:\u001B\u005C|\u009C)`;
const stringControls = String.raw`\u0018\u001A\u001B\u0080-\u009F`;
const osc = String.raw`(?:\u001B\]|\u009D)[^\u0007${stringControls}]*(?:\u0007|${ST})`;
const controlString = String.raw`(?:\u001B[PX^_k]|[\u0090\u0098\u009E\u009F])[^${stringControls}]*${ST}`;
const pattern = `${String.raw`\u001B\](?:P[\dA-Fa-f]{7}|R)(?:\u0007|${ST})?`}|${osc}|${controlString}|${String.raw`(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]`}|${String.raw`\u001B(?:[\u0020-\u002F]+[\u0030-\u007E]|[\dA-PR-TZcf-oq-uy=><~|}])`}`;
function ansiRegex({ onlyFirst = false } = {}) {
	return new RegExp(pattern, onlyFirst ? void 0 : "g");
}
// node_modules/strip-ansi/index.js
const regex = ansiRegex();
function stripAnsi(string) {
	if (typeof string !== "string") throw new TypeError(`Expected a \`string\`, got \`${typeof string}\``);
	if (!string.includes("\x1B") && !string.includes("")) return string;
	return string.replace(regex, "");
}
const ambiguousRanges = [
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
const fullwidthRanges = [
	12288,
	12288,
	65281,
	65376,
	65504,
	65510
];
const wideRanges = [
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
// node_modules/get-east-asian-width/utilities.js
/**
Binary search on a sorted flat array of [start, end] pairs.

@param {number[]} ranges - Flat array of inclusive [start, end] range pairs, e.g. [0, 5, 10, 20].
@param {number} codePoint - The value to search for.
@returns {boolean} Whether the value falls within any of the ranges.
*/
const isInRange = (ranges, codePoint) => {
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
// node_modules/get-east-asian-width/lookup.js
const commonCjkCodePoint = 19968;
const [wideFastPathStart, wideFastPathEnd] = /* #__PURE__ */ findWideFastPathRange(wideRanges);
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
const isAmbiguous = (codePoint) => {
	if (codePoint < 161 || codePoint > 1114109) return false;
	return isInRange(ambiguousRanges, codePoint);
};
const isFullwidth = (codePoint) => {
	if (codePoint < 12288 || codePoint > 65510) return false;
	return isInRange(fullwidthRanges, codePoint);
};
const isWide = (codePoint) => {
	if (codePoint >= wideFastPathStart && codePoint <= wideFastPathEnd) return true;
	if (codePoint < 4352 || codePoint > 262141) return false;
	return isInRange(wideRanges, codePoint);
};
// node_modules/get-east-asian-width/index.js
function validate(codePoint) {
	if (!Number.isSafeInteger(codePoint)) throw new TypeError(`Expected a code point, got \`${typeof codePoint}\`.`);
}
function eastAsianWidth(codePoint, { ambiguousAsWide = false } = {}) {
	validate(codePoint);
	if (isFullwidth(codePoint) || isWide(codePoint) || ambiguousAsWide && isAmbiguous(codePoint)) return 2;
	return 1;
}
// node_modules/emoji-regex/index.js
var require_emoji_regex = /* @__PURE__ */ require_rolldown_runtime.__commonJSMin(((exports, module) => {
	module.exports = () => {
		return /[#*0-9]\uFE0F?\u20E3|[\xA9\xAE\u203C\u2049\u2122\u2139\u2194-\u2199\u21A9\u21AA\u231A\u231B\u2328\u23CF\u23ED-\u23EF\u23F1\u23F2\u23F8-\u23FA\u24C2\u25AA\u25AB\u25B6\u25C0\u25FB\u25FC\u25FE\u2600-\u2604\u260E\u2611\u2614\u2615\u2618\u2620\u2622\u2623\u2626\u262A\u262E\u262F\u2638-\u263A\u2640\u2642\u2648-\u2653\u265F\u2660\u2663\u2665\u2666\u2668\u267B\u267E\u267F\u2692\u2694-\u2697\u2699\u269B\u269C\u26A0\u26A7\u26AA\u26B0\u26B1\u26BD\u26BE\u26C4\u26C8\u26CF\u26D1\u26E9\u26F0-\u26F5\u26F7\u26F8\u26FA\u2702\u2708\u2709\u270F\u2712\u2714\u2716\u271D\u2721\u2733\u2734\u2744\u2747\u2757\u2763\u27A1\u2934\u2935\u2B05-\u2B07\u2B1B\u2B1C\u2B55\u3030\u303D\u3297\u3299]\uFE0F?|[\u261D\u270C\u270D](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?|[\u270A\u270B](?:\uD83C[\uDFFB-\uDFFF])?|[\u23E9-\u23EC\u23F0\u23F3\u25FD\u2693\u26A1\u26AB\u26C5\u26CE\u26D4\u26EA\u26FD\u2705\u2728\u274C\u274E\u2753-\u2755\u2795-\u2797\u27B0\u27BF\u2B50]|\u26D3\uFE0F?(?:\u200D\uD83D\uDCA5)?|\u26F9(?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|\u2764\uFE0F?(?:\u200D(?:\uD83D\uDD25|\uD83E\uDE79))?|\uD83C(?:[\uDC04\uDD70\uDD71\uDD7E\uDD7F\uDE02\uDE37\uDF21\uDF24-\uDF2C\uDF36\uDF7D\uDF96\uDF97\uDF99-\uDF9B\uDF9E\uDF9F\uDFCD\uDFCE\uDFD4-\uDFDF\uDFF5\uDFF7]\uFE0F?|[\uDF85\uDFC2\uDFC7](?:\uD83C[\uDFFB-\uDFFF])?|[\uDFC4\uDFCA](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDFCB\uDFCC](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDCCF\uDD8E\uDD91-\uDD9A\uDE01\uDE1A\uDE2F\uDE32-\uDE36\uDE38-\uDE3A\uDE50\uDE51\uDF00-\uDF20\uDF2D-\uDF35\uDF37-\uDF43\uDF45-\uDF4A\uDF4C-\uDF7C\uDF7E-\uDF84\uDF86-\uDF93\uDFA0-\uDFC1\uDFC5\uDFC6\uDFC8\uDFC9\uDFCF-\uDFD3\uDFE0-\uDFF0\uDFF8-\uDFFF]|\uDDE6\uD83C[\uDDE8-\uDDEC\uDDEE\uDDF1\uDDF2\uDDF4\uDDF6-\uDDFA\uDDFC\uDDFD\uDDFF]|\uDDE7\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEF\uDDF1-\uDDF4\uDDF6-\uDDF9\uDDFB\uDDFC\uDDFE\uDDFF]|\uDDE8\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDEE\uDDF0-\uDDF7\uDDFA-\uDDFF]|\uDDE9\uD83C[\uDDEA\uDDEC\uDDEF\uDDF0\uDDF2\uDDF4\uDDFF]|\uDDEA\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDED\uDDF7-\uDDFA]|\uDDEB\uD83C[\uDDEE-\uDDF0\uDDF2\uDDF4\uDDF7]|\uDDEC\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEE\uDDF1-\uDDF3\uDDF5-\uDDFA\uDDFC\uDDFE]|\uDDED\uD83C[\uDDF0\uDDF2\uDDF3\uDDF7\uDDF9\uDDFA]|\uDDEE\uD83C[\uDDE8-\uDDEA\uDDF1-\uDDF4\uDDF6-\uDDF9]|\uDDEF\uD83C[\uDDEA\uDDF2\uDDF4\uDDF5]|\uDDF0\uD83C[\uDDEA\uDDEC-\uDDEE\uDDF2\uDDF3\uDDF5\uDDF7\uDDFC\uDDFE\uDDFF]|\uDDF1\uD83C[\uDDE6-\uDDE8\uDDEE\uDDF0\uDDF7-\uDDFB\uDDFE]|\uDDF2\uD83C[\uDDE6\uDDE8-\uDDED\uDDF0-\uDDFF]|\uDDF3\uD83C[\uDDE6\uDDE8\uDDEA-\uDDEC\uDDEE\uDDF1\uDDF4\uDDF5\uDDF7\uDDFA\uDDFF]|\uDDF4\uD83C\uDDF2|\uDDF5\uD83C[\uDDE6\uDDEA-\uDDED\uDDF0-\uDDF3\uDDF7-\uDDF9\uDDFC\uDDFE]|\uDDF6\uD83C\uDDE6|\uDDF7\uD83C[\uDDEA\uDDF4\uDDF8\uDDFA\uDDFC]|\uDDF8\uD83C[\uDDE6-\uDDEA\uDDEC-\uDDF4\uDDF7-\uDDF9\uDDFB\uDDFD-\uDDFF]|\uDDF9\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDED\uDDEF-\uDDF4\uDDF7\uDDF9\uDDFB\uDDFC\uDDFF]|\uDDFA\uD83C[\uDDE6\uDDEC\uDDF2\uDDF3\uDDF8\uDDFE\uDDFF]|\uDDFB\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDEE\uDDF3\uDDFA]|\uDDFC\uD83C[\uDDEB\uDDF8]|\uDDFD\uD83C\uDDF0|\uDDFE\uD83C[\uDDEA\uDDF9]|\uDDFF\uD83C[\uDDE6\uDDF2\uDDFC]|\uDF44(?:\u200D\uD83D\uDFEB)?|\uDF4B(?:\u200D\uD83D\uDFE9)?|\uDFC3(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?|\uDFF3\uFE0F?(?:\u200D(?:\u26A7\uFE0F?|\uD83C\uDF08))?|\uDFF4(?:\u200D\u2620\uFE0F?|\uDB40\uDC67\uDB40\uDC62\uDB40(?:\uDC65\uDB40\uDC6E\uDB40\uDC67|\uDC73\uDB40\uDC63\uDB40\uDC74|\uDC77\uDB40\uDC6C\uDB40\uDC73)\uDB40\uDC7F)?)|\uD83D(?:[\uDC3F\uDCFD\uDD49\uDD4A\uDD6F\uDD70\uDD73\uDD76-\uDD79\uDD87\uDD8A-\uDD8D\uDDA5\uDDA8\uDDB1\uDDB2\uDDBC\uDDC2-\uDDC4\uDDD1-\uDDD3\uDDDC-\uDDDE\uDDE1\uDDE3\uDDE8\uDDEF\uDDF3\uDDFA\uDECB\uDECD-\uDECF\uDEE0-\uDEE5\uDEE9\uDEF0\uDEF3]\uFE0F?|[\uDC42\uDC43\uDC46-\uDC50\uDC66\uDC67\uDC6B-\uDC6D\uDC72\uDC74-\uDC76\uDC78\uDC7C\uDC83\uDC85\uDC8F\uDC91\uDCAA\uDD7A\uDD95\uDD96\uDE4C\uDE4F\uDEC0\uDECC](?:\uD83C[\uDFFB-\uDFFF])?|[\uDC6E-\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4\uDEB5](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDD74\uDD90](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?|[\uDC00-\uDC07\uDC09-\uDC14\uDC16-\uDC25\uDC27-\uDC3A\uDC3C-\uDC3E\uDC40\uDC44\uDC45\uDC51-\uDC65\uDC6A\uDC79-\uDC7B\uDC7D-\uDC80\uDC84\uDC88-\uDC8E\uDC90\uDC92-\uDCA9\uDCAB-\uDCFC\uDCFF-\uDD3D\uDD4B-\uDD4E\uDD50-\uDD67\uDDA4\uDDFB-\uDE2D\uDE2F-\uDE34\uDE37-\uDE41\uDE43\uDE44\uDE48-\uDE4A\uDE80-\uDEA2\uDEA4-\uDEB3\uDEB7-\uDEBF\uDEC1-\uDEC5\uDED0-\uDED2\uDED5-\uDED8\uDEDC-\uDEDF\uDEEB\uDEEC\uDEF4-\uDEFC\uDFE0-\uDFEB\uDFF0]|\uDC08(?:\u200D\u2B1B)?|\uDC15(?:\u200D\uD83E\uDDBA)?|\uDC26(?:\u200D(?:\u2B1B|\uD83D\uDD25))?|\uDC3B(?:\u200D\u2744\uFE0F?)?|\uDC41\uFE0F?(?:\u200D\uD83D\uDDE8\uFE0F?)?|\uDC68(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDC68\uDC69]\u200D\uD83D(?:\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?)|[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?)|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFC-\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFD-\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFD\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFE]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?))?|\uDC69(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?[\uDC68\uDC69]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?|\uDC69\u200D\uD83D(?:\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?))|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFC-\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFC-\uDFFF])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB\uDFFD-\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFD-\uDFFF])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB-\uDFFD\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFD\uDFFF])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB-\uDFFE]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFE])))?))?|\uDD75(?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|\uDE2E(?:\u200D\uD83D\uDCA8)?|\uDE35(?:\u200D\uD83D\uDCAB)?|\uDE36(?:\u200D\uD83C\uDF2B\uFE0F?)?|\uDE42(?:\u200D[\u2194\u2195]\uFE0F?)?|\uDEB6(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?)|\uD83E(?:[\uDD0C\uDD0F\uDD18-\uDD1F\uDD30-\uDD34\uDD36\uDD77\uDDB5\uDDB6\uDDBB\uDDD2\uDDD3\uDDD5\uDEC3-\uDEC5\uDEF0\uDEF2-\uDEF8](?:\uD83C[\uDFFB-\uDFFF])?|[\uDD26\uDD35\uDD37-\uDD39\uDD3C-\uDD3E\uDDB8\uDDB9\uDDCD\uDDCF\uDDD4\uDDD6-\uDDDD](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDDDE\uDDDF](?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDD0D\uDD0E\uDD10-\uDD17\uDD20-\uDD25\uDD27-\uDD2F\uDD3A\uDD3F-\uDD45\uDD47-\uDD76\uDD78-\uDDB4\uDDB7\uDDBA\uDDBC-\uDDCC\uDDD0\uDDE0-\uDDFF\uDE70-\uDE7C\uDE80-\uDE8A\uDE8E-\uDEC2\uDEC6\uDEC8\uDECD-\uDEDC\uDEDF-\uDEEA\uDEEF]|\uDDCE(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?|\uDDD1(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1|\uDDD1\u200D\uD83E\uDDD2(?:\u200D\uD83E\uDDD2)?|\uDDD2(?:\u200D\uD83E\uDDD2)?))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE])))?))?|\uDEF1(?:\uD83C(?:\uDFFB(?:\u200D\uD83E\uDEF2\uD83C[\uDFFC-\uDFFF])?|\uDFFC(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB\uDFFD-\uDFFF])?|\uDFFD(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])?|\uDFFE(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB-\uDFFD\uDFFF])?|\uDFFF(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB-\uDFFE])?))?)/g;
	};
}));
// node_modules/cliui/node_modules/string-width/index.js
var import_emoji_regex = /* @__PURE__ */ require_rolldown_runtime.__toESM(require_emoji_regex(), 1);
const segmenter$2 = new Intl.Segmenter();
const defaultIgnorableCodePointRegex$1 = /^\p{Default_Ignorable_Code_Point}$/u;
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
		if ((0, import_emoji_regex.default)().test(character)) {
			width += 2;
			continue;
		}
		width += eastAsianWidth(codePoint, eastAsianWidthOptions);
	}
	return width;
}
// node_modules/wrap-ansi/node_modules/string-width/index.js
const segmenter$1 = new Intl.Segmenter();
const defaultIgnorableCodePointRegex = /^\p{Default_Ignorable_Code_Point}$/u;
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
// node_modules/ansi-styles/index.js
const ANSI_BACKGROUND_OFFSET = 10;
const wrapAnsi16 = (offset = 0) => (code) => `\u001B[${code + offset}m`;
const wrapAnsi256 = (offset = 0) => (code) => `\u001B[${38 + offset};5;${code}m`;
const wrapAnsi16m = (offset = 0) => (red, green, blue) => `\u001B[${38 + offset};2;${red};${green};${blue}m`;
const styles = {
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
const foregroundColorNames = Object.keys(styles.color);
const backgroundColorNames = Object.keys(styles.bgColor);
[...foregroundColorNames, ...backgroundColorNames];
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
const ansiStyles = assembleStyles();
// node_modules/wrap-ansi/index.js
const ESCAPES = /* @__PURE__ */ new Set(["\x1B", ""]);
const END_CODE = 39;
const ANSI_ESCAPE_BELL = "\x07";
const ANSI_CSI = "[";
const ANSI_OSC = "]";
const ANSI_SGR_TERMINATOR = "m";
const ANSI_ESCAPE_LINK = `${ANSI_OSC}8;;`;
const wrapAnsiCode = (code) => `${ESCAPES.values().next().value}${ANSI_CSI}${code}${ANSI_SGR_TERMINATOR}`;
const wrapAnsiHyperlink = (url) => `${ESCAPES.values().next().value}${ANSI_ESCAPE_LINK}${url}${ANSI_ESCAPE_BELL}`;
const wordLengths = (string) => string.split(" ").map((character) => stringWidth$1(character));
const wrapWord = (rows, word, columns) => {
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
const stringVisibleTrimSpacesRight = (string) => {
	const words = string.split(" ");
	let last = words.length;
	while (last > 0) {
		if (stringWidth$1(words[last - 1]) > 0) break;
		last--;
	}
	if (last === words.length) return string;
	return words.slice(0, last).join(" ") + words.slice(last).join("");
};
const exec = (string, columns, options = {}) => {
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
function wrapAnsi(string, columns, options) {
	return String(string).normalize().replaceAll("\r\n", "\n").split("\n").map((line) => exec(line, columns, options)).join("\n");
}
// node_modules/cliui/index.mjs
function ui(opts) {
	return cliui(opts, {
		stringWidth: stringWidth$2,
		stripAnsi,
		wrap: wrapAnsi
	});
}
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
const require$2 = node_module.createRequire ? (0, node_module.createRequire)(require("url").pathToFileURL(__filename).href) : void 0;
const parser = new YargsParser({
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
const yargsParser = function Parser(args, opts) {
	return parser.parse(args.slice(), opts).argv;
};
yargsParser.detailed = function(args, opts) {
	return parser.parse(args.slice(), opts);
};
yargsParser.camelCase = camelCase;
yargsParser.decamelize = decamelize;
yargsParser.looksLikeNumber = looksLikeNumber;
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
// node_modules/string-width/index.js
/**
Logic:
- Segment graphemes to match how terminals render clusters.
- Width rules:
1. Skip non-printing clusters (Default_Ignorable, Control, pure nonspacing/enclosing Mark, lone Surrogates). Tabs are ignored by design.
2. RGI emoji clusters (\p{RGI_Emoji}) are double-width.
3. Minimally-qualified/unqualified emoji clusters (ZWJ sequences with 2+ Extended_Pictographic, or keycap sequences) are double-width.
4. Hangul jamo collapse each standard modern Hangul L+V or L+V+T syllable piece to width 2.
Unmatched repeated leading/vowel/trailing jamo stay additive because that matches how the terminals we target render them.
5. Otherwise use East Asian Width of the cluster's first visible code point, and add widths for trailing spacing marks and Halfwidth/Fullwidth Forms within the same cluster (e.g., dakuten/handakuten/prolonged sound mark).
*/
const segmenter = new Intl.Segmenter();
const visibleCharacterRegex = /[^\p{Default_Ignorable_Code_Point}\p{Control}\p{Format}\p{Nonspacing_Mark}\p{Enclosing_Mark}\p{Surrogate}]/v;
const spacingMarkRegex = /\p{Spacing_Mark}/v;
const rgiEmojiRegex = /^\p{RGI_Emoji}$/v;
const unqualifiedKeycapRegex = /^[\d#*]\u20E3$/;
const extendedPictographicRegex = /\p{Extended_Pictographic}/gu;
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
// node_modules/y18n/build/lib/platform-shims/node.js
var node_default = {
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
// node_modules/y18n/build/lib/index.js
let shim$1;
var Y18N = class {
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
// node_modules/y18n/index.mjs
const y18n = (opts) => {
	return y18n$1(opts, node_default);
};
// node_modules/get-caller-file/index.js
var require_get_caller_file = /* @__PURE__ */ require_rolldown_runtime.__commonJSMin(((exports, module) => {
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
var import_get_caller_file = /* @__PURE__ */ require_rolldown_runtime.__toESM(require_get_caller_file(), 1);
const __dirname$1 = (0, url.fileURLToPath)(require("url").pathToFileURL(__filename).href);
const mainFilename = __dirname$1.substring(0, __dirname$1.lastIndexOf("node_modules"));
const require$1 = (0, node_module.createRequire)(require("url").pathToFileURL(__filename).href);
var esm_default = {
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
// node_modules/yargs/build/lib/utils/is-promise.js
function isPromise(maybePromise) {
	return !!maybePromise && !!maybePromise.then && typeof maybePromise.then === "function";
}
// node_modules/yargs/build/lib/yerror.js
var YError = class YError extends Error {
	constructor(msg) {
		super(msg || "yargs error");
		this.name = "YError";
		if (Error.captureStackTrace) Error.captureStackTrace(this, YError);
	}
};
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
// node_modules/yargs/build/lib/argsert.js
const positionName = [
	"first",
	"second",
	"third",
	"fourth",
	"fifth",
	"sixth"
];
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
// node_modules/yargs/build/lib/middleware.js
var GlobalMiddleware = class {
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
// node_modules/yargs/build/lib/command.js
const DEFAULT_MARKER = /(^\*)|(^\$0)/;
var CommandInstance = class {
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
// node_modules/yargs/build/lib/utils/obj-filter.js
function objFilter(original = {}, filter = () => true) {
	const obj = {};
	objectKeys(original).forEach((key) => {
		if (filter(key, original[key])) obj[key] = original[key];
	});
	return obj;
}
// node_modules/yargs/build/lib/utils/set-blocking.js
function setBlocking(blocking) {
	if (typeof process === "undefined") return;
	[process.stdout, process.stderr].forEach((_stream) => {
		const stream = _stream;
		if (stream._handle && stream.isTTY && typeof stream._handle.setBlocking === "function") stream._handle.setBlocking(blocking);
	});
}
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
// node_modules/yargs/build/lib/completion-templates.js
const completionShTemplate = `###-begin-{{app_name}}-completions-###
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
const completionZshTemplate = `#compdef {{app_name}}
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
const completionFishTemplate = `###-begin-{{app_name}}-completions-###
#
# yargs command completion script
#
# Installation: {{app_path}} {{completion_command}} > ~/.config/fish/completions/{{app_name}}.fish
#
complete -f -c {{app_name}} -a '({{app_path}} --get-yargs-completions (commandline -o)[2..-1])'
###-end-{{app_name}}-completions-###
`;
// node_modules/yargs/build/lib/completion.js
var Completion = class {
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
function completion(yargs, usage, command, shim) {
	return new Completion(yargs, usage, command, shim);
}
function isSyncCompletionFunction(completionFunction) {
	return completionFunction.length < 3;
}
function isFallbackCompletionFunction(completionFunction) {
	return completionFunction.length > 3;
}
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
// node_modules/yargs/build/lib/validation.js
const specialKeys = [
	"$0",
	"--",
	"_"
];
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
// node_modules/yargs/build/lib/utils/apply-extends.js
let previouslyVisitedConfigs = [];
let shim;
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
// node_modules/yargs/build/lib/yargs-factory.js
var __classPrivateFieldSet = function(receiver, state, value, kind, f) {
	if (kind === "m") throw new TypeError("Private method is not writable");
	if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a setter");
	if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot write private member to an object whose class did not declare it");
	return kind === "a" ? f.call(receiver, value) : f ? f.value = value : state.set(receiver, value), value;
};
var __classPrivateFieldGet = function(receiver, state, kind, f) {
	if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a getter");
	if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot read private member from an object whose class did not declare it");
	return kind === "m" ? f : kind === "a" ? f.call(receiver) : f ? f.value : state.get(receiver);
};
var _YargsInstance_command;
var _YargsInstance_cwd;
var _YargsInstance_context;
var _YargsInstance_completion;
var _YargsInstance_completionCommand;
var _YargsInstance_defaultShowHiddenOpt;
var _YargsInstance_exitError;
var _YargsInstance_detectLocale;
var _YargsInstance_emittedWarnings;
var _YargsInstance_exitProcess;
var _YargsInstance_frozens;
var _YargsInstance_globalMiddleware;
var _YargsInstance_groups;
var _YargsInstance_hasOutput;
var _YargsInstance_helpOpt;
var _YargsInstance_isGlobalContext;
var _YargsInstance_logger;
var _YargsInstance_output;
var _YargsInstance_options;
var _YargsInstance_parentRequire;
var _YargsInstance_parserConfig;
var _YargsInstance_parseFn;
var _YargsInstance_parseContext;
var _YargsInstance_pkgs;
var _YargsInstance_preservedGroups;
var _YargsInstance_processArgs;
var _YargsInstance_recommendCommands;
var _YargsInstance_shim;
var _YargsInstance_strict;
var _YargsInstance_strictCommands;
var _YargsInstance_strictOptions;
var _YargsInstance_usage;
var _YargsInstance_usageConfig;
var _YargsInstance_versionOpt;
var _YargsInstance_validation;
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
const kCopyDoubleDash = Symbol("copyDoubleDash");
const kCreateLogger = Symbol("copyDoubleDash");
const kDeleteFromParserHintObject = Symbol("deleteFromParserHintObject");
const kEmitWarning = Symbol("emitWarning");
const kFreeze = Symbol("freeze");
const kGetDollarZero = Symbol("getDollarZero");
const kGetParserConfiguration = Symbol("getParserConfiguration");
const kGetUsageConfiguration = Symbol("getUsageConfiguration");
const kGuessLocale = Symbol("guessLocale");
const kGuessVersion = Symbol("guessVersion");
const kParsePositionalNumbers = Symbol("parsePositionalNumbers");
const kPkgUp = Symbol("pkgUp");
const kPopulateParserHintArray = Symbol("populateParserHintArray");
const kPopulateParserHintSingleValueDictionary = Symbol("populateParserHintSingleValueDictionary");
const kPopulateParserHintArrayDictionary = Symbol("populateParserHintArrayDictionary");
const kPopulateParserHintDictionary = Symbol("populateParserHintDictionary");
const kSanitizeKey = Symbol("sanitizeKey");
const kSetKey = Symbol("setKey");
const kUnfreeze = Symbol("unfreeze");
const kValidateAsync = Symbol("validateAsync");
const kGetCommandInstance = Symbol("getCommandInstance");
const kGetContext = Symbol("getContext");
const kGetHasOutput = Symbol("getHasOutput");
const kGetLoggerInstance = Symbol("getLoggerInstance");
const kGetParseContext = Symbol("getParseContext");
const kGetUsageInstance = Symbol("getUsageInstance");
const kGetValidationInstance = Symbol("getValidationInstance");
const kHasParseCallback = Symbol("hasParseCallback");
const kIsGlobalContext = Symbol("isGlobalContext");
const kPostProcess = Symbol("postProcess");
const kRebase = Symbol("rebase");
const kReset = Symbol("reset");
const kRunYargsParserAndExecuteCommands = Symbol("runYargsParserAndExecuteCommands");
const kRunValidation = Symbol("runValidation");
const kSetHasOutput = Symbol("setHasOutput");
const kTrackManuallySetKeys = Symbol("kTrackManuallySetKeys");
const DEFAULT_LOCALE = "en_US";
var YargsInstance = class {
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
function isYargsInstance(y) {
	return !!y && typeof y.getInternalMethods === "function";
}
// node_modules/yargs/index.mjs
const Yargs = YargsFactory(esm_default);
// dist/policy/config.js
var import_picocolors = require_picocolors$1.default;
/**
* `.scan-keys.json`: raw JSON → validated, compiled config. Reading is the caller's (cli.ts).
* Two stages, as with patterns: RawConfig is what was written; Config is checked and compiled
* (globs into matchers, value expressions into RegExps), and every problem is reported at once.
*/
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
/**
* micromatch, loaded on first use: a config without globs (and the server hook, on every push)
* does not pay for it (about 45 ms of CommonJS loading on a busy 2-core machine).
*/
let micromatchModule;
const micromatch = () => micromatchModule ??= (0, node_module.createRequire)(require("url").pathToFileURL(__filename).href)("micromatch");
function matcherOf(globs) {
	if (globs.length === 0) return void 0;
	return micromatch().matcher(globs.length === 1 ? globs[0] : `{${globs.join(",")}}`, { dot: true });
}
function compileValue(source) {
	let regex;
	try {
		regex = new RegExp(source);
	} catch (err) {
		return { problem: `is not a valid regular expression: ${err.message}` };
	}
	const linear = require_file.checkLinear(source);
	return linear ? { problem: linear } : { regex };
}
function compileConfig(data, schema, source, options = {}) {
	const issues = require_file.validateSchema(data, schema);
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
		if (options.patternSchema) for (const issue of require_file.validateSchema(p, options.patternSchema)) issues.push({
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
// dist/scan/parallel.js
/**
* Parallel tree scans: worker threads each rebuild the rule set and scan batches of files; the main
* thread only lists files, hands out batches and collects results. Used when the machine has more
* than one core and the scan has enough files to pay for starting workers.
*/
const WORKER_FILE = (0, node_url.fileURLToPath)(new URL("./worker.js", require("url").pathToFileURL(__filename).href));
/**
* A small young generation per worker: on 3 large files (115 MB) peak RSS fell from 141 to 120 MiB
* for the same CPU time (1.3 s), and on 20,000 small files from 148 to 137 MiB.
*/
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 4 };
/** Files per message: large enough that messaging is noise, small enough to balance the load. */
const BATCH$1 = 64;
/**
* How many workers to use for `files` files: 0 means scan in this thread. `bytes` (the files'
* total size) is asked for only when it decides: 1 to 255 files on a machine that can use workers.
*/
function workerCount(files, requested, bytes = () => 0) {
	if (requested !== void 0) return requested;
	if (files < 1) return 0;
	if (!(0, node_fs.existsSync)(WORKER_FILE)) return 0;
	if (files === 1) return bytes() >= 16777216 ? 1 : 0;
	const cores = (0, node_os.availableParallelism)();
	if (cores < 2) return 0;
	if (files < 256 && bytes() < 16777216) return 0;
	return Math.min(cores, 8);
}
/** Files per message: up to BATCH, fewer when there are few files, so that every worker gets some. */
function batchSizeFor(files, workers) {
	return Math.max(1, Math.min(BATCH$1, Math.floor(files / (2 * workers))));
}
function rebuild(msg) {
	if (msg.name === "InputError") return new require_file.InputError(msg.message, msg.code);
	const err = new Error(msg.message);
	err.name = msg.name;
	return err;
}
/** Scans `targets` on `workers` threads, calling `onFile` for each file in completion order. */
function scanParallel(targets, init, workers, onFile) {
	return new Promise((resolve, reject) => {
		const batchSize = batchSizeFor(targets.length, workers);
		const pool = Array.from({ length: Math.min(workers, Math.ceil(targets.length / batchSize)) }, () => new node_worker_threads.Worker(WORKER_FILE, {
			workerData: init,
			resourceLimits: WORKER_LIMITS
		}));
		const inFlight = new Map(pool.map((w) => [w, []]));
		let next = 0;
		let done = 0;
		let settled = false;
		const finish = (err) => {
			if (settled) return;
			settled = true;
			for (const w of pool) w.terminate();
			if (err) reject(err);
			else resolve();
		};
		const send = (w) => {
			if (next >= targets.length) return;
			const batch = targets.slice(next, next + batchSize);
			next += batch.length;
			inFlight.get(w)?.push(batch);
			w.postMessage({
				type: "batch",
				targets: batch
			});
		};
		for (const w of pool) {
			w.on("message", (msg) => {
				if (settled) return;
				if (msg.type === "error") return finish(rebuild(msg));
				const batch = inFlight.get(w)?.shift() ?? [];
				try {
					msg.results.forEach((r, i) => onFile(batch[i], r));
				} catch (err) {
					return finish(err);
				}
				done += batch.length;
				if (done >= targets.length) return finish();
				send(w);
			});
			w.on("error", (err) => finish(err));
			w.on("exit", (code) => {
				if (!settled && done < targets.length) finish(/* @__PURE__ */ new Error(`a scan worker stopped (exit code ${code}) before the scan was complete`));
			});
			send(w);
			send(w);
		}
	});
}
function emptyStats() {
	return {
		files: 0,
		bytes: 0,
		lines: 0,
		skipped: 0,
		durationMs: 0
	};
}
/** Scans one stream of bytes (stdin, a blob) under a display name. */
async function scanStream(source, name, rules, options = {}) {
	const started = performance.now();
	const scanner = new require_file.ContentScanner(rules, {
		file: name,
		inlineAllow: options.inlineAllow ?? true
	});
	const findings = [];
	for await (const chunk of source) require_file.appendAll(findings, scanner.push(chunk));
	require_file.appendAll(findings, scanner.end());
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
	stats.durationMs = performance.now() - started;
	return {
		findings,
		stats,
		skipped
	};
}
/** Total size of the targets that are regular files (one stat each: workerCount asks only for short lists). */
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
async function scanPaths(paths, options) {
	const started = performance.now();
	const config = options.config ?? EMPTY_CONFIG;
	const targets = (await require_file.listTargets(paths, options.root, { skipUnreadable: options.skipUnreadable })).filter((t) => !config.isPathIgnored(t.display));
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
		require_file.appendAll(result.findings, scan.findings);
		options.onProgress?.({
			files: result.stats.files + result.skipped.length,
			bytes: result.stats.bytes,
			findings: result.findings.length
		});
	};
	const workers = workerCount(targets.length, options.workers, () => knownSize(targets));
	if (workers > 0) {
		const { sources } = options.rules;
		await scanParallel(targets, {
			sources,
			maxFileSize: fileOptions.maxFileSize,
			inlineAllow: fileOptions.inlineAllow,
			skipUnreadable: fileOptions.skipUnreadable
		}, workers, onFile);
	} else for (const [i, target] of targets.entries()) {
		onFile(target, require_file.scanFileSync(target, fileOptions));
		if (i % 32 === 31) await new Promise((r) => setImmediate(r));
	}
	result.findings.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.offset - b.offset);
	result.skipped.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
	result.stats.skipped = result.skipped.length;
	result.stats.durationMs = performance.now() - started;
	return result;
}
// dist/report/messages/index.js
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
const EN = makeLocale("en", require_common.en);
/** How to load each other language's catalogue (a new Lang without one is a type error). */
const LOADERS = { "zh-CN": async () => (await Promise.resolve().then(() => require("./zh-CN.js"))).zhCN };
async function loadLocale(lang) {
	return lang === "en" ? EN : makeLocale(lang, await LOADERS[lang]());
}
// dist/report/chunks.js
/**
* JSON text in pieces, for reports too large to be one string: V8 caps a string near 512 MiB,
* and a JSON report of 1,000,000 findings is about 1.1 GB. The text is exactly what
* `JSON.stringify(value, null, 2)` gives; an array wrapped in `streamed()` is produced element by
* element from an iterable (each element built, written and dropped), so memory holds the
* findings and one batch of text, never the whole report.
*/
const STREAMED = Symbol("streamed");
/** An array to be written element by element, from an iterable that builds each one on demand. */
function streamed(items) {
	return { [STREAMED]: items };
}
function isStreamed(value) {
	return typeof value === "object" && value !== null && STREAMED in value;
}
/** Whether any value under this one is streamed (only then is it walked here, not stringified). */
function holdsStreamed(value) {
	if (isStreamed(value)) return true;
	if (typeof value !== "object" || value === null) return false;
	return (Array.isArray(value) ? value : Object.values(value)).some(holdsStreamed);
}
/** Pieces of at least about this many characters (fewer, larger writes). */
const PIECE = 1 << 20;
/** Items of a streamed array stringified together. */
const BATCH = 512;
/** The pretty-printed JSON of `value` (2-space indent, as JSON.stringify(value, null, 2)), in pieces. */
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
/** Lazily maps an array (each element built only when written). */
function* mapLazily(items, f) {
	for (const item of items) yield f(item);
}
// dist/report/json.js
/**
* The same document in pieces, each finding built as it is written (any number of findings).
* The same bytes in every language except `title` (a rule title for people); everything scripts
* key on (ruleId, severity, fields, skip reasons, URLs) is language-independent.
*/
function renderJsonChunks(report, t = EN) {
	const byProvider = new Map(report.providers.map((p) => [p.id, p]));
	const findings = mapLazily(report.findings, (f) => {
		const provider = byProvider.get(f.provider);
		return {
			ruleId: f.ruleId,
			provider: f.provider,
			kind: f.kind,
			title: t.ruleTitle(provider, f.ruleId, f.title),
			severity: f.severity,
			blocking: require_common.isBlocking(f, report.failOn),
			confidence: f.confidence,
			temporary: f.temporary,
			...f.isPublic ? { public: true } : {},
			file: f.file,
			line: f.line,
			column: f.column,
			endColumn: f.endColumn,
			secret: require_common.shownSecret(f, report.showSecrets),
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
		findings: streamed(findings),
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
		yield* jsonChunks(doc);
		yield "\n";
	})();
}
// dist/report/width.js
/**
* Column width as a terminal shows it: East Asian wide and fullwidth characters (CJK ideographs,
* kana, hangul, fullwidth punctuation such as '，' and '（'） take two columns, combining marks
* none, everything else one. Enough for aligning the text report's columns; not a full wcwidth.
*/
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;
const ZERO = /[\u0300-\u036F\u200B-\u200F\uFE00-\uFE0F]/u;
function displayWidth(s) {
	if (/^[\x20-\x7e]*$/.test(s)) return s.length;
	let w = 0;
	for (const ch of s) w += WIDE.test(ch) ? 2 : ZERO.test(ch) ? 0 : 1;
	return w;
}
/** `s` padded with spaces to `width` columns (as String.padEnd, counting display columns). */
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
function describe$1(f, m) {
	const notes = [];
	if (f.pair) notes.push(m.pairsWith(f.pair.line, f.pair.column));
	else if (f.confidence === "context") notes.push(m.assignedToSecretName);
	if (f.isPublic) notes.push(m.publicNotBlocking);
	if (f.verification) notes.push(require_common.verificationNote(f, m));
	if (f.commit) notes.push(m.commitNote(f.commit.sha.slice(0, 10), f.commit.author, f.commit.date.slice(0, 10), f.commit.count));
	return notes.join(m.noteSeparator);
}
/**
* The report in `t`'s language (default English). Columns are aligned by display width, so a
* Chinese title (two columns per character) lines up as an English one does.
*/
function renderText(report, c, t = EN) {
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
	const sevWidth = Math.max(...require_file.SEVERITIES.map((s) => displayWidth(m.severity[s])));
	let current;
	for (const f of findings) {
		if (f.file !== current) {
			if (current !== void 0) lines.push("");
			current = f.file;
			lines.push(c.bold(c.cyan(f.file || "<stdin>")));
		}
		const at = `${f.line}:${f.column}`.padEnd(9);
		const sev = paint(c, f.severity, padEndWidth(m.severity[f.severity], sevWidth));
		const note = describe$1(f, m);
		lines.push(`  ${at} ${sev} ${padEndWidth(titleOf(f), titleWidth)}  ${require_common.shownSecret(f, report.showSecrets)}${note ? c.dim(`  (${note})`) : ""}`);
	}
	if (findings.length > 0) lines.push("");
	const blocking = findings.filter((f) => require_common.isBlocking(f, report.failOn));
	for (const provider of report.providers) {
		const mine = findings.filter((f) => f.provider === provider.id);
		if (mine.length === 0) continue;
		const r = t.remediation(provider);
		lines.push(c.bold(m.whatToDoNow(t.providerName(provider, provider.name), mine.length)));
		for (const step of r.now) lines.push(`  • ${step}`);
		lines.push(`  ${c.bold(m.console)} ${r.console.url}  ${c.dim(r.console.title)}`);
		lines.push(c.bold(`  ${m.nextTime}`));
		for (const step of r.prevent) lines.push(`  • ${step}`);
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
/** One line per skipped file, for --verbose. */
function renderSkipped(report, c, t = EN) {
	return report.skipped.map((s) => c.dim(t.m.skippedLine(s.file, s.reason))).join("\n") + (report.skipped.length ? "\n" : "");
}
// dist/report/types.js
const NO_COLORS = {
	red: (s) => s,
	yellow: (s) => s,
	green: (s) => s,
	dim: (s) => s,
	bold: (s) => s,
	cyan: (s) => s
};
// dist/report/sarif.js
/**
* `--format sarif`: one SARIF 2.1.0 log that GitHub code scanning accepts. One reportingDescriptor
* per rule id (with the provider's console as helpUri and its remediation as help), results with
* 1-based line and columns (columns in Unicode code points, endColumn exclusive, as findings
* already are), relative percent-encoded URIs, partialFingerprints from the finding fingerprint,
* and values masked unless --show-secrets. Validated against the official schema in
* test/sarif.test.ts.
*/
const SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
const TOOL_URI = "https://www.npmjs.com/package/scan-keys";
/** GitHub reads `security-severity` (0.0–10.0) to rank alerts: ≥ 9 critical, ≥ 7 high, ≥ 4 medium. */
const SECURITY_SEVERITY = {
	critical: "9.5",
	high: "8.0",
	medium: "5.5",
	low: "3.0"
};
/** A relative path as a URI reference: '/' separators, each segment percent-encoded. */
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
		severity: require_file.severityRank(r.pairedSeverity) > require_file.severityRank(r.severity) ? r.pairedSeverity : r.severity,
		temporary: r.temporary
	}));
	const seen = /* @__PURE__ */ new Map();
	for (const f of report.findings) {
		const known = seen.get(f.ruleId);
		if (!known || require_file.severityRank(f.severity) > require_file.severityRank(known.severity)) seen.set(f.ruleId, {
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
	if (require_common.isBlocking(f, report.failOn)) return "error";
	return f.severity === "low" ? "note" : "warning";
}
function messageOf$1(f, report, t) {
	const { m } = t;
	const provider = report.providers.find((p) => p.id === f.provider);
	const notes = [];
	if (f.pair) notes.push(m.sarifPairsWith(f.pair.line, f.pair.column));
	else if (f.confidence === "context") notes.push(m.sarifAssigned);
	if (f.isPublic) notes.push(m.publicSignedUrl);
	if (f.temporary) notes.push(m.temporaryCredential);
	if (f.verification) notes.push(require_common.verificationNote(f, m));
	const console = provider?.remediation.console.url;
	return `${t.ruleTitle(provider, f.ruleId, f.title)} ${require_common.shownSecret(f, report.showSecrets)} (${m.severity[f.severity]}${notes.length ? m.noteSeparator + notes.join(m.noteSeparator) : ""})${m.fullStop}` + (console ? m.disableAndCreate(console) : "");
}
function renderSarif(report, t = EN) {
	return [...renderSarifChunks(report, t)].join("");
}
/** The same log in pieces, each result built as it is written (any number of findings). */
function renderSarifChunks(report, t = EN) {
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
			results: streamed(mapLazily(report.findings, (f) => ({
				ruleId: f.ruleId,
				ruleIndex: index.get(f.ruleId),
				level: levelOf(f, report),
				message: { text: messageOf$1(f, report, t) },
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
		yield* jsonChunks(log);
		yield "\n";
	})();
}
// dist/report/github.js
function escapeData(s) {
	return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
	return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
/** One workflow command: `::name key=value,…::message`. */
function workflowCommand(name, properties, message) {
	const props = properties.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
	return `::${name}${props ? " " + props : ""}::${escapeData(message)}`;
}
function messageOf(f, report, t) {
	const { m } = t;
	const provider = report.providers.find((p) => p.id === f.provider);
	const parts = [`${t.ruleTitle(provider, f.ruleId, f.title)} ${require_common.shownSecret(f, report.showSecrets)} (${m.severity[f.severity]})`];
	if (f.pair) parts.push(m.githubPairsWith(f.pair.line));
	if (f.isPublic) parts.push(m.publicSignedUrl);
	const first = provider ? t.remediation(provider).now[0] : void 0;
	let text = parts.join(m.listSeparator) + m.fullStop;
	if (first) text += `\n${first}`;
	if (provider) text += `\n${m.console} ${provider.remediation.console.url}`;
	return text;
}
function renderGithub(report, t = EN) {
	const { m } = t;
	const lines = report.findings.map((f) => {
		const provider = report.providers.find((p) => p.id === f.provider);
		return workflowCommand(require_common.isBlocking(f, report.failOn) ? "error" : "warning", [
			["file", f.file],
			["line", f.line],
			["endLine", f.line],
			["col", f.column],
			["endColumn", f.endColumn],
			["title", `scan-keys: ${t.ruleTitle(provider, f.ruleId, f.title)}`]
		], messageOf(f, report, t));
	});
	const blocking = report.findings.filter((f) => require_common.isBlocking(f, report.failOn)).length;
	lines.push(report.findings.length === 0 ? m.githubNoCredentials(report.stats.files) : m.githubSummary(report.findings.length, blocking, report.failOn, report.stats.files));
	return lines.join("\n") + "\n";
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
/** Sorted, de-duplicated entries for findings; `pathOf` maps a finding's file to the baseline's frame. */
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
/** The file's text: stable 2-space JSON with a trailing newline. */
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
/** Parses a baseline file's text; `source` names it in errors. */
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
// dist/policy/project.js
/**
* The files around a scan that belong to the project: where its root is, its `.scan-keys.json`
* and its baseline file. Reads and writes files; decides nothing about exit codes.
*/
const CONFIG_FILE = ".scan-keys.json";
const CONFIG_SCHEMA = (0, node_url.fileURLToPath)(new URL("../../config.schema.json", require("url").pathToFileURL(__filename).href));
/** `file` (as the scan shows it, relative to `cwd`) relative to `base` with '/'; undefined outside it. */
function relativeTo(base, cwd, file) {
	const rel = (0, node_path.relative)(base, (0, node_path.resolve)(cwd, file));
	if (rel === "" || rel.startsWith("..") || (0, node_path.isAbsolute)(rel)) return void 0;
	return rel.split(node_path.sep).join("/");
}
/** `--config FILE` (must exist), else `.scan-keys.json` at the project root if present. */
function loadProjectConfig(path, cwd) {
	const root = findProjectRoot(cwd);
	const file = path ? (0, node_path.resolve)(cwd, path) : (0, node_path.resolve)(root, CONFIG_FILE);
	if (!path && !(0, node_fs.existsSync)(file)) return {
		config: EMPTY_CONFIG,
		root,
		source: void 0
	};
	const shown = path ?? ((0, node_path.relative)(cwd, file) || ".scan-keys.json");
	let data;
	try {
		data = JSON.parse((0, node_fs.readFileSync)(file, "utf8"));
	} catch (err) {
		const e = err;
		throw new ConfigError(`${shown}: ${e.code ? `cannot read: ${e.code}` : `invalid JSON: ${e.message}`}`);
	}
	const schema = JSON.parse((0, node_fs.readFileSync)(CONFIG_SCHEMA, "utf8"));
	return {
		config: compileConfig(data, schema, shown, {
			patternSchema: require_file.loadPatternSchema(),
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
		throw new BaselineError(`${path}: cannot read: ${err.code ?? err.message}`);
	}
	return parseBaseline(text, path);
}
function writeBaselineFile(path, cwd, entries) {
	(0, node_fs.writeFileSync)((0, node_path.resolve)(cwd, path), renderBaseline(entries));
}
/** Maps a finding's file (relative to cwd) into the baseline file's frame: relative to its directory. */
/**
* Maps a finding's path to one relative to the baseline file's folder. `from` is the directory
* finding paths are relative to (the repository top for git scans), default `cwd`.
*/
function baselinePathMapper(baselineFile, cwd, from = cwd) {
	const base = (0, node_path.dirname)((0, node_path.resolve)(cwd, baselineFile));
	return (file) => {
		if (file === "<stdin>" || file === "") return file;
		return relativeTo(base, from, file) ?? (0, node_path.resolve)(from, file).split(node_path.sep).join("/");
	};
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
		this.child = require_git_run.gitSpawn(dir, ["cat-file", mode]);
		this.stderr = require_git_run.firstStderrLine(this.child);
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
		this.child.on("error", (err) => fail(new require_git_run.GitError(`git cat-file: ${err.message}`)));
		this.child.on("close", (code) => {
			if (!this.closed || this.queue.length > 0) fail(new require_git_run.GitError(`git cat-file exited (${code}): ${this.stderr() || "no message"}`));
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
	const child = require_git_run.gitSpawn(cwd, [...DIFF_ARGS, ...paths]);
	child.stdin.end();
	const stderr = require_git_run.firstStderrLine(child);
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
	child.on("error", (err) => fail(new require_git_run.GitError(`git: ${err.message}`)));
	child.on("close", (code) => {
		if (finished) return;
		if (code !== 0) return fail(new require_git_run.GitError(stderr() || `git diff exited with ${code}`));
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
		repo: () => repo ??= require_git_run.findRepo(cwd, "--staged"),
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
// dist/sources/missing.js
/**
* Objects git cannot read: a clone missing blobs (a snapshot, a damaged pack), a partial clone
* (`--filter=blob:none`) whose promisor remote cannot be reached, a shallow clone. `git log -p`
* and `git diff` die on the first such object with "unable to read <oid>" and nothing else; this
* finds every missing object of the scan, where it is (commit, path), and says how to fix it.
*/
/** How to get the objects back, whatever the cause. */
const MISSING_HINT = "fetch the missing objects (`git fetch`; in a shallow clone `git fetch --unshallow`; in a partial clone make its promisor remote reachable, or `git fetch --refetch`), or rerun with --skip-unreadable to scan the rest and list these as skipped";
/** True for git's ways of saying it could not read an object. */
function isMissingObjectError(message) {
	return /unable to read [0-9a-f]{40}|could not fetch [0-9a-f]{40}|promisor remote|bad object|missing blob|unable to read tree|did not receive expected object|object file .* is empty|packed object [0-9a-f]+ .* is corrupt|Could not read [0-9a-f]{40}|loose object [0-9a-f]+ .* is corrupt/i.test(message);
}
/** The object ids of `oids` that git cannot read (without fetching them from a promisor). */
async function unreadableObjects(cwd, oids) {
	const unique = [...new Set(oids)].filter((o) => !/^0+$/.test(o));
	if (unique.length === 0) return /* @__PURE__ */ new Set();
	const out = (await require_git_run.gitOutput(cwd, ["cat-file", "--batch-check=%(objectname)"], unique.join("\n") + "\n", NO_LAZY_FETCH)).toString("utf8");
	const missing = /* @__PURE__ */ new Set();
	for (const line of out.split("\n")) {
		const m = /^([0-9a-f]{40,64}) missing$/.exec(line.trim());
		if (m) missing.add(m[1]);
	}
	return missing;
}
const NO_LAZY_FETCH = { GIT_NO_LAZY_FETCH: "1" };
/**
* The missing blobs a commit range needs, each at the first commit (oldest first) and path that
* needs it. `rev-list --missing=print` lists them without fetching; `log --raw -m` (which reads
* only commits and trees) says where each is used, on either side of a change.
*/
async function missingInRange(top, revs) {
	const env = NO_LAZY_FETCH;
	const listed = (await require_git_run.gitOutput(top, [
		"rev-list",
		"--objects",
		"--missing=print",
		...revs,
		"--"
	], void 0, env)).toString("utf8");
	const missing = /* @__PURE__ */ new Set();
	for (const line of listed.split("\n")) if (line.startsWith("?")) missing.add(line.slice(1).trim());
	if (missing.size === 0) return [];
	const raw = (await require_git_run.gitOutput(top, [
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
/** The staged paths whose blob (in the index, or at HEAD) git cannot read. */
async function missingStaged(cwd) {
	const entries = [];
	const index = (await require_git_run.gitOutput(cwd, [
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
		const head = (await require_git_run.gitOutput(cwd, [
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
/** A scan that stopped at objects git cannot read: every one named, what was scanned, and the fix. */
var MissingObjectsError = class extends require_git_run.GitError {
	missing;
	constructor(missing, scanned, cause) {
		super(describe(missing, scanned, cause));
		this.missing = missing;
		this.name = "MissingObjectsError";
	}
};
function describe(missing, scanned, cause) {
	const shown = missing.slice(0, 20).map((m) => `  ${m.commit ? /^[0-9a-f]{40,64}$/.test(m.commit) ? `commit ${m.commit}` : m.commit : "object"}${m.path ? ` ${m.path}` : ""}: object ${m.oid} cannot be read`);
	if (missing.length > 20) shown.push(`  … and ${missing.length - 20} more`);
	return [
		missing.length > 0 ? `the scan is incomplete: git cannot read ${missing.length} object${missing.length === 1 ? "" : "s"} it needs (${cause})` : `the scan is incomplete: git cannot read an object it needs (${cause})`,
		...shown,
		scanned,
		`to fix: ${MISSING_HINT}`
	].join("\n");
}
/** The skip reason for an object left out by --skip-unreadable (warned about: see isWarnedSkip). */
function skipReason$1(m) {
	const where = /^[0-9a-f]{40,64}$/.test(m.commit) ? `at commit ${m.commit.slice(0, 12)}` : m.commit === "index" ? "in the index" : `at ${m.commit}`;
	return `unreadable: object ${m.oid} ${where} cannot be read (missing from this clone; skipped by --skip-unreadable)`;
}
// dist/scan/staged.js
/**
* The pre-commit scan: exactly what the next commit adds. Scans each staged blob (the index's
* content, never the work tree) whole so that pairing sees the lines around each change, and keeps
* the findings on added lines. One git process as a rule, the diff, which also carries the blobs
* (see sources/staged.ts); rev-parse and cat-file only when needed (see openStaged).
*/
function skipReason(e) {
	if (e.status === "D") return "deleted";
	if (e.status === "U") return "unmerged";
	if (e.dstMode === "160000") return "submodule (commit id, no content)";
	if (e.dstMode === "120000") return "symbolic link (target path, not followed)";
}
/** Git's object id of a blob with this content (SHA-1, or SHA-256 for a 64-digit id). */
function blobId(content, like) {
	return (0, node_crypto.createHash)(like.length === 64 ? "sha256" : "sha1").update(`blob ${content.length}\0`).update(content).digest("hex");
}
/** The staged blob: from the diff when it hashes to the entry's id (it always should), else from cat-file. */
async function stagedBlob(git, e) {
	if (e.content && blobId(e.content, e.oid) === e.oid) return e.content;
	const obj = await git.blobs().get(e.oid);
	if (!obj?.content) throw new require_git_run.GitError(`staged blob ${e.oid} for ${e.path} is missing from the object store`);
	return obj.content;
}
async function scanStaged(options) {
	const git = options.git ?? openStaged(options.cwd, { repo: options.base !== false || options.config !== void 0 });
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
			if (isLfsPointer(content)) {
				skip(e.path, "Git LFS pointer (content stored outside git)");
				continue;
			}
			const scanner = new require_file.ContentScanner(options.rules, {
				file: e.path,
				inlineAllow: options.inlineAllow ?? true
			});
			const found = [...scanner.push(content), ...scanner.end()];
			if (scanner.isBinary) {
				skip(e.path, "binary (NUL byte in the first 8 KiB)");
				continue;
			}
			result.stats.files++;
			result.stats.bytes += content.length;
			result.stats.lines += countLines(e.added);
			for (const f of found) {
				if (!isAddedLine(e.added, f.line)) continue;
				parents ??= git.mergeHeads().then((heads) => heads.length > 0 ? ["HEAD", ...heads] : []);
				const merging = await parents;
				if (merging.length > 0 && await isInAParent(git.blobs(), merging, e, f)) continue;
				result.findings.push(f);
			}
		}
	};
	try {
		await scanEntries(git.entries);
	} catch (err) {
		if (!(err instanceof require_git_run.GitError) || !isMissingObjectError(err.message)) throw err;
		const unreadable = await missingStaged(options.cwd);
		const cause = err.message.replace(/^fatal: /, "");
		if (!options.skipUnreadable || unreadable.length === 0) throw new MissingObjectsError(unreadable, "scanned nothing: git stopped before the staged diff", cause);
		result = fresh();
		seen = 0;
		for (const m of unreadable) skip(m.path, skipReason$1(m));
		await scanEntries(await readStagedDiff(options.cwd, [...new Set(unreadable.map((m) => m.path))]));
	}
	if (seen === 0 && top === void 0) await git.repo();
	result.findings.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.offset - b.offset);
	return finish(result, started);
}
/**
* During a merge the staged diff against HEAD shows everything merged in. A value already in the
* same file (or the file it was renamed or copied from) on HEAD or on a merged commit was committed
* there; only a value in none of them was typed while resolving the merge.
*/
async function isInAParent(blobs, parents, e, f) {
	const needle = Buffer.from(f.secret, "latin1");
	const paths = e.srcPath && e.srcPath !== e.path ? [e.path, e.srcPath] : [e.path];
	for (const parent of parents) for (const path of paths) if ((await blobs.get(`${parent}:${path}`))?.content?.includes(needle)) return true;
	return false;
}
function finish(result, started) {
	result.skipped.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
	result.stats.skipped = result.skipped.length;
	result.stats.durationMs = Number(process.hrtime.bigint() - started) / 1e6;
	return result;
}
// dist/sources/history.js
/**
* Commit ranges as a stream of hunks: one `git log -p` process, parsed line by line as it arrives,
* so memory holds one hunk at a time whatever the size of the history.
*
* Why `--cc`: plain `git log -p` prints no patch for merge commits, so a key typed while resolving a
* conflict never shows. `--cc` prints, for each merge, only the hunks that differ from every
* parent, and marks a line new to all parents with `+` in every parent column: exactly the
* resolution. Lines marked `+` for only some parents came from another parent, whose own commit
* the walk scans anyway. (`-m` would re-print each merged branch whole against the other parent.)
*
* Why `-U8`: pairing looks up to 4 line breaks around a key and a provider word up to 8 away, so
* eight context lines give the scanner the same view of the file around each added line as the
* whole blob would, without reading blobs.
*/
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
/** Undoes git's C-style quoting of a path ("a\tb", octal escapes) and drops the a/ or b/ prefix. */
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
/** Bytes (as latin1) read as UTF-8; ASCII, nearly every author and path, is the same either way. */
const latin1ToUtf8 = (s) => /^[\x00-\x7f]*$/.test(s) ? s : Buffer.from(s, "latin1").toString("utf8");
const NEWLINE = Buffer.from("\n");
const PLUS = 43;
const MINUS = 45;
/**
* Parses `git log` output (LOG_ARGS) as it arrives, calling `onHunk` for each hunk that adds lines.
* Works on the bytes, as the detector does: a hunk's lines are copied out of git's output without
* their +/-/space columns, and only header lines become strings. On the 7.9 MB bench log this
* takes 24 ms, against 29 ms for a string per line and a conversion back to bytes per hunk; and
* a line longer than a chunk is joined once, where joining strings on every chunk was quadratic
* (a 32 MiB line: 6.6 s, now 0.07 s).
*/
var LogParser = class {
	onHunk;
	commit;
	path;
	skipFile = false;
	parents = 1;
	inHunk = false;
	hunk;
	/** The hunk's text so far: its kept lines, copied here without their columns; grows as needed. */
	text = Buffer.allocUnsafe(65536);
	textLength = 0;
	nextLine = 0;
	/** The start of a line that has not ended yet, in pieces (a long line spans many chunks). */
	pending = [];
	commits = 0;
	constructor(onHunk) {
		this.onHunk = onHunk;
	}
	/** The next piece of git's output (any chunking). */
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
	/** The output has ended: a last line without a line break, and the hunk in progress. */
	end() {
		if (this.pending.length > 0) {
			const line = Buffer.concat(this.pending);
			this.pending = [];
			this.line(line, 0, line.length);
		}
		this.flush();
	}
	/** One line: buf[start, end), without its line break. */
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
				added: /* @__PURE__ */ new Set()
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
	}
	/** Emits the hunk in progress, if it adds anything. */
	flush() {
		if (this.inHunk && this.hunk && this.hunk.added.size > 0) {
			this.hunk.data = Buffer.from(this.text.subarray(0, this.textLength));
			this.onHunk(this.hunk);
		}
		this.hunk = void 0;
		this.textLength = 0;
		this.inHunk = false;
	}
};
/** Streams `git log <LOG_ARGS> <revs>` through a LogParser. */
async function streamLog(top, revs, onHunk, options = {}) {
	const given = options.commits;
	const args = given ? [
		...LOG_ARGS.filter((a) => a !== "--topo-order" && a !== "--reverse"),
		"--no-walk=unsorted",
		"--stdin"
	] : [...LOG_ARGS, ...revs];
	const paths = options.exclude?.length ? [":(top)", ...options.exclude.map((p) => `:(top,literal,exclude)${p}`)] : [];
	const child = require_git_run.gitSpawn(top, [
		...LOG_CONFIG,
		...args,
		"--",
		...paths
	]);
	child.stdin.on("error", () => {});
	child.stdin.end(given ? given.join("\n") + "\n" : void 0);
	const stderr = require_git_run.firstStderrLine(child);
	const closed = new Promise((done, fail) => {
		child.on("error", (err) => fail(new require_git_run.GitError(`git log: ${err.message}`)));
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
		throw new require_git_run.GitError(`git log failed: ${stderr() || `exit ${code}`}`);
	}
	parser.end();
	if (options.progress) options.progress.commits = before + parser.commits;
	return parser.commits;
}
// dist/scan/range.js
var RangeError = class extends require_git_run.GitError {};
const FETCH_HINT = "fetch more history (actions/checkout: `fetch-depth: 0`; or `git fetch --unshallow`)";
async function verifyCommit(top, rev, what) {
	if (rev.startsWith("-")) throw new RangeError(`${what}: not a revision: ${rev}`);
	try {
		const out = (await require_git_run.gitRaw(top, [
			"rev-parse",
			"--verify",
			"--end-of-options",
			`${rev}^{commit}`
		])).trim();
		if (/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(out)) return;
	} catch {}
	let shallow = false;
	try {
		shallow = (await require_git_run.gitRaw(top, ["rev-parse", "--is-shallow-repository"])).trim() === "true";
	} catch {}
	if (shallow) throw new RangeError(`${what}: ${rev} is not in this shallow clone; ${FETCH_HINT}`);
	throw new RangeError(`${what}: unknown revision ${rev}`);
}
/** The `git log` revision arguments for a spec, after checking that every end exists. */
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
	const config = options.config ?? EMPTY_CONFIG;
	const top = "revs" in options.spec ? options.cwd : (await require_git_run.findRepo(options.cwd, "commit range")).top;
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
	const commitsSeen = /* @__PURE__ */ new Set();
	const onHunk = (h) => {
		if (options.onProgress) {
			commitsSeen.add(h.commit.sha);
			options.onProgress({
				files: files.size,
				bytes: result.stats.bytes,
				findings: first.size,
				commits: commitsSeen.size
			});
		}
		if (config.isPathIgnored(h.path, top)) return;
		const scanner = new require_file.ContentScanner(options.rules, {
			file: h.path,
			inlineAllow: options.inlineAllow ?? true
		});
		const found = [...scanner.push(h.data), ...scanner.end()];
		if (scanner.isBinary) return;
		files.add(h.path);
		result.stats.bytes += h.data.length;
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
		}
	};
	const progress = { commits: 0 };
	let commits;
	try {
		commits = await streamLog(top, revs, onHunk, { progress });
	} catch (err) {
		if (!(err instanceof require_git_run.GitError) || !isMissingObjectError(err.message)) throw err;
		const missing = await missingInRange(top, revs);
		const scanned = `scanned ${progress.commits} commit${progress.commits === 1 ? "" : "s"} (${first.size} finding${first.size === 1 ? "" : "s"} so far) before git stopped`;
		const cause = err.message.replace(/^git log failed: (fatal: )?/, "");
		if (!options.skipUnreadable || missing.length === 0 || missing.some((m) => !m.commit)) throw new MissingObjectsError(missing, scanned, cause);
		first.clear();
		files.clear();
		result.stats.bytes = 0;
		result.stats.lines = 0;
		commits = await streamSkipping(top, revs, missing, onHunk);
		for (const m of missing) result.skipped.push({
			file: m.path,
			reason: skipReason$1(m)
		});
		result.stats.skipped = result.skipped.length;
	}
	result.findings = [...first.values()].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);
	const count = options.count !== false;
	const presentAtHead = options.presentAtHead !== false;
	if (result.findings.length > 0 && (count || presentAtHead)) {
		const blobs = new CatFile(top);
		try {
			await Promise.all([count ? countCommits(top, revs, result.findings, blobs) : void 0, presentAtHead ? markPresentAtHead(result.findings, blobs) : void 0]);
		} finally {
			await blobs.close();
		}
	}
	result.stats.files = files.size;
	result.stats.commits = commits;
	result.stats.durationMs = performance.now() - started;
	return result;
}
/** The range's commits in order, those that need a missing object with the paths that need one left out. */
async function streamSkipping(top, revs, missing, onHunk) {
	const affected = /* @__PURE__ */ new Map();
	for (const m of missing) affected.set(m.commit, [...affected.get(m.commit) ?? [], m.path]);
	const list = (await require_git_run.gitRaw(top, [
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
/**
* For each finding, how many commits of the range hold its value at its path.
*
* The blob a commit has at a path is its parent's unless its own diff changes that path. One
* `git log --raw --full-history --sparse` limited to the findings' paths lists every commit of the
* range parents first, with its parents and its changes to those paths (new blob ids), so walking
* it gives every commit's blob. Only merges, and commits whose parent is outside the range, are
* looked up (`cat-file --batch-check`, one request per chunk of commits). Each distinct blob is
* then read once. On the 2,000-commit bench history this takes about 0.07 s (0.035 s of it git's
* log); a `cat-file` lookup of every commit × path, one round trip each, took 0.5 s.
* Memory: one entry per commit of the range (its blob ids, shared while they do not change).
*/
async function countCommits(top, revs, findings, blobs) {
	const all = [...new Set(findings.map((f) => f.file))];
	const check = new CatFile(top, "--batch-check");
	try {
		for (let from = 0; from < all.length; from += PATHS_PER_WALK) await countAtPaths(top, revs, all.slice(from, from + PATHS_PER_WALK), findings, check, blobs);
	} finally {
		await check.close();
	}
}
/**
* Paths walked together. A walk keeps, per commit, a state of one blob id per path (shared
* until a commit changes one): groups keep that small when thousands of files hold findings.
*/
const PATHS_PER_WALK = 64;
/** Counts for the findings at `paths` (one walk): tally the blobs, then read each once. */
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
/** Blobs to read together: up to 8 MiB at a time (or one bigger blob), so memory stays bounded. */
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
/**
* Walks the range parents first and counts, per path, the commits holding each blob:
* result[path index] maps blob id → commits.
*/
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
	const child = require_git_run.gitSpawn(top, [
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
	const stderr = require_git_run.firstStderrLine(child);
	const closed = new Promise((done, fail) => {
		child.on("error", (err) => fail(new require_git_run.GitError(`git log: ${err.message}`)));
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
	if (code !== 0) throw new require_git_run.GitError(`git log failed: ${stderr() || `exit ${code}`}`);
	for (const [state, commits] of uses) for (const [i, oid] of state.entries()) {
		const t = tally[i];
		if (oid !== void 0) t.set(oid, (t.get(oid) ?? 0) + commits);
	}
	return tally;
}
/** Sets `presentAtHead` on each finding: each finding's file is read at HEAD once. */
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
/**
* Which of `secrets` a blob holds. A few: one indexOf each. Many (a leaked dump holds 100,000
* keys in one file): one pass over the blob, looking up each position's first four bytes in a
* table of the secrets' first four bytes and only then comparing whole values, so the cost is the
* blob's size, not its size times the number of secrets (100,000 secrets × 10 versions of a
* 2.8 MB file took hours the first way).
*/
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
// dist/cli/install.js
/**
* `scan-keys install` / `uninstall`: put the pre-commit gate in place, safely and idempotently.
*
* - husky v9 (a `.husky/` folder, or husky in package.json): one line, marked `# scan-keys`, in
*   `.husky/pre-commit`, appended after whatever is there.
* - plain git: a `pre-commit` hook in the directory git really uses (`git rev-parse --git-path
*   hooks`: honours core.hooksPath and linked worktrees). An existing hook that is not ours is
*   renamed to `pre-commit.scan-keys-chained` and run first, never overwritten: appending to a
*   foreign script is unsafe (it may end in `exec`, or not be a shell script at all).
*
* Returns what it did as data; the CLI words it.
*/
const HUSKY_LINE = "npx --no-install scan-keys --staged # scan-keys";
const MARK = "# scan-keys";
const HOOK_MARKER = "# scan-keys pre-commit hook";
const CHAINED = "pre-commit.scan-keys-chained";
/** A GitError, so the CLI reports it as one line with exit 2. */
var InstallError = class extends require_git_run.GitError {
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
	return (0, node_path.resolve)(top, (await require_git_run.gitRaw(top, [
		"rev-parse",
		"--git-path",
		"hooks"
	])).trim());
}
const BIN = (0, node_url.fileURLToPath)(new URL("../../bin/scan-keys.js", require("url").pathToFileURL(__filename).href));
/** The plain-git hook: run a chained hook first, then this scanner on the staged changes. */
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
async function install(cwd) {
	const { top } = await require_git_run.findRepo(cwd, "install");
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
	if ((0, node_fs.existsSync)(file)) {
		const text = (0, node_fs.readFileSync)(file, "latin1");
		if (text.includes("# scan-keys pre-commit hook")) {
			if (text === script) return {
				code: "already-installed",
				file
			};
			writeExecutable(file, script);
			return {
				code: "hook-created",
				file
			};
		}
		const chained = (0, node_path.join)(dir, CHAINED);
		if ((0, node_fs.existsSync)(chained)) throw new InstallError(`${chained} already exists; move it away, then run install again`);
		(0, node_fs.renameSync)(file, chained);
		writeExecutable(file, script);
		return {
			code: "hook-chained",
			file,
			chained
		};
	}
	writeExecutable(file, script);
	return {
		code: "hook-created",
		file
	};
}
async function uninstall(cwd) {
	const { top } = await require_git_run.findRepo(cwd, "uninstall");
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
// dist/cli/git.js
/** A GitError, so cli.ts reports it as one line (exit 2) without knowing this class. */
var GitUsageError = class extends require_git_run.GitError {};
/** Which git scan the parsed options ask for, if any; conflicting choices are a usage error. */
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
	if (mode === "staged") return scanStaged({
		rules,
		config,
		maxFileSize: ctx.maxFileSize,
		cwd,
		inlineAllow,
		skipUnreadable
	});
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
/** `scan-keys install` / `uninstall`: one line saying what changed, in the run's language. */
async function runHookCommand(command, cwd, m = require_common.en) {
	return command === "install" ? describeInstall(await install(cwd), m) : describeUninstall(await uninstall(cwd), m);
}
// dist/report/html.js
function escapeHtml(s) {
	return s.replace(/[&<>"']/g, (c) => ({
		"&": "&amp;",
		"<": "&lt;",
		">": "&gt;",
		"\"": "&quot;",
		"'": "&#39;"
	})[c]);
}
/** Only http(s) links become hrefs: a pattern file's URL is data, not trusted markup. */
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
function renderHtml(report, t = EN) {
	const h = t.m.html;
	const { findings } = report;
	const byProvider = new Map(report.providers.map((p) => [p.id, p]));
	const blocking = findings.filter((f) => require_common.isBlocking(f, report.failOn));
	const order = [...require_file.SEVERITIES].reverse();
	const out = [];
	out.push("<!DOCTYPE html>", `<html lang="${h.lang}">`, "<head>", "<meta charset=\"utf-8\">", "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
	out.push(`<title>${escapeHtml(h.title)}</title>`, `<style>${CSS}</style>`, "</head>", "<body>");
	out.push(`<h1>${escapeHtml(h.title)}</h1>`);
	const s = report.stats;
	out.push(`<p class="muted">${h.intro(findings.length, report.scope ? escapeHtml(report.scope) : "", s.files, escapeHtml(formatBytes(s.bytes)), s.commits, escapeHtml(report.toolVersion ?? ""), !report.showSecrets)}</p>`);
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
		out.push(`<tr><td>${c ? escapeHtml(c.date) : `<span class="muted">${escapeHtml(h.workingTree)}</span>`}</td><td>${c ? `<code title="${escapeHtml(c.sha)}">${escapeHtml(c.sha.slice(0, 10))}</code>` : "—"}</td><td>${c ? escapeHtml(c.author) : "—"}</td><td><code>${escapeHtml(`${f.file || "<stdin>"}:${f.line}`)}</code></td><td>${escapeHtml(t.ruleTitle(byProvider.get(f.provider), f.ruleId, f.title))}<br><code class="muted">${escapeHtml(f.ruleId)}</code></td><td>${sev(f.severity, t)}</td><td><code>${escapeHtml(require_common.shownSecret(f, report.showSecrets))}</code></td><td class="n">${c?.count ?? "—"}</td>` + headCell(f, t) + "</tr>");
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
// dist/report/rules.js
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
/** The rows with `title` and `detects` (text for people) in `t`'s language; everything else as is. */
function localRows(rules, t) {
	const providers = new Map(rules.providers.map((p) => [p.id, p]));
	return ruleRows(rules).map((r) => ({
		...r,
		title: t.ruleTitle(providers.get(r.provider), r.id, r.title),
		detects: t.ruleDescription(providers.get(r.provider), r.id, r.detects)
	}));
}
function renderRulesJson(rules, t = EN) {
	return JSON.stringify({
		version: 1,
		rules: localRows(rules, t).map((r) => ({
			...r,
			alone: r.alone ?? null,
			paired: r.paired ?? null
		}))
	}, null, 2) + "\n";
}
/**
* Greedy wrap to `width` columns: English breaks at spaces; Chinese may break between any two CJK
* characters, never inside a run of Latin letters or digits (AccessKey, 24).
*/
function wrap(text, width) {
	const tokens = text.match(/[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]+|\s+/g) ?? [];
	const lines = [];
	let cur = "";
	for (const tok of tokens) {
		if (/^\s+$/.test(tok)) {
			if (cur) cur += " ";
			continue;
		}
		if (cur.trim() && displayWidth(cur + tok) > width) {
			lines.push(cur.trimEnd());
			cur = tok;
		} else cur += tok;
	}
	if (cur.trim()) lines.push(cur.trimEnd());
	return lines;
}
function renderRulesText(rules, width = 100, t = EN) {
	const { m } = t;
	const rows = localRows(rules, t);
	const sev = (s) => padEndWidth(s ? m.severity[s] : "—", 8);
	const idW = Math.max(displayWidth(m.rules.rule), ...rows.map((r) => r.id.length));
	const head = `${padEndWidth(m.rules.rule, idW)}  ${padEndWidth(m.rules.alone, 8)}  ${padEndWidth(m.rules.paired, 8)}  ${m.rules.detects}`;
	const indent = idW + 2 + 8 + 2 + 8 + 2;
	const lines = [head, "-".repeat(Math.min(width, Math.max(displayWidth(head), 60)))];
	for (const r of rows) {
		const wrapped = wrap(t.lang === "en" ? `${r.title}: ${r.detects}` : `${r.title}${m.colon}${r.detects}`, Math.max(30, width - indent));
		lines.push(`${r.id.padEnd(idW)}  ${sev(r.alone)}  ${sev(r.paired)}  ${wrapped[0] ?? ""}`);
		for (const more of wrapped.slice(1)) lines.push(" ".repeat(indent) + more);
	}
	lines.push("", m.rules.footer(rows.length));
	return lines.join("\n") + "\n";
}
// dist/cli/progress.js
const CLEAR = "\r\x1B[2K";
function formatProgress(p, elapsedMs, m = require_common.en) {
	const rate = elapsedMs > 0 ? p.bytes / (elapsedMs / 1e3) : 0;
	return m.progress(p.commits, p.files, formatBytes(p.bytes), formatBytes(Math.round(rate)), p.findings);
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
	constructor(stream, now = () => performance.now(), options = {}, m = require_common.en) {
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
	/** Erases the line, if one was drawn. */
	end() {
		if (this.isShown) this.stream.write(CLEAR);
		this.isShown = false;
	}
};
// dist/cli/lang.js
/** A `--lang` or config value as given (`zh-CN`, `zh_CN`, `en`, `en-US`…); undefined if unknown. */
function parseLang(value) {
	const v = value.trim().replace(/_/g, "-").toLowerCase();
	if (v === "en" || v.startsWith("en-")) return "en";
	if (v === "zh" || v === "zh-cn" || v === "zh-sg" || v === "zh-hans" || v.startsWith("zh-hans-")) return "zh-CN";
}
/** The language of a POSIX locale name (`zh_CN.UTF-8`, `zh_SG.GB2312`, `zh_Hans_CN`, `de_DE@euro`). */
function langOfLocale(locale) {
	const name = locale.replace(/[.@].*$/, "").replace(/-/g, "_").toLowerCase();
	return /^zh(?:_(?:cn|sg|hans(?:_.*)?))?$/.test(name) ? "zh-CN" : "en";
}
/** The environment's language: the first non-empty of LC_ALL, LC_MESSAGES, LANG. */
function langFromEnv(env) {
	return langOfLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG || "");
}
/** The value of `--lang X` / `--lang=X` in argv, if any (the last one wins, as with yargs). */
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
// dist/cli/write.js
/** Writing a report that comes in pieces. */
/**
* Writes the pieces, waiting for a slow reader whenever the stream says its buffer is full: a
* pipe is asynchronous, and a report of a million findings queued whole would take gigabytes.
*/
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
// dist/cli/main.js
/**
* The command line: argv in, exit code out. The only module that decides exit codes; it writes
* through the `io` it is given, so tests can call it directly. bin/scan-keys.js maps anything
* thrown past this point to exit 2.
*
* Exit codes: 0 nothing blocks; 1 at least one finding at or above --fail-on; 2 usage error,
* unreadable input, git failure or any internal error.
*/
var UsageError = class extends Error {};
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
function buildParser(args, lang = "en") {
	return Yargs(args).scriptName("scan-keys").usage("$0 [paths..]\n\nFind Alibaba Cloud and Tencent Cloud credentials before they reach git.").command("$0 [paths..]", false, (y) => y.positional("paths", {
		type: "string",
		array: true,
		default: ["."],
		describe: "files or directories; - reads stdin"
	})).command("baseline [paths..]", `write the current findings to a baseline file (default ${BASELINE_FILE} at the repository root)`, (y) => y.positional("paths", {
		type: "string",
		array: true,
		default: ["."],
		describe: "files or directories; - reads stdin"
	})).command("install", "add the pre-commit hook (husky v9 or plain git) that runs scan-keys --staged").command("uninstall", "remove only what install added").command("rules", "list the rules in force: what each detects, severity alone and paired (--format json too)").command("pre-receive", "git pre-receive hook on a server: scan what a push adds (stdin: <old> <new> <ref>); exit 1 rejects").command("merge <reports..>", "combine the JSON reports of many repositories into one (--format text|json|sarif|html)", (y) => y.positional("reports", {
		type: "string",
		array: true,
		describe: "JSON reports (scan-keys --format json)"
	})).option("server", {
		type: "string",
		describe: "install: the pre-receive hook into this bare repository or pre-receive.d directory"
	}).option("repo-name", {
		type: "string",
		describe: "name of the repository in a JSON report (default: its remote URL)"
	}).option("staged", {
		type: "boolean",
		describe: "scan what the next commit adds (the index), for a pre-commit hook"
	}).option("since", {
		type: "string",
		describe: "scan the commits after REV up to HEAD (REV..HEAD), for CI"
	}).option("range", {
		type: "string",
		describe: "scan the commits in A..B"
	}).option("history", {
		type: "boolean",
		describe: "scan every commit reachable from any ref"
	}).option("format", {
		choices: [
			"text",
			"json",
			"sarif",
			"github",
			"html"
		],
		default: "text",
		describe: "report format"
	}).option("fail-on", {
		choices: [...require_file.SEVERITIES, "none"],
		describe: "lowest severity that fails the run (exit 1); default: failOn in the config, else medium"
	}).option("show-secrets", {
		type: "boolean",
		default: false,
		describe: "print values unmasked (never in shared logs)"
	}).option("color", {
		type: "boolean",
		describe: "force colour on or off (default: on for a terminal; honours NO_COLOR, FORCE_COLOR)"
	}).option("config", {
		type: "string",
		describe: `config file (default: ${CONFIG_FILE} at the repository root)`
	}).option("max-file-size", {
		type: "string",
		describe: "skip (with a warning) files larger than this; bytes, or with K/M/G (default: maxFileSize in the config, else 100M)"
	}).option("skip-unreadable", {
		type: "boolean",
		default: false,
		describe: "report files and directories without read permission, and git objects missing from the clone (--staged, --since, --range, --history), as skipped (with a warning) instead of exit 2"
	}).option("baseline", {
		type: "string",
		describe: "drop findings already in this baseline file (stale entries: --verbose)"
	}).option("baseline-file", {
		type: "string",
		describe: `where scan-keys baseline writes (default: ${BASELINE_FILE} at the repository root; --output too)`
	}).option("inline-allow", {
		type: "boolean",
		default: true,
		describe: "honour scan-keys:allow, gitleaks:allow, pragma: allowlist secret (--no-inline-allow for audits)"
	}).option("output", {
		alias: "o",
		type: "string",
		describe: "write the report to this file; the exit code still reflects findings"
	}).option("verify", {
		type: "boolean",
		default: false,
		describe: "ask the provider whether each ID + secret pair is live (sends the pair to the provider over TLS; never on by default)"
	}).option("verify-endpoint", {
		type: "string",
		array: true,
		describe: "override a provider endpoint: alibaba=URL or tencent=URL (http only for loopback)"
	}).option("verify-timeout", {
		type: "number",
		default: 5e3,
		describe: "milliseconds per verification call"
	}).option("verbose", {
		alias: "v",
		type: "boolean",
		default: false,
		describe: "say what was skipped and why"
	}).option("quiet", {
		alias: "q",
		type: "boolean",
		default: false,
		describe: "no progress line; text output prints nothing when nothing is found"
	}).option("lang", {
		choices: ["zh-CN", "en"],
		describe: "language of reports and messages (default: \"lang\" in the config, else from LC_ALL/LC_MESSAGES/LANG); --format json differs only in rule titles"
	}).locale(lang === "zh-CN" ? "zh_CN" : "en").example(EXAMPLES).epilogue("Exit codes: 0 nothing blocks, 1 findings at or above --fail-on, 2 usage error, unreadable input or internal error.").strict().help().alias("help", "h").version(readVersion()).wrap(Math.min(110, process.stdout.columns ?? 100));
}
function readVersion() {
	try {
		return JSON.parse((0, node_fs.readFileSync)((0, node_url.fileURLToPath)(new URL("../../package.json", require("url").pathToFileURL(__filename).href)), "utf8")).version;
	} catch {
		return "unknown";
	}
}
function parseSize(text) {
	const m = /^(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?$/i.exec(text.trim());
	if (!m) throw new UsageError(`--max-file-size: not a size: ${text}`);
	const unit = (m[2] ?? "b").toLowerCase()[0];
	const mult = unit === "k" ? 1024 : unit === "m" ? 1024 ** 2 : unit === "g" ? 1024 ** 3 : 1;
	return Math.floor(Number(m[1]) * mult);
}
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
		require_file.appendAll(out.findings, r.findings);
		require_file.appendAll(out.skipped, r.skipped);
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
	const { parseVerifyEndpoint } = await Promise.resolve().then(() => require("./verify.js"));
	const { verifyFindings } = await Promise.resolve().then(() => require("./apply.js"));
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
		return require_file.loadPatterns();
	} catch {
		return;
	}
}
/** yargs drops a bare `-`; it stands for stdin, so it travels through the parser under this name. */
const STDIN_ARG = "\0stdin";
async function main(argv, io) {
	const started = performance.now();
	if (argv.length === 1 && argv[0] === "pre-receive") return (await Promise.resolve().then(() => require("./pre-receive.js"))).runPreReceive(io);
	const args = argv.map((a) => a === "-" ? STDIN_ARG : a);
	const early = await loadLocale(parseLang(langFlag(argv) ?? "") ?? langFromEnv(io.env));
	let t = early;
	let parsed;
	try {
		const result = await new Promise((done, fail) => {
			let exit = false;
			buildParser(args, early.lang).exitProcess(false).fail((msg, err) => fail(new UsageError(msg ?? err?.message ?? "invalid arguments"))).parse(args, {}, (err, argv, output) => {
				if (err) return;
				exit = /^--(help|version)$|^-h$/.test(args.find((a) => /^(--help|--version|-h)$/.test(a)) ?? "");
				done({
					argv,
					output,
					exit
				});
			});
		});
		if (result.exit || result.output) {
			io.stdout.write(result.output + "\n");
			return 0;
		}
		parsed = result.argv;
	} catch (err) {
		io.stderr.write(`scan-keys: ${require_common.oneLine(err)}${early.m.seeHelp}\n`);
		return 2;
	}
	const c = require_common.useColor(parsed.color, io) ? (0, import_picocolors.createColors)(true) : NO_COLORS;
	try {
		const { config, root } = loadProjectConfig(parsed.config, io.cwd);
		t = await loadLocale(resolveLang({
			flag: parsed.lang,
			config: config.lang,
			env: io.env
		}));
		const { m } = t;
		const failOn = parsed["fail-on"] ?? config.failOn ?? "medium";
		const format = parsed.format;
		const maxFileSize = parseSize(String(parsed["max-file-size"] ?? config.maxFileSize ?? 104857600));
		const rules = require_file.loadPatterns([...config.patterns]);
		const inlineAllow = parsed["inline-allow"] !== false;
		const command = parsed._?.[0];
		if (command === "install" && typeof parsed.server === "string") {
			const { installServer, describeServerInstall } = await Promise.resolve().then(() => require("./install-server.js"));
			io.stdout.write(`scan-keys: ${describeServerInstall(await installServer(parsed.server, io.cwd))}\n`);
			return 0;
		}
		if (command === "merge") return (await Promise.resolve().then(() => require("./merge.js"))).runMerge(parsed, io, {
			rules,
			failOn,
			toolVersion: readVersion(),
			color: c
		});
		if (command === "install" || command === "uninstall") {
			io.stdout.write(`scan-keys: ${await runHookCommand(command, io.cwd, m)}\n`);
			return 0;
		}
		if (command === "rules") {
			io.stdout.write(format === "json" ? renderRulesJson(rules, t) : renderRulesText(rules, Math.min(110, process.stdout.columns ?? 100), t));
			return 0;
		}
		const progress = io.stderr.isTTY === true && parsed.quiet !== true ? new ProgressLine(io.stderr, io.now, {}, m) : void 0;
		const onProgress = progress ? progress.update.bind(progress) : void 0;
		const gitMode = gitScanMode(parsed);
		const paths = gitMode ? [] : parsed.paths ?? ["."];
		const fileArgs = paths.filter((p) => p !== STDIN_ARG);
		const results = [];
		try {
			const skipUnreadable = parsed["skip-unreadable"] === true;
			if (gitMode) results.push(await runGitScan(gitMode, {
				rules,
				config,
				maxFileSize,
				cwd: io.cwd,
				inlineAllow,
				onProgress,
				skipUnreadable
			}));
			if (paths.includes(STDIN_ARG)) results.push(await scanStream(io.stdin, "<stdin>", rules, { inlineAllow }));
			if (fileArgs.length > 0) results.push(await scanPaths(fileArgs, {
				rules,
				root: io.cwd,
				config,
				maxFileSize,
				inlineAllow,
				onProgress,
				skipUnreadable
			}));
		} finally {
			progress?.end();
		}
		const merged = merge(results);
		if (parsed.verify === true) await runVerify(merged, parsed);
		merged.stats.durationMs = performance.now() - started;
		const notes = [];
		const allowedByConfig = applyAllowlist(merged.findings, config.allowRules);
		merged.findings = allowedByConfig.kept;
		for (const a of allowedByConfig.allowed) notes.push(m.allowedNote(`${a.finding.file}:${a.finding.line}:${a.finding.column}`, a.finding.ruleId, a.reason));
		if (parsed._?.[0] === "baseline") return writeBaseline(merged.findings, parsed["baseline-file"] ?? parsed.output ?? (0, node_path.join)(root, ".scan-keys-baseline.json"), io, c, t, merged.base);
		if (typeof parsed.baseline === "string") {
			const pathOf = baselinePathMapper(parsed.baseline, io.cwd, merged.base);
			const b = applyBaseline(merged.findings, readBaselineFile(parsed.baseline, io.cwd), pathOf);
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
			toolVersion: readVersion(),
			...format === "json" && gitMode !== "staged" ? { repository: await (await Promise.resolve().then(() => require("./merge.js"))).repositoryName(parsed["repo-name"], merged.base ?? io.cwd) } : {}
		};
		for (const s of merged.skipped) if (require_file.isWarnedSkip(s.reason)) io.stderr.write(c.yellow(`${m.warningSkipped(s.file, s.reason)}\n`));
		if (parsed.verbose === true) io.stderr.write(renderSkipped(report, c, t));
		if (parsed.verbose === true && notes.length > 0) io.stderr.write(c.dim(notes.join("\n")) + "\n");
		const output = parsed.output;
		const pieces = format === "json" ? renderJsonChunks(report, t) : format === "sarif" ? renderSarifChunks(report, t) : format === "github" ? [renderGithub(report, t)] : format === "html" ? [renderHtml(report, t)] : parsed.quiet === true && merged.findings.length === 0 ? [""] : [renderText(report, output ? NO_COLORS : c, t)];
		if (output) {
			const fd = (0, node_fs.openSync)((0, node_path.resolve)(io.cwd, output), "w");
			try {
				for (const piece of pieces) (0, node_fs.writeSync)(fd, piece);
			} finally {
				(0, node_fs.closeSync)(fd);
			}
		} else await writePieces(io.stdout, pieces);
		return merged.findings.some((f) => require_common.isBlocking(f, failOn)) ? 1 : 0;
	} catch (err) {
		const known = err instanceof UsageError || err instanceof require_file.InputError || err instanceof require_git_run.GitError || err instanceof require_file.PatternError || err instanceof ConfigError || err instanceof BaselineError;
		const quoted = !(err instanceof UsageError || err instanceof require_file.InputError || err instanceof require_git_run.GitError);
		io.stderr.write(require_common.errorLine(err, {
			known,
			quoted,
			rules: safeRules(),
			showSecrets: parsed["show-secrets"] === true,
			m: t.m
		}));
		return 2;
	}
}
/** `scan-keys baseline`: writes every finding left after allow entries; exit 0 once written. */
function writeBaseline(findings, file, io, c, t, from) {
	const entries = baselineEntries(findings, baselinePathMapper(file, io.cwd, from));
	writeBaselineFile(file, io.cwd, entries);
	const shown = (0, node_path.relative)(io.cwd, (0, node_path.resolve)(io.cwd, file)) || file;
	io.stderr.write(c.green(`${t.m.baselineWritten(entries.length, shown)}\n`));
	return 0;
}
exports.BASELINE_FILE = BASELINE_FILE;
exports.CatFile = CatFile;
exports.ConfigError = ConfigError;
exports.EMPTY_CONFIG = EMPTY_CONFIG;
exports.LOG_CONFIG = LOG_CONFIG;
exports.NO_COLORS = NO_COLORS;
exports.applyAllowlist = applyAllowlist;
exports.applyBaseline = applyBaseline;
exports.compileConfig = compileConfig;
exports.escapeHtml = escapeHtml;
exports.main = main;
exports.parseBaseline = parseBaseline;
exports.renderSarif = renderSarif;
exports.scanRange = scanRange;
