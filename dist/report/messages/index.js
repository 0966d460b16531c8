import { en } from './en.js';
export function makeLocale(lang, m) {
    const t = (p) => (lang === 'en' ? undefined : p?.i18n?.[lang]);
    return {
        lang,
        m,
        providerName: (p, fallback) => t(p)?.name ?? p?.name ?? fallback,
        remediation: (p) => t(p)?.remediation ?? p.remediation,
        ruleTitle: (p, id, fallback) => t(p)?.rules?.[id]?.title ?? fallback,
        ruleDescription: (p, id, fallback) => t(p)?.rules?.[id]?.description ?? fallback,
    };
}
export const EN = makeLocale('en', en);
/** How to load each other language's catalogue (a new Lang without one is a type error). */
const LOADERS = {
    'zh-CN': async () => (await import('./zh-CN.js')).zhCN,
};
export async function loadLocale(lang) {
    return lang === 'en' ? EN : makeLocale(lang, await LOADERS[lang]());
}
