import { describe, expect, it } from 'vitest';
import { createOrgCast } from '$lib/charts/org/cast';
import type { OrgFrame } from '$lib/charts/org/morph';

const unit = (id: string, x = 0) => ({
	id,
	label: id.toUpperCase(),
	parent: null,
	tag: null,
	folded: false,
	x,
	y: 0,
	opacity: 1,
	scale: 1
});
const frameOf = (ids: string[], x = 0): OrgFrame => ({
	units: ids.map((id) => unit(id, x)),
	leaders: [],
	links: [],
	width: 100,
	height: 100
});
const ids = (frame: { units: { id: string; hidden?: true }[] }) => frame.units.map((u) => (u.hidden ? `(${u.id})` : u.id));

describe('createOrgCast', () => {
	it('keeps a unit that leaves as a hidden stand-in, as it was last drawn, in key order', () => {
		const cast = createOrgCast();
		cast(frameOf(['b', 'a'], 5), []);
		const next = cast(frameOf(['c']), []);
		expect(ids(next)).toEqual(['(a)', '(b)', 'c']);
		expect(next.units[0]).toMatchObject({ x: 5, opacity: 0, hidden: true });
	});

	it('puts the next step’s units in early, as they will first show, and they win over the last drawn', () => {
		const cast = createOrgCast();
		cast(frameOf(['a', 'b'], 5), []);
		const upcoming = { ...frameOf(['b', 'd'], 9) };
		const drawn = cast(frameOf(['a']), [upcoming]);
		expect(ids(drawn)).toEqual(['a', '(b)', '(d)']);
		expect(drawn.units.find((u) => u.id === 'b')).toMatchObject({ x: 9, hidden: true });
	});

	it('hands the same stand-in object from frame to frame, so the drawing sees no change', () => {
		const cast = createOrgCast();
		const upcoming = frameOf(['z']);
		const first = cast(frameOf(['a'], 1), [upcoming]);
		const second = cast(frameOf(['a'], 2), [upcoming]);
		expect(second.units.find((u) => u.id === 'z')).toBe(first.units.find((u) => u.id === 'z'));
		expect(second.units.find((u) => u.id === 'a')).toMatchObject({ x: 2 });
		expect(second.units.find((u) => u.id === 'a')?.hidden).toBeUndefined();
	});
});
