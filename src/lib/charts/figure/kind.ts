import type { ChartKindDefinition } from '../types.ts';
import type { FigureChartView } from './types.ts';
import { FigureChartSchema } from './schema.ts';
import { figureChartView } from './view.ts';

/** A big figure: what the dataset may hold for it, how it is checked and how it becomes a view. */
export const figureKind: ChartKindDefinition<typeof FigureChartSchema, FigureChartView> = {
	kind: 'figure',
	schema: FigureChartSchema,
	view: figureChartView,
	// A big figure draws one number: nothing in it to pick out.
	highlightable: () => [],
	check(chart, dataset, report) {
		if (!dataset.figures.some((f) => f.id === chart.figure)) report(['figure'], `unknown figure id "${chart.figure}"`);
	}
};
