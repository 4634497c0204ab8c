import { describe, expect, it } from 'vitest';
import { orgRows } from '$lib/charts/org/rows';
import { layoutOrg, MIN_FONT_SIZE, type Box } from '$lib/charts/org/layout';
import { planOrgMorph, orgFrameAt } from '$lib/charts/org/morph';
import { dataset } from '../../helpers';

const rowsOf = (id: string) =>
	orgRows(
		dataset,
		dataset.orgStates.find((s) => s.id === id)!
	);
const states = dataset.orgStates.map((s) => s.id);

/** The chart areas the page gives the tree: phone (390x844 minus the title), a small phone, desktop. */
const sizes = {
	phone: { width: 374, height: 520 },
	'small phone': { width: 304, height: 440 },
	desktop: { width: 806, height: 700 }
};

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('layoutOrg', () => {
	it('is pure: the same rows and size give the same layout', () => {
		const rows = rowsOf('2024');
		expect(layoutOrg(rows, 374, 520)).toEqual(layoutOrg(rows, 374, 520));
		expect(rowsOf('2024')).toEqual(rows);
	});

	for (const [name, { width, height }] of Object.entries(sizes)) {
		describe(`at ${name} size (${width}x${height})`, () => {
			for (const state of states) {
				const layout = layoutOrg(rowsOf(state), width, height);
				const boxes = [...layout.units.map((u) => ({ id: u.id, box: u.box })), ...layout.leaders.map((l) => ({ id: l.key, box: l.box }))];

				it(`${state}: every unit and label lies inside the chart`, () => {
					expect(layout.units).toHaveLength(rowsOf(state).length);
					expect(layout.height).toBe(height);
					for (const { id, box } of boxes) {
						expect(box.x, id).toBeGreaterThanOrEqual(0);
						expect(box.y, id).toBeGreaterThanOrEqual(0);
						expect(box.x + box.width, id).toBeLessThanOrEqual(width);
						expect(box.y + box.height, id).toBeLessThanOrEqual(height);
					}
				});

				it(`${state}: no two labels overlap, none smaller than ${MIN_FONT_SIZE}px`, () => {
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
		const phone = layoutOrg(rowsOf('2024'), 374, 520);
		const desktop = layoutOrg(rowsOf('2024'), 806, 700);
		expect(desktop.unitFontSize).toBeGreaterThan(phone.unitFontSize);
		expect(desktop.leaderColumnX).not.toBeNull();
		expect(phone.leaderColumnX).toBeNull();
		const jiang = desktop.leaders.find((l) => l.person === 'jiang-fan')!;
		expect(jiang.x).toBe(desktop.leaderColumnX);
	});
});

describe('ids persist across states as the data says', () => {
	it('a unit present in two states keeps its id; the tree places it under its new parent', () => {
		const in2021 = rowsOf('2021').find((r) => r.id === 'aliexpress');
		const in2023 = rowsOf('2023').find((r) => r.id === 'aliexpress');
		expect(in2021?.parent).toBe('overseas-digital-commerce');
		expect(in2023?.parent).toBe('aidc');
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
	const from = layoutOrg(rowsOf('pre-2021'), size.width, size.height);
	const to = layoutOrg(rowsOf('2021'), size.width, size.height);
	const plan = planOrgMorph(from, to, rowsOf('pre-2021'), rowsOf('2021'));
	const unitAt = (t: number, id: string) => orgFrameAt(plan, t).units.find((u) => u.id === id)!;

	it('starts at the old layout and ends at the new one', () => {
		const icbuFrom = from.units.find((u) => u.id === 'icbu')!;
		const icbuTo = to.units.find((u) => u.id === 'icbu')!;
		expect(unitAt(0, 'icbu')).toMatchObject({ x: icbuFrom.x, y: icbuFrom.y, opacity: 1 });
		expect(unitAt(1, 'icbu')).toMatchObject({ x: icbuTo.x, y: icbuTo.y, opacity: 1 });
		const half = unitAt(0.5, 'icbu');
		expect(half.y).toBeGreaterThan(Math.min(icbuFrom.y, icbuTo.y));
		expect(half.y).toBeLessThan(Math.max(icbuFrom.y, icbuTo.y));
	});

	it('grows a new unit out of the units it was formed from', () => {
		// China Digital Commerce was formed from the Taobao series (the B series was split, not merged).
		const series = from.units.find((u) => u.id === 'taobao-series')!;
		const start = unitAt(0, 'china-digital-commerce');
		expect(start.opacity).toBe(0);
		expect(start.y).toBeCloseTo(series.y);
		expect(unitAt(1, 'china-digital-commerce').opacity).toBe(1);
	});

	it('brings merged units into their successor, fading out', () => {
		const cdc = to.units.find((u) => u.id === 'china-digital-commerce')!;
		expect(unitAt(1, 'taobao-series')).toMatchObject({ x: cdc.x, y: cdc.y, opacity: 0 });
		// A unit that no change merged into a successor withdraws into its parent as it fades.
		const group = to.units.find((u) => u.id === 'alibaba-group')!;
		expect(unitAt(1, 'b-series')).toMatchObject({ x: group.x, y: group.y, opacity: 0 });
	});

	it('moves a leader’s label with the leader', () => {
		const jiangFrom = from.leaders.find((l) => l.person === 'jiang-fan')!;
		const jiangTo = to.leaders.find((l) => l.person === 'jiang-fan')!;
		expect(jiangFrom.unit).toBe('taobao-series');
		expect(jiangTo.unit).toBe('overseas-digital-commerce');
		const half = orgFrameAt(plan, 0.5).leaders.find((l) => l.person === 'jiang-fan')!;
		expect(half.y).toBeGreaterThan(jiangFrom.y);
		expect(half.y).toBeLessThan(jiangTo.y);
		expect(half.opacity).toBe(1);
	});

	it('gives an element that neither moves nor changes as the same object in every frame, and a moving one anew', () => {
		const frames = [0, 0.3, 0.7, 1].map((t) => orgFrameAt(plan, t));
		const root = frames.map((frame) => frame.units.find((u) => u.id === 'alibaba-group')!);
		expect(new Set(root).size).toBe(1);
		expect(from.units.find((u) => u.id === 'alibaba-group')).toMatchObject({ x: root[0]!.x, y: root[0]!.y });
		const moving = frames.map((frame) => frame.units.find((u) => u.id === 'icbu')!);
		expect(new Set(moving).size).toBe(4);
		// Still in the same place, but fading in: drawn anew each frame.
		const growing = frames.map((frame) => frame.units.find((u) => u.id === 'china-digital-commerce')!);
		expect(new Set(growing.map((u) => u.opacity)).size).toBe(4);
	});
});
