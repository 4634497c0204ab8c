import type { SourceView } from '../types.ts';

export interface FigureChartView {
	kind: 'figure';
	id: string;
	title: string;
	caption: string;
	/** The figure as written in the edition: "1.2 billion yuan", "12.5 亿元". */
	value: string;
	source: SourceView;
}
