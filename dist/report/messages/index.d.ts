/**
 * The message catalogues, one per language, and the Locale a reporter is given (as it is given
 * colours): the catalogue plus the provider's own translated text from its pattern file.
 * English is loaded with the reporters; another language's catalogue only when a run uses it
 * (`loadLocale`), so the pre-commit hook in English pays nothing for the others.
 */
import type { Lang, Provider, Remediation } from '../../types.js';
import { type Messages } from './en.js';
export type { Messages } from './en.js';
export interface Locale {
    lang: Lang;
    m: Messages;
    /** The provider's display name in this language (its pattern file's `name` if not translated). */
    providerName(p: Provider | undefined, fallback: string): string;
    /** The provider's remediation in this language; English if its pattern file has none. */
    remediation(p: Provider): Remediation;
    /** A rule's title in this language; `fallback` (the English title) if not translated. */
    ruleTitle(p: Provider | undefined, ruleId: string, fallback: string): string;
    ruleDescription(p: Provider | undefined, ruleId: string, fallback: string): string;
}
export declare function makeLocale(lang: Lang, m: Messages): Locale;
export declare const EN: Locale;
export declare function loadLocale(lang: Lang): Promise<Locale>;
