/**
 * The message catalogues, one per language, and the Locale a reporter is given (as it is given
 * colours): the catalogue plus the provider's own translated text from its pattern file.
 */
import type { Lang, Provider, Remediation } from '../../types.js';
import { en, type Messages } from './en.js';
import { zhCN } from './zh-CN.js';

export type { Messages } from './en.js';

export const CATALOGUES: Readonly<Record<Lang, Messages>> = { en, 'zh-CN': zhCN };

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

export function localeFor(lang: Lang): Locale {
  const t = (p: Provider | undefined) => (lang === 'en' ? undefined : p?.i18n?.[lang]);
  return {
    lang,
    m: CATALOGUES[lang],
    providerName: (p, fallback) => t(p)?.name ?? p?.name ?? fallback,
    remediation: (p) => t(p)?.remediation ?? p.remediation,
    ruleTitle: (p, id, fallback) => t(p)?.rules?.[id]?.title ?? fallback,
    ruleDescription: (p, id, fallback) => t(p)?.rules?.[id]?.description ?? fallback,
  };
}

export const EN: Locale = localeFor('en');
