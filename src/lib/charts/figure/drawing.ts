import type { ChartDrawing } from '../types';
import type { FigureChartView } from './types';
import BigFigure from './BigFigure.svelte?server-only';
import FigureText from './FigureText.svelte?server-only';

/** A big figure loads the first time one is due (or while the browser is idle before). */
export const drawing: ChartDrawing<FigureChartView> = {
	kind: 'figure',
	Chart: BigFigure,
	loadChart: async () => (await import('./BigFigure.svelte')).default,
	Text: FigureText,
	loadText: async () => (await import('./FigureText.svelte')).default,
	stillHeight: 240,
	summary: () => null
};
