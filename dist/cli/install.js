/**
 * `scan-keys install` / `uninstall`: put the pre-commit gate in place, safely and idempotently.
 *
 * - husky v9 (a `.husky/` folder, or husky in package.json): one line, marked `# scan-keys`, in
 *   `.husky/pre-commit`, appended after whatever is there.
 * - plain git: a `pre-commit` hook in the directory git really uses (`git rev-parse --git-path
 *   hooks`: honours core.hooksPath and linked worktrees). An existing hook that is not ours is
 *   renamed to `pre-commit.scan-keys-chained` and run first, never overwritten: appending to a
 *   foreign script is unsafe (it may end in `exec`, or not be a shell script at all).
 *
 * Returns what it did as data; the CLI words it.
 */
import { chmodSync, existsSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findRepo, gitRaw, GitError } from '../sources/git-run.js';
export const HUSKY_LINE = 'npx --no-install scan-keys --staged # scan-keys';
const MARK = '# scan-keys';
export const HOOK_MARKER = '# scan-keys pre-commit hook';
export const CHAINED = 'pre-commit.scan-keys-chained';
/** A GitError, so the CLI reports it as one line with exit 2. */
export class InstallError extends GitError {
    constructor(message) {
        super(message);
        this.name = 'InstallError';
    }
}
function usesHusky(top) {
    if (existsSync(join(top, '.husky')))
        return true;
    try {
        const pkg = JSON.parse(readFileSync(join(top, 'package.json'), 'utf8'));
        return Boolean(pkg.devDependencies?.husky ?? pkg.dependencies?.husky);
    }
    catch {
        return false;
    }
}
async function hooksDir(top) {
    return resolve(top, (await gitRaw(top, ['rev-parse', '--git-path', 'hooks'])).trim());
}
const BIN = fileURLToPath(new URL('../../bin/scan-keys.js', import.meta.url));
/** The plain-git hook: run a chained hook first, then this scanner on the staged changes. */
export function hookScript(node, bin) {
    const q = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
    return `#!/bin/sh
${HOOK_MARKER} (added by \`scan-keys install\`; \`scan-keys uninstall\` removes it)
chained="$(dirname "$0")/${CHAINED}"
if [ -x "$chained" ]; then "$chained" "$@" || exit $?; fi
node=${q(node)}
bin=${q(bin)}
if [ -x "$node" ] && [ -f "$bin" ]; then exec "$node" "$bin" --staged; fi
exec npx --no-install scan-keys --staged
`;
}
export function writeExecutable(file, text) {
    writeFileSync(file, text);
    chmodSync(file, statSync(file).mode | 0o111);
}
/**
 * Writes our hook script at `file`, keeping a hook that is not ours: it is renamed `chainedName`
 * (beside it) and our script runs it first. Ours already there (found by `marker`) is rewritten
 * when it differs. Shared by the pre-commit hook and the server's pre-receive hook.
 */
export function writeChainedHook(file, script, marker, chainedName) {
    if (!existsSync(file)) {
        writeExecutable(file, script);
        return { kind: 'created' };
    }
    const text = readFileSync(file, 'latin1');
    if (text.includes(marker)) {
        if (text === script)
            return { kind: 'already-installed' };
        writeExecutable(file, script);
        return { kind: 'created' };
    }
    const chained = join(dirname(file), chainedName);
    if (existsSync(chained))
        return { kind: 'chained-exists', chained };
    renameSync(file, chained);
    writeExecutable(file, script);
    return { kind: 'chained', chained };
}
export async function install(cwd) {
    const { top } = await findRepo(cwd, 'install');
    if (usesHusky(top)) {
        const dir = join(top, '.husky');
        const file = join(dir, 'pre-commit');
        if (!existsSync(file)) {
            mkdirSync(dir, { recursive: true });
            writeExecutable(file, `#!/usr/bin/env sh\n${HUSKY_LINE}\n`);
            return { code: 'husky-created', file };
        }
        const text = readFileSync(file, 'utf8');
        if (text.split('\n').some((l) => l.trimEnd().endsWith(MARK)))
            return { code: 'already-installed', file };
        writeExecutable(file, `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}${HUSKY_LINE}\n`);
        return { code: 'husky-added', file };
    }
    const dir = await hooksDir(top);
    const file = join(dir, 'pre-commit');
    const script = hookScript(process.execPath, BIN);
    mkdirSync(dir, { recursive: true });
    const r = writeChainedHook(file, script, HOOK_MARKER, CHAINED);
    if (r.kind === 'chained-exists')
        throw new InstallError(`${r.chained} already exists; move it away, then run install again`);
    if (r.kind === 'chained')
        return { code: 'hook-chained', file, chained: r.chained };
    return { code: r.kind === 'already-installed' ? 'already-installed' : 'hook-created', file };
}
export async function uninstall(cwd) {
    const { top } = await findRepo(cwd, 'uninstall');
    const huskyFile = join(top, '.husky', 'pre-commit');
    if (existsSync(huskyFile)) {
        const text = readFileSync(huskyFile, 'utf8');
        const lines = text.split('\n');
        const kept = lines.filter((l) => !l.trimEnd().endsWith(MARK));
        if (kept.length !== lines.length) {
            const rest = kept.join('\n');
            if (rest.replace(/^#!.*$/m, '').trim() === '') {
                unlinkSync(huskyFile);
                return { code: 'husky-removed', file: huskyFile, deleted: true };
            }
            writeFileSync(huskyFile, rest);
            return { code: 'husky-removed', file: huskyFile, deleted: false };
        }
    }
    const dir = await hooksDir(top);
    const file = join(dir, 'pre-commit');
    if (!existsSync(file) || !readFileSync(file, 'latin1').includes(HOOK_MARKER)) {
        return { code: 'not-installed', file: usesHusky(top) ? huskyFile : file };
    }
    unlinkSync(file);
    const chained = join(dir, CHAINED);
    if (existsSync(chained)) {
        renameSync(chained, file);
        return { code: 'hook-removed', file, restored: true };
    }
    return { code: 'hook-removed', file, restored: false };
}
