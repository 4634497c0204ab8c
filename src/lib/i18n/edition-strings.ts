/**
 * One edition's words, loaded on their own: the story page needs only its own edition's, not
 * every edition's (STRINGS, strings.ts, which the prerendering and the embeds use).
 */
import type { Lang } from './lang.ts';
import { LANGS, LOCALES, SOURCE_LANG } from './lang.ts';
import type { Strings } from './strings.ts';

// Each picks `strings` at the import itself, so the bundler leaves the file's other export (the
// build's view strings) out of the chunk.
const LOADERS: Record<Lang, () => Promise<Strings>> = {
	en: () => import('./en.ts').then(({ strings }) => strings),
	zh: () => import('./zh.ts').then(({ strings }) => strings),
	qps: () => import('./qps.ts').then(({ strings }) => strings)
};

export const loadStrings = (lang: Lang): Promise<Strings> => LOADERS[lang]();

/** The edition of a page, from its <html lang>: its own tag (LOCALES), else the language a tag such as "zh-TW" starts with. */
export const pageLang = (locale: string): Lang =>
	LANGS.find((lang) => LOCALES[lang] === locale) ?? LANGS.find((lang) => locale === lang || locale.startsWith(`${lang}-`)) ?? SOURCE_LANG;
