// dist/report/messages/zh-CN.js
const SKIP_REASONS = [
	[/^binary \(NUL byte in the first 8 KiB\)$/, "\u4E8C\u8FDB\u5236\u6587\u4EF6\uFF08\u524D 8 KiB \u4E2D\u6709 NUL \u5B57\u8282\uFF09"],
	[/^git internals \(\.git\/ is never scanned\)$/, "git \u5185\u90E8\u6587\u4EF6\uFF08\u4ECE\u4E0D\u626B\u63CF .git/\uFF09"],
	[/^symbolic link \(not followed\)$/, "\u7B26\u53F7\u94FE\u63A5\uFF08\u4E0D\u8DDF\u968F\uFF09"],
	[/^symbolic link \(target path, not followed\)$/, "\u7B26\u53F7\u94FE\u63A5\uFF08\u53EA\u6709\u76EE\u6807\u8DEF\u5F84\uFF0C\u4E0D\u8DDF\u968F\uFF09"],
	[/^deleted from the work tree$/, "\u5DF2\u4ECE\u5DE5\u4F5C\u533A\u5220\u9664"],
	[/^deleted$/, "\u5DF2\u5220\u9664"],
	[/^unmerged$/, "\u672A\u5408\u5E76"],
	[/^directory \(submodule\?\)$/, "\u76EE\u5F55\uFF08\u5B50\u6A21\u5757\uFF1F\uFF09"],
	[/^not a regular file$/, "\u4E0D\u662F\u666E\u901A\u6587\u4EF6"],
	[/^larger than --max-file-size \((\d+) bytes\)$/, "\u5927\u4E8E --max-file-size\uFF08$1 \u5B57\u8282\uFF09"],
	[/^grew past --max-file-size while being read$/, "\u8BFB\u53D6\u8FC7\u7A0B\u4E2D\u8D85\u8FC7\u4E86 --max-file-size"],
	[/^unreadable \(([A-Z]+); skipped by --skip-unreadable\)$/, "\u65E0\u6CD5\u8BFB\u53D6\uFF08$1\uFF1B\u56E0 --skip-unreadable \u8DF3\u8FC7\uFF09"],
	[/^submodule \(commit id, no content\)$/, "\u5B50\u6A21\u5757\uFF08\u53EA\u6709\u63D0\u4EA4 ID\uFF0C\u6CA1\u6709\u5185\u5BB9\uFF09"],
	[/^Git LFS pointer \(content stored outside git\)$/, "Git LFS \u6307\u9488\uFF08\u5185\u5BB9\u5B58\u653E\u5728 git \u4E4B\u5916\uFF09"]
];
const FIELD_MESSAGES = [
	[/^is required$/, "\u662F\u5FC5\u586B\u9879"],
	[/^is not a known field$/, "\u4E0D\u662F\u5DF2\u77E5\u5B57\u6BB5"],
	[/^must be one of (.*)$/, "\u5FC5\u987B\u662F\u4EE5\u4E0B\u4E4B\u4E00\uFF1A$1"],
	[/^must be (.*), got (.*)$/, "\u7C7B\u578B\u5FC5\u987B\u662F $1\uFF0C\u5B9E\u9645\u662F $2"],
	[/^must be at least (\d+) characters$/, "\u81F3\u5C11\u8981\u6709 $1 \u4E2A\u5B57\u7B26"],
	[/^must match (.*)$/, "\u5FC5\u987B\u5339\u914D $1"],
	[/^must have at least (\d+) item\(s\)$/, "\u81F3\u5C11\u8981\u6709 $1 \u9879"]
];
const ERRORS = [
	[/^no such file or directory: (.*)$/, "\u6CA1\u6709\u8FD9\u4E2A\u6587\u4EF6\u6216\u76EE\u5F55\uFF1A$1"],
	[/^cannot read directory (.*?): (.*)$/, "\u65E0\u6CD5\u8BFB\u53D6\u76EE\u5F55 $1\uFF1A$2"],
	[/^cannot read (.*?): (.*)$/, "\u65E0\u6CD5\u8BFB\u53D6 $1\uFF1A$2"],
	[/^(.*): not inside a git repository \((.*)\)$/, "$1\uFF1A\u4E0D\u5728 git \u4ED3\u5E93\u4E2D\uFF08$2\uFF09"],
	[/^choose one of --staged, --since, --range, --history$/, "--staged\u3001--since\u3001--range\u3001--history \u53EA\u80FD\u9009\u4E00\u4E2A"],
	[/^--staged, --since, --range and --history scan the repository; they take no paths$/, "--staged\u3001--since\u3001--range \u548C --history \u626B\u63CF\u7684\u662F\u4ED3\u5E93\uFF0C\u4E0D\u63A5\u53D7\u8DEF\u5F84\u53C2\u6570"],
	[/^(.*): unknown revision (.*)$/, "$1\uFF1A\u672A\u77E5\u7684\u4FEE\u8BA2\u7248\u672C $2"],
	[/^(.*): not a revision: (.*)$/, "$1\uFF1A\u4E0D\u662F\u4FEE\u8BA2\u7248\u672C\uFF1A$2"],
	[/^(.*): (.*) is not in this shallow clone; fetch more history \(actions\/checkout: `fetch-depth: 0`; or `git fetch --unshallow`\)$/, "$1\uFF1A$2 \u4E0D\u5728\u8FD9\u4E2A\u6D45\u514B\u9686\u4E2D\uFF1B\u8BF7\u83B7\u53D6\u66F4\u591A\u5386\u53F2\uFF08actions/checkout\uFF1A`fetch-depth: 0`\uFF1B\u6216 `git fetch --unshallow`\uFF09"],
	[/^--range: expected A\.\.B, got (.*)$/, "--range\uFF1A\u5E94\u4E3A A..B \u7684\u5F62\u5F0F\uFF0C\u5B9E\u9645\u662F $1"],
	[/^--max-file-size: not a size: (.*)$/, "--max-file-size\uFF1A\u4E0D\u662F\u6709\u6548\u7684\u5927\u5C0F\uFF1A$1"],
	[/^(.*) already exists; move it away, then run install again$/, "$1 \u5DF2\u5B58\u5728\uFF1B\u8BF7\u5148\u628A\u5B83\u79FB\u8D70\uFF0C\u518D\u8FD0\u884C install"],
	[/^(.*): invalid JSON: (.*)$/, "$1\uFF1AJSON \u65E0\u6548\uFF1A$2"],
	[/^(.*): not a scan-keys baseline \(version (\d+) with a "findings" array\); write one with scan-keys baseline$/, "$1\uFF1A\u4E0D\u662F scan-keys \u57FA\u7EBF\u6587\u4EF6\uFF08\u5E94\u4E3A version $2\uFF0C\u4E14\u542B \"findings\" \u6570\u7EC4\uFF09\uFF1B\u8BF7\u7528 scan-keys baseline \u751F\u6210"],
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
const zhCN = {
	severity: {
		critical: "\u4E25\u91CD",
		high: "\u9AD8\u5371",
		medium: "\u4E2D\u5371",
		low: "\u4F4E\u5371"
	},
	pairsWith: (line, column) => `\u4E0E ${line}:${column} \u914D\u5BF9`,
	assignedToSecretName: "\u8D4B\u503C\u7ED9\u4E86\u5BC6\u94A5\u7C7B\u540D\u79F0",
	publicNotBlocking: "\u6309\u8BBE\u8BA1\u516C\u5F00\uFF08\u7B7E\u540D URL\uFF09\uFF0C\u4E0D\u963B\u6B62",
	commitNote: (sha, author, date, n) => `\u63D0\u4EA4 ${sha}\uFF0C\u4F5C\u8005 ${author}\uFF0C${date}${n && n > 1 ? `\uFF0C\u5171\u51FA\u73B0\u5728 ${n} \u4E2A\u63D0\u4EA4\u4E2D` : ""}`,
	liveRootKey: (where, provider, account) => `\u203C \u6709\u6548\u7684\u4E3B\u8D26\u53F7\u5BC6\u94A5\uFF1A${where}\uFF08${provider}${account ? `\uFF0C\u8D26\u53F7 ${account}` : ""}\uFF09\uFF1A\u8BF7\u7ACB\u5373\u5728\u63A7\u5236\u53F0\u7981\u7528\u3002`,
	liveKey: (where, provider) => `\u203C \u6709\u6548\u7684\u5BC6\u94A5\uFF1A${where}\uFF08${provider}\uFF09\uFF1A\u8BF7\u7ACB\u5373\u8F6E\u6362\u3002`,
	verifiedLive: (who) => `\u5DF2\u9A8C\u8BC1\uFF1A\u6709\u6548${who ? `\uFF08${who}\uFF09` : ""}`,
	rootAccount: "\u4E3B\u8D26\u53F7",
	account: (id) => `\u8D26\u53F7 ${id}`,
	verifiedDead: "\u5DF2\u9A8C\u8BC1\uFF1A\u5DF2\u5931\u6548",
	verificationUnknown: (reason) => `\u9A8C\u8BC1\u7ED3\u679C\u672A\u77E5${reason ? `\uFF1A${reason}` : ""}`,
	listSeparator: "\uFF0C",
	fullStop: "\u3002",
	noteSeparator: "\uFF1B",
	whatToDoNow: (provider, n) => `${provider}\uFF1A\u73B0\u5728\u8BE5\u505A\u4EC0\u4E48\uFF08${count(n, "\u5904\u53D1\u73B0")}\uFF09`,
	console: "\u63A7\u5236\u53F0\uFF1A",
	nextTime: "\u4EE5\u540E\uFF1A",
	guides: "\u53C2\u8003\u6587\u6863\uFF1A",
	link: (title, url) => `${title}\uFF1A${url}`,
	blockingSummary: (n, counts, files) => `\u2716 ${files} \u4E2A\u6587\u4EF6\u4E2D\u6709 ${n} \u5904\u53D1\u73B0\uFF08${counts}\uFF09`,
	severityCount: (n, severity) => `${severity} ${n}`,
	moreBelowFailOn: (n, failOn) => `\u53E6\u6709 ${n} \u5904\u4F4E\u4E8E --fail-on ${failOn}\uFF0C\u4E0D\u963B\u6B62`,
	belowFailOn: (n, failOn) => `! ${n} \u5904\u53D1\u73B0\u4F4E\u4E8E --fail-on ${failOn}\uFF0C\u4E0D\u963B\u6B62`,
	noCredentials: "\u2714 \u672A\u53D1\u73B0\u51ED\u8BC1",
	scanned: (files, bytes, lines, seconds, skipped) => `\u5DF2\u626B\u63CF ${count(files, "\u4E2A\u6587\u4EF6")}\uFF0C${bytes}\uFF0C${count(lines, "\u884C")}\uFF0C\u7528\u65F6 ${seconds} \u79D2${skipped ? `\uFF1B\u8DF3\u8FC7 ${skipped} \u4E2A` : ""}`,
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
	seeHelp: "\uFF08\u53C2\u89C1 scan-keys --help\uFF09",
	colon: "\uFF1A",
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
	sarifAssigned: "\u8D4B\u503C\u7ED9\u4E86\u5BC6\u94A5\u7C7B\u540D\u79F0",
	publicSignedUrl: "\u6309\u8BBE\u8BA1\u516C\u5F00\uFF08\u7B7E\u540D URL\uFF09",
	temporaryCredential: "\u4E34\u65F6\u51ED\u8BC1",
	disableAndCreate: (url) => ` \u8BF7\u7981\u7528\u5B83\u5E76\u521B\u5EFA\u65B0\u7684\uFF1A${url}`,
	whatToDoNowHeading: "\u73B0\u5728\u8BE5\u505A\u4EC0\u4E48",
	nextTimeHeading: "\u4EE5\u540E",
	guidesHeading: "\u53C2\u8003\u6587\u6863",
	githubPairsWith: (line) => `\u4E0E\u7B2C ${line} \u884C\u914D\u5BF9`,
	githubNoCredentials: (files) => `scan-keys: \u672A\u53D1\u73B0\u51ED\u8BC1\uFF08\u5DF2\u626B\u63CF ${files} \u4E2A\u6587\u4EF6\uFF09`,
	githubSummary: (n, blocking, failOn, files) => `scan-keys: ${n} \u5904\u53D1\u73B0\uFF0C\u5176\u4E2D ${blocking} \u5904\u8FBE\u5230\u6216\u9AD8\u4E8E --fail-on ${failOn}\uFF08\u5DF2\u626B\u63CF ${files} \u4E2A\u6587\u4EF6\uFF09`,
	hook: {
		skipped: (reason) => `scan-keys\uFF1A\u63A8\u9001\u5DF2\u63A5\u53D7\uFF0C\u4F46\u672A\u7ECF\u626B\u63CF\uFF1A\u63A8\u9001\u9009\u9879 scan-keys.skip\uFF08\u539F\u56E0\uFF1A${reason}\uFF09`,
		skipRefused: "scan-keys\uFF1A\u5DF2\u5FFD\u7565\u63A8\u9001\u9009\u9879 scan-keys.skip\uFF1A\u672C\u670D\u52A1\u5668\u4E0D\u5141\u8BB8\u8DF3\u8FC7\u626B\u63CF\uFF08git config scan-keys.allowSkip true\uFF09",
		skipNoReason: "scan-keys\uFF1A\u63A8\u9001\u9009\u9879 scan-keys.skip \u9700\u8981\u5199\u660E\u539F\u56E0\uFF08git push -o scan-keys.skip=\"\u539F\u56E0\"\uFF09\uFF1B\u7167\u5E38\u626B\u63CF",
		errorRejected: (why) => `scan-keys\uFF1A\u626B\u63CF\u65E0\u6CD5\u8FD0\u884C\uFF0C\u56E0\u6B64\u62D2\u7EDD\u672C\u6B21\u63A8\u9001\uFF08\u670D\u52A1\u5668\u8BBE\u7F6E scan-keys.onError=reject\uFF09\uFF1A${why}`,
		errorAccepted: (why) => `scan-keys\uFF1A\u8B66\u544A\uFF1A\u626B\u63CF\u65E0\u6CD5\u8FD0\u884C\uFF1B\u63A8\u9001\u5DF2\u63A5\u53D7\uFF0C\u4F46\u672A\u7ECF\u626B\u63CF\uFF08\u670D\u52A1\u5668\u8BBE\u7F6E scan-keys.onError=accept\uFF09\uFF1A${why}`,
		badSetting: (value) => `scan-keys.onError \u5FC5\u987B\u662F "reject" \u6216 "accept"\uFF0C\u800C\u4E0D\u662F "${value}"`
	},
	push: {
		rejected: (n) => `scan-keys\uFF1A\u63A8\u9001\u88AB\u62D2\u7EDD\uFF1A\u63A8\u9001\u7684\u63D0\u4EA4\u4E2D\u6709 ${n} \u4E2A\u5BC6\u94A5`,
		consoleLine: (provider, url) => `  ${provider}\uFF1A\u5373\u4F7F\u672C\u6B21\u63A8\u9001\u5DF2\u88AB\u62D2\u7EDD\uFF0C\u4E5F\u8BF7\u7ACB\u5373\u7981\u7528\u8BE5\u5BC6\u94A5\uFF1A${url}`,
		howTo: "\u8981\u91CD\u65B0\u63A8\u9001\uFF0C\u8BF7\u4ECE\u5F15\u5165\u5BC6\u94A5\u7684\u63D0\u4EA4\u4E2D\u5220\u9664\u5B83\uFF08\u6539\u4E3A\u4ECE\u73AF\u5883\u53D8\u91CF\u6216\u51ED\u636E\u7BA1\u7406\u670D\u52A1\u4E2D\u8BFB\u53D6\uFF09\uFF1A",
		amend: "  \u5728\u6700\u8FD1\u4E00\u6B21\u63D0\u4EA4\u4E2D\uFF1A\u5220\u9664\u5BC6\u94A5\uFF0C`git add` \u8BE5\u6587\u4EF6\uFF0C`git commit --amend`\uFF0C\u7136\u540E\u63A8\u9001",
		rebase: (sha) => `  \u5728\u66F4\u65E9\u7684\u63D0\u4EA4\u4E2D\uFF1A\`git rebase -i ${sha}^\`\uFF0C\u628A\u8BE5\u63D0\u4EA4\u6807\u8BB0\u4E3A \`edit\`\uFF0C\u5220\u9664\u5BC6\u94A5\uFF0C\`git commit --amend\`\uFF0C\`git rebase --continue\`\uFF0C\u7136\u540E\u63A8\u9001`,
		known: (n) => `scan-keys\uFF1A\u8B66\u544A\uFF1A\u672C\u4ED3\u5E93\u7684\u5386\u53F2\u4E2D\u5DF2\u6709 ${n} \u4E2A\u5BC6\u94A5\uFF08\u4E0D\u963B\u6B62\u672C\u6B21\u63A8\u9001\uFF1B\u8BF7\u5C06\u5176\u4ECE\u5386\u53F2\u4E2D\u5220\u9664\u5E76\u7981\u7528\uFF09\uFF1A`,
		below: (n) => `scan-keys\uFF1A\u63D0\u793A\uFF1A${n} \u4E2A\u53D1\u73B0\u4F4E\u4E8E\u5931\u8D25\u7EA7\u522B\uFF08\u4E0D\u963B\u6B62\uFF09`,
		clean: (commits, files, lines) => `scan-keys\uFF1A\u5DF2\u626B\u63CF ${commits} \u4E2A\u65B0\u63D0\u4EA4\uFF08${files} \u4E2A\u6587\u4EF6\uFF0C\u65B0\u589E ${lines} \u884C\uFF09\uFF1A\u6CA1\u6709\u53D1\u73B0\u5BC6\u94A5`,
		notACommit: (ref, type) => `scan-keys\uFF1A\u8B66\u544A\uFF1A${ref} \u6307\u5411 ${type}\uFF0C\u4E0D\u662F\u63D0\u4EA4\uFF1A\u672A\u626B\u63CF`
	},
	merge: {
		shared: (n) => `\u51FA\u73B0\u5728\u591A\u4E2A\u4ED3\u5E93\u4E2D\u7684\u5BC6\u94A5\uFF08${n}\uFF09`,
		byRepository: "\u6309\u4ED3\u5E93",
		inRepos: (n) => `\u51FA\u73B0\u5728 ${n} \u4E2A\u4ED3\u5E93\u4E2D`,
		alsoIn: (...names) => `\u4E5F\u51FA\u73B0\u5728 ${names.join("\u3001")}`,
		repoCounts: (findings, blocking, source) => `\uFF08${findings} \u4E2A\u53D1\u73B0\uFF0C${blocking} \u4E2A\u963B\u6B62\uFF1B${source}\uFF09`,
		summary: (keys, blocking, repos, shared) => `${repos} \u4E2A\u4ED3\u5E93\u4E2D\u5171\u6709 ${keys} \u4E2A\u5BC6\u94A5\uFF08${blocking} \u4E2A\u963B\u6B62\uFF09\uFF1B\u5176\u4E2D ${shared} \u4E2A\u51FA\u73B0\u5728\u591A\u4E2A\u4ED3\u5E93\u4E2D`,
		none: "\u6CA1\u6709\u53D1\u73B0\u5BC6\u94A5\u3002",
		title: "scan-keys \u7EC4\u7EC7\u5BA1\u8BA1\u62A5\u544A"
	},
	html: {
		lang: "zh-CN",
		title: "scan-keys \u5BA1\u8BA1\u62A5\u544A",
		intro: (findings, scope, files, bytes, commits, version, masked) => `${scope ? `${scope}\u4E2D` : ""}\u5171 ${findings} \u5904\u53D1\u73B0\uFF1B\u5DF2\u626B\u63CF ${files} \u4E2A\u6587\u4EF6\uFF0C${bytes}${commits !== void 0 ? `\uFF0C${commits} \u4E2A\u63D0\u4EA4` : ""}\u3002scan-keys ${version}\u3002\u5BC6\u94A5\u503C${masked ? "\u5DF2\u6253\u7801" : "<strong>\u672A\u6253\u7801</strong>"}\u3002`,
		fail: (n, failOn) => `${n} \u5904\u53D1\u73B0\u8FBE\u5230\u6216\u9AD8\u4E8E ${failOn}\uFF1A\u8FD9\u4E9B\u51ED\u8BC1\u9700\u8981\u7981\u7528\u3002`,
		pass: (failOn) => `\u6CA1\u6709\u8FBE\u5230\u6216\u9AD8\u4E8E ${failOn} \u7684\u53D1\u73B0\u3002`,
		byProvider: "\u6309\u4E91\u5382\u5546\u548C\u4E25\u91CD\u7A0B\u5EA6\u7EDF\u8BA1",
		provider: "\u4E91\u5382\u5546",
		total: "\u5408\u8BA1",
		stillAtHead: "\u4ECD\u5728 HEAD \u4E2D",
		noCredentials: "\u672A\u53D1\u73B0\u51ED\u8BC1\u3002",
		timeline: "\u65F6\u95F4\u7EBF\uFF1A\u6BCF\u4E2A\u5BC6\u94A5\u4F55\u65F6\u5F15\u5165",
		date: "\u65E5\u671F",
		commit: "\u63D0\u4EA4",
		author: "\u4F5C\u8005",
		fileLine: "\u6587\u4EF6:\u884C",
		rule: "\u89C4\u5219",
		severity: "\u4E25\u91CD\u7A0B\u5EA6",
		value: "\u503C",
		commitsHolding: "\u5305\u542B\u5B83\u7684\u63D0\u4EA4\u6570",
		workingTree: "\u5DE5\u4F5C\u533A",
		yesStill: "\u662F\uFF1A\u4ECD\u5728\u6587\u4EF6\u4E2D",
		no: "\u5426",
		remediation: "\u5904\u7F6E\u5EFA\u8BAE"
	},
	rules: {
		rule: "\u89C4\u5219",
		alone: "\u5355\u72EC",
		paired: "\u914D\u5BF9",
		detects: "\u68C0\u6D4B\u5185\u5BB9",
		footer: (n) => `\u5171 ${n} \u6761\u89C4\u5219\u3002\u201C\u5355\u72EC\u201D\uFF1A\u5355\u72EC\u51FA\u73B0\u65F6\u7684\u4E25\u91CD\u7A0B\u5EA6\uFF1B\u201C\u914D\u5BF9\u201D\uFF1A\u4E0E\u5176 ID \u6216\u5BC6\u94A5\u76F8\u90BB\u65F6\u7684\u4E25\u91CD\u7A0B\u5EA6\uFF08\u2014 \u8868\u793A\u4E0D\u9002\u7528\uFF09\u3002`
	}
};
exports.zhCN = zhCN;
