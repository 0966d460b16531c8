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
export function parseLang(value: string): Lang | undefined {
  const v = value.trim().replace(/_/g, '-').toLowerCase();
  if (v === 'en' || v.startsWith('en-')) return 'en';
  if (v === 'zh' || v === 'zh-cn' || v === 'zh-sg' || v === 'zh-hans' || v.startsWith('zh-hans-')) return 'zh-CN';
  return undefined;
}

/** The language of a POSIX locale name (`zh_CN.UTF-8`, `zh_SG.GB2312`, `zh_Hans_CN`, `de_DE@euro`). */
export function langOfLocale(locale: string): Lang {
  const name = locale.replace(/[.@].*$/, '').replace(/-/g, '_').toLowerCase();
  return /^zh(?:_(?:cn|sg|hans(?:_.*)?))?$/.test(name) ? 'zh-CN' : 'en';
}

/** The environment's language: the first non-empty of LC_ALL, LC_MESSAGES, LANG. */
export function langFromEnv(env: Record<string, string | undefined>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return langOfLocale(locale);
}

/** The value of `--lang X` / `--lang=X` in argv, if any (the last one wins, as with yargs). */
export function langFlag(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--') break;
    if (a === '--lang') found = argv[i + 1];
    else if (a.startsWith('--lang=')) found = a.slice('--lang='.length);
  }
  return found;
}

export function resolveLang(o: { flag?: Lang | undefined; config?: Lang | undefined; env: Record<string, string | undefined> }): Lang {
  return o.flag ?? o.config ?? langFromEnv(o.env);
}
