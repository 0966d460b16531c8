/** What reporters share: the value as shown, and which findings block. */
import type { Finding, Severity } from '../types.js';
import { type Messages } from './messages/en.js';
export declare function shownSecret(f: Finding, showSecrets: boolean): string;
export declare function isBlocking(f: Finding, failOn: Severity | 'none'): boolean;
/** One phrase for a --verify result, shared by the text and SARIF reports. */
export declare function verificationNote(f: Finding, m?: Messages): string;
