const require_file = require("./file.js");
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
	/** Severity as a person reads it (text, HTML); `--fail-on` values stay as they are. */
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
	liveRootKey: (where, provider, account) => `‼ LIVE ROOT-ACCOUNT KEY at ${where} (${provider}${account ? `, account ${account}` : ""}): disable it in the console now.`,
	liveKey: (where, provider) => `‼ LIVE KEY at ${where} (${provider}): rotate it now.`,
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
	blockingSummary: (n, counts, files) => `✖ ${plural(n, "finding")} (${counts}) in ${plural(files, "file")}`,
	severityCount: (n, severity) => `${n} ${severity}`,
	moreBelowFailOn: (n, failOn) => `${n} more below --fail-on ${failOn}, not blocking`,
	belowFailOn: (n, failOn) => `! ${plural(n, "finding")} below --fail-on ${failOn}, not blocking`,
	noCredentials: "✔ no credentials found",
	scanned: (files, bytes, lines, seconds, skipped) => `scanned ${plural(files, "file")}, ${bytes}, ${plural(lines, "line")} in ${seconds} s${skipped ? `; skipped ${skipped}` : ""}`,
	skippedLine: (file, reason) => `skipped ${file}: ${reason}`,
	warningSkipped: (file, reason) => `scan-keys: warning: skipped ${file}: ${reason}`,
	/** A skip reason as the sources word it (English); other catalogues translate the ones they know. */
	skipReason: (reason) => reason,
	allowedNote: (where, ruleId, reason) => `allowed ${where} ${ruleId} (${reason})`,
	baselinedNote: (n, file) => `${n} finding(s) in the baseline ${file}, not shown`,
	staleBaselineNote: (file, ruleId, fingerprint) => `stale baseline entry (no longer found): ${file} ${ruleId} ${fingerprint}`,
	baselineWritten: (n, file) => `scan-keys: wrote ${n} baseline entr${n === 1 ? "y" : "ies"} to ${file}`,
	progress: (commits, files, bytes, rate, findings) => `scanning: ${commits !== void 0 ? `${commits} commits, ` : ""}${files} files, ${bytes} (${rate}/s), ${plural(findings, "finding")} so far`,
	/** An error we word ourselves; English is the thrown message. Other catalogues translate the shapes they know. */
	error: (message) => message,
	internalError: (message) => `internal error: ${message}`,
	/** Directly after the previous word: ' (see scan-keys --help)' in English. */
	seeHelp: " (see scan-keys --help)",
	/** After a heading. */
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
		footer: (n) => `${n} rules. "alone": severity of a lone finding; "paired": beside its ID or secret (— never).`
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
	return failOn !== "none" && require_file.severityRank(f.severity) >= require_file.severityRank(failOn);
}
/** One phrase for a --verify result, shared by the text and SARIF reports. */
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
// dist/report/redact.js
const MIXED_RUN = /[A-Za-z0-9+]{8,}/g;
function redactText(text, rules, quoted) {
	let out = text;
	if (rules) try {
		for (const f of require_file.scanText(rules, text)) out = out.split(f.secret).join(shownSecret(f, false));
	} catch {}
	if (!quoted) return out;
	return out.replace(MIXED_RUN, (run) => looksRandom(run) ? "[redacted]" : run);
}
function looksRandom(run) {
	return /[A-Za-z]/.test(run) && /[0-9]/.test(run) || /[a-z]/.test(run) && /.[A-Z]/.test(run);
}
// dist/cli/common.js
/** Colour: the flag if given; else off with NO_COLOR, on with FORCE_COLOR (not 0/false), else on a terminal. */
function useColor(flag, io) {
	if (flag !== void 0) return flag;
	if (io.env.NO_COLOR) return false;
	if (io.env.FORCE_COLOR !== void 0) return io.env.FORCE_COLOR !== "0" && io.env.FORCE_COLOR !== "false";
	return io.stdout.isTTY === true;
}
/** An error's message with its lines folded into one indented block. */
function oneLine(err) {
	return (err instanceof Error ? err.message : String(err)).split("\n").filter(Boolean).join("\n  ");
}
/** The stderr line for an error: never a secret (unless --show-secrets), an internal error in one line. */
function errorLine(err, options) {
	const m = options.m ?? en;
	const redact = (text) => options.showSecrets ? text : redactText(text, options.rules, options.quoted);
	if (options.known) return `scan-keys: ${redact(m.error(oneLine(err)))}\n`;
	return `scan-keys: ${m.internalError(redact(oneLine(err).split("\n")[0] ?? ""))}\n`;
}
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
Object.defineProperty(exports, "oneLine", {
	enumerable: true,
	get: function() {
		return oneLine;
	}
});
Object.defineProperty(exports, "redactText", {
	enumerable: true,
	get: function() {
		return redactText;
	}
});
Object.defineProperty(exports, "shownSecret", {
	enumerable: true,
	get: function() {
		return shownSecret;
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
