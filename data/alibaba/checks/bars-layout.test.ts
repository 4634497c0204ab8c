import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseStoryCopy } from '$lib/data/parse-story-copy';
import { buildStoryView } from '$lib/view/build-story-view';
import { layoutBars } from '$lib/charts/bars/layout';
import { estimateTextWidth } from '$lib/charts/text-width';
import type { BarChartView } from '$lib/charts/bars/types';
import { dataset, FOLDER } from './story';

/** This story's bar charts as drawn: every bar, value and label inside the chart, derived values marked. */
const file = `${FOLDER}/story.en.aml`;
const view = buildStoryView(dataset, parseStoryCopy(readFileSync(file, 'utf8'), file, dataset));
const barCharts = Object.values(view.charts).filter((c): c is BarChartView => c.kind === 'bars');

describe('this story’s bar charts', () => {
	it('are several, and AIDC’s 2023 revenue is marked as derived', () => {
		expect(barCharts.length).toBeGreaterThan(2);
		const revenue = layoutBars(view.charts['money:aidc-revenue'] as BarChartView, 374, 400);
		expect(revenue.bars.find((b) => b.id === 'aidc-2023')).toMatchObject({ derived: true, valueText: '≈24.6 (derived)' });
		expect(revenue.bars.find((b) => b.id === 'aidc-2024')).toMatchObject({ derived: false, valueText: '31.672' });
	});

	for (const chart of barCharts)
		for (const width of [374, 806])
			it(`${chart.id} at ${width} px: bars, values and labels inside the chart`, () => {
				const layout = layoutBars(chart, width, 500);
				const outside = layout.bars.flatMap((bar) => {
					const valueWidth = estimateTextWidth(bar.valueText, layout.fontSize);
					const valueLeft = bar.valueAnchor === 'end' ? bar.valueX - valueWidth : bar.valueX;
					const labelWidth = estimateTextWidth(bar.label, layout.fontSize);
					const labelLeft = bar.labelAnchor === 'end' ? bar.labelX - labelWidth : bar.labelX;
					return [
						[bar.x, bar.x + bar.width],
						[valueLeft, valueLeft + valueWidth],
						[labelLeft, labelLeft + labelWidth]
					].flatMap(([left, right], i) => (left! < 0 || right! > width ? [`${bar.id} ${['bar', 'value', 'label'][i]}`] : []));
				});
				expect(outside).toEqual([]);
			});
});
