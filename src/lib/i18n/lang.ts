/**
 * The languages an edition can be written in. Adding one: a strings file (src/lib/i18n/<lang>.ts,
 * listed in strings.ts), a copy file (data/<story>/story.<lang>.aml) and the dataset's text fields in it.
 */
export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

/** The language the dataset is written in first: every text field has it, and the others fall back to nothing else. */
export const SOURCE_LANG = 'en' satisfies Lang;

export const isLang = (value: unknown): value is Lang => (LANGS as readonly unknown[]).includes(value);

/** A text field in an edition's language, or the source language's where it has none of its own. */
export function inLang(field: Partial<Record<Lang, string>>, lang: Lang): string {
	return field[lang] ?? field[SOURCE_LANG] ?? '';
}
