import { describe, expect, it } from 'vitest';
import { layoutOrg } from '$lib/charts/org/layout';
import { focusOrgRows } from '$lib/charts/org/focus';
import type { OrgNodeView } from '$lib/charts/org/types';
import { outlineTree } from './outline-tree';

/** A tree as deep and wide as a big group's after a merger: too tall for a phone's room above its card. */
const tree = outlineTree(`
group | Ada Moss
  commerce-group | Ben Okafor
    home-market | Cleo Ward
    overseas | Dev Rao
    wholesale
    second-hand
  hosting | Eli Park
  logistics
  local-services | Fay Lin
  media
`);
const fitsIn = (height: number) => (rows: readonly OrgNodeView[]) => layoutOrg(rows, 304, height).height <= height;
const ids = (rows: readonly OrgNodeView[]) => rows.map((r) => r.id);

describe('focusOrgRows', () => {
	it('keeps the whole tree, as it is, when it fits', () => {
		expect(focusOrgRows(tree, ['hosting'], fitsIn(2000))).toBe(tree);
	});

	it('keeps every highlighted unit and its ancestors in a room too small for the tree', () => {
		const focused = focusOrgRows(tree, ['home-market', 'overseas', 'wholesale', 'second-hand', 'ben-okafor'], fitsIn(190));
		expect(ids(focused)).toEqual(
			expect.arrayContaining(['group', 'commerce-group', 'home-market', 'overseas', 'wholesale', 'second-hand'])
		);
		expect(ids(focused).length).toBeLessThan(tree.length);
		expect(layoutOrg(focused, 304, 190).height).toBeLessThanOrEqual(190);
		// Reading order and every kept unit's parent are kept: it is still a tree.
		const kept = new Set(ids(focused));
		expect(focused.every((r) => r.parent === null || kept.has(r.parent))).toBe(true);
		expect(ids(focused)).toEqual(ids(tree).filter((id) => kept.has(id)));
	});

	it('marks a unit whose units are left out as folded, and no other', () => {
		const focused = focusOrgRows(tree, ['hosting'], fitsIn(150));
		const kept = new Set(ids(focused));
		expect(kept.size).toBeLessThan(tree.length);
		for (const row of focused) {
			const hasHidden = tree.some((r) => r.parent === row.id && !kept.has(r.id));
			expect(Boolean(row.folded), row.id).toBe(hasHidden);
		}
	});

	it('leaves out leaders the step does not name before the units it names', () => {
		const named = ['home-market', 'overseas', 'wholesale', 'second-hand'];
		const focused = focusOrgRows(tree, named, fitsIn(150));
		expect(ids(focused)).toEqual(expect.arrayContaining(named));
		expect(focused.flatMap((r) => r.leaders)).toEqual([]);
	});
});

describe('focusOrgRows, in the tightest rooms', () => {
	it('leaves the group at the top out before any unit the step names', () => {
		const named = ['home-market', 'overseas', 'wholesale', 'second-hand'];
		const focused = focusOrgRows(tree, named, fitsIn(120));
		expect(ids(focused)).toEqual(expect.arrayContaining(named));
		expect(ids(focused)).not.toContain('group');
		expect(layoutOrg(focused, 304, 120).height).toBeLessThanOrEqual(120);
	});
});
