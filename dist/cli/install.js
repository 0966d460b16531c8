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
import { join, resolve } from 'node:path';
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
function writeExecutable(file, text) {
    writeFileSync(file, text);
    chmodSync(file, statSync(file).mode | 0o111);
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
    if (existsSync(file)) {
        const text = readFileSync(file, 'latin1');
        if (text.includes(HOOK_MARKER)) {
            if (text === script)
                return { code: 'already-installed', file };
            writeExecutable(file, script);
            return { code: 'hook-created', file };
        }
        const chained = join(dir, CHAINED);
        if (existsSync(chained))
            throw new InstallError(`${chained} already exists; move it away, then run install again`);
        renameSync(file, chained);
        writeExecutable(file, script);
        return { code: 'hook-chained', file, chained };
    }
    writeExecutable(file, script);
    return { code: 'hook-created', file };
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
