/**
 * The explorer's words, one file per language beside this one: apart from the story's
 * strings (../strings.ts), so that the story's first load carries none of them.
 */
import type { Lang } from '../lang.ts';
import { strings as en } from './en.ts';
import { strings as zh } from './zh.ts';
import { strings as qps } from './qps.ts';

export interface ExploreStrings {
	title: string;
	intro: string;
	/** Where the explorer is on its own page, from the story, and back. */
	openPage: string;
	/** After that link, for readers without JavaScript. */
	tableThere: string;
	backToStory: string;
	/** Beside a tick, under the timeline: what the ticks are. */
	eventsKey: string;
	dateLegend: string;
	compareLegend: string;
	noCompare: string;
	/** Over the events listed under a date: those after the date before it (none for the first), up to it (the last: all since). */
	eventsHeading: (position: 'first' | 'middle' | 'last') => string;
	noEvents: string;
	unitsLegend: string;
	historyTitle: (unit: string) => string;
	noHistory: string;
	placementsTitle: string;
	/** Where a unit sat: under which unit, or at the top. */
	under: (parent: string) => string;
	atTop: string;
	/** A unit the date's chart does not draw (it may have existed). */
	notShown: string;
	/** A unit a recorded change merged into another. */
	mergedInto: (unit: string) => string;
	/** What a dash in the table means. */
	absentMark: string;
	showing: (label: string) => string;
	comparing: (a: string, b: string, linked: number) => string;
	linksTitle: (a: string, b: string) => string;
	noLinks: string;
	linkMoved: (unit: string) => string;
	linkMerged: (unit: string, into: string) => string;
	/** On phones, which of the two compared trees is shown. */
	showTree: string;
	treeAsText: string;
	tableSummary: string;
	tableCaption: string;
	unitColumn: string;
	sourcesOfTable: string;
}

export const EXPLORE_STRINGS: Record<Lang, ExploreStrings> = { en, zh, qps };
