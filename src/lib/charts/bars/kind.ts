import type { ChartKindDefinition } from '../types.ts';
import type { BarChartView } from './types.ts';
import { BarChartSchema } from './schema.ts';
import { barChartView } from './view.ts';
import { repeats } from '../../data/repeats.ts';

/** Bars: what the dataset may hold for them, how they are checked and how they become a view. */
export const barsKind: ChartKindDefinition<typeof BarChartSchema, BarChartView> = {
	kind: 'bars',
	schema: BarChartSchema,
	view: barChartView,
	highlightable: (chart) => chart.bars.map((bar) => bar.id),
	check(chart, dataset, report) {
		const units = new Set<string>();
		chart.bars.forEach((bar, b) => {
			const figure = dataset.figures.find((f) => f.id === bar.figure);
			if (!figure) return report(['bars', b, 'figure'], `unknown figure id "${bar.figure}"`);
			units.add(`${figure.unit} ${figure.currency ?? ''}`);
			if (bar.alternate !== undefined && !dataset.figures.some((f) => f.id === bar.alternate)) {
				report(['bars', b, 'alternate'], `unknown figure id "${bar.alternate}"`);
			}
		});
		// One scale per chart: values in different units or currencies cannot share it.
		if (units.size > 1) report(['bars'], `bars in one chart must share a unit and currency, found ${[...units].join(', ')}`);
		for (const { id, index } of repeats(chart.bars, (b) => b.id)) report(['bars', index, 'id'], `duplicate bar id "${id}"`);
	}
};
