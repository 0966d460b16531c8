let node_crypto = require("node:crypto");
// dist/verify/alibaba.js
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
const DEAD_CODES = new Set([
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
// dist/verify/tencent.js
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
	return new Date(timestampSeconds * 1e3).toISOString().slice(0, 10);
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
// dist/verify/verify.js
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
		for (const form of new Set([
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
	const now = opts.now ?? (() => new Date());
	const unique = new Map();
	for (const p of pairs) {
		const key = pairKey(p);
		if (!unique.has(key)) unique.set(key, p);
	}
	const work = [...unique.entries()];
	const results = new Map();
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
