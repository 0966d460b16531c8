/**
 * The message catalogues, one per language, and the Locale a reporter is given (as it is given
 * colours): the catalogue plus the provider's own translated text from its pattern file.
 * English is loaded with the reporters; another language's catalogue only when a run uses it
 * (`loadLocale`), so the pre-commit hook in English pays nothing for the others.
 */
import type { Lang, Provider, Remediation } from '../../types.js';
import { en, type Messages } from './en.js';

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

export function makeLocale(lang: Lang, m: Messages): Locale {
  const t = (p: Provider | undefined) => (lang === 'en' ? undefined : p?.i18n?.[lang]);
  return {
    lang,
    m,
    providerName: (p, fallback) => t(p)?.name ?? p?.name ?? fallback,
    remediation: (p) => t(p)?.remediation ?? p.remediation,
    ruleTitle: (p, id, fallback) => t(p)?.rules?.[id]?.title ?? fallback,
    ruleDescription: (p, id, fallback) => t(p)?.rules?.[id]?.description ?? fallback,
  };
}

export const EN: Locale = makeLocale('en', en);

/** How to load each other language's catalogue (a new Lang without one is a type error). */
const LOADERS: Record<Exclude<Lang, 'en'>, () => Promise<Messages>> = {
  'zh-CN': async () => (await import('./zh-CN.js')).zhCN,
};

export async function loadLocale(lang: Lang): Promise<Locale> {
  return lang === 'en' ? EN : makeLocale(lang, await LOADERS[lang]());
}
