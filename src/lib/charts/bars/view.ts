import type { Dataset, Source } from '../../data/schema.ts';
import { formatValue, type Lang } from '../../format/numbers.ts';
import { sourceView } from '../source-view.ts';
import type { BarChart } from './schema.ts';
import type { BarChartView } from './types.ts';

/** How each edition words the line under a bar chart. */
const SOURCE_PHRASES = {
	en: {
		report: (publisher: string, lines: number[]) => `Source: ${publisher} report${lines.length ? `, ¶${lines.join(', ¶')}` : ''}.`,
		derived: (label: string, formula: string) => `${label}: derived, ${formula}.`,
		background: (label: string, note: string) => `${label}: ${note}`,
		separator: ' '
	},
	zh: {
		report: (publisher: string, lines: number[]) => `来源：${publisher}报道${lines.length ? `，第${lines.join('、')}段` : ''}。`,
		derived: (label: string, formula: string) => `${label}：推算值，${formula}。`,
		background: (label: string, note: string) => `${label}：${note}`,
		separator: ''
	}
};

/** "Source: Daily Economic News report, ¶16, ¶17. Jul–Sep 2023: derived, 31.672 ÷ 1.29 …" */
function sourceLine(article: Dataset['meta']['article'], bars: { label: string; source: Source }[], lang: Lang): string {
	const say = SOURCE_PHRASES[lang];
	// The dataset names the publisher "English name (中文名)" for English readers; Chinese readers get 《…》.
	const english = /^(.*?)\s*\(.*\)$/.exec(article.publisher)?.[1] ?? article.publisher;
	const lines = [...new Set(bars.flatMap((b) => (b.source.source === 'article' ? [b.source.line] : [])))].sort((a, b) => a - b);
	const parts = [say.report(lang === 'zh' ? article.publisherZh : english, lines)];
	for (const { label, source } of bars) {
		if (source.source === 'derived') parts.push(say.derived(label, lang === 'zh' ? (source.formulaZh ?? source.formula) : source.formula));
		if (source.source === 'background') parts.push(say.background(label, source.note));
	}
	return parts.join(say.separator);
}

/** A bar chart state as the page draws it: each bar's figure, label and source. */
export function barChartView(dataset: Dataset, chart: BarChart, lang: Lang): BarChartView {
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
			const [value, about] = [
				formatValue(figure.value, figure.unit, figure.currency ?? null, lang),
				formatValue(alternate.value, alternate.unit, alternate.currency ?? null, lang)
			];
			notes.push(zh ? `${label}：${value}约合${about}。` : `${label}: ${value} is about ${about}.`);
		}
		return {
			id: bar.id,
			label,
			value: figure.value,
			derived: figure.source.source === 'derived',
			source: sourceView(figure.source, lang)
		};
	});
	const first = figureOf(chart.bars[0]!.figure);
	return {
		kind: 'bars',
		id: chart.id,
		title: zh ? chart.titleZh : chart.title,
		subtitle: zh ? chart.subtitleZh : chart.subtitle,
		sourceLine: sourceLine(
			dataset.meta.article,
			chart.bars.map((bar, i) => ({ label: bars[i]!.label, source: figureOf(bar.figure).source })),
			lang
		),
		unit: first.unit,
		currency: first.currency ?? null,
		unitLabel: zh ? chart.unitLabelZh : chart.unitLabel,
		bars,
		notes
	};
}
