import { describe, expect, it } from 'vitest';
import { placementTable } from '$lib/explore/placements';
import { readStoryFolder, storyFolder } from '$lib/data/story-folder';

const alibaba = readStoryFolder(storyFolder('alibaba')).dataset;

describe('the table of units × dates', () => {
	const table = placementTable(alibaba);
	const row = (unit: string) => table.rows.find((r) => r.unit === unit)!;
	const column = (month: string) => table.dates.findIndex((d) => d.month === month);

	it('has a column per dated state, in order, and a row per unit that appears in one', () => {
		expect(table.dates.map((d) => d.month)).toEqual(['2021-11', '2021-12', '2023-03', '2023-09', '2023-12', '2024-11']);
		const shown = new Set(alibaba.orgStates.flatMap((state) => state.nodes.map((node) => node.unit)));
		expect(table.rows.map((r) => r.unit).sort()).toEqual([...shown].sort());
	});

	it('says where a unit sat and who led it, from the state’s own node and its source', () => {
		expect(row('aidc').cells[column('2021-12')]).toBeNull();
		expect(row('aidc').cells[column('2023-03')]).toMatchObject({ parent: 'alibaba-group', leaders: [{ person: 'jiang-fan' }] });
		expect(row('aidc').cells[column('2024-11')]).toMatchObject({ parent: 'ecommerce-group' });
		expect(row('alibaba-group').cells.every((cell) => cell?.parent === null)).toBe(true);
		const state = alibaba.orgStates[column('2023-03')]!;
		expect(row('aidc').cells[column('2023-03')]!.source).toEqual(state.nodes.find((n) => n.unit === 'aidc')!.source);
	});
});
