/**
 * Whether some byte strings occur anywhere in a repository's history: one `git log -p --cc -U0`
 * of the given revisions, searched as it streams (the values never go on a command line, where
 * other users of the server could read them). Used only for the few values a push would be
 * blocked for, so its cost (about that of `git log -p`) is paid only then.
 */
import { gitSpawn, GitError, firstStderrLine } from './git-run.js';
import { LOG_CONFIG } from './history.js';
/** Indices of the `needles` found in the patches of `revs`; stops reading once all are found. */
export async function findInHistory(dir, revs, needles) {
    const found = new Set();
    if (needles.length === 0)
        return found;
    const child = gitSpawn(dir, [
        ...LOG_CONFIG, 'log', '--no-color', '--no-ext-diff', '--no-textconv', '--text', '-p', '--cc', '--unified=0',
        '--no-renames', '--format=%x01', ...revs, '--',
    ]);
    child.stdin.end();
    const stderr = firstStderrLine(child);
    const closed = new Promise((done, fail) => {
        child.on('error', (err) => fail(new GitError(`git log: ${err.message}`)));
        child.on('close', (code, signal) => done(signal ? 0 : code));
    });
    closed.catch(() => { });
    const keep = Math.max(...needles.map((n) => n.length)) - 1;
    let tail = Buffer.alloc(0);
    try {
        for await (const chunk of child.stdout) {
            const text = tail.length > 0 ? Buffer.concat([tail, chunk]) : chunk;
            for (const [i, needle] of needles.entries())
                if (!found.has(i) && text.includes(needle))
                    found.add(i);
            if (found.size === needles.length)
                break;
            tail = Buffer.from(text.subarray(Math.max(0, text.length - keep)));
        }
    }
    finally {
        if (child.exitCode === null && child.signalCode === null)
            child.kill();
    }
    const code = await closed;
    if (code !== 0 && found.size < needles.length)
        throw new GitError(`git log failed: ${stderr() || `exit ${code}`}`);
    return found;
}
/** True when the repository has at least one ref (a first push into an empty repository has none). */
export async function hasRefs(dir) {
    const child = gitSpawn(dir, ['for-each-ref', '--count=1', '--format=x']);
    child.stdin.end();
    const stderr = firstStderrLine(child);
    let out = '';
    child.stdout.on('data', (d) => (out += d.toString('utf8')));
    const code = await new Promise((done, fail) => {
        child.on('error', (err) => fail(new GitError(`git for-each-ref: ${err.message}`)));
        child.on('close', done);
    });
    if (code !== 0)
        throw new GitError(`git for-each-ref failed: ${stderr() || `exit ${code}`}`);
    return out.trim() !== '';
}
