import type { Strings, ViewStrings } from './strings.ts';
import { LOCALES } from './lang.ts';
import { decimalsOf, formatDecimal, formatPercent, longDate } from '../format/numbers.ts';

const CURRENCY_WORDS: Record<string, string> = { CNY: 'yuan', USD: 'US dollars', HKD: 'Hong Kong dollars' };

/** English (British): every word of the interface, and how numbers and sources are written. */
export const strings: Strings = {
	lang: 'en',
	locale: LOCALES.en,
	ogLocale: 'en_GB',
	script: 'Latn',
	cardFonts: 'DejaVu Sans, Arial, sans-serif',
	editionName: 'English',
	otherEditions: 'Other editions',
	colon: ': ',
	comma: ', ',
	stop: '. ',

	chartAsText: 'Chart as text',
	sameChartText: (kicker) => `The same chart as at “${kicker}”, with its text there.`,
	source: (lines, background) => `Source: article ¶${lines.join(', ¶')}${background ? `; background: ${background}` : ''}`,
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
	changesTitle: (previous) => `What changed after the previous date (${previous}):`,
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
	derivedTag: ' (derived)'
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
		report: (publisher, lines, dataBy) =>
			`Source: ${dataBy ? `${dataBy}, as cited in the ` : ''}${publisher} report${lines.length ? `, ¶${lines.join(', ¶')}` : ''}.`,
		derived: (label, formula) => `${label}: derived, ${formula}.`,
		background: (label, note) => `${label}: ${note}`,
		separator: ' '
	},
	alsoAbout: (label, value, about) => `${label}: ${value} is about ${about}.`,
	monthLabel: (month) =>
		new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`)),
	timelineMonth: (month, line) =>
		line === 1
			? month.slice(0, 4)
			: new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`)),
	eventDate: (date) =>
		new Intl.DateTimeFormat('en-GB', {
			...(date.length > 7 ? { day: 'numeric' } : {}),
			month: 'long',
			year: 'numeric',
			timeZone: 'UTC'
		}).format(new Date(date.length > 7 ? date : `${date}-01`)),
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
