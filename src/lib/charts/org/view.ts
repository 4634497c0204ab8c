import type { Dataset } from '../../data/schema.ts';
import { inLang } from '../../i18n/lang.ts';
import type { Lang } from '../../i18n/lang.ts';
import type { OrgChart } from './schema.ts';
import type { OrgChartView } from './types.ts';
import { orgRows } from './rows.ts';
import { describeChanges } from './changes.ts';

/** An org chart state as the page draws it: the tree in reading order, with its sourced changes. */
export function orgChartView(dataset: Dataset, chart: OrgChart, lang: Lang): OrgChartView {
	const index = dataset.orgStates.findIndex((s) => s.id === chart.orgState);
	const state = dataset.orgStates[index];
	if (!state) throw new Error(`unknown org state ${chart.orgState}`);
	const previous = dataset.orgStates[index - 1];
	const nodes = orgRows(dataset, state, lang);
	const people = new Map(dataset.people.map((p) => [p.id, inLang(p.name, lang)]));
	return {
		kind: 'org',
		id: chart.id,
		title: inLang(chart.title, lang),
		label: inLang(state.label, lang),
		summary: inLang(state.summary, lang),
		nodes,
		changes: describeChanges(state.changes, nodes, previous ? orgRows(dataset, previous, lang) : [], people, lang),
		since: previous ? inLang(previous.label, lang) : null
	};
}
