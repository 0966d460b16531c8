/**
 * `scan-keys pre-receive`: the server-side gate as a git hook. Standard input in (`<old> <new>
 * <ref>` lines), a few lines on stderr for the pusher, exit 0 (accept) or 1 (reject).
 *
 * Server settings (git config of the bare repository, never of the pushed commit):
 * - `scan-keys.allowSkip` (bool, default false): honour `git push -o scan-keys.skip=<reason>`.
 *   Git only passes push options when the server advertises them (`receive.advertisePushOptions`).
 * - `scan-keys.onError` (`reject`, the default, or `accept`): what a push gets when the scan could
 *   not run (a broken config in the pushed commit, git failing, a crash). A gate that opens on error
 *   is no gate, so the default rejects; `accept` is for a team that would rather not stop work
 *   while the tool is broken, and says so on every such push.
 */
import { GitError, gitSpawn } from '../sources/git-run.js';
import { parseRefUpdates, scanPush } from '../scan/pre-receive.js';
import { PUSH_MESSAGES, renderPushFindings } from '../report/push.js';
import { EXIT_CLEAN, EXIT_FINDINGS, oneLine } from './common.js';
import { redactText } from '../report/redact.js';
/** Every sentence this command says besides the findings (report/push.ts), in one place. */
export const HOOK_MESSAGES = {
    skipped: (reason) => `scan-keys: push accepted WITHOUT a scan: push option scan-keys.skip (reason: ${reason})`,
    skipRefused: 'scan-keys: push option scan-keys.skip ignored: this server does not allow skipping (git config scan-keys.allowSkip true)',
    skipNoReason: 'scan-keys: push option scan-keys.skip needs a reason (git push -o scan-keys.skip="why"); scanning',
    errorRejected: (why) => `scan-keys: the scan could not run, so the push is rejected (server setting scan-keys.onError=reject): ${why}`,
    errorAccepted: (why) => `scan-keys: warning: the scan could not run; push accepted UNSCANNED (server setting scan-keys.onError=accept): ${why}`,
    badSetting: (value) => `scan-keys.onError must be "reject" or "accept", not "${value}"`,
};
/** `git config --get-regexp ^scan-keys\.` of the repository (exit 1 from git: nothing set). */
async function readSettings(gitDir) {
    const child = gitSpawn(gitDir, ['config', '--get-regexp', '^scan-keys\\.']);
    child.stdin.end();
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d.toString('utf8')));
    child.stderr.on('data', (d) => (err += d.toString('utf8')));
    const code = await new Promise((done, fail) => {
        child.on('error', (e) => fail(new GitError(`git config: ${e.message}`)));
        child.on('close', done);
    });
    if (code !== 0 && code !== 1)
        throw new GitError(`git config failed: ${err.trim().split('\n')[0] ?? code}`);
    const settings = { allowSkip: false, onError: 'reject' };
    for (const line of out.split('\n')) {
        const m = /^(\S+)\s?(.*)$/.exec(line.trim());
        if (!m)
            continue;
        const [, name, value] = m;
        if (name.toLowerCase() === 'scan-keys.allowskip')
            settings.allowSkip = /^(true|yes|on|1)$/i.test(value);
        if (name.toLowerCase() === 'scan-keys.onerror') {
            if (value !== 'reject' && value !== 'accept')
                throw new GitError(HOOK_MESSAGES.badSetting(value));
            settings.onError = value;
        }
    }
    return settings;
}
/** The value of `scan-keys.skip=<reason>` among the push options, if given ('' without a reason). */
export function skipReason(env) {
    const count = Number(env.GIT_PUSH_OPTION_COUNT ?? 0);
    let reason;
    for (let i = 0; i < count && i < 1000; i++) {
        const option = env[`GIT_PUSH_OPTION_${i}`] ?? '';
        if (option === 'scan-keys.skip')
            reason = '';
        else if (option.startsWith('scan-keys.skip='))
            reason = option.slice('scan-keys.skip='.length).trim();
    }
    return reason;
}
async function readAll(stdin) {
    const chunks = [];
    for await (const c of stdin)
        chunks.push(Buffer.from(c));
    return Buffer.concat(chunks).toString('utf8');
}
export async function runPreReceive(io) {
    const say = (s) => io.stderr.write(s.endsWith('\n') ? s : s + '\n');
    // Until the settings are read, an error rejects.
    let settings = { allowSkip: false, onError: 'reject' };
    try {
        // git's process and the input stream in parallel: each git start costs milliseconds.
        const [input, read] = await Promise.all([readAll(io.stdin), readSettings(io.cwd)]);
        settings = read;
        const skip = skipReason(io.env);
        if (skip !== undefined) {
            if (!settings.allowSkip)
                say(HOOK_MESSAGES.skipRefused);
            else if (skip === '')
                say(HOOK_MESSAGES.skipNoReason);
            else {
                say(HOOK_MESSAGES.skipped(skip.replace(/[\r\n]+/g, ' ').slice(0, 300)));
                return EXIT_CLEAN;
            }
        }
        const updates = parseRefUpdates(input);
        const r = await scanPush({ gitDir: io.cwd, updates });
        for (const ref of r.refs)
            if (ref.action === 'not-a-commit')
                say(PUSH_MESSAGES.notACommit(ref.ref, ref.type ?? 'non-commit'));
        const text = renderPushFindings({ blocking: r.blocking, known: r.known, below: r.below, providers: r.providers });
        if (text)
            say(text);
        if (r.blocking.length > 0)
            return EXIT_FINDINGS;
        if (r.refs.some((x) => x.action === 'scanned') && r.known.length === 0)
            say(PUSH_MESSAGES.clean(r.commits, r.files, r.lines));
        return EXIT_CLEAN;
    }
    catch (err) {
        // One line; a config or git message may quote input, so random-looking runs are hidden.
        const why = redactText(oneLine(err).split('\n')[0] ?? 'unknown error', undefined, true);
        if (settings.onError === 'accept') {
            say(HOOK_MESSAGES.errorAccepted(why));
            return EXIT_CLEAN;
        }
        say(HOOK_MESSAGES.errorRejected(why));
        return EXIT_FINDINGS;
    }
}
