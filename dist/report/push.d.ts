/**
 * What the server-side gate tells the pusher (git prints each stderr line as `remote: …`): a few
 * lines, values masked. Pure: data in, text out. Every sentence is in the message catalogues
 * (messages/*.ts, `push`), in the Locale given (English by default).
 */
import type { Finding, Provider } from '../types.js';
import { type Locale } from './messages/index.js';
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
