import { describe, expect, it } from 'vitest';
import { orgRows } from '$lib/org/org-rows';
import { describeChanges } from '$lib/org/org-changes';
import { dataset } from './helpers';

const rows = (id: string) => orgRows(dataset, dataset.orgStates.find((s) => s.id === id)!);

describe('orgRows', () => {
	it('lists every unit of a state once, in reading order, with depth', () => {
		const list = rows('2024');
		expect(list).toHaveLength(dataset.orgStates.find((s) => s.id === '2024')!.nodes.length);
		expect(list[0]).toMatchObject({ id: 'alibaba-group', depth: 0, row: 0, parent: null });
		expect(list.find((r) => r.id === 'aliexpress')).toMatchObject({ depth: 3, parent: 'aidc' });
		// A child always comes after its parent.
		for (const row of list) if (row.parent) expect(list.findIndex((r) => r.id === row.parent)).toBeLessThan(row.row);
	});
});

describe('describeChanges', () => {
	it('describes the December 2021 split', () => {
		const changes = describeChanges(rows('pre-2021'), rows('2021'));
		expect(changes).toContain('New: China Digital Commerce, formed from “Taobao series” and “B series”.');
		expect(changes).toContain('Alibaba.com (ICBU) moved from “B series” to Overseas Digital Commerce.');
		expect(changes).toContain('Jiang Fan now leads Overseas Digital Commerce.');
		expect(changes).toContain('“Taobao series” became part of China Digital Commerce.');
	});

	it('describes the 2024 merger under Jiang Fan', () => {
		const changes = describeChanges(rows('2023-late'), rows('2024'));
		expect(changes).toContain('New: E-commerce Business Group, formed from Taotian Group, AIDC (international), 1688 and Xianyu.');
		expect(changes).toContain('Jiang Fan now leads E-commerce Business Group.');
		expect(changes).toContain('Wu Yongming no longer leads Taotian Group.');
	});

	it('is empty for the first state', () => {
		expect(describeChanges(null, rows('pre-2021'))).toEqual([]);
	});
});
