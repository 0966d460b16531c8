import { describe, expect, it } from 'vitest';

import { parseGetCallerIdentityResponse as parseAlibaba } from '../../src/verify/alibaba.js';
import { parseGetCallerIdentityResponse as parseTencent } from '../../src/verify/tencent.js';

const aliErr = (code: string, message = 'm'): string => JSON.stringify({ RequestId: 'r', Code: code, Message: message });
const tcErr = (code: string, message = 'm'): string => JSON.stringify({ Response: { Error: { Code: code, Message: message }, RequestId: 'r' } });

describe('Alibaba GetCallerIdentity response', () => {
  it('200 with Arn is live, with account and arn; RAM user is not root', () => {
    const v = parseAlibaba(200, JSON.stringify({ IdentityType: 'RAMUser', AccountId: '1234', Arn: 'acs:ram::1234:user/ci', RequestId: 'r' }));
    expect(v).toEqual({ status: 'live', account: '1234', arn: 'acs:ram::1234:user/ci', root: false });
  });
  it('IdentityType Account or an arn ending :root is root', () => {
    expect(parseAlibaba(200, JSON.stringify({ IdentityType: 'Account', AccountId: '1', Arn: 'acs:ram::1:x' })).root).toBe(true);
    expect(parseAlibaba(200, JSON.stringify({ AccountId: '1', Arn: 'acs:ram::1:root' })).root).toBe(true);
  });
  it('NoPermission is live', () => {
    expect(parseAlibaba(403, aliErr('NoPermission')).status).toBe('live');
  });
  it.each([
    'InvalidAccessKeyId.NotFound',
    'InvalidAccessKeyId.Inactive',
    'SignatureDoesNotMatch',
    'InvalidSecurityToken.Expired',
    'InvalidSecurityToken.MismatchWithAccessKey',
    'InvalidSecurityToken.Malformed',
  ])('%s is dead', (code) => {
    expect(parseAlibaba(400, aliErr(code))).toEqual({ status: 'dead', reason: `alibaba: ${code}` });
  });
  it.each(['Throttling', 'Throttling.User', 'Throttling.Api'])('%s is unknown, throttled', (code) => {
    const v = parseAlibaba(400, aliErr(code));
    expect(v.status).toBe('unknown');
    expect(v.reason).toContain('throttled');
  });
  it.each(['InvalidTimeStamp.Expired', 'SignatureNonceUsed', 'InternalError', 'ServiceUnavailable'])('%s is unknown with a reason', (code) => {
    const v = parseAlibaba(500, aliErr(code));
    expect(v.status).toBe('unknown');
    expect(v.reason).toContain(code);
  });
  it('non-JSON, empty and code-less bodies are unknown', () => {
    expect(parseAlibaba(502, '<html>bad gateway</html>').status).toBe('unknown');
    expect(parseAlibaba(200, '').status).toBe('unknown');
    expect(parseAlibaba(200, '{}').status).toBe('unknown');
    expect(parseAlibaba(200, '[]').status).toBe('unknown');
  });
  it('never copies the server message or an odd code into the reason', () => {
    const token = 'CAISsecret-token-value';
    const v = parseAlibaba(400, aliErr('SignatureDoesNotMatch', `server string to sign is:GET&%2F&SecurityToken%3D${token}`));
    expect(JSON.stringify(v)).not.toContain(token);
    const w = parseAlibaba(400, aliErr(`Weird code with ${token} inside`));
    expect(w.status).toBe('unknown');
    expect(JSON.stringify(w)).not.toContain(token);
  });
});

describe('Tencent GetCallerIdentity response', () => {
  it('200 without Response.Error is live, with account and arn', () => {
    const v = parseTencent(200, JSON.stringify({ Response: { Arn: 'qcs::cam::uin/1:uin/2', AccountId: '1', Type: 'CAMUser', RequestId: 'r' } }));
    expect(v).toEqual({ status: 'live', account: '1', arn: 'qcs::cam::uin/1:uin/2', root: false });
  });
  it('Type Root or an arn with root is root', () => {
    expect(parseTencent(200, JSON.stringify({ Response: { Arn: 'qcs::cam::uin/1:uin/1', AccountId: '1', Type: 'Root' } })).root).toBe(true);
    expect(parseTencent(200, JSON.stringify({ Response: { Arn: 'qcs::cam::uin/1:root', AccountId: '1' } })).root).toBe(true);
  });
  it.each(['AuthFailure.SecretIdNotFound', 'AuthFailure.SignatureFailure', 'AuthFailure.TokenFailure', 'AuthFailure.InvalidSecretId', 'AuthFailure'])(
    '%s is dead',
    (code) => {
      expect(parseTencent(200, tcErr(code))).toEqual({ status: 'dead', reason: `tencent: ${code}` });
    },
  );
  it('AuthFailure codes that do not mean a dead key', () => {
    // clock skew and our own malformed header say nothing about the key
    expect(parseTencent(200, tcErr('AuthFailure.SignatureExpire')).status).toBe('unknown');
    expect(parseTencent(200, tcErr('AuthFailure.InvalidAuthorization')).status).toBe('unknown');
    // the key authenticated but is not allowed this call
    expect(parseTencent(200, tcErr('AuthFailure.UnauthorizedOperation')).status).toBe('live');
  });
  it.each(['RequestLimitExceeded', 'RequestLimitExceeded.UinLimitExceeded'])('%s is unknown, throttled', (code) => {
    const v = parseTencent(200, tcErr(code));
    expect(v.status).toBe('unknown');
    expect(v.reason).toContain('throttled');
  });
  it('other errors, non-JSON and missing Response are unknown', () => {
    expect(parseTencent(200, tcErr('InternalError')).reason).toContain('InternalError');
    expect(parseTencent(200, tcErr('InternalError')).status).toBe('unknown');
    expect(parseTencent(502, 'Bad Gateway').status).toBe('unknown');
    expect(parseTencent(200, '{"foo":1}').status).toBe('unknown');
    expect(parseTencent(500, '{"Response":{}}').status).toBe('unknown');
  });
  it('never copies the server message into the reason', () => {
    const token = 'tmpTokenSecretValue123';
    const v = parseTencent(200, tcErr('AuthFailure.TokenFailure', `bad token ${token}`));
    expect(JSON.stringify(v)).not.toContain(token);
  });
});
