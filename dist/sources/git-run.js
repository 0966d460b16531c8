/**
 * The one place that runs git. simple-git is loaded lazily (it costs start-up time a tree scan
 * outside git never needs). The environment is inherited whole: a pre-commit hook of
 * `git commit -a` points GIT_INDEX_FILE at a temporary index, and dropping it would scan the
 * wrong index. simple-git 4 strips ambient GIT_* variables by default (its "environment guard"),
 * which would reopen exactly that hole, so every variable we inherit is allow-listed.
 */
import { createRequire } from 'node:module';
import { GIT_MEMORY } from './staged-start.js';
let spawnChild;
export class GitError extends Error {
    constructor(message) {
        super(message);
        this.name = 'GitError';
    }
}
let factory;
export async function git(dir) {
    if (!factory) {
        const mod = await import('simple-git');
        factory = (baseDir) => mod.simpleGit({ baseDir, trimmed: false, allowEnvironment: Object.keys(process.env) });
    }
    return factory(dir);
}
/** `git <args>` in `dir`; stdout as text. Throws GitError with git's own first line. */
export async function gitRaw(dir, args) {
    try {
        return await (await git(dir)).raw(args);
    }
    catch (err) {
        const first = String(err.message ?? err).trim().split('\n')[0] ?? 'git failed';
        throw new GitError(first);
    }
}
/**
 * `git <args>` in `dir`; stdout, and what git wrote to stderr although it succeeded: git only
 * warns (exit 0) about a directory it cannot open, which would otherwise pass silently.
 */
export async function gitRawWithWarnings(dir, args) {
    let stderr = '';
    try {
        const g = (await git(dir)).outputHandler((_command, _stdout, err) => {
            err.on('data', (d) => {
                stderr += String(d);
            });
        });
        const stdout = await g.raw(args);
        return { stdout, stderr };
    }
    catch (err) {
        const first = String(err.message ?? err).trim().split('\n')[0] ?? 'git failed';
        throw new GitError(first);
    }
}
/** True for the errors that mean "not in a git work tree" or "no git here", as opposed to a failure. */
export function isNotARepository(err) {
    const msg = err instanceof Error ? err.message : String(err);
    return /not a git repository|ENOENT|spawn git/i.test(msg);
}
/** The work tree root and git directory, or a GitError that says we are not in a repository. */
export async function findRepo(cwd, what) {
    let out;
    try {
        out = (await gitOutput(cwd, ['rev-parse', '--show-toplevel', '--absolute-git-dir'])).toString('utf8');
    }
    catch (err) {
        if (isNotARepository(err))
            throw new GitError(`${what}: not inside a git repository (${cwd})`);
        throw err;
    }
    const [top, gitDir] = out.trim().split('\n');
    return { top, gitDir };
}
/**
 * Spawns a long-lived or streaming git process (`cat-file --batch`, `log -p`), which simple-git
 * cannot do: it buffers whole outputs and has no stdin. Same rule as above: the environment is
 * inherited whole (GIT_INDEX_FILE, GIT_DIR, GIT_WORK_TREE of a hook must reach git).
 */
export function gitSpawn(dir, args, extraEnv) {
    // node:child_process on first use (with node:net and node:dgram, 4-18 ms of start-up on the
    // 2-core reference machine): a tree scan outside git, such as bench scenario empty-dir, never spawns.
    spawnChild ??= createRequire(import.meta.url)('node:child_process').spawn;
    return spawnChild('git', [...GIT_MEMORY, ...args], { cwd: dir, env: extraEnv ? { ...process.env, ...extraEnv } : process.env, stdio: ['pipe', 'pipe', 'pipe'] });
}
/** Collects a spawned git's stderr (first line) for error messages. */
export function firstStderrLine(child) {
    let text = '';
    child.stderr.on('data', (d) => {
        if (text.length < 4096)
            text += d.toString('utf8');
    });
    return () => {
        const lines = text.trim().split('\n');
        const first = lines[0] ?? '';
        // A partial clone's lazy fetch fails first with the remote's complaint; the line that names
        // the object comes later, and is the one that says what is wrong.
        const object = lines.slice(1).find((l) => OBJECT_LINE.test(l));
        return object ? `${first}; ${object}` : first;
    };
}
const OBJECT_LINE = /unable to read [0-9a-f]{40}|could not fetch [0-9a-f]{40}|promisor remote|bad object|missing blob/i;
/**
 * `git <args>` in `dir` without simple-git, stdout as bytes. For the pre-commit path only, where
 * start-up time is the product: importing simple-git and running a command through it cost about
 * 40 ms on the 2-core reference machine, against 2 ms for a bare spawn. The environment is inherited
 * whole, as everywhere here. Throws GitError with git's first stderr line.
 */
export function gitOutput(dir, args, input, extraEnv) {
    return new Promise((resolvePromise, reject) => {
        const child = gitSpawn(dir, args, extraEnv);
        child.stdin.on('error', () => {
            /* git exited early: reported by 'close' */
        });
        child.stdin.end(input);
        const stderr = firstStderrLine(child);
        const chunks = [];
        child.stdout.on('data', (d) => chunks.push(d));
        child.on('error', (err) => reject(new GitError(`git: ${err.message}`)));
        child.on('close', (code) => {
            if (code === 0)
                resolvePromise(Buffer.concat(chunks));
            else
                reject(new GitError(stderr() || `git ${args.find((a) => !a.startsWith('-')) ?? ''} exited with ${code}`));
        });
    });
}
