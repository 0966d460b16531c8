/** Detection: pairing, context, public places, filters and encodings. Keys are built at run time. */
import { describe, expect, it } from 'vitest';
import { loadPatterns, scanText } from '../src/index.js';
import type { Finding } from '../src/index.js';
import { makeKeys, randomAlnum, rng } from './helpers.js';

const set = loadPatterns();
const k = makeKeys(11);
const next = rng(99);
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const b64 = (s: string) => Buffer.from(s).toString('base64');
const tmpId = 'AK' + 'ID' + randomAlnum(64, next, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-');
const tmpKey = randomAlnum(43, next, B64) + '=';
const tcToken = randomAlnum(600, next, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-');

const brief = (f: Finding) => `${f.ruleId}:${f.line}:${f.severity}${f.pair ? ':paired' : ''}`;
const scan = (text: string) => scanText(set, text).map(brief);

describe('pairing and context', () => {
  it('pairs positional arguments of the same call', () => {
    expect(scan(`IClientProfile p = DefaultProfile.getProfile("cn-hangzhou", "${k.aliId}", "${k.aliSecret}");`)).toEqual([
      'alibaba-access-key-id:1:critical:paired',
      'alibaba-access-key-secret:1:critical:paired',
    ]);
    expect(scan(`cred = credential.Credential("${k.tcId}", "${k.tcKey}")`)).toEqual([
      'tencent-secret-id:1:critical:paired',
      'tencent-secret-key:1:critical:paired',
    ]);
  });

  it('reports a secret by name only with a provider word nearby', () => {
    expect(scan(`ALIBABA_CLOUD_ACCESS_KEY_SECRET=${k.aliSecret}`)).toEqual(['alibaba-access-key-secret:1:high']);
    expect(scan(`secret = "${k.aliSecret}"`)).toEqual([]);
    expect(scan(`tencent:\n  secretKey: ${k.tcKey}`)).toEqual(['tencent-secret-key:2:high']);
  });

  it('never reports a bare 30/32-character string', () => {
    expect(scan(`aliyun tencent\n${k.aliSecret}\n${k.tcKey}\n`)).toEqual([]);
    expect(scan(`commit ${k.aliSecret} in the aliyun repo`)).toEqual([]);
  });

  it('drops identifiers, hex digests and placeholders assigned to secret names', () => {
    expect(scan('aliyun_access_key_secret = "AlibabaCloudCredentialsProvide"')).toEqual([]);
    expect(scan('aliyunAccessKeySecret: getAccessKeySecretFromVaultV2')).toEqual([]);
    expect(scan('ALIBABA_CLOUD_ACCESS_KEY_SECRET=5d41402abc4b2a76b9719d911017c592ab')).toEqual([]);
    expect(scan('ALIBABA_CLOUD_ACCESS_KEY_SECRET=yourAccessKeySecretHere1234567')).toEqual([]);
  });

  it('finds Tencent temporary credentials: 68-char id, 44-char key, token', () => {
    const text = `{"Credentials": {\n "Token": "${tcToken}",\n "TmpSecretId": "${tmpId}",\n "TmpSecretKey": "${tmpKey}"\n}}`;
    expect(scan(text)).toEqual(['tencent-session-token:2:medium', 'tencent-tmp-secret-id:3:high:paired', 'tencent-tmp-secret-key:4:high:paired']);
  });
});

describe('public-by-design places are low', () => {
  it('OSS pre-signed URL, x-oss-credential, COS q-ak (also URL-encoded)', () => {
    expect(scan(`https://b.oss-cn-hangzhou.aliyuncs.com/a.jpg?OSSAccessKeyId=${k.aliId}&Expires=1700000000&Signature=abc%3D`)).toEqual(['alibaba-access-key-id:1:low']);
    expect(scan(`url=https%3A%2F%2Fb.aliyuncs.com%2Fa.jpg%3FOSSAccessKeyId%3D${k.aliId}%26Expires%3D1700000000%26Signature%3Dabc`)).toEqual(['alibaba-access-key-id:1:low']);
    expect(scan(`x-oss-credential: ${k.aliId}/20241112/cn-hangzhou/oss/aliyun_v4_request`)).toEqual(['alibaba-access-key-id:1:low']);
    expect(scan(`Authorization: q-sign-algorithm=sha1&q-ak=${k.tcId}&q-sign-time=1700000000;1700003600`)).toEqual(['tencent-secret-id:1:low']);
  });
});

describe('values inside longer base64 runs are dropped', () => {
  const pad = (n: number) => randomAlnum(n, next);
  it('integrity hashes, signatures, PEM bodies, data: URLs', () => {
    expect(scan(`"integrity": "sha512-${pad(30)}+${k.aliId}/${pad(30)}=="`)).toEqual([]);
    expect(scan(`-----BEGIN CERTIFICATE-----\n${k.aliId}+${pad(39)}\n-----END CERTIFICATE-----`)).toEqual([]);
    expect(scan(`src="data:image/png;base64,${pad(40)}/${k.tcId}+${pad(20)}"`)).toEqual([]);
    expect(scan(`"sig": "MEUCIQ${pad(20)}%2B${k.aliId}%2F${pad(30)}%3D"`)).toEqual([]);
  });
});

describe('encodings', () => {
  const pairAt = (line: number) => [`alibaba-access-key-id:${line}:critical:paired`, `alibaba-access-key-secret:${line}:critical:paired`];

  it('URL-encoded query strings', () => {
    expect(scan(`GET /?Action=DescribeRegions&AccessKeyId%3D${k.aliId}%26Format%3DJSON`)).toEqual(['alibaba-access-key-id:1:high']);
    expect(scan(`body=AccessKeyId%3D${k.aliId}%26AccessKeySecret%3D${k.aliSecret}%26Action%3DX`)).toEqual(pairAt(1));
  });

  it('JSON and JS string escapes', () => {
    expect(scan(`"{\\"accessKeyId\\":\\"${k.aliId}\\",\\"accessKeySecret\\":\\"${k.aliSecret}\\"}"`)).toEqual(pairAt(1));
    expect(scan(`s = "\\u0022aliyun_secret\\u0022:\\u0022${k.aliSecret}\\u0022"`)).toEqual(['alibaba-access-key-secret:1:high']);
    expect(scan(`{"env": "ALIYUN_ID=x\\nALIBABA_CLOUD_ACCESS_KEY_SECRET=${k.aliSecret}\\nDEBUG=1"}`)).toEqual(['alibaba-access-key-secret:1:high']);
    expect(scan(`{"env": "A=1\\n${k.aliId}\\n"}`)).toEqual(['alibaba-access-key-id:1:high']);
  });

  it('HTML entities', () => {
    expect(scan(`<pre>{&quot;accessKeyId&quot;: &quot;${k.aliId}&quot;, &quot;accessKeySecret&quot;: &quot;${k.aliSecret}&quot;}</pre>`)).toEqual(pairAt(1));
    expect(scan(`<a href="?x=1&amp;aliyun_secret=${k.aliSecret}&amp;y=2">`)).toEqual(['alibaba-access-key-secret:1:high']);
  });

  it('Kubernetes Secret data fields (base64 values), reported at their lines', () => {
    const text = [
      'apiVersion: v1',
      'kind: Secret',
      'metadata:',
      '  name: aliyun-credentials',
      'data:',
      `  accessKeyId: ${b64(k.aliId)}`,
      `  accessKeySecret: ${b64(k.aliSecret)}`,
    ].join('\n');
    expect(scan(text)).toEqual(['alibaba-access-key-id:6:critical:paired', 'alibaba-access-key-secret:7:critical:paired']);
  });

  it('a base64 secret beside a plain id, and a lone base64 secret by name', () => {
    expect(scan(`ALIBABA_CLOUD_ACCESS_KEY_ID=${k.aliId}\nALIBABA_CLOUD_ACCESS_KEY_SECRET_B64=${b64(k.aliSecret)}`)).toEqual(pairAt(1).map((s, i) => s.replace(':1:', `:${i + 1}:`)));
    expect(scan(`  TENCENTCLOUD_SECRET_KEY: ${b64(k.tcKey)}`)).toEqual(['tencent-secret-key:1:high']);
  });

  it('a base64 .env blob, at any byte alignment', () => {
    for (const lead of ['', 'X', 'XY']) {
      const env = `${lead}# prod\nTENCENTCLOUD_SECRET_ID=${k.tcId}\nTENCENTCLOUD_SECRET_KEY=${k.tcKey}\n`;
      expect(scan(`line one\nENV_FILE: ${b64(env)}\n`), `lead ${JSON.stringify(lead)}`).toEqual([
        'tencent-secret-id:2:critical:paired',
        'tencent-secret-key:2:critical:paired',
      ]);
    }
  });

  it('leaves base64 that holds no key alone', () => {
    expect(scan(`data: ${b64('hello world, nothing to see here, aliyun config v1')}`)).toEqual([]);
    expect(scan(`h1: ${b64(randomAlnum(60, next))}`)).toEqual([]);
  });
});

describe('encoded keys through the streaming scanner', () => {
  it('are reported exactly once whatever the chunk size', async () => {
    const { ContentScanner, scanBuffer } = await import('../src/index.js');
    const filler = 'const a = compute(alpha, beta); // 注释\n'.repeat(900);
    const secretYaml = `data:\n  accessKeyId: ${b64(k.aliId)}\n  accessKeySecret: ${b64(k.aliSecret)}\n`;
    const blob = `ENV_B64: ${b64(`TENCENTCLOUD_SECRET_ID=${k.tcId}\nTENCENTCLOUD_SECRET_KEY=${k.tcKey}\n`)}\n`;
    const data = Buffer.from([filler, secretYaml, filler, blob, filler, secretYaml].join(''));
    const whole = scanBuffer(set, data).findings.map(brief);
    expect(whole).toHaveLength(6);
    for (const size of [1000, 4096, 10_007, 65_536]) {
      const scanner = new ContentScanner(set);
      const got: Finding[] = [];
      for (let i = 0; i < data.length; i += size) got.push(...scanner.push(data.subarray(i, i + size)));
      got.push(...scanner.end());
      expect(got.map(brief), `chunk ${size}`).toEqual(whole);
    }
  });
});
