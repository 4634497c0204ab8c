import { nice, ticks } from 'd3-array';
import type { BarChartView } from '$lib/charts/bars/types';
import type { Lang } from '$lib/i18n/lang';
import { formatBarValue, formatDerivedBarValue, STRINGS } from '$lib/i18n/strings';
import { estimateTextWidth } from '$lib/charts/text-width';

export interface PlacedBar {
	id: string;
	/** The category, written above the bar. */
	label: string;
	/** The value as written at the bar's end, e.g. "−2.905" or "49%". */
	valueText: string;
	value: number;
	negative: boolean;
	derived: boolean;
	x: number;
	width: number;
	y: number;
	height: number;
	labelY: number;
	/** The category label hugs the zero line: right of it for gains, left of it for losses. */
	labelX: number;
	labelAnchor: 'start' | 'end';
	/** Where the value label is anchored: right of a gain, left of a loss. */
	valueX: number;
	valueAnchor: 'start' | 'end';
}

export interface PlacedTick {
	value: number;
	x: number;
	text: string;
}

export interface BarLayout {
	width: number;
	height: number;
	zeroX: number;
	/** Where the plot (ticks, gridlines) starts and ends vertically. */
	plotTop: number;
	plotBottom: number;
	bars: PlacedBar[];
	ticks: PlacedTick[];
	fontSize: number;
}

const PAD = 8;
const VALUE_GAP = 6;
const MIN_GAP = 8;
const MIN_BAR = 16;

/**
 * Horizontal bars on a zero baseline, one per row with its category above it. The
 * domain always includes zero (rounded out with d3-array's nice), so a loss is drawn to
 * the left of the zero line and a gain to the right, lengths proportional to values.
 * Room is kept beyond each end for the value labels. (d3-array's nice and ticks with a
 * linear map do what d3-scale's scaleLinear would, without its colour and format code
 * in the reader's download.)
 */
export function layoutBars(chart: BarChartView, width: number, height: number, lang: Lang = 'en'): BarLayout {
	const wide = width >= 560;
	const fontSize = wide ? 15 : 13;
	const labelHeight = Math.round(fontSize * 1.5);
	const values = chart.bars.map((b) => b.value);
	const tickRow = Math.round(fontSize * 1.6);
	const plotTop = PAD + tickRow;
	// Bars grow thinner (never below MIN_BAR) before the rows spill out of a short box.
	const fitted = Math.floor((height - plotTop - PAD) / Math.max(1, values.length) - labelHeight - MIN_GAP);
	const barHeight = Math.max(MIN_BAR, Math.min(wide ? 40 : 28, fitted));
	const texts = chart.bars.map((b) =>
		b.derived ? formatDerivedBarValue(b.value, chart.unit, lang) + STRINGS[lang].derivedTag : formatBarValue(b.value, chart.unit, lang)
	);
	const room = Math.max(...texts.map((t) => estimateTextWidth(t, fontSize))) + VALUE_GAP;
	const hasLoss = values.some((v) => v < 0);
	const hasGain = values.some((v) => v > 0);

	const [d0, d1] = nice(Math.min(0, ...values), Math.max(0, ...values), 4);
	const [r0, r1] = [PAD + (hasLoss ? room : 0), width - PAD - (hasGain ? room : 0)];
	const scale = (value: number) => (d1 === d0 ? r0 : r0 + ((value - d0) / (d1 - d0)) * (r1 - r0));
	const zeroX = scale(0);

	const rowHeight = labelHeight + barHeight;
	const gap = Math.max(
		MIN_GAP,
		Math.min(wide ? 36 : 24, (height - plotTop - PAD - rowHeight * values.length) / Math.max(1, values.length))
	);

	const bars = chart.bars.map((bar, i) => {
		const top = plotTop + gap / 2 + i * (rowHeight + gap);
		const end = scale(bar.value);
		const negative = bar.value < 0;
		return {
			id: bar.id,
			label: bar.label,
			valueText: texts[i]!,
			value: bar.value,
			negative,
			derived: bar.derived,
			x: Math.min(zeroX, end),
			width: Math.abs(end - zeroX),
			y: top + labelHeight,
			height: barHeight,
			labelY: top + labelHeight / 2,
			labelX: hasGain ? zeroX + VALUE_GAP : zeroX - VALUE_GAP,
			labelAnchor: hasGain ? ('start' as const) : ('end' as const),
			valueX: negative ? end - VALUE_GAP : end + VALUE_GAP,
			valueAnchor: negative ? ('end' as const) : ('start' as const)
		};
	});
	const plotBottom = plotTop + values.length * (rowHeight + gap);

	const axis = ticks(d0, d1, wide ? 5 : 4).map((value) => ({ value, x: scale(value), text: formatBarValue(value, chart.unit, lang, 1) }));
	// As tall as its bars: the source line follows directly under the plot.
	return { width, height: plotBottom + PAD, zeroX, plotTop, plotBottom, bars, ticks: axis, fontSize };
}
