import { GitError } from '../sources/git-run.js';
import { EMPTY_CONFIG } from '../policy/config.js';
import { en } from '../report/messages/en.js';
/** A GitError, so cli.ts reports it as one line (exit 2) without knowing this class. */
export class GitUsageError extends GitError {
}
/** Which git scan the parsed options ask for, if any; conflicting choices are a usage error. */
export function gitScanMode(parsed) {
    const chosen = [];
    if (parsed.staged === true)
        chosen.push('staged');
    if (typeof parsed.since === 'string')
        chosen.push({ since: parsed.since });
    if (typeof parsed.range === 'string')
        chosen.push({ range: parsed.range });
    if (parsed.history === true)
        chosen.push({ history: true });
    if (chosen.length > 1)
        throw new GitUsageError('choose one of --staged, --since, --range, --history');
    const paths = parsed.paths;
    if (chosen.length === 1 && paths && (paths.length !== 1 || paths[0] !== '.')) {
        throw new GitUsageError('--staged, --since, --range and --history scan the repository; they take no paths');
    }
    return chosen[0];
}
export async function runGitScan(mode, ctx) {
    const { rules, config, cwd, inlineAllow } = ctx;
    const skipUnreadable = ctx.skipUnreadable === true;
    if (mode === 'staged') {
        const { scanStaged } = await import('../scan/staged.js');
        // Without a config, no rev-parse for the globs' frame (scanStaged asks for it with any config).
        const withConfig = config !== EMPTY_CONFIG ? { config } : {};
        return scanStaged({ rules, ...withConfig, maxFileSize: ctx.maxFileSize, cwd, inlineAllow, skipUnreadable, base: ctx.base ?? true, ...(ctx.stagedGit ? { git: ctx.stagedGit } : {}) });
    }
    const { scanRange } = await import('../scan/range.js');
    return scanRange({ rules, config, cwd, spec: mode, inlineAllow, skipUnreadable, ...(ctx.onProgress ? { onProgress: ctx.onProgress } : {}) });
}
function describeInstall(o, m) {
    switch (o.code) {
        case 'husky-created':
            return m.huskyCreated(o.file);
        case 'husky-added':
            return m.huskyAdded(o.file);
        case 'hook-created':
            return m.hookCreated(o.file);
        case 'hook-chained':
            return m.hookChained(o.file, o.chained);
        case 'already-installed':
            return m.alreadyInstalled(o.file);
    }
}
function describeUninstall(o, m) {
    switch (o.code) {
        case 'husky-removed':
            return o.deleted ? m.huskyRemovedFile(o.file) : m.huskyRemovedLine(o.file);
        case 'hook-removed':
            return o.restored ? m.hookRemovedRestored(o.file) : m.hookRemoved(o.file);
        case 'not-installed':
            return m.notInstalled(o.file);
    }
}
/** `scan-keys install` / `uninstall`: one line saying what changed, in the run's language. */
export async function runHookCommand(command, cwd, m = en) {
    const { install, uninstall } = await import('./install.js');
    return command === 'install' ? describeInstall(await install(cwd), m) : describeUninstall(await uninstall(cwd), m);
}
