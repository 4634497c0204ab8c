import * as v from 'valibot';
import { chartId, id, localized } from '../../data/schema-parts.ts';

/** An org chart state in the dataset: one of the dated org states, under a title. */
export const OrgChartSchema = v.strictObject({ id: chartId, kind: v.literal('org'), orgState: id, title: localized });

export type OrgChart = v.InferOutput<typeof OrgChartSchema>;
