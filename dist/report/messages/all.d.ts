/** Every catalogue at once, synchronously (tests, and callers that want all languages loaded). */
import type { Lang } from '../../types.js';
import { type Messages } from './en.js';
import { type Locale } from './index.js';
export declare const CATALOGUES: Readonly<Record<Lang, Messages>>;
export declare function localeFor(lang: Lang): Locale;
