import { describe, expect, it } from 'vitest';
import { orgRows } from '$lib/charts/org/rows';
import { layoutOrg, MIN_FONT_SIZE, type Box } from '$lib/charts/org/layout';
import { planOrgMorph, orgFrameAt } from '$lib/charts/org/morph';
import type { Dataset } from '$lib/data/schema';
import { fixture } from '../../fixture-story';

// The fixture story. 2024: Larkspur (Ada Moss) over the Retail Group (Ben Okafor) and Wholesale.
// 2025: the Retail Group merges into Larkspur Direct (Cleo Ward), which takes Wholesale under it;
// Ben Okafor runs the company.
const story = fixture.dataset;
const rowsOf = (id: string, dataset: Dataset = story) =>
	orgRows(
		dataset,
		dataset.orgStates.find((s) => s.id === id)!
	);
const states = story.orgStates.map((s) => s.id);

/** The chart areas the page gives the tree: phone (390x844 minus the title), a small phone, desktop. */
const sizes = {
	phone: { width: 374, height: 520 },
	'small phone': { width: 304, height: 440 },
	desktop: { width: 806, height: 700 }
};

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('layoutOrg', () => {
	it('is pure: the same rows and size give the same layout', () => {
		const rows = rowsOf('2025');
		expect(layoutOrg(rows, 374, 520)).toEqual(layoutOrg(rows, 374, 520));
		expect(rowsOf('2025')).toEqual(rows);
	});

	for (const [name, { width, height }] of Object.entries(sizes)) {
		describe(`at ${name} size (${width}x${height})`, () => {
			for (const state of states) {
				const layout = layoutOrg(rowsOf(state), width, height);
				const boxes = [...layout.units.map((u) => ({ id: u.id, box: u.box })), ...layout.leaders.map((l) => ({ id: l.key, box: l.box }))];

				it(`${state}: every unit and label lies inside the chart, none overlapping, none smaller than ${MIN_FONT_SIZE}px`, () => {
					expect(layout.units).toHaveLength(rowsOf(state).length);
					expect(layout.height).toBe(height);
					for (const { id, box } of boxes) {
						expect(box.x, id).toBeGreaterThanOrEqual(0);
						expect(box.y, id).toBeGreaterThanOrEqual(0);
						expect(box.x + box.width, id).toBeLessThanOrEqual(width);
						expect(box.y + box.height, id).toBeLessThanOrEqual(height);
					}
					expect(layout.unitFontSize).toBeGreaterThanOrEqual(MIN_FONT_SIZE);
					expect(layout.leaderFontSize).toBeGreaterThanOrEqual(MIN_FONT_SIZE);
					for (let i = 0; i < boxes.length; i++) {
						for (let j = i + 1; j < boxes.length; j++) {
							expect(overlaps(boxes[i]!.box, boxes[j]!.box), `${boxes[i]!.id} overlaps ${boxes[j]!.id}`).toBe(false);
						}
					}
				});
			}
		});
	}

	it('uses the space of a desktop: bigger type and leaders in their own column', () => {
		const phone = layoutOrg(rowsOf('2025'), 374, 520);
		const desktop = layoutOrg(rowsOf('2025'), 806, 700);
		expect(desktop.unitFontSize).toBeGreaterThan(phone.unitFontSize);
		expect(desktop.leaderColumnX).not.toBeNull();
		expect(phone.leaderColumnX).toBeNull();
		expect(desktop.leaders.find((l) => l.person === 'cleo-ward')!.x).toBe(desktop.leaderColumnX);
	});
});

describe('ids persist across states as the data says', () => {
	it('a unit present in two states keeps its id; the tree places it under its new parent', () => {
		expect(rowsOf('2024').find((r) => r.id === 'wholesale')?.parent).toBe('larkspur');
		expect(rowsOf('2025').find((r) => r.id === 'wholesale')?.parent).toBe('direct');
	});

	it('every unit in a state is either in the previous one or explained (new, or formed from it)', () => {
		for (let i = 1; i < states.length; i++) {
			const before = new Set(rowsOf(states[i - 1]!).map((r) => r.id));
			for (const row of rowsOf(states[i]!)) {
				if (!before.has(row.id))
					expect(
						row.formedFrom.every((f) => before.has(f)),
						`${states[i]} ${row.id}`
					).toBe(true);
			}
		}
	});
});

describe('the morph between two states', () => {
	const size = sizes.phone;
	const from = layoutOrg(rowsOf('2024'), size.width, size.height);
	const to = layoutOrg(rowsOf('2025'), size.width, size.height);
	const plan = planOrgMorph(from, to, rowsOf('2024'), rowsOf('2025'));
	const unitAt = (t: number, id: string) => orgFrameAt(plan, t).units.find((u) => u.id === id)!;

	it('starts at the old layout and ends at the new one', () => {
		const [start, end] = [from.units.find((u) => u.id === 'wholesale')!, to.units.find((u) => u.id === 'wholesale')!];
		expect(start.x).not.toBe(end.x);
		expect(unitAt(0, 'wholesale')).toMatchObject({ x: start.x, y: start.y, opacity: 1 });
		expect(unitAt(1, 'wholesale')).toMatchObject({ x: end.x, y: end.y, opacity: 1 });
		const half = unitAt(0.5, 'wholesale');
		expect(half.x).toBeGreaterThan(Math.min(start.x, end.x));
		expect(half.x).toBeLessThan(Math.max(start.x, end.x));
	});

	it('grows a new unit out of the units it was formed from', () => {
		const retail = from.units.find((u) => u.id === 'retail-group')!;
		const start = unitAt(0, 'direct');
		expect(start.opacity).toBe(0);
		expect(start.y).toBeCloseTo(retail.y);
		expect(unitAt(1, 'direct').opacity).toBe(1);
	});

	it('brings merged units into their successor, fading out; a unit nothing was formed from withdraws into its parent', () => {
		const direct = to.units.find((u) => u.id === 'direct')!;
		expect(unitAt(1, 'retail-group')).toMatchObject({ x: direct.x, y: direct.y, opacity: 0 });
		// The same year with Larkspur Direct formed from nothing: the Retail Group just goes, into Larkspur.
		const fromNothing = {
			...story,
			orgStates: story.orgStates.map((s) =>
				s.id === '2025' ? { ...s, nodes: s.nodes.map((n) => (n.unit === 'direct' ? { ...n, formedFrom: undefined } : n)) } : s
			)
		};
		const goes = planOrgMorph(from, to, rowsOf('2024', fromNothing), rowsOf('2025', fromNothing));
		const larkspur = to.units.find((u) => u.id === 'larkspur')!;
		expect(orgFrameAt(goes, 1).units.find((u) => u.id === 'retail-group')).toMatchObject({ x: larkspur.x, y: larkspur.y, opacity: 0 });
	});

	it('moves a leader’s label with the leader', () => {
		const [start, end] = [from.leaders.find((l) => l.person === 'ben-okafor')!, to.leaders.find((l) => l.person === 'ben-okafor')!];
		expect(start.unit).toBe('retail-group');
		expect(end.unit).toBe('larkspur');
		const half = orgFrameAt(plan, 0.5).leaders.find((l) => l.person === 'ben-okafor')!;
		expect(half.y).toBeLessThan(start.y);
		expect(half.y).toBeGreaterThan(end.y);
		expect(half.opacity).toBe(1);
	});

	it('gives an element that neither moves nor changes as the same object in every frame, and a moving one anew', () => {
		const frames = [0, 0.3, 0.7, 1].map((t) => orgFrameAt(plan, t));
		const root = frames.map((frame) => frame.units.find((u) => u.id === 'larkspur')!);
		expect(new Set(root).size).toBe(1);
		expect(from.units.find((u) => u.id === 'larkspur')).toMatchObject({ x: root[0]!.x, y: root[0]!.y });
		const moving = frames.map((frame) => frame.units.find((u) => u.id === 'wholesale')!);
		expect(new Set(moving).size).toBe(4);
		// Still in the same place, but fading in: drawn anew each frame.
		const growing = frames.map((frame) => frame.units.find((u) => u.id === 'direct')!);
		expect(new Set(growing.map((u) => u.opacity)).size).toBe(4);
	});
});
