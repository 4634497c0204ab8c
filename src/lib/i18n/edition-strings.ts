/**
 * One edition's words, loaded on their own: the story page needs only its own edition's, not
 * every edition's (STRINGS, strings.ts, which the prerendering and the embeds use).
 */
import type { Lang } from './lang.ts';
import { LANGS, SOURCE_LANG } from './lang.ts';
import type { Strings } from './strings.ts';

// Each picks `strings` at the import itself, so the bundler leaves the file's other export (the
// build's view strings) out of the chunk.
const LOADERS: Record<Lang, () => Promise<Strings>> = {
	en: () => import('./en.ts').then(({ strings }) => strings),
	zh: () => import('./zh.ts').then(({ strings }) => strings)
};

export const loadStrings = (lang: Lang): Promise<Strings> => LOADERS[lang]();

/** The edition of a page, from its <html lang> (a BCP 47 tag such as "zh-CN" starts with the language). */
export const pageLang = (locale: string): Lang => LANGS.find((lang) => locale === lang || locale.startsWith(`${lang}-`)) ?? SOURCE_LANG;
