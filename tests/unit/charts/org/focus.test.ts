import { describe, expect, it } from 'vitest';
import { orgRows } from '$lib/charts/org/rows';
import { layoutOrg } from '$lib/charts/org/layout';
import { focusOrgRows } from '$lib/charts/org/focus';
import type { OrgNodeView } from '$lib/charts/org/types';
import { dataset } from '../../helpers';

const rows2024 = orgRows(
	dataset,
	dataset.orgStates.find((s) => s.id === '2024')!
);
const fitsIn = (height: number) => (rows: readonly OrgNodeView[]) => layoutOrg(rows, 304, height).height <= height;
const ids = (rows: readonly OrgNodeView[]) => rows.map((r) => r.id);

describe('focusOrgRows', () => {
	it('keeps the whole tree, as it is, when it fits', () => {
		expect(focusOrgRows(rows2024, ['cloud'], fitsIn(2000))).toBe(rows2024);
	});

	it('keeps every highlighted unit and its ancestors in a room too small for the tree', () => {
		const focused = focusOrgRows(rows2024, ['taotian', 'aidc', '1688', 'xianyu', 'jiang-fan'], fitsIn(190));
		expect(ids(focused)).toEqual(expect.arrayContaining(['alibaba-group', 'ecommerce-group', 'taotian', 'aidc', '1688', 'xianyu']));
		expect(ids(focused).length).toBeLessThan(rows2024.length);
		expect(layoutOrg(focused, 304, 190).height).toBeLessThanOrEqual(190);
		// Reading order and every kept unit's parent are kept: it is still a tree.
		const kept = new Set(ids(focused));
		expect(focused.every((r) => r.parent === null || kept.has(r.parent))).toBe(true);
		expect(ids(focused)).toEqual(ids(rows2024).filter((id) => kept.has(id)));
	});

	it('marks a unit whose units are left out as folded, and no other', () => {
		const focused = focusOrgRows(rows2024, ['cloud'], fitsIn(150));
		const kept = new Set(ids(focused));
		for (const row of focused) {
			const hasHidden = rows2024.some((r) => r.parent === row.id && !kept.has(r.id));
			expect(Boolean(row.folded), row.id).toBe(hasHidden);
		}
	});

	it('leaves out leaders the step does not name before the units it names', () => {
		const focused = focusOrgRows(rows2024, ['lazada', 'aliexpress', 'taobao', '1688'], fitsIn(150));
		expect(ids(focused)).toEqual(expect.arrayContaining(['lazada', 'aliexpress', 'taobao', '1688']));
		expect(focused.flatMap((r) => r.leaders)).toEqual([]);
	});
});

describe('focusOrgRows, in the tightest rooms', () => {
	it('leaves the group at the top out before any unit the step names', () => {
		const named = ['taobao', '1688', 'aliexpress', 'lazada'];
		const focused = focusOrgRows(rows2024, named, fitsIn(165));
		expect(ids(focused)).toEqual(expect.arrayContaining(named));
		expect(ids(focused)).not.toContain('alibaba-group');
		expect(layoutOrg(focused, 304, 165).height).toBeLessThanOrEqual(165);
	});
});
