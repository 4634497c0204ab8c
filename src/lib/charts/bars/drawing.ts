import type { ChartDrawing } from '../types';
import type { BarChartView } from './types';
import BarChart from './BarChart.svelte?server-only';
import BarTable from './BarTable.svelte?server-only';

/** Bars come later in the story: the browser loads them the first time they are due (or idle before). */
export const drawing: ChartDrawing<BarChartView> = {
	kind: 'bars',
	Chart: BarChart,
	loadChart: async () => (await import('./BarChart.svelte')).default,
	Text: BarTable,
	loadText: async () => (await import('./BarTable.svelte')).default,
	stillHeight: 400,
	// What the numbers are (unit, period) always goes under the title.
	summary: (chart) => chart.subtitle,
	fit: (chart, _width, height) => ({ ...chart, fitHeight: height })
};
