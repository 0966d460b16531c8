export { DEFAULT_CONCURRENCY, DEFAULT_ENDPOINTS, DEFAULT_TIMEOUT_MS, pairKey, parseVerifyEndpoint, verifyPairs, } from './verify.js';
export { buildGetCallerIdentityUrl, canonicalizeQuery, parseGetCallerIdentityResponse as parseAlibabaResponse, percentEncode, rpcStringToSign, signRpcRequest, } from './alibaba.js';
export { buildGetCallerIdentityRequest, parseGetCallerIdentityResponse as parseTencentResponse, signTc3, } from './tencent.js';
