/** Every catalogue at once, synchronously (tests, and callers that want all languages loaded). */
import type { Lang } from '../../types.js';
import { en, type Messages } from './en.js';
import { zhCN } from './zh-CN.js';
import { makeLocale, type Locale } from './index.js';

export const CATALOGUES: Readonly<Record<Lang, Messages>> = { en, 'zh-CN': zhCN };

export function localeFor(lang: Lang): Locale {
  return makeLocale(lang, CATALOGUES[lang]);
}
