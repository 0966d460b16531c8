import { describe, expect, it } from 'vitest';

import { parseVerifyEndpoint, verifyPairs } from '../../src/verify/verify.js';

describe('parseVerifyEndpoint', () => {
  it.each([
    ['alibaba=https://sts.aliyuncs.com/', 'alibaba', 'https://sts.aliyuncs.com/'],
    ['tencent=https://sts.tencentcloudapi.com', 'tencent', 'https://sts.tencentcloudapi.com/'],
    ['alibaba=https://sts.cn-hangzhou.aliyuncs.com:8443/', 'alibaba', 'https://sts.cn-hangzhou.aliyuncs.com:8443/'],
    ['tencent=https://10.0.0.5/', 'tencent', 'https://10.0.0.5/'],
    ['alibaba=http://127.0.0.1:8080/', 'alibaba', 'http://127.0.0.1:8080/'],
    ['alibaba=http://127.1.2.3/', 'alibaba', 'http://127.1.2.3/'],
    ['tencent=http://localhost:9000', 'tencent', 'http://localhost:9000/'],
    ['tencent=http://[::1]:9000/', 'tencent', 'http://[::1]:9000/'],
    [' Alibaba = https://sts.aliyuncs.com/ ', 'alibaba', 'https://sts.aliyuncs.com/'],
  ])('accepts %s', (spec, provider, url) => {
    expect(parseVerifyEndpoint(spec)).toEqual({ provider, url });
  });

  it.each([
    ['alibaba=http://sts.aliyuncs.com/', /https/],
    ['tencent=http://10.0.0.5/', /loopback/],
    ['tencent=http://128.0.0.1/', /loopback/],
    ['alibaba=http://127.0.0.1.evil.example/', /loopback/],
    ['alibaba=http://[::2]/', /loopback/],
    ['alibaba=ftp://127.0.0.1/', /https/],
    ['alibaba=file:///etc/passwd', /https/],
    ['aws=https://sts.amazonaws.com/', /"alibaba" or "tencent"/],
    ['https://sts.aliyuncs.com/', /provider|alibaba=/],
    ['alibaba', /alibaba=/],
    ['=https://x/', /alibaba=/],
    ['alibaba=', /valid absolute URL/],
    ['alibaba=not a url', /valid absolute URL/],
    ['alibaba=https://user:pa55word@sts.aliyuncs.com/', /user name or password/],
  ])('rejects %s with one clear line', (spec, message) => {
    let err: unknown;
    try {
      parseVerifyEndpoint(spec);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(Error);
    const msg = (err as Error).message;
    expect(msg).toMatch(message);
    expect(msg).not.toContain('\n');
    expect(msg).not.toContain('pa55word');
  });

  it('verifyPairs applies the same rule to endpoints passed in options', async () => {
    await expect(verifyPairs([], { endpoints: { tencent: 'http://example.com/' } })).rejects.toThrow(/loopback/);
  });
});
