import type { Dataset } from '../../data/schema.ts';
import type { Lang } from '../../format/numbers.ts';
import type { OrgChart } from './schema.ts';
import type { OrgChartView } from './types.ts';
import { orgRows } from './rows.ts';
import { describeChanges } from './changes.ts';

/** An org chart state as the page draws it: the tree in reading order, with its sourced changes. */
export function orgChartView(dataset: Dataset, chart: OrgChart, lang: Lang): OrgChartView {
	const zh = lang === 'zh';
	const index = dataset.orgStates.findIndex((s) => s.id === chart.orgState);
	const state = dataset.orgStates[index];
	if (!state) throw new Error(`unknown org state ${chart.orgState}`);
	const previous = dataset.orgStates[index - 1];
	const nodes = orgRows(dataset, state, lang);
	const people = new Map(dataset.people.map((p) => [p.id, zh ? p.nameZh : p.name]));
	return {
		kind: 'org',
		id: chart.id,
		title: zh ? chart.titleZh : chart.title,
		label: zh ? state.labelZh : state.label,
		summary: zh ? state.summaryZh : state.summary,
		nodes,
		changes: describeChanges(state.changes, nodes, previous ? orgRows(dataset, previous, lang) : [], people, lang)
	};
}
