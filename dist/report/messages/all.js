import { en } from './en.js';
import { zhCN } from './zh-CN.js';
import { makeLocale } from './index.js';
export const CATALOGUES = { en, 'zh-CN': zhCN };
export function localeFor(lang) {
    return makeLocale(lang, CATALOGUES[lang]);
}
