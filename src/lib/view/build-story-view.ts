import type { Dataset, StoryCopy, OrgChart, BarChart } from '$lib/data/schema';
import type { BarChartView, ChartView, OrgChartView } from './types';
import { orgRows } from '$lib/org/org-rows';
import { describeChanges } from '$lib/org/org-changes';
import { sourceView } from './source-view';
import { formatValue } from '$lib/format/numbers';

export interface StoryView {
	copy: StoryCopy;
	/** Every chart state a step refers to, by id. */
	charts: Record<string, ChartView>;
	article: Dataset['meta']['article'];
}

function orgChartView(dataset: Dataset, chart: OrgChart): OrgChartView {
	const index = dataset.orgStates.findIndex((s) => s.id === chart.orgState);
	const state = dataset.orgStates[index];
	if (!state) throw new Error(`unknown org state ${chart.orgState}`);
	const previous = dataset.orgStates[index - 1];
	const nodes = orgRows(dataset, state, previous);
	return {
		kind: 'org',
		id: chart.id,
		title: chart.title,
		label: state.label,
		date: state.date,
		summary: state.summary,
		nodes,
		changes: describeChanges(previous ? orgRows(dataset, previous) : null, nodes)
	};
}

function barChartView(dataset: Dataset, chart: BarChart): BarChartView {
	const figures = new Map(dataset.figures.map((f) => [f.id, f]));
	const first = figures.get(chart.bars[0]?.figure ?? '');
	if (!first) throw new Error(`chart ${chart.id} has no figures`);
	const notes: string[] = [];
	const bars = chart.bars.map((bar) => {
		const figure = figures.get(bar.figure);
		if (!figure) throw new Error(`unknown figure ${bar.figure}`);
		const alternate = bar.alternate ? figures.get(bar.alternate) : undefined;
		if (alternate) {
			notes.push(
				`${bar.label}: ${formatValue(figure.value, figure.unit, figure.currency ?? null, 'en')} is about ${formatValue(alternate.value, alternate.unit, alternate.currency ?? null, 'en')} (article ¶${alternate.source.source === 'article' ? alternate.source.line : '?'}).`
			);
		}
		return { id: bar.id, label: bar.label, value: figure.value, period: figure.period.label, source: sourceView(figure.source) };
	});
	return { kind: 'bars', id: chart.id, title: chart.title, unit: first.unit, currency: first.currency ?? null, unitLabel: chart.unitLabel, bars, notes };
}

/** Everything the story page draws, resolved from the dataset at build time. */
export function buildStoryView(dataset: Dataset, copy: StoryCopy): StoryView {
	const charts: Record<string, ChartView> = {};
	for (const step of copy.steps) {
		if (charts[step.chart]) continue;
		const chart = dataset.charts.find((c) => c.id === step.chart);
		if (!chart) throw new Error(`unknown chart ${step.chart}`);
		charts[chart.id] = chart.kind === 'org' ? orgChartView(dataset, chart) : barChartView(dataset, chart);
	}
	return { copy, charts, article: dataset.meta.article };
}
