import { shownSecret } from './present.js';
export const PUSH_MESSAGES = {
    rejected: (n) => `scan-keys: push rejected: ${n === 1 ? 'a key' : `${n} keys`} in the pushed commits`,
    consoleLine: (provider, url) => `  ${provider}: disable the key now, even though this push was refused: ${url}`,
    howTo: 'To push again, take the key out of the commits that add it (read it from an environment variable or a secrets manager instead):',
    amend: '  in the last commit:   remove it, `git add` the file, `git commit --amend`, then push',
    rebase: (sha) => `  in an older commit:   \`git rebase -i ${sha}^\`, mark that commit \`edit\`, remove it, \`git commit --amend\`, \`git rebase --continue\`, then push`,
    known: (n) => `scan-keys: warning: ${n === 1 ? 'a key' : `${n} keys`} already in this repository's history (not blocking this push; remove it from history and revoke it):`,
    below: (n) => `scan-keys: note: ${n} finding${n === 1 ? '' : 's'} below the fail level (not blocking)`,
    clean: (commits, files, lines) => `scan-keys: ${commits} new commit${commits === 1 ? '' : 's'} scanned (${files} file${files === 1 ? '' : 's'}, ${lines} added line${lines === 1 ? '' : 's'}): no keys`,
    notACommit: (ref, type) => `scan-keys: warning: ${ref} points at a ${type}, not a commit: not scanned`,
};
function place(f, showSecrets) {
    const sha = f.commit ? f.commit.sha.slice(0, 10) : '?';
    return `  ${sha}  ${f.file}:${f.line}  ${f.ruleId} (${f.severity})  ${shownSecret(f, showSecrets)}`;
}
/** The lines for a rejected push, or for the warnings of an accepted one. */
export function renderPushFindings(r) {
    const show = r.showSecrets === true;
    const out = [];
    if (r.blocking.length > 0) {
        out.push(PUSH_MESSAGES.rejected(r.blocking.length));
        for (const f of r.blocking)
            out.push(place(f, show));
        const byId = new Map(r.providers.map((p) => [p.id, p]));
        for (const id of [...new Set(r.blocking.map((f) => f.provider))]) {
            const p = byId.get(id);
            if (p)
                out.push(PUSH_MESSAGES.consoleLine(p.name, p.remediation.console.url));
        }
        out.push(PUSH_MESSAGES.howTo, PUSH_MESSAGES.amend);
        const oldest = r.blocking.find((f) => f.commit)?.commit?.sha.slice(0, 10) ?? '<commit>';
        out.push(PUSH_MESSAGES.rebase(oldest));
    }
    if (r.known.length > 0) {
        out.push(PUSH_MESSAGES.known(r.known.length));
        for (const f of r.known)
            out.push(place(f, show));
    }
    if (r.below.length > 0)
        out.push(PUSH_MESSAGES.below(r.below.length));
    return out.length > 0 ? out.join('\n') + '\n' : '';
}
