/**
 * `scan-keys pre-receive` end to end: a real bare repository with the hook that
 * `scan-keys install --server` writes, and real `git push`es into it over the local path transport
 * (receive-pack runs the hook inside its quarantine, as a server does). What the hook says reaches
 * the pusher as `remote: …` lines in git push's stderr.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { git, initRepo, makeKeys, runCli, tempDir } from './helpers.js';
import { gitRun, pairText, write } from './git-helpers.js';

const k = makeKeys(171);
const m = makeKeys(172);
const n = makeKeys(173);
const T = 60_000; // real pushes, several processes each, on a shared machine

let root: string;
let cleanup: () => void;
let server: string;
let work: string;

beforeEach(() => {
  ({ dir: root, cleanup } = tempDir('scan-keys-prereceive-'));
  server = join(root, 'server.git');
  work = join(root, 'work');
  git(root, 'init', '-q', '--bare', '-b', 'main', server);
  git(server, 'config', 'receive.advertisePushOptions', 'true');
  const installed = runCli(['install', '--server', server], { cwd: root });
  expect(installed.status).toBe(0);
  mkdirSync(work);
  initRepo(work);
  git(work, 'remote', 'add', 'origin', server);
});
afterEach(() => cleanup());

function commit(message: string): string {
  git(work, 'add', '-A');
  const r = gitRun(work, ['commit', '-q', '--no-verify', '-m', message]);
  if (r.status !== 0) throw new Error(r.stderr);
  return git(work, 'rev-parse', 'HEAD').trim();
}

const push = (...args: string[]) => gitRun(work, ['push', ...args]);
const serverRef = (ref: string) => gitRun(server, ['rev-parse', '--verify', '-q', ref]).stdout.trim();
/** Puts commits on the server without its hook (a fetch runs no pre-receive): history from before the gate. */
const seed = (refspec: string) => git(server, 'fetch', '-q', work, refspec);

function expectMasked(text: string): void {
  for (const v of [k.aliId, k.aliSecret, m.aliId, m.aliSecret, m.tcId, m.tcKey, n.aliId, n.aliSecret]) expect(text).not.toContain(v);
}

describe('scan-keys pre-receive (real git push into a bare repository)', () => {
  it('rejects a key in a new commit and tells the pusher what to do; accepts the push once the key is amended away', () => {
    write(work, 'README', 'demo\n');
    const c1 = commit('base');
    const first = push('origin', 'main');
    expect(first.status).toBe(0);
    expect(first.stderr).toContain('remote: scan-keys: 1 new commit scanned');

    write(work, 'config/app.properties', `name=demo\n${pairText(k)}`);
    const c2 = commit('add config');
    const r = push('origin', 'main');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('pre-receive hook declined');
    expect(r.stderr).toContain('remote: scan-keys: push rejected: 2 keys in the pushed commits');
    expect(r.stderr).toContain(`remote:   ${c2.slice(0, 10)}  config/app.properties:3  alibaba-access-key-id (critical)  LTAI`);
    expect(r.stderr).toContain('config/app.properties:4  alibaba-access-key-secret (critical)');
    expect(r.stderr).toContain('https://usercenter.console.aliyun.com/');
    expect(r.stderr).toContain('git commit --amend');
    expect(r.stderr).toContain(`git rebase -i ${c2.slice(0, 10)}^`);
    expectMasked(r.stderr);
    expect(serverRef('refs/heads/main')).toBe(c1);
    // The rejected objects stayed in the quarantine: the server never stored them.
    expect(gitRun(server, ['cat-file', '-e', c2]).status).not.toBe(0);

    write(work, 'config/app.properties', 'name=demo\naccessKeyId=${ALIBABA_CLOUD_ACCESS_KEY_ID}\n');
    git(work, 'add', '-A');
    git(work, 'commit', '-q', '--amend', '--no-verify', '-m', 'add config');
    const again = push('origin', 'main');
    expect(again.status).toBe(0);
    expect(serverRef('refs/heads/main')).toBe(git(work, 'rev-parse', 'HEAD').trim());
  }, T);

  it('speaks the server\'s git config scan-keys.lang (zh-CN), unless the pushed commit\'s .scan-keys.json sets lang', () => {
    git(server, 'config', 'scan-keys.lang', 'zh-CN');
    write(work, 'README', 'demo\n');
    commit('base');
    const first = push('origin', 'main');
    expect(first.status).toBe(0);
    expect(first.stderr).toContain('remote: scan-keys：已扫描 1 个新提交（1 个文件，新增 1 行）：没有发现密钥');

    write(work, 'config/app.properties', `name=demo\n${pairText(k)}`);
    const c2 = commit('add config');
    const r = push('origin', 'main');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('remote: scan-keys：推送被拒绝：推送的提交中有 2 个密钥');
    expect(r.stderr).toContain(`remote:   ${c2.slice(0, 10)}  config/app.properties:3  alibaba-access-key-id (严重)  LTAI`);
    expect(r.stderr).toContain('remote: 要重新推送，请从引入密钥的提交中删除它');
    expect(r.stderr).toContain(`remote:   在更早的提交中：\`git rebase -i ${c2.slice(0, 10)}^\``);
    expect(r.stderr).toContain('git commit --amend');
    expect(r.stderr).not.toContain('push rejected');
    expectMasked(r.stderr);

    // The team's config in the pushed commit beats the server's setting.
    write(work, '.scan-keys.json', '{ "lang": "en" }\n');
    commit('team speaks English');
    const en = push('origin', 'main');
    expect(en.status).not.toBe(0);
    expect(en.stderr).toContain('remote: scan-keys: push rejected: 2 keys in the pushed commits');
    expect(en.stderr).not.toContain('推送被拒绝');
  }, T);

  it('new branch and tag: only the commits the repository never had; a deletion is accepted', () => {
    write(work, 'README', 'demo\n');
    commit('base');
    expect(push('origin', 'main').status).toBe(0);
    // A branch whose commits the server already has (under main): nothing new to scan.
    git(work, 'branch', 'copy');
    const copy = push('origin', 'copy');
    expect(copy.status).toBe(0);
    expect(copy.stderr).toContain('0 new commits scanned');

    git(work, 'checkout', '-q', '-b', 'feature');
    write(work, '.env', `TENCENTCLOUD_SECRET_ID=${m.tcId}\nTENCENTCLOUD_SECRET_KEY=${m.tcKey}\n`);
    const leak = commit('feature with a key');
    const branch = push('origin', 'feature');
    expect(branch.status).not.toBe(0);
    expect(branch.stderr).toContain(`${leak.slice(0, 10)}  .env:1  tencent-secret-id (critical)`);
    expect(branch.stderr).toContain('console.cloud.tencent.com');
    expect(serverRef('refs/heads/feature')).toBe('');

    // An annotated tag of the leaking commit: its commit is new to the server.
    git(work, 'tag', '-a', '-m', 'release', 'v1', leak);
    const tag = push('origin', 'v1');
    expect(tag.status).not.toBe(0);
    expect(tag.stderr).toContain('tencent-secret-id');
    expect(serverRef('refs/tags/v1')).toBe('');
    // A tag of a commit the server has is accepted.
    git(work, 'tag', 'v0', 'main');
    expect(push('origin', 'v0').status).toBe(0);
    expectMasked(branch.stderr + tag.stderr);

    // Deletion: nothing to scan, accepted (even for a branch that holds an old key).
    seed('feature:refs/heads/old-leak');
    const del = push('origin', ':refs/heads/old-leak');
    expect(del.status).toBe(0);
    expect(serverRef('refs/heads/old-leak')).toBe('');
  }, T);

  it('force push: only commits the repository never had are scanned; a key it already held is a warning, not a block', () => {
    write(work, 'README', 'demo\n');
    commit('base');
    write(work, 'app.properties', pairText(k));
    const old = commit('old leak, from before the gate');
    seed('main:main'); // the key is in the server's history already
    write(work, 'README', 'demo\nmore\n');
    commit('clean');
    expect(push('origin', 'main').status).toBe(0);

    // Rewrite the last commit (a force push of a commit on top of the old leak): accepted, no key.
    git(work, 'commit', '-q', '--amend', '--no-verify', '-m', 'clean, reworded');
    const force = push('--force', 'origin', 'main');
    expect(force.status).toBe(0);
    expect(force.stderr).toContain('1 new commit scanned');
    expect(force.stderr).not.toContain('warning');

    // Rewrite the old leaking commit itself (a rebase): the key moves into a new commit; the server
    // already had it, so the push is not blocked, and says so.
    git(work, 'reset', '-q', '--hard', old);
    git(work, 'commit', '-q', '--amend', '--no-verify', '-m', 'old leak, reworded');
    const moved = push('--force', 'origin', 'main');
    expect(moved.status).toBe(0);
    expect(moved.stderr).toContain("already in this repository's history");
    expect(moved.stderr).toContain('app.properties:2  alibaba-access-key-id');
    expectMasked(moved.stderr);

    // A new key in a force push is blocked.
    write(work, 'more.properties', pairText(m));
    commit('new leak');
    const fresh = push('--force', 'origin', 'main');
    expect(fresh.status).not.toBe(0);
    expect(fresh.stderr).toContain('more.properties:2  alibaba-access-key-id');
  }, T);

  it('a merge commit whose conflict resolution adds a key is rejected, at the merge commit', () => {
    write(work, 'app.conf', 'region=cn-hangzhou\n');
    commit('base');
    expect(push('origin', 'main').status).toBe(0);
    git(work, 'checkout', '-q', '-b', 'side');
    write(work, 'app.conf', 'region=cn-shanghai\n');
    commit('side');
    git(work, 'checkout', '-q', 'main');
    write(work, 'app.conf', 'region=cn-beijing\n');
    commit('main');
    expect(gitRun(work, ['merge', '-q', 'side']).status).not.toBe(0); // conflict
    write(work, 'app.conf', `region=cn-beijing\n${pairText(k)}`);
    git(work, 'add', '-A');
    git(work, 'commit', '-q', '--no-verify', '-m', 'merge side');
    const merge = git(work, 'rev-parse', 'HEAD').trim();
    const r = push('origin', 'main');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain(`${merge.slice(0, 10)}  app.conf:3  alibaba-access-key-id`);
  }, T);

  it('push option scan-keys.skip: ignored unless the server allows it; every skip is logged with its reason', () => {
    write(work, 'README', 'demo\n');
    commit('base');
    expect(push('origin', 'main').status).toBe(0);
    write(work, 'app.properties', pairText(k));
    commit('key');
    const refused = push('-o', 'scan-keys.skip=hotfix INC-42', 'origin', 'main');
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain('push option scan-keys.skip ignored: this server does not allow skipping');
    expect(refused.stderr).toContain('push rejected');

    git(server, 'config', 'scan-keys.allowSkip', 'true');
    const noReason = push('-o', 'scan-keys.skip', 'origin', 'main');
    expect(noReason.status).not.toBe(0);
    expect(noReason.stderr).toContain('needs a reason');

    const skipped = push('-o', 'scan-keys.skip=hotfix INC-42', 'origin', 'main');
    expect(skipped.status).toBe(0);
    expect(skipped.stderr).toContain('remote: scan-keys: push accepted WITHOUT a scan: push option scan-keys.skip (reason: hotfix INC-42)');
    expect(serverRef('refs/heads/main')).toBe(git(work, 'rev-parse', 'HEAD').trim());
  }, T);

  it('config, baseline and inline allow comments come from the pushed commit', () => {
    write(work, 'README', 'demo\n');
    commit('base');
    expect(push('origin', 'main').status).toBe(0);
    // A work-tree-only config on the server side would mean nothing: it is a bare repository.
    write(work, '.scan-keys.json', JSON.stringify({ allow: [{ path: 'fixtures/**', reason: 'test data' }] }));
    write(work, 'fixtures/sample.properties', pairText(k));
    write(work, 'doc.md', `example: ${m.aliId} <!-- scan-keys:allow -->\n`);
    commit('fixtures allowed by the pushed config, inline allow');
    const allowed = push('origin', 'main');
    expect(allowed.stderr).not.toContain('push rejected');
    expect(allowed.status).toBe(0);

    // The baseline in the pushed commit covers a key; a key it does not list still blocks.
    write(work, 'legacy.properties', pairText(m));
    const baseline = runCli(['baseline', 'legacy.properties'], { cwd: work });
    expect(baseline.status).toBe(0);
    commit('legacy key, baselined');
    expect(push('origin', 'main').status).toBe(0);
    write(work, 'new.properties', pairText(n));
    commit('new key');
    const blocked = push('origin', 'main');
    expect(blocked.status).not.toBe(0);
    expect(blocked.stderr).toContain('new.properties:2');
    expect(blocked.stderr).not.toContain('legacy.properties');
    expectMasked(blocked.stderr);
  }, T);

  it('a scan that cannot run rejects the push by default, with one line; scan-keys.onError=accept lets it through, saying so', () => {
    write(work, 'README', 'demo\n');
    write(work, '.scan-keys.json', '{ "allow": [ { "path": "x" } ] }\n'); // no reason: invalid
    commit('broken config');
    const r = push('origin', 'main');
    expect(r.status).not.toBe(0);
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('remote: scan-keys'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('the scan could not run, so the push is rejected');
    expect(lines[0]).toContain('.scan-keys.json');
    git(server, 'config', 'scan-keys.onError', 'accept');
    const accepted = push('origin', 'main');
    expect(accepted.status).toBe(0);
    expect(accepted.stderr).toContain('push accepted UNSCANNED');
  }, T);

  it('install --server chains an existing hook (it runs first, with the same input) and installs into pre-receive.d directories', () => {
    const other = join(root, 'other.git');
    git(root, 'init', '-q', '--bare', '-b', 'main', other);
    const hook = join(other, 'hooks', 'pre-receive');
    const log = join(root, 'chained.log');
    writeFileSync(hook, `#!/bin/sh\ncat > '${log}'\n`);
    chmodSync(hook, 0o755);
    const r = runCli(['install', '--server', other], { cwd: root });
    expect(r.stdout).toContain('the previous hook is now');
    expect(existsSync(join(other, 'hooks', 'pre-receive.scan-keys-chained'))).toBe(true);
    expect(runCli(['install', '--server', other], { cwd: root }).stdout).toContain('nothing changed');
    write(work, 'app.properties', pairText(k));
    const head = commit('key');
    const pushed = gitRun(work, ['push', other, 'main']);
    expect(pushed.status).not.toBe(0);
    expect(pushed.stderr).toContain('push rejected');
    expect(readFileSync(log, 'utf8')).toContain(`${head} refs/heads/main`);

    // Gitea/Forgejo: the repository's hooks/pre-receive.d; GitLab: custom_hooks/pre-receive.d.
    const gitea = join(root, 'gitea.git');
    git(root, 'init', '-q', '--bare', gitea);
    mkdirSync(join(gitea, 'hooks', 'pre-receive.d'));
    expect(runCli(['install', '--server', gitea], { cwd: root }).stdout).toContain(join(gitea, 'hooks', 'pre-receive.d', 'scan-keys'));
    const gitlab = join(root, 'gitlab.git', 'custom_hooks', 'pre-receive.d');
    mkdirSync(gitlab, { recursive: true });
    expect(runCli(['install', '--server', gitlab], { cwd: root }).stdout).toContain(join(gitlab, 'scan-keys'));
    expect(runCli(['install', '--server', join(root, 'nope')], { cwd: root }).status).toBe(2);
  }, T);
});

describe('the two ways into the hook', () => {
  it('`scan-keys pre-receive` (its own entry, hook.cjs) and the same command through the parser answer alike', () => {
    write(work, 'README', 'demo\n');
    const base = commit('base');
    seed('main:refs/heads/main');
    write(work, 'config/app.properties', pairText(k));
    const tip = commit('add a key');
    // The pushed objects in the server, on no ref (as in receive-pack's quarantine).
    seed('main:refs/heads/incoming');
    git(server, 'update-ref', '-d', 'refs/heads/incoming');
    const input = `${base} ${tip} refs/heads/main\n`;
    const direct = runCli(['pre-receive'], { cwd: server, input });
    const parsed = runCli(['pre-receive', '--lang', 'en'], { cwd: server, input });
    expect(direct.status).toBe(1);
    expect(direct.stderr).toContain('config/app.properties');
    expect(direct.stderr).not.toContain('could not run');
    expectMasked(direct.stderr);
    expect(parsed).toEqual(direct);
    expect(runCli(['pre-receive', 'extra'], { cwd: server, input }).status).toBe(2);
  }, T);
});

describe('pre-receive input and push options (no git)', () => {
  it('parses git\'s lines and refuses anything else', async () => {
    const { parseRefUpdates } = await import('../src/scan/pre-receive.js');
    const a = 'a'.repeat(40);
    const z = '0'.repeat(40);
    expect(parseRefUpdates(`${z} ${a} refs/heads/new\n${a} ${z} refs/tags/gone\n\n`)).toEqual([
      { old: z, new: a, ref: 'refs/heads/new' },
      { old: a, new: z, ref: 'refs/tags/gone' },
    ]);
    expect(() => parseRefUpdates('main\n')).toThrow(/not a pre-receive line/);
    expect(() => parseRefUpdates(`${a} HEAD refs/heads/x\n`)).toThrow(/not a pre-receive line/);
  });

  it('finds scan-keys.skip among the push options, with or without a reason', async () => {
    const { skipReason } = await import('../src/cli/pre-receive.js');
    expect(skipReason({})).toBeUndefined();
    expect(skipReason({ GIT_PUSH_OPTION_COUNT: '2', GIT_PUSH_OPTION_0: 'ci.skip', GIT_PUSH_OPTION_1: 'scan-keys.skip=hotfix' })).toBe('hotfix');
    expect(skipReason({ GIT_PUSH_OPTION_COUNT: '1', GIT_PUSH_OPTION_0: 'scan-keys.skip' })).toBe('');
    expect(skipReason({ GIT_PUSH_OPTION_COUNT: '1', GIT_PUSH_OPTION_0: 'scan-keys.skipper=x' })).toBeUndefined();
  });
});
