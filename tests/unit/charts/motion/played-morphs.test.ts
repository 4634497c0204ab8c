import { describe, expect, it } from 'vitest';
import type { ChartView } from '$lib/charts/types';
import type { OrgChartView } from '$lib/charts/org/types';
import type { BarChartView } from '$lib/charts/bars/types';
import { orgMorphFor } from '$lib/charts/org/morph-cache';
import { orgFrameAt, type OrgFrame } from '$lib/charts/org/morph';
import { orgMotions } from '$lib/charts/org/motion';
import { layoutBars } from '$lib/charts/bars/layout';
import { barFrameAt } from '$lib/charts/bars/morph';
import { barMotions, barsAtRest } from '$lib/charts/bars/motion';
import { translate, type ElementMotion } from '$lib/charts/motion';
import { fixtureView } from '../../fixture-story';

/**
 * A played morph (charts/motion.ts) must end exactly where the frame function draws the chart at
 * rest, and start where it drew the morph's start: checked for every pair of consecutive states
 * of the engine's fixture story, both ways, at a phone's and a laptop's size.
 */
const stories = { fixture: fixtureView };
const sizes = [
	[374, 480],
	[820, 700]
] as const;

function consecutive<K extends ChartView['kind']>(view: typeof fixtureView, kind: K) {
	const charts = view.copy.steps.map((step) => view.charts[step.chart]!);
	return charts
		.slice(1)
		.map((to, i) => [charts[i]!, to] as const)
		.filter(
			(pair): pair is readonly [Extract<ChartView, { kind: K }>, Extract<ChartView, { kind: K }>] =>
				pair[0] !== pair[1] && pair.every((c) => c.kind === kind)
		);
}

const first = (motion: ElementMotion) => motion.keyframes[0]!;
const last = (motion: ElementMotion) => motion.keyframes[motion.keyframes.length - 1]!;
const byTarget = (motions: ElementMotion[]) => new Map(motions.map((m) => [m.target, m]));

describe.each(Object.entries(stories))('the %s story’s org morphs, played', (_, view) => {
	const pairs = consecutive(view, 'org') as (readonly [OrgChartView, OrgChartView])[];
	it('has org morphs to check', () => expect(pairs.length).toBeGreaterThan(0));

	describe.each(sizes)('at %i×%i', (width, height) => {
		it.each(pairs.map(([a, b]) => [`${a.id} → ${b.id}`, a, b] as const))('%s', (_name, from, to) => {
			const { plan } = orgMorphFor(from, to, width, height);
			const [start, end] = [orgFrameAt(plan, 0), orgFrameAt(plan, 1)];
			for (const [reverse, [begins, rests]] of [
				[false, [start, end]],
				[true, [end, start]]
			] as [boolean, [OrgFrame, OrgFrame]][]) {
				const motions = byTarget(orgMotions(plan, reverse));
				let moving = 0;
				for (const [i, unit] of rests.units.entries()) {
					const from = begins.units[i]!;
					const motion = motions.get(`unit:${unit.id}`);
					if (from.x === unit.x && from.y === unit.y && from.opacity === unit.opacity) {
						expect(motion, `${unit.id} stays`).toBeUndefined();
						continue;
					}
					moving++;
					// Ends where the drawing rests, starts where the morph begins: no jump at either end.
					expect(last(motion!)).toMatchObject({ transform: translate(unit.x, unit.y), opacity: unit.opacity });
					expect(first(motion!)).toMatchObject({ transform: translate(from.x, from.y), opacity: from.opacity });
				}
				for (const [i, leader] of rests.leaders.entries()) {
					const from = begins.leaders[i]!;
					const motion = motions.get(`leader:${leader.key}`);
					if (from.x === leader.x && from.y === leader.y && from.opacity === leader.opacity) continue;
					expect(last(motion!)).toMatchObject({ transform: translate(leader.x, leader.y), opacity: leader.opacity });
					expect(first(motion!)).toMatchObject({ transform: translate(from.x, from.y), opacity: from.opacity });
				}
				for (const [i, link] of rests.links.entries()) {
					const changes = begins.links[i]!.d !== link.d || begins.links[i]!.opacity !== link.opacity;
					const motion = motions.get(`link:${link.id}`);
					if (changes && link.opacity > 0) expect(last(motion!)).toMatchObject({ opacity: link.opacity });
					else expect(motion).toBeUndefined();
				}
				if (plan.units.some((u) => u.start.x !== u.end.x || u.start.y !== u.end.y)) expect(moving).toBeGreaterThan(0);
			}
		});
	});
});

describe.each(Object.entries(stories))('the %s story’s bar morphs, played', (_, view) => {
	const pairs = consecutive(view, 'bars') as (readonly [BarChartView, BarChartView])[];

	it.each(pairs.map(([a, b]) => [`${a.id} → ${b.id}`, a, b] as const))('%s', (_name, fromChart, toChart) => {
		const [from, to] = [layoutBars(fromChart, 374, 400, 'en'), layoutBars(toChart, 374, 400, 'en')];
		const key = { from: fromChart.id, to: toChart.id };
		const rest = barsAtRest(from, to, key);
		const end = barFrameAt(from, to, 1, key);
		// At rest the drawing is the frame function's at t = 1 wherever it can be seen.
		expect(rest.bars.filter((bar) => bar.opacity > 0)).toEqual(end.bars.filter((bar) => bar.opacity > 0));
		expect(rest.ticks).toEqual(end.ticks);
		const motions = byTarget(barMotions(from, to, key, false, rest));
		for (const bar of rest.bars) {
			const fade = motions.get(`bar:${bar.id}`);
			if (fade) expect(last(fade).opacity).toBe(bar.opacity);
			// A bar that has left rests invisible, in the shape it left from: it shrinks into the zero line as it fades.
			if (bar.opacity === 0) continue;
			const rect = motions.get(`rect:${bar.id}`);
			if (rect) expect(last(rect).transform).toBe('translate(0.0px, 0.0px) scale(1.0000, 1.0000)');
			for (const part of ['label', 'value']) {
				const moved = motions.get(`${part}:${bar.id}`);
				if (moved) expect(last(moved).transform).toMatch(/^translate\(-?0\.0px, -?0\.0px\)$/);
			}
		}
		// Every bar that shows at rest and changed on the way has its rect animated; its label and
		// value travel exactly when they move (a label that stays plays nothing).
		const start = new Map(barFrameAt(from, to, 0, key).bars.map((bar) => [bar.id, bar]));
		const middle = new Map(barFrameAt(from, to, 0.5, key).bars.map((bar) => [bar.id, bar]));
		const away = (a: number, b: number) => Math.abs(a - b) >= 0.05;
		for (const bar of rest.bars.filter((b) => b.opacity > 0)) {
			const begun = start.get(bar.id)!;
			if (begun.width !== bar.width || begun.x !== bar.x || begun.y !== bar.y) expect(motions.has(`rect:${bar.id}`), bar.id).toBe(true);
			const on = [begun, middle.get(bar.id)!];
			const labelMoves = on.some((b) => away(b.labelX, bar.labelX) || away(b.labelY, bar.labelY));
			const valueMoves = on.some((b) => away(b.valueX, bar.valueX) || away(b.y + b.height / 2, bar.y + bar.height / 2));
			expect(motions.has(`label:${bar.id}`), `${bar.id}'s label`).toBe(labelMoves);
			expect(motions.has(`value:${bar.id}`), `${bar.id}'s value`).toBe(valueMoves);
		}
	});
});

describe('a bar that only changes length', () => {
	// The fixture's first bar chart, and the same bars with the first one's value a tenth longer.
	const chart = Object.values(fixtureView.charts).find((c): c is BarChartView => c.kind === 'bars')!;
	const longer: BarChartView = {
		...chart,
		id: `${chart.id}-longer`,
		bars: chart.bars.map((b, i) => (i === 0 ? { ...b, value: b.value * 1.1 } : b))
	};
	const [from, to] = [layoutBars(chart, 374, 400, 'en'), layoutBars(longer, 374, 400, 'en')];
	const key = { from: chart.id, to: longer.id };
	const motions = byTarget(barMotions(from, to, key, false, barsAtRest(from, to, key)));
	const id = chart.bars[0]!.id;

	it('keeps its category label still: no animation plays for it', () => {
		expect(from.bars.find((b) => b.id === id)!.labelY).toBe(to.bars.find((b) => b.id === id)!.labelY);
		expect(motions.has(`label:${id}`)).toBe(false);
	});

	it('scales its rect and moves its value to the bar’s new end', () => {
		expect(motions.has(`rect:${id}`)).toBe(true);
		expect(last(motions.get(`value:${id}`)!).transform).toMatch(/^translate\(-?0\.0px, -?0\.0px\)$/);
	});
});
