import type { SourceView } from '../types.ts';

export interface BarView {
	id: string;
	label: string;
	value: number;
	derived: boolean;
	source: SourceView;
}

export interface BarChartView {
	kind: 'bars';
	id: string;
	title: string;
	subtitle: string;
	/** One line naming where every value comes from, for under the chart. */
	sourceLine: string;
	unit: 'billion' | 'million' | 'percent';
	currency: string | null;
	unitLabel: string;
	bars: BarView[];
	/** Other forms of the same figures, e.g. the US-dollar revenue. */
	notes: string[];
	/** On a phone, the height the bars are laid out in: the room its step's card leaves (see stepScenes). */
	fitHeight?: number;
}
