const require_verify = require("./verify.cjs");
// dist/verify/apply.js
const TOKEN_LINES = 10;
function isProvider(p) {
	return p === "alibaba" || p === "tencent";
}
function collectPairs(findings) {
	const byFingerprint = new Map();
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
