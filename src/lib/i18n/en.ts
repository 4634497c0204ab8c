import type { Strings, ViewStrings } from './strings.ts';
import { decimalsOf, formatDecimal, formatPercent, longDate } from '../format/numbers.ts';

const CURRENCY_WORDS: Record<string, string> = { CNY: 'yuan', USD: 'US dollars', HKD: 'Hong Kong dollars' };

/** English (British): every word of the interface, and how numbers and sources are written. */
export const strings: Strings = {
	lang: 'en',
	locale: 'en-GB',
	ogLocale: 'en_GB',
	colon: ': ',
	comma: ', ',
	stop: '. ',

	chartAsText: 'Chart as text',
	sameChartText: (kicker) => `The same chart as at “${kicker}”, with its text there.`,
	source: (lines) => `Source: article ¶${lines.join(', ¶')}`,
	nextStep: 'Next step',
	chartAnnouncement: (title) => `Chart: ${title}`,
	sourcesTitle: 'Sources and methods',
	sourceIntro: (reporter, publisher, published, about) =>
		`Source: a report by ${reporter} for ${publisher}, published on or just after ${published}, ${about}. Paragraph numbers (¶) refer to the lines of that report.`,
	download: 'Download the data, every figure and date with its source:',
	formats: { json: 'JSON', csv: 'CSV' },
	correctionsTitle: 'Corrections',
	tableItem: 'Item',
	tableValue: 'Value',
	tableSource: 'Source',
	derived: 'derived',
	changesTitle: 'What changed since the previous chart:',
	stepCounter: (n, of) => `Step ${n} of ${of}`,
	back: '← Back',
	next: 'Next →',
	storyLabel: 'The story, step by step',
	stepsLabel: 'Story steps',
	stepTextLabel: 'The step’s text',
	credit: 'Source',
	date: longDate('en-GB'),

	figure(value, unit, currency) {
		if (unit === 'percent') return formatPercent(value);
		const words = currency ? ` ${CURRENCY_WORDS[currency] ?? currency}` : '';
		return `${formatDecimal(value, decimalsOf(value), 3)} ${unit}${words}`;
	},
	barNumber(value, unit, maximumFractionDigits) {
		if (unit === 'percent') return formatPercent(value);
		const digits = Math.min(maximumFractionDigits, decimalsOf(value));
		return formatDecimal(value, digits, digits);
	},
	approx: '≈',
	derivedTag: ' (derived)',
	timelineMonth: (month, line) => {
		const [year = '', m = '1'] = month.split('-');
		return line === 1
			? year
			: new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(Number(year), Number(m) - 1)));
	},
	monthLabel: (month) => `${strings.timelineMonth(month, 0)} ${strings.timelineMonth(month, 1)}`,
	eventDate: (date) =>
		new Intl.DateTimeFormat('en-GB', {
			...(date.length > 7 ? { day: 'numeric' } : {}),
			month: 'long',
			year: 'numeric',
			timeZone: 'UTC'
		}).format(new Date(date.length > 7 ? date : `${date}-01`)),
	explore: {
		title: 'Explore every date',
		intro:
			'Choose a date to see how Alibaba’s e-commerce was organised then, or a second date to compare the two. Choose a unit for its history. Every line comes from the dated, sourced events in our dataset.',
		openPage: 'Open the explorer on a page of its own',
		tableThere: '(there, without JavaScript, a table of every unit at every date)',
		backToStory: 'Back to the story',
		dateLegend: 'Date shown',
		compareLegend: 'Compare with',
		noCompare: 'None',
		eventsUpTo: (label) => `Events up to ${label}`,
		noEvents: 'No event in our dataset falls in this period.',
		unitsLegend: 'Units: choose one for its history',
		historyTitle: (unit) => `History of ${unit}`,
		noHistory: 'No event in our dataset changed this unit.',
		placementsTitle: 'Where it sat, and who led it',
		under: (parent) => `Under ${parent}`,
		atTop: 'At the top',
		absentMark: '– : not in the organisation at that date.',
		notYet: 'Not in the organisation at this date',
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
	}
};

/** What the build writes into chart views in this language. */
export const viewStrings: ViewStrings = {
	cite: {
		article: (line) => `Article ¶${line}`,
		quote: (quote) => `“${quote}”`,
		background: 'Background',
		derived: 'Derived'
	},
	barSources: {
		report: (publisher, lines) => `Source: ${publisher} report${lines.length ? `, ¶${lines.join(', ¶')}` : ''}.`,
		derived: (label, formula) => `${label}: derived, ${formula}.`,
		background: (label, note) => `${label}: ${note}`,
		separator: ' '
	},
	alsoAbout: (label, value, about) => `${label}: ${value} is about ${about}.`,
	badges: { new: 'NEW', moved: 'MOVED' },
	changes: {
		list: (names) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`),
		formed: (unit, parts) => `New: ${unit}, formed from ${parts}.`,
		added: (unit, parent) => `New: ${unit}, under ${parent}.`,
		moved: (unit, from, to) => `${unit} moved from ${from} to ${to}.`,
		merged: (unit, into) => `${unit} became part of ${into}.`,
		appointed: (person, role, unit) => `New at ${unit}: ${person}, ${role}.`,
		left: (person, unit) => `${person} no longer leads ${unit}.`
	}
};
