import { bisectRight } from 'd3-array';
import type { Dataset } from '../data/schema.ts';
import { inLang, type Lang } from '../i18n/lang.ts';
import { VIEW_STRINGS } from '../i18n/strings.ts';

/**
 * Where in 2021 → 2024 a chart state sits, for the story graphic's timeline strip and the
 * explorer's timeline. The dated organisation states are the stops, evenly spaced:
 * two of them are a month apart and others years, so a scale true to time would draw their
 * labels over each other. Anything dated between two stops sits in proportion between them.
 */
export interface Span {
	start: string;
	end: string;
}

/**
 * The timeline strip's data, placed and worded at build time (the story's first load carries no
 * date arithmetic and no month names): positions are 0 (the first stop) to 1 (the last).
 */
export interface StoryTimeline {
	/** Where the organisation states sit. */
	stops: number[];
	/** The time each chart state shows, by chart id: a point (start = end) for an organisation state. */
	when: Record<string, { start: number; end: number; label: string }>;
}

/** A date (`YYYY-MM-DD` or `YYYY-MM`) as milliseconds; a month alone counts from its first day. */
export const timeOf = (date: string): number => {
	const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
	return Date.UTC(year, month - 1, day);
};

/** The position of a date on the timeline, 0 (the first stop) to 1 (the last), clamped. */
export function timelineFraction(date: string, stops: readonly string[]): number {
	const times = stops.map(timeOf);
	const last = times.length - 1;
	if (last < 1) return 0;
	const time = timeOf(date);
	const i = Math.min(Math.max(bisectRight(times, time) - 1, 0), last - 1);
	const within = (time - times[i]!) / (times[i + 1]! - times[i]! || 1);
	return Math.min(Math.max((i + Math.min(Math.max(within, 0), 1)) / last, 0), 1);
}

/**
 * The time a chart state shows: an organisation state's date, or the periods of a chart's figures
 * (bars, a big figure) from the first start to the last end, as the dataset dates them.
 */
export function chartSpan(dataset: Dataset, chartId: string): Span | null {
	const chart = dataset.charts.find((c) => c.id === chartId);
	if (!chart) return null;
	if (chart.kind === 'org') {
		const state = dataset.orgStates.find((s) => s.id === chart.orgState);
		return state ? { start: state.date, end: state.date } : null;
	}
	const figureIds = chart.kind === 'bars' ? chart.bars.map((bar) => bar.figure) : [chart.figure];
	const periods = figureIds.flatMap((id) => dataset.figures.find((f) => f.id === id)?.period ?? []);
	if (periods.length === 0) return null;
	const starts = periods.map((p) => p.start).sort();
	const ends = periods.map((p) => p.end).sort();
	return { start: starts[0]!, end: ends.at(-1)! };
}

/** The organisation state an org chart shows, if it has a mark of its own. */
function markedState(dataset: Dataset, chartId: string) {
	const chart = dataset.charts.find((c) => c.id === chartId);
	if (chart?.kind !== 'org') return undefined;
	const state = dataset.orgStates.find((s) => s.id === chart.orgState);
	return state?.mark ? state : undefined;
}

/** The timeline of a story's charts, in an edition's words: the dated states as stops, and the span of each chart given. */
export function storyTimeline(dataset: Dataset, chartIds: readonly string[], lang: Lang): StoryTimeline {
	const stops = dataset.orgStates.map((state) => state.date);
	const month = (date: string) => VIEW_STRINGS[lang].monthLabel(date.slice(0, 7));
	const when: StoryTimeline['when'] = {};
	for (const id of chartIds) {
		const span = chartSpan(dataset, id);
		if (!span) continue;
		const [start, end] = [month(span.start), month(span.end)];
		// A state marked on its own terms ("Before December 2021") is named by its label, not its month.
		const marked = markedState(dataset, id);
		when[id] = {
			start: timelineFraction(span.start, stops),
			end: timelineFraction(span.end, stops),
			label: marked ? inLang(marked.label, lang) : start === end ? start : `${start}–${end}`
		};
	}
	return { stops: stops.map((stop) => timelineFraction(stop, stops)), when };
}
