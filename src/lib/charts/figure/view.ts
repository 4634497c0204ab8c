import type { Dataset } from '../../data/schema.ts';
import type { Lang } from '../../i18n/lang.ts';
import { inLang } from '../../i18n/lang.ts';
import { formatDerivedValue, formatValue } from '../../i18n/strings.ts';
import { sourceView } from '../source-view.ts';
import type { FigureChart } from './schema.ts';
import type { FigureChartView } from './types.ts';

/** A big figure as the page draws it: the number written in the edition's way, and its source. */
export function figureChartView(dataset: Dataset, chart: FigureChart, lang: Lang): FigureChartView {
	const figure = dataset.figures.find((f) => f.id === chart.figure);
	if (!figure) throw new Error(`unknown figure ${chart.figure}`);
	const format = figure.source.source === 'derived' ? formatDerivedValue : formatValue;
	return {
		kind: 'figure',
		id: chart.id,
		title: inLang(chart.title, lang),
		caption: inLang(chart.caption, lang),
		value: format(figure.value, figure.unit, figure.currency ?? null, lang),
		source: sourceView(figure.source, lang)
	};
}
