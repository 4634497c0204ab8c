import { describe, expect, it } from 'vitest';
import { orgRows } from '$lib/charts/org/rows';
import { describeChanges } from '$lib/charts/org/changes';
import { inLang, type Lang } from '$lib/i18n/lang';
import { dataset } from '../../helpers';

const state = (id: string) => dataset.orgStates.find((s) => s.id === id)!;
const rows = (id: string, lang: Lang = 'en') => orgRows(dataset, state(id), lang);
const people = (lang: Lang = 'en') => new Map(dataset.people.map((p) => [p.id, inLang(p.name, lang)]));
const changes = (previous: string, next: string, lang: Lang = 'en') =>
	describeChanges(state(next).changes, rows(next, lang), rows(previous, lang), people(lang), lang);

describe('orgRows', () => {
	it('lists every unit of a state once, in reading order, with depth', () => {
		const list = rows('2024');
		expect(list).toHaveLength(state('2024').nodes.length);
		expect(list[0]).toMatchObject({ id: 'alibaba-group', depth: 0, row: 0, parent: null });
		expect(list.find((r) => r.id === 'aliexpress')).toMatchObject({ depth: 3, parent: 'aidc' });
		// A child always comes after its parent.
		for (const row of list) if (row.parent) expect(list.findIndex((r) => r.id === row.parent)).toBeLessThan(row.row);
	});

	it('badges only what a sourced event changed, never what is merely new to the drawing', () => {
		const y2021 = rows('2021');
		expect(y2021.find((r) => r.id === 'china-digital-commerce')!.change).toBe('new');
		expect(y2021.find((r) => r.id === 'icbu')!.change).toBe('moved');
		// AliExpress and Lazada existed long before December 2021: first drawn there, not new.
		expect(y2021.find((r) => r.id === 'aliexpress')!.change).toBeNull();
		expect(y2021.find((r) => r.id === 'lazada')!.change).toBeNull();
		// Xianyu is not new in March 2023, and Trendyol is not either.
		expect(rows('2023').find((r) => r.id === 'xianyu')!.change).toBeNull();
		expect(rows('2023').find((r) => r.id === 'trendyol')!.change).toBeNull();
		for (const s of dataset.orgStates) {
			const evented = new Set(s.changes.flatMap((c) => (c.kind === 'created' || c.kind === 'moved' ? [c.unit] : [])));
			for (const row of rows(s.id)) if (row.change) expect(evented.has(row.id), `${s.id}: ${row.id}`).toBe(true);
		}
	});

	it('puts 1688 and Xianyu inside Taotian in 2023, not directly under the group', () => {
		for (const id of ['2023', '2023-09']) {
			expect(rows(id).find((r) => r.id === '1688')!.parent).toBe('taotian');
			expect(rows(id).find((r) => r.id === 'xianyu')!.parent).toBe('taotian');
		}
	});
});

describe('describeChanges', () => {
	it('describes the December 2021 split from its event', () => {
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

	it('describes the 2024 merger under Jiang Fan, and claims no one left a post no event says they left', () => {
		const said = changes('2023-late', '2024');
		expect(said).toContain('New: E-commerce Business Group, formed from Taotian Group, AIDC (international), 1688 and Xianyu.');
		expect(said).toContain('New at E-commerce Business Group: Jiang Fan, CEO.');
		expect(said.join(' ')).not.toMatch(/no longer/);
	});

	it('writes nothing that no change in the data states', () => {
		for (const [i, s] of dataset.orgStates.entries()) {
			if (i === 0) continue;
			expect(changes(dataset.orgStates[i - 1]!.id, s.id)).toHaveLength(s.changes.length);
		}
		expect(state('pre-2021').changes).toEqual([]);
	});

	it('has Chinese sentences for the Chinese edition', () => {
		expect(changes('2023-09', '2023-late', 'zh')).toContain('吴嘉出任淘天集团六位年轻管理者之一。');
		expect(changes('2023-09', '2023-late', 'zh')).toContain('1688从淘天集团划入阿里巴巴集团。');
	});
});
