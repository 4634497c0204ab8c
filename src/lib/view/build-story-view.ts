import type { Dataset, StoryCopy, OrgChart, BarChart, Source } from '$lib/data/schema';
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

/** "Source: Daily Economic News report, ¶16, ¶17. Jul–Sep 2023: derived, 31.672 ÷ 1.29 …" */
function sourceLine(dataset: Dataset, bars: { label: string; source: Source }[]): string {
	const lines = [...new Set(bars.flatMap((b) => (b.source.source === 'article' ? [b.source.line] : [])))].sort((a, b) => a - b);
	const parts = [`Source: ${dataset.meta.article.publisher.replace(/\s*\(.*\)$/, '')} report${lines.length ? `, ¶${lines.join(', ¶')}` : ''}.`];
	for (const bar of bars) {
		if (bar.source.source === 'derived') parts.push(`${bar.label}: derived, ${bar.source.formula}.`);
		if (bar.source.source === 'background') parts.push(`${bar.label}: ${bar.source.note}`);
	}
	return parts.join(' ');
}

function barChartView(dataset: Dataset, chart: BarChart): BarChartView {
	const figures = new Map(dataset.figures.map((f) => [f.id, f]));
	const figureOf = (id: string) => {
		const figure = figures.get(id);
		if (!figure) throw new Error(`unknown figure ${id}`);
		return figure;
	};
	const notes: string[] = [];
	const bars = chart.bars.map((bar) => {
		const figure = figureOf(bar.figure);
		if (bar.alternate) {
			const alternate = figureOf(bar.alternate);
			notes.push(
				`${bar.label}: ${formatValue(figure.value, figure.unit, figure.currency ?? null, 'en')} is about ${formatValue(alternate.value, alternate.unit, alternate.currency ?? null, 'en')}.`
			);
		}
		return {
			id: bar.id,
			label: bar.label,
			value: figure.value,
			period: figure.period.label,
			derived: figure.source.source === 'derived',
			source: sourceView(figure.source),
			rawSource: figure.source
		};
	});
	const first = figureOf(chart.bars[0]!.figure);
	return {
		kind: 'bars',
		id: chart.id,
		title: chart.title,
		subtitle: chart.subtitle,
		sourceLine: sourceLine(dataset, bars.map((b) => ({ label: b.label, source: b.rawSource }))),
		unit: first.unit,
		currency: first.currency ?? null,
		unitLabel: chart.unitLabel,
		bars: bars.map(({ rawSource: _, ...bar }) => bar),
		notes
	};
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
