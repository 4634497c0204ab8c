import * as v from 'valibot';
import { chartId, id, localized } from '../../data/schema-parts.ts';

export const BarSchema = v.strictObject({
	id,
	figure: id,
	/** The same value in another currency, shown beside it (e.g. US dollars). */
	alternate: v.optional(id),
	label: localized
});

/** A bar chart state in the dataset: figures side by side on one scale. */
export const BarChartSchema = v.strictObject({
	id: chartId,
	kind: v.literal('bars'),
	title: localized,
	/** The unit and the period, shown under the title: "Billion yuan, July–September". */
	subtitle: localized,
	unitLabel: localized,
	/** Whose figures these are, where the report cites another body's ("Momentum Works"): named in the source line. */
	dataBy: v.optional(localized),
	/** What a reader must know to compare the bars (e.g. that one is a profit measure), shown under the chart. */
	note: v.optional(localized),
	bars: v.pipe(v.array(BarSchema), v.nonEmpty('must have at least one bar'))
});

export type BarChart = v.InferOutput<typeof BarChartSchema>;
