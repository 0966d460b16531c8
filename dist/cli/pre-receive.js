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
 * - `scan-keys.lang` (`zh-CN` or `en`): the language of these lines when the pushed commit's
 *   `.scan-keys.json` sets none (it beats this; this beats the hook's environment).
 */
import { GitError, gitSpawn } from '../sources/git-run.js';
import { parseRefUpdates, scanPush } from '../scan/pre-receive.js';
import { renderPushFindings } from '../report/push.js';
import { EXIT_CLEAN, EXIT_FINDINGS, oneLine } from './common.js';
import { redactText } from '../report/redact.js';
import { en } from '../report/messages/en.js';
import { EN, loadLocale } from '../report/messages/index.js';
import { langFromEnv, parseLang } from './lang.js';
/** Every sentence this command says besides the findings (report/push.ts), in English; the catalogues (messages/*.ts, `hook`) hold every language. */
export const HOOK_MESSAGES = en.hook;
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
        if (name.toLowerCase() === 'scan-keys.lang') {
            const lang = parseLang(value);
            if (lang)
                settings.lang = lang;
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
    // The language: the pushed commit's config, else the server's scan-keys.lang, else the
    // environment. English costs nothing; another catalogue is loaded only when used.
    let t = EN;
    let chosen = false;
    const speak = async (lang) => {
        chosen = true;
        if (lang !== t.lang)
            t = await loadLocale(lang);
    };
    // Until the settings are read, an error rejects.
    let settings = { allowSkip: false, onError: 'reject' };
    try {
        // git's process and the input stream in parallel: each git start costs milliseconds.
        const [input, read] = await Promise.all([readAll(io.stdin), readSettings(io.cwd)]);
        settings = read;
        await speak(settings.lang ?? langFromEnv(io.env));
        const skip = skipReason(io.env);
        if (skip !== undefined) {
            if (!settings.allowSkip)
                say(t.m.hook.skipRefused);
            else if (skip === '')
                say(t.m.hook.skipNoReason);
            else {
                say(t.m.hook.skipped(skip.replace(/[\r\n]+/g, ' ').slice(0, 300)));
                return EXIT_CLEAN;
            }
        }
        const updates = parseRefUpdates(input);
        const r = await scanPush({ gitDir: io.cwd, updates });
        if (r.lang)
            await speak(r.lang);
        const M = t.m.push;
        for (const ref of r.refs)
            if (ref.action === 'not-a-commit')
                say(M.notACommit(ref.ref, ref.type ?? 'non-commit'));
        const text = renderPushFindings({ blocking: r.blocking, known: r.known, below: r.below, providers: r.providers, t });
        if (text)
            say(text);
        if (r.blocking.length > 0)
            return EXIT_FINDINGS;
        if (r.refs.some((x) => x.action === 'scanned') && r.known.length === 0)
            say(M.clean(r.commits, r.files, r.lines));
        return EXIT_CLEAN;
    }
    catch (err) {
        // One line; a config or git message may quote input, so random-looking runs are hidden.
        const why = redactText(oneLine(err).split('\n')[0] ?? 'unknown error', undefined, true);
        if (!chosen)
            await speak(settings.lang ?? langFromEnv(io.env)).catch(() => undefined);
        if (settings.onError === 'accept') {
            say(t.m.hook.errorAccepted(t.m.error(why)));
            return EXIT_CLEAN;
        }
        say(t.m.hook.errorRejected(t.m.error(why)));
        return EXIT_FINDINGS;
    }
}
