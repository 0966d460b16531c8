/**
 * What the server-side gate tells the pusher (git prints each stderr line as `remote: …`): a few
 * lines, values masked. Pure: data in, text out. Every sentence is in the message catalogues
 * (messages/*.ts, `push`), in the Locale given (English by default).
 */
import type { Finding, Provider } from '../types.js';
import { type Locale } from './messages/index.js';
/** The English sentences (the catalogues hold every language: messages/*.ts `push`). */
export declare const PUSH_MESSAGES: {
    rejected: (n: number) => string;
    consoleLine: (provider: string, url: string) => string;
    howTo: string;
    amend: string;
    rebase: (sha: string) => string;
    known: (n: number) => string;
    below: (n: number) => string;
    clean: (commits: number, files: number, lines: number) => string;
    notACommit: (ref: string, type: string) => string;
};
export interface PushReport {
    blocking: Finding[];
    known: Finding[];
    below: Finding[];
    providers: readonly Provider[];
    showSecrets?: boolean;
    /** The language (default English). */
    t?: Locale;
}
/** The lines for a rejected push, or for the warnings of an accepted one. */
export declare function renderPushFindings(r: PushReport): string;
