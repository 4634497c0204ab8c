import { describe, expect, it } from 'vitest';
import { placementTable } from '$lib/explore/placements';
import { fixture } from '../fixture-story';

const { dataset } = fixture;

describe('the table of units × dates', () => {
	const table = placementTable(dataset);
	const row = (unit: string) => table.rows.find((r) => r.unit === unit)!;
	const column = (month: string) => table.dates.findIndex((d) => d.month === month);

	it('has a column per dated state, in order, and a row per unit that appears in one', () => {
		expect(table.dates.map((d) => d.month)).toEqual(['2020-01', '2022-06', '2024-03', '2025-01']);
		const shown = new Set(dataset.orgStates.flatMap((state) => state.nodes.map((node) => node.unit)));
		expect(table.rows.map((r) => r.unit).sort()).toEqual([...shown].sort());
	});

	it('says where a unit sat and who led it, from the state’s own node and its source', () => {
		expect(row('wholesale').cells[column('2020-01')]).toBeNull();
		expect(row('wholesale').cells[column('2022-06')]).toMatchObject({ parent: 'larkspur', leaders: [] });
		expect(row('retail-group').cells[column('2024-03')]).toMatchObject({ parent: 'larkspur', leaders: [{ person: 'ben-okafor' }] });
		expect(row('shops').cells[column('2024-03')]).toBeNull();
		// Moved in 2025: the same unit, under another parent.
		expect(row('wholesale').cells[column('2025-01')]).toMatchObject({ parent: 'direct', leaders: [] });
		expect(row('larkspur').cells.every((cell) => cell?.parent === null)).toBe(true);
		const state = dataset.orgStates[column('2024-03')]!;
		expect(row('retail-group').cells[column('2024-03')]!.source).toEqual(state.nodes.find((n) => n.unit === 'retail-group')!.source);
	});
});
