/**
 * What the server-side gate tells the pusher (git prints each stderr line as `remote: …`): a few
 * lines, values masked. Pure: data in, text out. Every sentence is in MESSAGES, so a message
 * catalogue can take them over as they are.
 */
import type { Finding, Provider } from '../types.js';
export declare const PUSH_MESSAGES: {
    readonly rejected: (n: number) => string;
    readonly consoleLine: (provider: string, url: string) => string;
    readonly howTo: "To push again, take the key out of the commits that add it (read it from an environment variable or a secrets manager instead):";
    readonly amend: "  in the last commit:   remove it, `git add` the file, `git commit --amend`, then push";
    readonly rebase: (sha: string) => string;
    readonly known: (n: number) => string;
    readonly below: (n: number) => string;
    readonly clean: (commits: number, files: number, lines: number) => string;
    readonly notACommit: (ref: string, type: string) => string;
};
export interface PushReport {
    blocking: Finding[];
    known: Finding[];
    below: Finding[];
    providers: readonly Provider[];
    showSecrets?: boolean;
}
/** The lines for a rejected push, or for the warnings of an accepted one. */
export declare function renderPushFindings(r: PushReport): string;
