const require_rolldown_runtime = require("./rolldown-runtime.cjs");
const require_boot = require("./boot.cjs");
let yargs = require("yargs");
yargs = require_rolldown_runtime.__toESM(yargs, 1);
// dist/cli/usage.js
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
