/**
 * `scan-keys install --server <path>`: put the pre-receive gate on a git server.
 *
 * - `<path>` a directory named `pre-receive.d` (GitLab `custom_hooks/pre-receive.d`, GitLab's
 *   global `custom_hooks_dir/pre-receive.d`, Gitea/Forgejo `hooks/pre-receive.d`): a script
 *   `scan-keys` in it; the server runs every script there, so nothing needs chaining.
 * - `<path>` a bare repository whose hooks directory has a `pre-receive.d` (Gitea, Forgejo): the
 *   same, in that directory.
 * - `<path>` a plain bare repository: `hooks/pre-receive` (or where core.hooksPath points). An
 *   existing hook that is not ours is renamed `pre-receive.scan-keys-chained` and runs first with
 *   the same standard input, never overwritten.
 */
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gitRaw, GitError } from '../sources/git-run.js';
import { writeChainedHook, writeExecutable } from './install.js';

export const SERVER_HOOK_MARKER = '# scan-keys pre-receive hook';
export const SERVER_CHAINED = 'pre-receive.scan-keys-chained';
const BIN = fileURLToPath(new URL('../../bin/scan-keys.js', import.meta.url));

export type ServerInstallOutcome =
  | { code: 'created'; file: string }
  | { code: 'chained'; file: string; chained: string }
  | { code: 'already-installed'; file: string };

/**
 * The hook: keeps git's standard input (the pushed refs) for the chained hook and for scan-keys;
 * runs this installation's node and scan-keys, else `scan-keys` from PATH; if neither runs, the
 * shell's exit 127 rejects the push (a missing gate must not read as a pass).
 */
export function serverHookScript(node: string, bin: string): string {
  const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  return `#!/bin/sh
${SERVER_HOOK_MARKER} (added by \`scan-keys install --server\`)
input=$(cat)
chained="$(dirname "$0")/${SERVER_CHAINED}"
if [ -x "$chained" ]; then printf '%s\\n' "$input" | "$chained" "$@" || exit $?; fi
node=${q(node)}
bin=${q(bin)}
if [ -x "$node" ] && [ -f "$bin" ]; then printf '%s\\n' "$input" | "$node" "$bin" pre-receive; exit $?; fi
printf '%s\\n' "$input" | scan-keys pre-receive
`;
}

function installInD(dir: string, script: string): ServerInstallOutcome {
  const file = join(dir, 'scan-keys');
  if (existsSync(file) && readFileSync(file, 'latin1') === script) return { code: 'already-installed', file };
  writeExecutable(file, script);
  return { code: 'created', file };
}

export async function installServer(target: string, cwd: string): Promise<ServerInstallOutcome> {
  const path = resolve(cwd, target);
  const script = serverHookScript(process.execPath, BIN);
  if (!existsSync(path) || !statSync(path).isDirectory()) throw new GitError(`install --server: no such directory: ${path}`);
  if (basename(path) === 'pre-receive.d') return installInD(path, script);
  let hooks: string;
  try {
    if ((await gitRaw(path, ['rev-parse', '--is-bare-repository'])).trim() !== 'true') {
      throw new GitError(`install --server: ${path} is not a bare repository (give the server's repository, or its pre-receive.d directory)`);
    }
    hooks = resolve(path, (await gitRaw(path, ['rev-parse', '--git-path', 'hooks'])).trim());
  } catch (err) {
    if (err instanceof GitError && err.message.startsWith('install --server')) throw err;
    throw new GitError(`install --server: ${path} is not a git repository`);
  }
  if (existsSync(join(hooks, 'pre-receive.d'))) return installInD(join(hooks, 'pre-receive.d'), script);
  mkdirSync(hooks, { recursive: true });
  const file = join(hooks, 'pre-receive');
  const r = writeChainedHook(file, script, SERVER_HOOK_MARKER, SERVER_CHAINED);
  if (r.kind === 'chained-exists') throw new GitError(`install --server: ${r.chained} already exists; move it away, then run install again`);
  if (r.kind === 'chained') return { code: 'chained', file, chained: r.chained };
  return { code: r.kind, file };
}

export function describeServerInstall(o: ServerInstallOutcome): string {
  switch (o.code) {
    case 'created':
      return `installed the pre-receive hook ${o.file}`;
    case 'chained':
      return `installed the pre-receive hook ${o.file}; the previous hook is now ${o.chained} and runs first`;
    case 'already-installed':
      return `already installed in ${o.file}; nothing changed`;
  }
}
