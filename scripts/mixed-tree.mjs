/**
 * A seeded "mixed tree": real-looking files in a dozen languages and formats with planted keys
 * (each with the rule and line it must be reported at, at the default fail level) and hard
 * negatives that must stay silent. Keys come from a PRNG at run time, never from this file (the
 * only literal keys here are the vendors' documentation keys, which must never be reported).
 * Shared by `npm run eval` (dist/) and test/mixed-tree.test.ts (src/).
 */

import { mulberry32 as rng } from './rng.mjs';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const B64 = ALNUM + '+/';
const B64URL = ALNUM + '_-';
const HEX = '0123456789abcdef';
const RANK = { low: 0, medium: 1, high: 2, critical: 3 };


function keysFrom(next) {
  const r = (n, alphabet = ALNUM) => {
    let s = '';
    for (let i = 0; i < n; i++) s += alphabet[Math.floor(next() * alphabet.length)];
    return s;
  };
  const pick = (xs) => xs[Math.floor(next() * xs.length)];
  const LT = 'LT' + 'AI';
  const AK = 'AK' + 'ID';
  return {
    r,
    pick,
    next,
    aliId: () => LT + pick(['5t', '4F', '4G']) + r(18),
    aliId16: () => LT + r(12),
    aliSecret: () => r(30),
    stsId: () => 'ST' + 'S.' + r(25),
    stsSecret: () => r(44),
    stsToken: () => 'CA' + 'IS' + r(400 + Math.floor(next() * 400), B64) + '==',
    tcId: () => AK + r(32),
    tcKey: () => r(32),
    tcGwId: () => AK + r(36),
    tcGwKey: () => r(40),
    tcTmpId: () => AK + r(64, B64URL),
    tcTmpKey: () => r(43, B64) + '=',
    tcToken: () => r(500 + Math.floor(next() * 500), B64URL),
    hex: (n) => r(n, HEX),
    uuid: () => `${r(8, HEX)}-${r(4, HEX)}-4${r(3, HEX)}-a${r(3, HEX)}-${r(12, HEX)}`,
    b64: (n) => r(n, B64),
  };
}

const WORDS = ['access', 'key', 'secret', 'provider', 'aliyun', 'config', 'client', 'factory', 'bean', 'name', 'default', 'region', 'endpoint', 'resolver', 'holder', 'value', 'loader', 'manager', 'credentials', 'oss', 'bucket', 'handler'];

/** A camelCase identifier of exactly n characters (a hard negative for secret names). */
function identifier(k, n) {
  for (;;) {
    let s = k.pick(WORDS);
    while (s.length < n) {
      const w = k.pick(WORDS);
      s += w[0].toUpperCase() + w.slice(1);
    }
    if (s.length === n) return s;
  }
}

const b64 = (s) => Buffer.from(s, 'latin1').toString('base64');

/** Builds a file line by line; `plant` records what must be found on the line being added. */
class Doc {
  constructor(path) {
    this.path = path;
    this.lines = [];
    this.expected = [];
  }
  add(text, ...plants) {
    const line = this.lines.length + 1;
    for (const [ruleId, value] of plants) this.expected.push({ ruleId, value, line });
    this.lines.push(...text.split('\n'));
    return this;
  }
  done() {
    return { path: this.path, content: this.lines.join('\n') + '\n', expected: this.expected };
  }
}

const ID = 'alibaba-access-key-id';
const SECRET = 'alibaba-access-key-secret';
const TC_ID = 'tencent-secret-id';
const TC_KEY = 'tencent-secret-key';

/** Hard negatives sprinkled into files: none of these may be reported. */
function negatives(k) {
  return [
    `  // md5 of the payload: ${k.hex(32)}`,
    `  checksum = "${k.hex(40)}"`,
    `  // request ${k.uuid()} traced`,
    `  sha256: ${k.hex(64)}`,
    `  requestId = "${k.r(30)}"`,
    `  blob = "${k.b64(240)}=="`,
    `  accessKeySecretBeanName = "${identifier(k, 30)}"; // aliyun`,
    `  secretKeyResolver: ${identifier(k, 32)} # tencent`,
  ];
}

const TEMPLATES = {
  java(k, i) {
    const [id, sec] = [k.aliId(), k.aliSecret()];
    const d = new Doc(`java/src/main/java/com/acme/oss/OssConfig${i}.java`);
    d.add('package com.acme.oss;\n\nimport com.aliyuncs.DefaultAcsClient;\nimport com.aliyuncs.profile.DefaultProfile;\n');
    d.add('public class OssConfig {');
    d.add(`  private static final String TRACE = "${k.uuid()}";`);
    d.add(`  IClientProfile profile = DefaultProfile.getProfile("cn-hangzhou", "${id}", "${sec}");`, [ID, id], [SECRET, sec]);
    d.add(negatives(k).slice(0, 3).join('\n'));
    d.add('  public String bucket() { return "acme-assets"; }\n}');
    return d.done();
  },
  properties(k, i) {
    const [id, sec] = [k.aliId16(), k.aliSecret()];
    const d = new Doc(`java/src/main/resources/application-${i}.properties`);
    d.add('# 阿里云 OSS 配置\naliyun.oss.endpoint=oss-cn-shanghai.aliyuncs.com\naliyun.oss.bucket=acme-prod');
    d.add(`aliyun.oss.access-key-id=${id}`, [ID, id]);
    d.add(`aliyun.oss.access-key-secret=${sec}`, [SECRET, sec]);
    d.add(`spring.datasource.password=\${DB_PASSWORD}\nspring.cache.key-prefix=${k.hex(32)}`);
    d.add('aliyun.sms.access-key-id=${ALIBABA_CLOUD_ACCESS_KEY_ID}\naliyun.sms.access-key-secret=yourAccessKeySecret');
    return d.done();
  },
  python(k, i) {
    const [id, key] = [k.tcId(), k.tcKey()];
    const d = new Doc(`py/tencent_cvm_${i}.py`);
    d.add('from tencentcloud.common import credential\nfrom tencentcloud.cvm.v20170312 import cvm_client, models\n');
    d.add(`# ${k.uuid()}`);
    d.add(`cred = credential.Credential("${id}", "${key}")`, [TC_ID, id], [TC_KEY, key]);
    d.add('client = cvm_client.CvmClient(cred, "ap-guangzhou")');
    d.add(`SESSION_SALT = "${k.hex(32)}"\nDOC_EXAMPLE = ("AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA", "Gu5t9xGARNpq86cd98joQYCN3Cozk1qA")`);
    return d.done();
  },
  pythonSts(k, i) {
    const [id, sec, tok] = [k.stsId(), k.stsSecret(), k.stsToken()];
    const d = new Doc(`py/aliyun_sts_${i}.py`);
    d.add('import oss2\n\n# temporary credentials from AssumeRole (aliyun STS)');
    d.add('auth = oss2.StsAuth(');
    d.add(`    "${id}",`, ['alibaba-sts-access-key-id', id]);
    d.add(`    "${sec}",`, ['alibaba-sts-access-key-secret', sec]);
    d.add(`    "${tok}")`, ['alibaba-sts-security-token', tok]);
    d.add(negatives(k).slice(3, 6).join('\n'));
    return d.done();
  },
  go(k, i) {
    const [id, sec] = [k.aliId16(), k.aliSecret()];
    const d = new Doc(`go/cmd/ecs${i}/main.go`);
    d.add('package main\n\nimport "github.com/aliyun/alibaba-cloud-sdk-go/services/ecs"\n\nfunc main() {');
    d.add(`\tclient, err := ecs.NewClientWithAccessKey("cn-hangzhou", "${id}", "${sec}")`, [ID, id], [SECRET, sec]);
    d.add(`\t_ = client\n\t_ = err\n\tconst digest = "${k.hex(64)}"\n}`);
    return d.done();
  },
  gosum(k, i) {
    const d = new Doc(`go${i}/go.sum`);
    for (let j = 0; j < 12; j++) {
      // Plant "LTAI" inside the hash now and then, as in real go.sum files.
      const h = j % 3 === 0 ? k.b64(13) + 'LT' + 'AI' + k.b64(24) : k.b64(43);
      d.add(`github.com/acme/mod${j} v1.${j}.0 h1:${h}=`);
    }
    return d.done();
  },
  js(k, i) {
    const [id, sec] = [k.aliId(), k.aliSecret()];
    const d = new Doc(`web/src/oss-client-${i}.js`);
    d.add("const OSS = require('ali-oss');\n\nconst client = new OSS({\n  region: 'oss-cn-hangzhou',");
    d.add(`  accessKeyId: '${id}',`, [ID, id]);
    d.add(`  accessKeySecret: '${sec}',`, [SECRET, sec]);
    d.add("  bucket: 'acme',\n});\nmodule.exports = client;");
    d.add(`// integrity sha512-${k.b64(86)}==`);
    return d.done();
  },
  ts(k, i) {
    const [id, key] = [k.tcId(), k.tcKey()];
    const d = new Doc(`web/src/tencent-${i}.ts`);
    d.add('import * as tencentcloud from "tencentcloud-sdk-nodejs";\n\nconst CvmClient = tencentcloud.cvm.v20170312.Client;\nexport const client = new CvmClient({\n  credential: {');
    d.add(`    secretId: "${id}",`, [TC_ID, id]);
    d.add(`    secretKey: "${key}",`, [TC_KEY, key]);
    d.add('  },\n  region: "ap-shanghai",\n});');
    d.add(`const placeholder = { secretId: "AKIDfakeTestSecretId00000", secretKey: "<your-secret-key>" };`);
    return d.done();
  },
  php(k, i) {
    const [id, key] = [k.tcId(), k.tcKey()];
    const [aid, asec] = [k.aliId(), k.aliSecret()];
    const d = new Doc(`php/src/Cloud${i}.php`);
    d.add('<?php\nuse TencentCloud\\Common\\Credential;\nuse AlibabaCloud\\Client\\AlibabaCloud;\n');
    d.add(`$cred = new Credential("${id}", "${key}");`, [TC_ID, id], [TC_KEY, key]);
    d.add(`$hash = '${k.hex(32)}';\n$id = '${k.uuid()}';\n`);
    d.add(`AlibabaCloud::accessKeyClient('${aid}', '${asec}')->regionId('cn-beijing')->asDefaultClient();`, [ID, aid], [SECRET, asec]);
    return d.done();
  },
  csharp(k, i) {
    const [id, sec] = [k.aliId(), k.aliSecret()];
    const d = new Doc(`cs/Services/AliyunClient${i}.cs`);
    d.add('using Aliyun.Acs.Core;\nusing Aliyun.Acs.Core.Profile;\n\nnamespace Acme.Services {\n  public class AliyunClient {');
    d.add(`    private const string AccessKeyId = "${id}";`, [ID, id]);
    d.add(`    private const string AccessKeySecret = "${sec}";`, [SECRET, sec]);
    d.add(`    private const string BuildHash = "${k.hex(40)}";`);
    d.add('    IClientProfile profile = DefaultProfile.GetProfile("cn-shanghai", AccessKeyId, AccessKeySecret);\n  }\n}');
    return d.done();
  },
  k8sSecret(k, i) {
    const [id, sec] = [k.aliId(), k.aliSecret()];
    const d = new Doc(`deploy/k8s/aliyun-secret-${i}.yaml`);
    d.add(`apiVersion: v1\nkind: Secret\nmetadata:\n  name: aliyun-oss-${i}\ntype: Opaque\ndata:`);
    d.add(`  accessKeyId: ${b64(id)}`, [ID, id]);
    d.add(`  accessKeySecret: ${b64(sec)}`, [SECRET, sec]);
    d.add(`  caBundle: ${k.b64(300)}=`);
    return d.done();
  },
  yamlTmp(k, i) {
    const [id, key, tok] = [k.tcTmpId(), k.tcTmpKey(), k.tcToken()];
    const d = new Doc(`config/tencent-sts-${i}.yaml`);
    d.add('# 腾讯云临时密钥 (STS)\ntencentcloud:\n  region: ap-guangzhou\n  credentials:');
    d.add(`    tmpSecretId: ${id}`, ['tencent-tmp-secret-id', id]);
    d.add(`    tmpSecretKey: ${key}`, ['tencent-tmp-secret-key', key]);
    d.add(`    token: ${tok}`, ['tencent-session-token', tok]);
    d.add(`    expiredTime: 1700003600\n    requestId: ${k.uuid()}`);
    return d.done();
  },
  json(k, i) {
    const [id, sec, tok] = [k.aliId(), k.aliSecret(), k.stsToken()];
    const d = new Doc(`home/.aliyun/config-${i}.json`);
    d.add('{\n  "current": "default",\n  "profiles": [\n    {\n      "name": "default",\n      "mode": "AK",');
    d.add(`      "access_key_id": "${id}",`, [ID, id]);
    d.add(`      "access_key_secret": "${sec}",`, [SECRET, sec]);
    d.add(`      "sts_token": "${tok}",`, ['alibaba-sts-security-token', tok]);
    d.add(`      "region_id": "cn-hangzhou",\n      "ram_session_name": "${k.hex(32)}"\n    }\n  ]\n}`);
    return d.done();
  },
  env(k, i) {
    const [id, sec, tid, tkey] = [k.aliId(), k.aliSecret(), k.tcId(), k.tcKey()];
    const d = new Doc(`services/api${i}/.env`);
    d.add(`NODE_ENV=production\nSESSION_SECRET_HASH=${k.hex(64)}`);
    d.add(`ALIBABA_CLOUD_ACCESS_KEY_ID=${id}`, [ID, id]);
    d.add(`ALIBABA_CLOUD_ACCESS_KEY_SECRET=${sec}`, [SECRET, sec]);
    d.add(`TENCENTCLOUD_SECRET_ID=${tid}`, [TC_ID, tid]);
    d.add(`TENCENTCLOUD_SECRET_KEY=${tkey}`, [TC_KEY, tkey]);
    return d.done();
  },
  envExample(k, i) {
    const d = new Doc(`services/api${i}/.env.example`);
    d.add('ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI5tXXXXXXXXXXXXXXXXXX\nALIBABA_CLOUD_ACCESS_KEY_SECRET=yourAccessKeySecret\nTENCENTCLOUD_SECRET_ID=AKIDxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx');
    d.add('TENCENTCLOUD_SECRET_KEY=<your-secret-key>\nOSS_ACCESS_KEY_ID=${ALIBABA_CLOUD_ACCESS_KEY_ID}');
    d.add(`ALIYUN_SECRET_ROTATION_ID=${k.uuid()}`);
    return d.done();
  },
  envBlob(k, i) {
    const [tid, tkey] = [k.tcId(), k.tcKey()];
    const env = `# tencent\nTENCENTCLOUD_SECRET_ID=${tid}\nTENCENTCLOUD_SECRET_KEY=${tkey}\nREGION=ap-beijing\n`;
    const d = new Doc(`ci/vars-${i}.yml`);
    d.add('variables:\n  DEPLOY_REGION: ap-beijing');
    d.add(`  DOTENV_B64: ${b64(env)}`, [TC_ID, tid], [TC_KEY, tkey]);
    return d.done();
  },
  terraform(k, i) {
    const [id, sec, tid, tkey] = [k.aliId(), k.aliSecret(), k.tcId(), k.tcKey()];
    const d = new Doc(`infra/tf${i}/main.tf`);
    d.add('provider "alicloud" {');
    d.add(`  access_key = "${id}"`, [ID, id]);
    d.add(`  secret_key = "${sec}"`, [SECRET, sec]);
    d.add('  region     = "cn-hangzhou"\n}\n\nprovider "tencentcloud" {');
    d.add(`  secret_id  = "${tid}"`, [TC_ID, tid]);
    d.add(`  secret_key = "${tkey}"`, [TC_KEY, tkey]);
    d.add(`  region     = "ap-guangzhou"\n}\n\nresource "alicloud_oss_bucket" "b" {\n  bucket = "acme-${k.hex(8)}"\n  etag   = "${k.hex(32)}"\n}`);
    return d.done();
  },
  markdown(k, i) {
    const [id, sec] = [k.aliId(), k.aliSecret()];
    const d = new Doc(`docs/部署说明-${i}.md`);
    d.add('# 部署说明\n\n使用阿里云 OSS 存储图片。以下是测试环境的 AccessKey（请勿外传）：\n\n```');
    d.add(`AccessKey ID: ${id}`, [ID, id]);
    d.add(`AccessKey Secret: ${sec}`, [SECRET, sec]);
    d.add('```\n\n文档示例（官方，不是真实密钥）：`LTAI****************`、`AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE` / `Gu5t9xGARNpq86cd98joQYCN3EXAMPLE`。');
    const pub = k.aliId();
    d.add(`\n分享链接：https://acme.oss-cn-hangzhou.aliyuncs.com/a.png?OSSAccessKeyId=${pub}&Expires=1700000000&Signature=${k.b64(27)}%3D`);
    return d.done();
  },
  minified(k, i) {
    const [id, sec] = [k.aliId(), k.aliSecret()];
    const code = [
      `!function(e){var t={};function n(r){return t[r]}n.p="/static/";var o="data:image/png;base64,${k.b64(400)}";`,
      `var c={region:"oss-cn-hangzhou",accessKeyId:"${id}",accessKeySecret:"${sec}",bucket:"acme"};`,
      `var s="sha384-${k.b64(64)}";e.exports=function(){return new OSS(c)}}({});`,
    ].join('');
    const d = new Doc(`web/dist/app.${k.hex(8)}.min.js`);
    d.add(code, [ID, id], [SECRET, sec]);
    d.add(`//# sourceMappingURL=data:application/json;base64,${k.b64(600)}`);
    return d.done();
  },
  apiGateway(k, i) {
    const [id, key] = [k.tcGwId(), k.tcGwKey()];
    const d = new Doc(`py/market_api_${i}.py`);
    d.add('# Tencent Cloud Market API (apigw)\nimport hmac, hashlib, base64');
    d.add(`secret_id = "${id}"`, ['tencent-api-gateway-secret-id', id]);
    d.add(`secret_key = "${key}"`, ['tencent-api-gateway-secret-key', key]);
    d.add('url = "https://service-xxxx.gz.apigw.tencentcs.com/release/"');
    return d.done();
  },
  encoded(k, i) {
    const [id, sec, tid, tkey] = [k.aliId(), k.aliSecret(), k.tcId(), k.tcKey()];
    const d = new Doc(`logs/requests-${i}.log`);
    d.add(`2024-11-12T10:00:00Z GET /?Action=DescribeInstances&Format=JSON&AccessKeyId%3D${id}%26AccessKeySecret%3D${sec}%26Version%3D2014-05-26`, [ID, id], [SECRET, sec]);
    d.add(`2024-11-12T10:00:01Z body="{\\"secretId\\":\\"${tid}\\",\\"secretKey\\":\\"${tkey}\\"}" tencent`, [TC_ID, tid], [TC_KEY, tkey]);
    d.add(`2024-11-12T10:00:02Z trace=${k.uuid()} sig=${k.b64(88)}`);
    return d.done();
  },
  html(k, i) {
    const [id, sec] = [k.aliId(), k.aliSecret()];
    const d = new Doc(`site/debug-${i}.html`);
    d.add('<!doctype html>\n<html><body>\n<h1>Debug</h1>');
    d.add(`<pre>{&quot;accessKeyId&quot;: &quot;${id}&quot;,\n &quot;accessKeySecret&quot;: &quot;${sec}&quot;}</pre>`, [ID, id]);
    d.expected.push({ ruleId: SECRET, value: sec, line: d.lines.length });
    d.add(`<img src="data:image/png;base64,${k.b64(300)}">\n<a href="https://x.aliyuncs.com/?x-oss-credential=${k.aliId()}%2F20241112%2Fcn-hangzhou%2Foss%2Faliyun_v4_request">x</a>`);
    d.add('</body></html>');
    return d.done();
  },
  loneIds(k, i) {
    const [id, tid] = [k.aliId16(), k.tcId()];
    const d = new Doc(`scripts/check-${i}.sh`);
    d.add('#!/bin/sh\n# which key is this?');
    d.add(`echo "key: ${id}"`, [ID, id]);
    d.add(`export COS_SECRET_ID=${tid}`, [TC_ID, tid]);
    d.add(`curl "https://b-125.cos.ap-beijing.myqcloud.com/a?q-sign-algorithm=sha1&q-ak=${k.tcId()}&q-sign-time=1700000000;1700003600"`);
    return d.done();
  },
  /** The classes found on real code (issue 14): legacy IDs and CAES tokens planted beside link tokens, hashes, names, examples, pre-signed URLs. */
  realCode(k, i) {
    const [legacy, sec, caes] = [k.r(16), k.aliSecret(), 'CA' + 'ES' + k.r(300 + Math.floor(k.next() * 300), B64) + '=='];
    const d = new Doc(`legacy/oss-${i}.js`);
    d.add("// aliyun OSS, an account from before the LTAI prefix\nconst OSS = require('ali-oss');\nconst client = new OSS({\n  region: 'oss-cn-hangzhou',");
    d.add(`  accessKeyId: '${legacy}',`, ['alibaba-legacy-access-key-id', legacy]);
    d.add(`  accessKeySecret: '${sec}',`, [SECRET, sec]);
    d.add(`  stsToken: '${caes}',`, ['alibaba-sts-security-token', caes]);
    d.add('});\n');
    d.add(`// go.sum: github.com/aliyun/credentials-go v1.3.${i} h1:${k.r(5)}+${k.r(30)}/${k.r(6)}=`);
    d.add(`// docs: https://help.aliyun.com/zh/ram/developer-reference/sts/#STS.AssumeRoleWithWebIdentity\nsts.STS.assumeRoleWithWebIdentity(params);`);
    d.add('// aliyun console class: String secretKey = "GetTokenPayLoadByCheckResponse";');
    d.add(`// tencent: https://qian.tencent.com/console/batch-register?token=${k.r(32)}&orgName=demo`);
    d.add(`// tencent: /pages/guide/index?to=VERIFY&urlAuthToken=${k.r(32)}&expireTime=1710840183`);
    d.add(`/* tencent signature self-test\nSecretId: AKIDz8krbsJ5yKBZQpn74WFkmLPx3gnPhESA\nSecretKey: Gu5t9xGARNpq86cd98joQYCN3Coz${k.r(4)}\n*/`);
    d.add(`/* redacted\ntmp_secret_id = "${'AK' + 'ID' + k.r(59, B64URL)}12345"\ntmp_secret_key = "${k.r(38, B64)}12345="\ntmp_token = "${k.r(200, B64URL)}xxx"\n*/`);
    d.add(`const signed = 'https://b-125.cos.ap-beijing.myqcloud.com/a.jpg?q-sign-algorithm=sha1&q-ak=${k.tcTmpId()}&q-sign-time=1700000000;1700003600&q-key-time=1700000000;1700003600&q-header-list=host&q-url-param-list=&q-signature=${k.hex(40)}&x-cos-security-token=${k.tcToken()}';`);
    d.add(`const ossSigned = 'https://b.oss-cn-hangzhou.aliyuncs.com/a.zip?OSSAccessKeyId=${k.stsId()}&Expires=1700000000&Signature=${k.r(27)}%3D&security-token=${k.stsToken()}';`);
    return d.done();
  },
};

/** The mixed tree: every template several times with fresh keys. */
export function generateMixedTree(seed = 2024, copies = 8) {
  const k = keysFrom(rng(seed));
  const files = [];
  for (let i = 0; i < copies; i++) for (const make of Object.values(TEMPLATES)) files.push(make(k, i));
  return files;
}

/**
 * Scores `scan(content, path) → findings` on the tree. Expected = planted keys at or above the
 * default fail level on their line; anything else at that level is a false positive.
 */
export function scoreMixedTree(files, scan) {
  const byRule = new Map();
  const t = (id) => byRule.get(id) ?? (byRule.set(id, { tp: 0, fp: 0, fn: 0 }), byRule.get(id));
  const misses = [];
  for (const f of files) {
    const findings = scan(f.content, f.path).filter((x) => RANK[x.severity] >= RANK.medium);
    const left = [...f.expected];
    for (const x of findings) {
      const i = left.findIndex((e) => e.ruleId === x.ruleId && e.value === x.secret && e.line === x.line);
      if (i >= 0) {
        t(x.ruleId).tp++;
        left.splice(i, 1);
      } else {
        t(x.ruleId).fp++;
        misses.push({ type: 'FP', path: f.path, ruleId: x.ruleId, line: x.line, value: x.secret });
      }
    }
    for (const e of left) {
      t(e.ruleId).fn++;
      misses.push({ type: 'FN', path: f.path, ...e });
    }
  }
  const total = { tp: 0, fp: 0, fn: 0 };
  for (const v of byRule.values()) for (const key of Object.keys(total)) total[key] += v[key];
  return { total, byRule, misses, files: files.length };
}
