/**
 * Usable straight from a checkout: the committed build output (dist/) means a clone runs with the
 * production dependencies alone, and npm installs the repository from git without building it
 * (no prepare script, so npm neither installs dev dependencies nor runs a compiler).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { initRepo, makeKeys, tempDir } from './helpers.js';
import { pairText, write } from './git-helpers.js';
import { checkoutCopy } from './checkout.js';

const k = makeKeys(95);
const NPM_TIMEOUT = 300_000;
let root: { dir: string; cleanup(): void };
let source: { dir: string; commit: string };

function run(cmd: string, args: string[], cwd: string, timeout = NPM_TIMEOUT) {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
  for (const name of Object.keys(env)) if (name.startsWith('GIT_')) delete env[name];
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout ?? '', out: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? `\n${r.error.message}` : ''}` };
}

beforeAll(() => {
  root = tempDir('scan-keys-from-git-');
  source = checkoutCopy(join(root.dir, 'scan-keys'));
}, NPM_TIMEOUT);
afterAll(() => root?.cleanup(), NPM_TIMEOUT);

describe('a checkout of this repository', () => {
  it('runs `node bin/scan-keys.js` after `npm ci --omit=dev` (no TypeScript, no build)', () => {
    const ci = run('npm', ['ci', '--omit=dev', '--prefer-offline'], source.dir);
    expect(ci.status, ci.out).toBe(0);
    expect(existsSync(join(source.dir, 'node_modules', 'typescript'))).toBe(false);
    expect(existsSync(join(source.dir, 'node_modules', 'yargs'))).toBe(true);
    const self = run('node', ['bin/scan-keys.js', '.'], source.dir, 120_000);
    expect(self.status, self.out).toBe(0);
    write(source.dir, 'leak/app.properties', pairText(k));
    const found = run('node', ['bin/scan-keys.js', 'leak'], source.dir, 60_000);
    expect(found.status, found.out).toBe(1);
    expect(found.stdout).toContain('leak/app.properties');
    // The command line's CommonJS bundle (dist/cjs/) loads, --staged included.
    const staged = run('node', ['bin/scan-keys.js', '--staged'], source.dir, 60_000);
    expect(staged.status, staged.out).toBe(0);
  }, NPM_TIMEOUT);

  it('installs with `npm install git+file://…#<commit>` without devDependencies, and runs', () => {
    const proj = join(root.dir, 'project');
    mkdirSync(proj);
    initRepo(proj);
    expect(run('npm', ['init', '-y'], proj).status).toBe(0);
    const url = `git+file://${source.dir}#${source.commit}`;
    const install = run('npm', ['install', '--save-dev', '--prefer-offline', url], proj);
    expect(install.status, install.out).toBe(0);
    expect(existsSync(join(proj, 'node_modules', 'typescript'))).toBe(false);
    const installed = JSON.parse(readFileSync(join(proj, 'node_modules', 'scan-keys', 'package.json'), 'utf8')) as { name: string };
    expect(installed.name).toBe('scan-keys');
    write(proj, '.gitignore', 'node_modules/\n');
    write(proj, 'src/app.properties', pairText(k));
    const r = run('npx', ['--no-install', 'scan-keys', '.'], proj, 60_000);
    expect(r.status, r.out).toBe(1);
    expect(r.stdout).toContain('src/app.properties');
    expect(r.out).not.toContain(k.aliSecret);
  }, NPM_TIMEOUT);
});
