import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { LANGS, SOURCE_LANG } from '$lib/i18n/lang';
import { STRINGS } from '$lib/i18n/strings';

/** The font variables each `:lang(<code>)` rule of app.css sets. */
function fontRules(css: string): Map<string, string> {
	const rules = new Map<string, string>();
	for (const [, lang, body] of css.matchAll(/:lang\(([\w-]+)\)\s*\{([^}]*)\}/g)) rules.set(lang!, body!);
	return rules;
}

describe('fonts per script', () => {
	const css = readFileSync('src/app.css', 'utf8');
	const rules = fontRules(css);

	it('every language in a script other than Latin has its own serif and sans faces', () => {
		for (const lang of LANGS.filter((l) => STRINGS[l].script !== 'Latn')) {
			const rule = rules.get(lang);
			expect(rule, `src/app.css has no :lang(${lang}) rule for ${STRINGS[lang].script}`).toBeDefined();
			expect(rule).toMatch(/--font-serif:/);
			expect(rule).toMatch(/--font-sans:/);
		}
	});

	it('the Latin stacks name no face of another script, so a Japanese or Korean edition never borrows Chinese glyphs', () => {
		const root = /:root\s*\{([^}]*)\}/.exec(css)![1]!;
		expect(root).not.toMatch(/CJK|PingFang|YaHei|Songti|SC'/);
	});

	it('the social card is drawn with faces for the edition’s script', () => {
		for (const lang of LANGS) expect(STRINGS[lang].cardFonts.length, lang).toBeGreaterThan(0);
		for (const lang of LANGS.filter((l) => STRINGS[l].script !== STRINGS[SOURCE_LANG].script))
			expect(STRINGS[lang].cardFonts, lang).not.toBe(STRINGS[SOURCE_LANG].cardFonts);
	});
});
