/** A `--lang` or config value as given (`zh-CN`, `zh_CN`, `en`, `en-US`…); undefined if unknown. */
export function parseLang(value) {
    const v = value.trim().replace(/_/g, '-').toLowerCase();
    if (v === 'en' || v.startsWith('en-'))
        return 'en';
    if (v === 'zh' || v === 'zh-cn' || v === 'zh-sg' || v === 'zh-hans' || v.startsWith('zh-hans-'))
        return 'zh-CN';
    return undefined;
}
/** The language of a POSIX locale name (`zh_CN.UTF-8`, `zh_SG.GB2312`, `zh_Hans_CN`, `de_DE@euro`). */
export function langOfLocale(locale) {
    const name = locale.replace(/[.@].*$/, '').replace(/-/g, '_').toLowerCase();
    return /^zh(?:_(?:cn|sg|hans(?:_.*)?))?$/.test(name) ? 'zh-CN' : 'en';
}
/** The environment's language: the first non-empty of LC_ALL, LC_MESSAGES, LANG. */
export function langFromEnv(env) {
    const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
    return langOfLocale(locale);
}
/** The value of `--lang X` / `--lang=X` in argv, if any (the last one wins, as with yargs). */
export function langFlag(argv) {
    let found;
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        if (a === '--')
            break;
        if (a === '--lang')
            found = argv[i + 1];
        else if (a.startsWith('--lang='))
            found = a.slice('--lang='.length);
    }
    return found;
}
export function resolveLang(o) {
    return o.flag ?? o.config ?? langFromEnv(o.env);
}
