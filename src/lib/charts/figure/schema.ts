import * as v from 'valibot';
import { chartId, id, localized } from '../../data/schema-parts.ts';

/** A big figure in the dataset: one sourced number, large, with a line saying what it counts. */
export const FigureChartSchema = v.strictObject({
	id: chartId,
	kind: v.literal('figure'),
	title: localized,
	/** The id of a figure in the dataset's `figures`. */
	figure: id,
	/** What the number is, under it: "shops open at the end of the year". */
	caption: localized
});

export type FigureChart = v.InferOutput<typeof FigureChartSchema>;
