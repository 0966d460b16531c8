// dist/report/messages/zh-CN.js
/** Skip reasons as the sources word them (English) → Chinese; unknown ones stay English. */
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
/** Schema messages inside config and pattern errors (src/patterns/validate.ts). */
const FIELD_MESSAGES = [
	[/^is required$/, "是必填项"],
	[/^is not a known field$/, "不是已知字段"],
	[/^must be one of (.*)$/, "必须是以下之一：$1"],
	[/^must be (.*), got (.*)$/, "类型必须是 $1，实际是 $2"],
	[/^must be at least (\d+) characters$/, "至少要有 $1 个字符"],
	[/^must match (.*)$/, "必须匹配 $1"],
	[/^must have at least (\d+) item\(s\)$/, "至少要有 $1 项"]
];
/** Error lines we word ourselves (English, as thrown) → Chinese; anything else stays English. */
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
	[/^(.*?): field "(.*?)" (.*)$/, (_all, where, field, rest) => `${where}：字段 "${field}" ${translate(FIELD_MESSAGES, rest)}`],
	[/^(.*?): the file (.*)$/, (_all, where, rest) => `${where}：整个文件${translate(FIELD_MESSAGES, rest)}`]
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
		critical: "严重",
		high: "高危",
		medium: "中危",
		low: "低危"
	},
	pairsWith: (line, column) => `与 ${line}:${column} 配对`,
	assignedToSecretName: "赋值给了密钥类名称",
	publicNotBlocking: "按设计公开（签名 URL），不阻止",
	commitNote: (sha, author, date, n) => `提交 ${sha}，作者 ${author}，${date}${n && n > 1 ? `，共出现在 ${n} 个提交中` : ""}`,
	liveRootKey: (where, provider, account) => `‼ 有效的主账号密钥：${where}（${provider}${account ? `，账号 ${account}` : ""}）：请立即在控制台禁用。`,
	liveKey: (where, provider) => `‼ 有效的密钥：${where}（${provider}）：请立即轮换。`,
	verifiedLive: (who) => `已验证：有效${who ? `（${who}）` : ""}`,
	rootAccount: "主账号",
	account: (id) => `账号 ${id}`,
	verifiedDead: "已验证：已失效",
	verificationUnknown: (reason) => `验证结果未知${reason ? `：${reason}` : ""}`,
	listSeparator: "，",
	fullStop: "。",
	noteSeparator: "；",
	whatToDoNow: (provider, n) => `${provider}：现在该做什么（${count(n, "处发现")}）`,
	console: "控制台：",
	nextTime: "以后：",
	guides: "参考文档：",
	link: (title, url) => `${title}：${url}`,
	blockingSummary: (n, counts, files) => `✖ ${files} 个文件中有 ${n} 处发现（${counts}）`,
	severityCount: (n, severity) => `${severity} ${n}`,
	moreBelowFailOn: (n, failOn) => `另有 ${n} 处低于 --fail-on ${failOn}，不阻止`,
	belowFailOn: (n, failOn) => `! ${n} 处发现低于 --fail-on ${failOn}，不阻止`,
	noCredentials: "✔ 未发现凭证",
	scanned: (files, bytes, lines, seconds, skipped) => `已扫描 ${count(files, "个文件")}，${bytes}，${count(lines, "行")}，用时 ${seconds} 秒${skipped ? `；跳过 ${skipped} 个` : ""}`,
	skippedLine: (file, reason) => `已跳过 ${file}：${translate(SKIP_REASONS, reason)}`,
	warningSkipped: (file, reason) => `scan-keys: 警告：已跳过 ${file}：${translate(SKIP_REASONS, reason)}`,
	skipReason: (reason) => translate(SKIP_REASONS, reason),
	allowedNote: (where, ruleId, reason) => `已放行 ${where} ${ruleId}（${reason}）`,
	baselinedNote: (n, file) => `${n} 处发现已在基线 ${file} 中，不再显示`,
	staleBaselineNote: (file, ruleId, fingerprint) => `过时的基线条目（已找不到）：${file} ${ruleId} ${fingerprint}`,
	baselineWritten: (n, file) => `scan-keys: 已将 ${n} 条基线条目写入 ${file}`,
	progress: (commits, files, bytes, rate, findings) => `正在扫描：${commits !== void 0 ? `${commits} 个提交，` : ""}${files} 个文件，${bytes}（${rate}/秒），目前 ${findings} 处发现`,
	error: (message) => message.split("\n").map((line) => {
		const indent = /^\s*/.exec(line)?.[0] ?? "";
		return indent + translate(ERRORS, line.slice(indent.length));
	}).join("\n"),
	internalError: (message) => `内部错误：${message}`,
	seeHelp: "（参见 scan-keys --help）",
	colon: "：",
	huskyCreated: (file) => `已创建 ${file}，运行 scan-keys --staged`,
	huskyAdded: (file) => `已在 ${file} 中加入 scan-keys --staged`,
	hookCreated: (file) => `已安装 pre-commit 钩子 ${file}`,
	hookChained: (file, chained) => `已安装 pre-commit 钩子 ${file}；原来的钩子已改名为 ${chained}，并会先运行`,
	alreadyInstalled: (file) => `已经安装在 ${file} 中；没有改动`,
	huskyRemovedFile: (file) => `已删除 ${file}（其中只有 scan-keys 这一行）`,
	huskyRemovedLine: (file) => `已从 ${file} 中删除 scan-keys 这一行`,
	hookRemovedRestored: (file) => `已删除 scan-keys 钩子；原来的钩子已恢复为 ${file}`,
	hookRemoved: (file) => `已删除 scan-keys 钩子 ${file}`,
	notInstalled: (file) => `未安装（${file} 不运行 scan-keys）；没有改动`,
	sarifPairsWith: (line, column) => `与第 ${line} 行第 ${column} 列配对`,
	sarifAssigned: "赋值给了密钥类名称",
	publicSignedUrl: "按设计公开（签名 URL）",
	temporaryCredential: "临时凭证",
	disableAndCreate: (url) => ` 请禁用它并创建新的：${url}`,
	whatToDoNowHeading: "现在该做什么",
	nextTimeHeading: "以后",
	guidesHeading: "参考文档",
	githubPairsWith: (line) => `与第 ${line} 行配对`,
	githubNoCredentials: (files) => `scan-keys: 未发现凭证（已扫描 ${files} 个文件）`,
	githubSummary: (n, blocking, failOn, files) => `scan-keys: ${n} 处发现，其中 ${blocking} 处达到或高于 --fail-on ${failOn}（已扫描 ${files} 个文件）`,
	hook: {
		skipped: (reason) => `scan-keys：推送已接受，但未经扫描：推送选项 scan-keys.skip（原因：${reason}）`,
		skipRefused: "scan-keys：已忽略推送选项 scan-keys.skip：本服务器不允许跳过扫描（git config scan-keys.allowSkip true）",
		skipNoReason: "scan-keys：推送选项 scan-keys.skip 需要写明原因（git push -o scan-keys.skip=\"原因\"）；照常扫描",
		errorRejected: (why) => `scan-keys：扫描无法运行，因此拒绝本次推送（服务器设置 scan-keys.onError=reject）：${why}`,
		errorAccepted: (why) => `scan-keys：警告：扫描无法运行；推送已接受，但未经扫描（服务器设置 scan-keys.onError=accept）：${why}`,
		badSetting: (value) => `scan-keys.onError 必须是 "reject" 或 "accept"，而不是 "${value}"`
	},
	push: {
		rejected: (n) => `scan-keys：推送被拒绝：推送的提交中有 ${n} 个密钥`,
		consoleLine: (provider, url) => `  ${provider}：即使本次推送已被拒绝，也请立即禁用该密钥：${url}`,
		howTo: "要重新推送，请从引入密钥的提交中删除它（改为从环境变量或凭据管理服务中读取）：",
		amend: "  在最近一次提交中：删除密钥，`git add` 该文件，`git commit --amend`，然后推送",
		rebase: (sha) => `  在更早的提交中：\`git rebase -i ${sha}^\`，把该提交标记为 \`edit\`，删除密钥，\`git commit --amend\`，\`git rebase --continue\`，然后推送`,
		known: (n) => `scan-keys：警告：本仓库的历史中已有 ${n} 个密钥（不阻止本次推送；请将其从历史中删除并禁用）：`,
		below: (n) => `scan-keys：提示：${n} 个发现低于失败级别（不阻止）`,
		clean: (commits, files, lines) => `scan-keys：已扫描 ${commits} 个新提交（${files} 个文件，新增 ${lines} 行）：没有发现密钥`,
		notACommit: (ref, type) => `scan-keys：警告：${ref} 指向 ${type}，不是提交：未扫描`
	},
	merge: {
		shared: (n) => `出现在多个仓库中的密钥（${n}）`,
		byRepository: "按仓库",
		inRepos: (n) => `出现在 ${n} 个仓库中`,
		alsoIn: (...names) => `也出现在 ${names.join("、")}`,
		repoCounts: (findings, blocking, source) => `（${findings} 个发现，${blocking} 个阻止；${source}）`,
		summary: (keys, blocking, repos, shared) => `${repos} 个仓库中共有 ${keys} 个密钥（${blocking} 个阻止）；其中 ${shared} 个出现在多个仓库中`,
		none: "没有发现密钥。",
		title: "scan-keys 组织审计报告"
	},
	html: {
		lang: "zh-CN",
		title: "scan-keys 审计报告",
		intro: (findings, scope, files, bytes, commits, version, masked) => `${scope ? `${scope}中` : ""}共 ${findings} 处发现；已扫描 ${files} 个文件，${bytes}${commits !== void 0 ? `，${commits} 个提交` : ""}。scan-keys ${version}。密钥值${masked ? "已打码" : "<strong>未打码</strong>"}。`,
		fail: (n, failOn) => `${n} 处发现达到或高于 ${failOn}：这些凭证需要禁用。`,
		pass: (failOn) => `没有达到或高于 ${failOn} 的发现。`,
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
		footer: (n) => `共 ${n} 条规则。“单独”：单独出现时的严重程度；“配对”：与其 ID 或密钥相邻时的严重程度（— 表示不适用）。`
	}
};
exports.zhCN = zhCN;
