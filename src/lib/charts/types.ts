/** What the page needs to draw and describe each chart state: plain data, serialisable. */

export interface SourceView {
	kind: 'article' | 'background' | 'derived';
	/** Short citation, e.g. "Article ¶16", "Background", "Derived". */
	label: string;
	/** The note or formula, for background and derived facts. */
	detail?: string;
}

export interface LeaderView {
	person: string;
	name: string;
	role: string;
	source: SourceView;
}

export interface OrgNodeView {
	id: string;
	name: string;
	short: string;
	parent: string | null;
	depth: number;
	/** Position in reading order (pre-order), 0 = the group at the top. */
	row: number;
	leaders: LeaderView[];
	formedFrom: string[];
	/** Compared with the previous org state: a new unit, or one that moved to a new parent. */
	change: 'new' | 'moved' | null;
	/** The change as the edition writes it on the drawing ("NEW", "新设"), or null. */
	badge: string | null;
	source: SourceView;
	/** On a phone's focused tree (see focusOrgRows): units under this one are left out. */
	folded?: boolean;
}

export interface OrgChartView {
	kind: 'org';
	id: string;
	title: string;
	label: string;
	summary: string;
	nodes: OrgNodeView[];
	/** Plain-language changes since the previous org state. */
	changes: string[];
	/** On a phone, the height the tree is laid out in: the room its step's card leaves (see stepScenes). */
	fitHeight?: number;
}

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

export type ChartView = OrgChartView | BarChartView;

/** What a morphing chart component is given: two states, how far between them, its box, and what to emphasise. */
export interface ChartMorphProps<T extends ChartView> {
	from: T;
	to: T;
	/** 0 = showing `from`, 1 = showing `to`. */
	t: number;
	width: number;
	height: number;
	/** Ids of units, people or bars the active step is about. */
	highlight: readonly string[];
}
