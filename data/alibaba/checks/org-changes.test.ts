import { describe, expect, it } from 'vitest';
import { orgRows } from '$lib/charts/org/rows';
import { describeChanges } from '$lib/charts/org/changes';
import { inLang, type Lang } from '$lib/i18n/lang';
import { dataset } from './story';

/** What the organisation tree badges and writes about this story's changes: facts on screen. */
const state = (id: string) => dataset.orgStates.find((s) => s.id === id)!;
const rows = (id: string, lang: Lang = 'en') => orgRows(dataset, state(id), lang);
const people = (lang: Lang = 'en') => new Map(dataset.people.map((p) => [p.id, inLang(p.name, lang)]));
const changes = (previous: string, next: string, lang: Lang = 'en') =>
	describeChanges(state(next).changes, rows(next, lang), rows(previous, lang), people(lang), lang);

describe('the tree’s badges', () => {
	it('mark the units the December 2021 split made or moved, not those first drawn there', () => {
		const y2021 = rows('2021');
		expect(y2021.find((r) => r.id === 'china-digital-commerce')!.change).toBe('new');
		expect(y2021.find((r) => r.id === 'icbu')!.change).toBe('moved');
		// AliExpress and Lazada existed long before December 2021: first drawn there, not new.
		expect(y2021.find((r) => r.id === 'aliexpress')!.change).toBeNull();
		expect(y2021.find((r) => r.id === 'lazada')!.change).toBeNull();
		// Xianyu is not new in March 2023, and Trendyol is not either.
		expect(rows('2023').find((r) => r.id === 'xianyu')!.change).toBeNull();
		expect(rows('2023').find((r) => r.id === 'trendyol')!.change).toBeNull();
	});

	it('put 1688 and Xianyu inside Taotian in 2023, not directly under the group, and AliExpress under AIDC in 2024', () => {
		for (const id of ['2023', '2023-09']) {
			expect(rows(id).find((r) => r.id === '1688')!.parent).toBe('taotian');
			expect(rows(id).find((r) => r.id === 'xianyu')!.parent).toBe('taotian');
		}
		expect(rows('2024').find((r) => r.id === 'aliexpress')).toMatchObject({ depth: 3, parent: 'aidc' });
	});
});

describe('what changed, as the tree writes it', () => {
	it('tells the December 2021 split from its event', () => {
		const said = changes('pre-2021', '2021');
		expect(said).toContain('New: China Digital Commerce, formed from “Taobao series”.');
		// The B series was split, not merged: its two marketplaces' moves tell it.
		expect(said.filter((line) => line.startsWith('“B series” became part of'))).toEqual([]);
		expect(said).toContain('1688 moved from “B series” to China Digital Commerce.');
		expect(said).toContain('Alibaba.com (ICBU) moved from “B series” to Overseas Digital Commerce.');
		expect(said).toContain('New at Overseas Digital Commerce: Jiang Fan, Head.');
		expect(said).toContain('“Taobao series” became part of China Digital Commerce.');
	});

	it('says Wu Jia joined Taotian’s team, not that he leads it', () => {
		const said = changes('2023-09', '2023-late');
		expect(said).toContain('New at Taotian Group: Wu Jia, one of six younger managers.');
		expect(said.join(' ')).not.toMatch(/Wu Jia now leads/);
		expect(said).toContain('Dai Shan no longer leads Taotian Group.');
	});

	it('tells the 2024 merger under Jiang Fan, and claims no one left a post no event says they left', () => {
		const said = changes('2023-late', '2024');
		expect(said).toContain('New: E-commerce Business Group, formed from Taotian Group, AIDC (international), 1688 and Xianyu.');
		expect(said).toContain('New at E-commerce Business Group: Jiang Fan, CEO.');
		expect(said.join(' ')).not.toMatch(/no longer/);
	});

	it('in Chinese for the Chinese edition', () => {
		expect(changes('2023-09', '2023-late', 'zh')).toContain('吴嘉出任淘天集团六位年轻管理者之一。');
		expect(changes('2023-09', '2023-late', 'zh')).toContain('1688从淘天集团划入阿里巴巴集团。');
	});
});
