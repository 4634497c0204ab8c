import type { ExploreStrings } from './strings.ts';

/** The explorer's words in English: loaded with the explorer, never with the story. */
export const strings: ExploreStrings = {
	title: 'Explore every date',
	intro:
		'Choose a date to see how the organisation looked then, or a second date to compare the two. Choose a unit for its history. Every line comes from the dated, sourced events in our dataset.',
	openPage: 'Open the explorer on a page of its own',
	tableThere: '(there, without JavaScript, a table of every unit at every date)',
	backToStory: 'Back to the story',
	eventsKey: 'an event in our dataset (those since the previous date are listed under the tree)',
	dateLegend: 'Date shown',
	compareLegend: 'Compare with',
	noCompare: 'None',
	eventsHeading: (position) =>
		position === 'first'
			? 'Events up to this date'
			: position === 'last'
				? 'Events since the previous date'
				: 'Events after the previous date, up to this one',
	noEvents: 'No event in our dataset falls in this period.',
	unitsLegend: 'Units: choose one for its history',
	historyTitle: (unit) => `History of ${unit}`,
	noHistory: 'No event in our dataset changed this unit.',
	placementsTitle: 'Where it sat, and who led it',
	under: (parent) => `Under ${parent}`,
	atTop: 'At the top',
	absentMark: '– : not shown on that date’s chart.',
	notShown: 'Not shown on this chart',
	mergedInto: (unit) => `Merged into ${unit}`,
	showing: (label) => `Showing ${label}.`,
	comparing: (a, b, linked) => `Comparing ${a} with ${b}: ${linked} ${linked === 1 ? 'unit' : 'units'} moved or merged, linked.`,
	linksTitle: (a, b) => `Moved or merged between ${a} and ${b}, as the events record`,
	noLinks: 'No recorded event moved or merged a unit between these dates.',
	linkMoved: (unit) => `${unit} moved`,
	linkMerged: (unit, into) => `${unit} merged into ${into}`,
	showTree: 'Tree shown',
	treeAsText: 'The tree as text',
	tableSummary: 'Every unit at every date, as a table',
	tableCaption: 'Where each unit sat at each date, and who led it',
	unitColumn: 'Unit',
	sourcesOfTable: 'Sources of the table'
};
