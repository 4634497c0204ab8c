/**
 * The languages an edition can be written in (README, "Editions and languages", says what else
 * one needs). `qps` is a pseudo-locale for the engine's tests, not for readers (qps.ts).
 */
export const LANGS = ['en', 'zh', 'qps'] as const;
export type Lang = (typeof LANGS)[number];

/** The language the dataset is written in first: every text field has it, and the others fall back to nothing else. */
export const SOURCE_LANG = 'en' satisfies Lang;

/**
 * Each language's BCP 47 tag, for <html lang>, Intl and hreflang, and for telling a page's
 * edition from its <html lang>. The pseudo-locale takes the tag Android and Chrome give theirs
 * (English, private-use region XA): its primary language must be one screen readers and checkers know.
 */
export const LOCALES: Record<Lang, string> = { en: 'en-GB', zh: 'zh-CN', qps: 'en-XA' };

export const isLang = (value: unknown): value is Lang => (LANGS as readonly unknown[]).includes(value);

/** A text field in an edition's language, or the source language's where it has none of its own. */
export function inLang(field: Partial<Record<Lang, string>>, lang: Lang): string {
	return field[lang] ?? field[SOURCE_LANG] ?? '';
}
