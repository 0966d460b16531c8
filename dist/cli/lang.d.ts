/**
 * Which language a run speaks (`--lang`): the flag, else the config's `lang`, else the
 * environment as command-line tools read it (the first set of LC_ALL, LC_MESSAGES, LANG). A
 * team's config beats a developer's locale (the team chose it for its hooks and CI logs), and the
 * flag beats both. Simplified Chinese locales (zh_CN, zh_SG, zh_Hans…, and a bare zh) → zh-CN;
 * anything else, including C/POSIX and Traditional Chinese (zh_TW, zh_HK), → English.
 * Kept free of heavy imports: the pre-commit fast path loads it.
 */
import type { Lang } from '../types.js';
/** A `--lang` or config value as given (`zh-CN`, `zh_CN`, `en`, `en-US`…); undefined if unknown. */
export declare function parseLang(value: string): Lang | undefined;
/** The language of a POSIX locale name (`zh_CN.UTF-8`, `zh_SG.GB2312`, `zh_Hans_CN`, `de_DE@euro`). */
export declare function langOfLocale(locale: string): Lang;
/** The environment's language: the first non-empty of LC_ALL, LC_MESSAGES, LANG. */
export declare function langFromEnv(env: Record<string, string | undefined>): Lang;
/** The value of `--lang X` / `--lang=X` in argv, if any (the last one wins, as with yargs). */
export declare function langFlag(argv: readonly string[]): string | undefined;
export declare function resolveLang(o: {
    flag?: Lang | undefined;
    config?: Lang | undefined;
    env: Record<string, string | undefined>;
}): Lang;
