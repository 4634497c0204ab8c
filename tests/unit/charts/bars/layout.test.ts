import { describe, expect, it } from 'vitest';
import { layoutBars } from '$lib/charts/bars/layout';
import { barFrameAt } from '$lib/charts/bars/morph';
import { estimateTextWidth } from '$lib/charts/text-width';
import type { BarChartView } from '$lib/charts/bars/types';
import { fixtureView as view } from '../../fixture-story';

// The fixture story's bar charts: online revenue 2021 (derived from 2022's and its growth) to 2023,
// and the online store's losses in 2022 and 2023, the same bars below zero.
const chart = (id: string) => view.charts[id] as BarChartView;
const barCharts = Object.values(view.charts).filter((c): c is BarChartView => c.kind === 'bars');

describe('layoutBars', () => {
	it('draws a loss on the other side of the zero line from a gain', () => {
		const ebita = layoutBars(chart('money:online-loss'), 374, 400);
		for (const bar of ebita.bars) {
			expect(bar.negative).toBe(true);
			expect(bar.x + bar.width).toBeCloseTo(ebita.zeroX);
			expect(bar.x).toBeLessThan(ebita.zeroX);
			expect(bar.valueAnchor).toBe('end');
			expect(bar.valueX).toBeLessThan(bar.x);
		}
		const revenue = layoutBars(chart('money:online'), 374, 400);
		for (const bar of revenue.bars) {
			expect(bar.x).toBeCloseTo(revenue.zeroX);
			expect(bar.valueX).toBeGreaterThan(bar.x + bar.width);
		}
		// A mixed chart: the zero line sits between a loss and a gain.
		const mixed: BarChartView = {
			...chart('money:online-loss'),
			bars: [{ ...chart('money:online-loss').bars[0]!, value: 2 }, chart('money:online-loss').bars[1]!]
		};
		const layout = layoutBars(mixed, 374, 400);
		expect(layout.bars[0]!.x).toBeCloseTo(layout.zeroX);
		expect(layout.bars[1]!.x + layout.bars[1]!.width).toBeCloseTo(layout.zeroX);
	});

	for (const c of barCharts) {
		it(`${c.id}: lengths are proportional to values, from a zero baseline`, () => {
			const layout = layoutBars(c, 806, 600);
			const perUnit = layout.bars.map((b) => b.width / Math.abs(b.value));
			for (const ratio of perUnit) expect(ratio).toBeCloseTo(perUnit[0]!, 6);
			expect(layout.ticks.map((t) => t.value)).toContain(0);
		});

		for (const [size, width] of [
			['phone', 374],
			['desktop', 806]
		] as const) {
			it(`${c.id} at ${size} width: bars and labels stay inside the chart`, () => {
				const layout = layoutBars(c, width, 500);
				for (const bar of layout.bars) {
					const valueWidth = estimateTextWidth(bar.valueText, layout.fontSize);
					const valueLeft = bar.valueAnchor === 'end' ? bar.valueX - valueWidth : bar.valueX;
					expect(bar.x).toBeGreaterThanOrEqual(0);
					expect(bar.x + bar.width).toBeLessThanOrEqual(width);
					expect(valueLeft).toBeGreaterThanOrEqual(0);
					expect(valueLeft + valueWidth).toBeLessThanOrEqual(width);
					const labelWidth = estimateTextWidth(bar.label, layout.fontSize);
					const labelLeft = bar.labelAnchor === 'end' ? bar.labelX - labelWidth : bar.labelX;
					expect(labelLeft).toBeGreaterThanOrEqual(0);
					expect(labelLeft + labelWidth).toBeLessThanOrEqual(width);
				}
			});
		}
	}

	it('marks derived values on the bar', () => {
		const revenue = layoutBars(chart('money:online'), 374, 400);
		expect(revenue.bars.find((b) => b.id === 'online-2021')).toMatchObject({ derived: true, valueText: '≈8 (derived)' });
		expect(revenue.bars.find((b) => b.id === 'online-2023')).toMatchObject({ derived: false, valueText: '18' });
	});
});

describe('barFrameAt', () => {
	const revenue = layoutBars(chart('money:online'), 374, 400);
	const ebita = layoutBars(chart('money:online-loss'), 374, 400);
	const keys = { from: 'money:online', to: 'money:online-loss' };

	it('moves the same bar between contexts, its length between the two ends halfway', () => {
		const start = revenue.bars.find((b) => b.id === 'online-2023')!;
		const end = ebita.bars.find((b) => b.id === 'online-2023')!;
		const half = barFrameAt(revenue, ebita, 0.5, keys).bars.find((b) => b.id === 'online-2023')!;
		expect(half.width).toBeGreaterThan(Math.min(start.width, end.width));
		expect(half.width).toBeLessThan(Math.max(start.width, end.width));
		expect(barFrameAt(revenue, ebita, 1, keys).bars.find((b) => b.id === 'online-2023')).toMatchObject({
			x: end.x,
			width: end.width,
			opacity: 1
		});
	});

	it('grows a new bar from the zero line and shrinks a leaving one into it', () => {
		// Revenue has a 2021 bar the losses do not: it shrinks into the zero line going to the losses, and grows back out of it.
		const toLoss = barFrameAt(revenue, ebita, 1, keys);
		expect(toLoss.bars.find((b) => b.id === 'online-2021')).toMatchObject({ width: 0, opacity: 0 });
		const back = { from: 'money:online-loss', to: 'money:online' };
		expect(barFrameAt(ebita, revenue, 0, back).bars.find((b) => b.id === 'online-2021')).toMatchObject({ width: 0, opacity: 0 });
		expect(barFrameAt(ebita, revenue, 1, back).bars.find((b) => b.id === 'online-2021')).toMatchObject({ opacity: 1 });
	});

	it('fades the old axis out as the new one fades in', () => {
		const frame = barFrameAt(revenue, ebita, 0.5, keys);
		expect(frame.ticks.filter((t) => t.key.startsWith('money:online')).every((t) => t.opacity === 0.5)).toBe(true);
		expect(frame.zeroX).toBeGreaterThan(revenue.zeroX);
		expect(frame.zeroX).toBeLessThan(ebita.zeroX);
	});
});
