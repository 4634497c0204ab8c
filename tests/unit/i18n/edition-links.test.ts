import { describe, expect, it } from 'vitest';
import { editionLinks } from '$lib/i18n/edition-links';
import { LANGS, type Lang } from '$lib/i18n/lang';
import { STRINGS } from '$lib/i18n/strings';
import { pageLang } from '$lib/i18n/edition-strings';

describe('the links from an edition to the others', () => {
	it('lead from each edition to every other one, named in the target’s own language', () => {
		expect(editionLinks(['en', 'zh'], 'en', '.')).toEqual([{ label: '中文版', href: './zh/', lang: 'zh-CN' }]);
		expect(editionLinks(['en', 'zh'], 'zh', '..')).toEqual([{ label: 'English', href: '../', lang: 'en-GB' }]);
	});

	it('list every other edition, never the current one and never one twice, whatever their number', () => {
		// Every language the engine knows, as if all were published: each page links all the others.
		const editions = [...LANGS] as Lang[];
		for (const current of editions) {
			const links = editionLinks(editions, current, '');
			expect(links.map((link) => link.lang).sort()).toEqual(
				editions
					.filter((lang) => lang !== current)
					.map((lang) => STRINGS[lang].locale)
					.sort()
			);
		}
		// A story in one language has no link to show.
		expect(editionLinks(['en'], 'en', '')).toEqual([]);
	});

	it('name every language in its own words, each name different', () => {
		const names = LANGS.map((lang) => STRINGS[lang].editionName);
		expect(new Set(names).size).toBe(LANGS.length);
		expect(names.every((name) => name.trim().length > 0)).toBe(true);
	});
});

describe('a page’s edition, from its <html lang>', () => {
	it('is the language whose tag it is, before any language the tag starts with', () => {
		expect(pageLang('en-XA')).toBe('qps');
		expect(pageLang('en-GB')).toBe('en');
		expect(pageLang('zh-CN')).toBe('zh');
		expect(pageLang('zh-TW')).toBe('zh');
		expect(pageLang('fr')).toBe('en');
	});
});
