/**
 * Error and warning text is redacted before it is printed: an error can quote input (JSON.parse
 * quotes the text it choked on, a crash may carry a value in its message), and a secret must not
 * reach a log that way.
 * - Keys the scanner recognises are masked as in reports (prefix and at most the last 4).
 * - `quoted` text (messages that may quote input: config and pattern files, internal errors)
 *   also loses every run of 8 or more letters, digits or '+' that looks random (letters
 *   and digits, or an upper-case letter after the first): a truncated key in a JSON.parse excerpt
 *   is caught too. Our own messages about paths
 *   (unreadable, missing) are not `quoted`, so they still name the file.
 */
import type { RuleSet } from '../types.js';
export declare function redactText(text: string, rules: RuleSet | undefined, quoted: boolean): string;
export declare function looksRandom(run: string): boolean;
