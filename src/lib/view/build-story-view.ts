import type { Dataset, StoryCopy, OrgChart, BarChart, Source } from '$lib/data/schema';
import type { BarChartView, ChartView, OrgChartView } from './types';
import { orgRows } from '$lib/org/org-rows';
import { describeChanges } from '$lib/org/org-changes';
import { sourceView } from './source-view';
import { formatValue, type Lang } from '$lib/format/numbers';

export interface StoryView {
	copy: StoryCopy;
	/** Every chart state a step refers to, by id. */
	charts: Record<string, ChartView>;
	article: Dataset['meta']['article'];
}

function orgChartView(dataset: Dataset, chart: OrgChart, lang: Lang): OrgChartView {
	const zh = lang === 'zh';
	const index = dataset.orgStates.findIndex((s) => s.id === chart.orgState);
	const state = dataset.orgStates[index];
	if (!state) throw new Error(`unknown org state ${chart.orgState}`);
	const previous = dataset.orgStates[index - 1];
	const nodes = orgRows(dataset, state, previous, lang);
	return {
		kind: 'org',
		id: chart.id,
		title: zh ? chart.titleZh : chart.title,
		label: zh ? state.labelZh : state.label,
		date: state.date,
		summary: zh ? state.summaryZh : state.summary,
		nodes,
		changes: describeChanges(previous ? orgRows(dataset, previous, undefined, lang) : null, nodes, lang)
	};
}

/** "Source: Daily Economic News report, ¶16, ¶17. Jul–Sep 2023: derived, 31.672 ÷ 1.29 …" */
function sourceLine(dataset: Dataset, bars: { label: string; source: Source }[], lang: Lang): string {
	const lines = [...new Set(bars.flatMap((b) => (b.source.source === 'article' ? [b.source.line] : [])))].sort((a, b) => a - b);
	if (lang === 'zh') {
		const parts = [`来源：每日经济新闻报道${lines.length ? `，第${lines.join('、')}段` : ''}。`];
		for (const bar of bars) {
			if (bar.source.source === 'derived') parts.push(`${bar.label}：推算值，${bar.source.formulaZh ?? bar.source.formula}。`);
			if (bar.source.source === 'background') parts.push(`${bar.label}：${bar.source.note}`);
		}
		return parts.join('');
	}
	const parts = [`Source: ${dataset.meta.article.publisher.replace(/\s*\(.*\)$/, '')} report${lines.length ? `, ¶${lines.join(', ¶')}` : ''}.`];
	for (const bar of bars) {
		if (bar.source.source === 'derived') parts.push(`${bar.label}: derived, ${bar.source.formula}.`);
		if (bar.source.source === 'background') parts.push(`${bar.label}: ${bar.source.note}`);
	}
	return parts.join(' ');
}

function barChartView(dataset: Dataset, chart: BarChart, lang: Lang): BarChartView {
	const zh = lang === 'zh';
	const figures = new Map(dataset.figures.map((f) => [f.id, f]));
	const figureOf = (id: string) => {
		const figure = figures.get(id);
		if (!figure) throw new Error(`unknown figure ${id}`);
		return figure;
	};
	const notes: string[] = [];
	const bars = chart.bars.map((bar) => {
		const figure = figureOf(bar.figure);
		const label = zh ? bar.labelZh : bar.label;
		if (bar.alternate) {
			const alternate = figureOf(bar.alternate);
			const [value, about] = [formatValue(figure.value, figure.unit, figure.currency ?? null, lang), formatValue(alternate.value, alternate.unit, alternate.currency ?? null, lang)];
			notes.push(zh ? `${label}：${value}约合${about}。` : `${label}: ${value} is about ${about}.`);
		}
		return {
			id: bar.id,
			label,
			value: figure.value,
			period: figure.period.label,
			derived: figure.source.source === 'derived',
			source: sourceView(figure.source, lang),
			rawSource: figure.source
		};
	});
	const first = figureOf(chart.bars[0]!.figure);
	return {
		kind: 'bars',
		id: chart.id,
		title: zh ? chart.titleZh : chart.title,
		subtitle: zh ? chart.subtitleZh : chart.subtitle,
		sourceLine: sourceLine(dataset, bars.map((b) => ({ label: b.label, source: b.rawSource })), lang),
		unit: first.unit,
		currency: first.currency ?? null,
		unitLabel: zh ? chart.unitLabelZh : chart.unitLabel,
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
		charts[chart.id] = chart.kind === 'org' ? orgChartView(dataset, chart, copy.lang) : barChartView(dataset, chart, copy.lang);
	}
	return { copy, charts, article: dataset.meta.article };
}
