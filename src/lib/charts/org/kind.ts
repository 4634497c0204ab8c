import type { ChartKindDefinition } from '../types.ts';
import type { OrgChartView } from './types.ts';
import { OrgChartSchema } from './schema.ts';
import { orgChartView } from './view.ts';

/** The org tree: what the dataset may hold for it, how it is checked and how it becomes a view. */
export const orgKind: ChartKindDefinition<typeof OrgChartSchema, OrgChartView> = {
	kind: 'org',
	schema: OrgChartSchema,
	view: orgChartView,
	highlightable(chart, dataset) {
		const state = dataset.orgStates.find((s) => s.id === chart.orgState);
		return (state?.nodes ?? []).flatMap((node) => [node.unit, ...(node.leaders ?? []).map((leader) => leader.person)]);
	},
	check(chart, dataset, report) {
		if (!dataset.orgStates.some((state) => state.id === chart.orgState)) report(['orgState'], `unknown org state "${chart.orgState}"`);
	}
};
