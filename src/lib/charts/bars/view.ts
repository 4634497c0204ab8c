import type { Dataset, Source } from '../../data/schema.ts';
import type { Lang } from '../../i18n/lang.ts';
import { formatValue, VIEW_STRINGS } from '../../i18n/strings.ts';
import { inLang } from '../../i18n/lang.ts';
import { sourceView } from '../source-view.ts';
import type { BarChart } from './schema.ts';
import type { BarChartView } from './types.ts';

/** "Source: Daily Economic News report, ¶16, ¶17. Jul–Sep 2023: derived, 31.672 ÷ 1.29 …" */
function sourceLine(
	article: Dataset['meta']['article'],
	bars: { label: string; source: Source }[],
	dataBy: string | null,
	lang: Lang
): string {
	const say = VIEW_STRINGS[lang].barSources;
	// The dataset may name the publisher with its name in another script in brackets, "English name (中文名)":
	// the line under a chart gives the name alone.
	const publisher = inLang(article.publisher, lang).replace(/\s*\(.*\)$/, '');
	const lines = [...new Set(bars.flatMap((b) => (b.source.source === 'article' ? [b.source.line] : [])))].sort((a, b) => a - b);
	const parts = [say.report(publisher, lines, dataBy)];
	for (const { label, source } of bars) {
		if (source.source === 'derived') parts.push(say.derived(label, inLang(source.formula, lang)));
		if (source.source === 'background') parts.push(say.background(label, inLang(source.note, lang)));
	}
	return parts.join(say.separator);
}

/** A bar chart state as the page draws it: each bar's figure, label and source. */
export function barChartView(dataset: Dataset, chart: BarChart, lang: Lang): BarChartView {
	const figures = new Map(dataset.figures.map((f) => [f.id, f]));
	const figureOf = (id: string) => {
		const figure = figures.get(id);
		if (!figure) throw new Error(`unknown figure ${id}`);
		return figure;
	};
	const notes: string[] = [];
	const bars = chart.bars.map((bar) => {
		const figure = figureOf(bar.figure);
		const label = inLang(bar.label, lang);
		if (bar.alternate) {
			const alternate = figureOf(bar.alternate);
			const [value, about] = [
				formatValue(figure.value, figure.unit, figure.currency ?? null, lang),
				formatValue(alternate.value, alternate.unit, alternate.currency ?? null, lang)
			];
			notes.push(VIEW_STRINGS[lang].alsoAbout(label, value, about));
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
		title: inLang(chart.title, lang),
		subtitle: inLang(chart.subtitle, lang),
		sourceLine: sourceLine(
			dataset.meta.article,
			chart.bars.map((bar, i) => ({ label: bars[i]!.label, source: figureOf(bar.figure).source })),
			chart.dataBy ? inLang(chart.dataBy, lang) : null,
			lang
		),
		unit: first.unit,
		currency: first.currency ?? null,
		unitLabel: inLang(chart.unitLabel, lang),
		bars,
		notes: chart.note ? [inLang(chart.note, lang), ...notes] : notes
	};
}
