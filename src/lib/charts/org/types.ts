import type { SourceView } from '../types.ts';

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
	/** That previous state's label ("December 2023"), or null for the first. */
	since: string | null;
	/** On a phone, the height the tree is laid out in: the room its step's card leaves (see stepScenes). */
	fitHeight?: number;
}
