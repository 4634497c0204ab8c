/**
 * Every word a reader sees that is not the story's own copy (data/<story>/story.<lang>.aml) or the
 * dataset: one file per language (en.ts, zh.ts), each a `Strings`.
 */
import type { Lang } from './lang.ts';
import type { FigureUnit } from '../format/numbers.ts';
import { strings as en, viewStrings as enView } from './en.ts';
import { strings as zh, viewStrings as zhView } from './zh.ts';
import { strings as qps, viewStrings as qpsView } from './qps.ts';

export interface Strings {
	lang: Lang;
	/** BCP 47, for <html lang>, Intl and hreflang. */
	locale: string;
	/** For og:locale. */
	ogLocale: string;
	/** The script the edition is written in (ISO 15924): a script other than Latin needs its own faces in app.css. */
	script: 'Latn' | 'Hans';
	/** The fonts the social card is drawn with at build time (resvg, the build machine's fonts). */
	cardFonts: string;
	/** The edition's name in its own language, on the links to it from every other edition ("中文版"). */
	editionName: string;
	/** Names the list of links to the other editions, for screen readers. */
	otherEditions: string;
	/** Punctuation between a label and what follows it, and after a sentence. */
	colon: string;
	comma: string;
	stop: string;

	// The interface around the story.
	chartAsText: string;
	/** Where a chart's text already is, when an earlier step showed the same chart (readers without JavaScript). */
	sameChartText: (kicker: string) => string;
	/** A step's citation: the article's lines, and what it states beyond them (background), if anything. */
	source: (lines: number[], background: string | null) => string;
	nextStep: string;
	chartAnnouncement: (title: string) => string;
	sourcesTitle: string;
	sourceIntro: (reporter: string, publisher: string, published: string, about: string) => string;
	download: string;
	/** The download links' names. */
	formats: { json: string; csv: string };
	correctionsTitle: string;
	tableItem: string;
	tableValue: string;
	tableSource: string;
	derived: string;
	/** Over the list of changes: since which date (the previous organisation state's label). */
	changesTitle: (previous: string) => string;
	stepCounter: (n: number, of: number) => string;
	back: string;
	next: string;
	storyLabel: string;
	stepsLabel: string;
	stepTextLabel: string;
	credit: string;
	date: (iso: string) => string;

	/** Numbers as this edition's readers write them. */
	figure: (value: number, unit: FigureUnit, currency: string | null) => string;
	/** The number alone, for a bar or a tick whose unit the chart names once. */
	barNumber: (value: number, unit: FigureUnit, maximumFractionDigits: number) => string;
	/** Before a derived (approximate) figure: "≈", "约". */
	approx: string;
	/** After a derived figure on a bar. */
	derivedTag: string;
}

/**
 * The words the build writes into chart views (citations, source lines, badges, what changed):
 * in the same file per language as `Strings`, but never shipped to readers' browsers.
 */
export interface ViewStrings {
	/** Where a fact comes from, as a short citation and its detail. */
	cite: {
		article: (line: number) => string;
		quote: (quote: string) => string;
		background: string;
		derived: string;
	};
	/** The line under a bar chart naming every value's source. */
	barSources: {
		report: (publisher: string, lines: number[], dataBy: string | null) => string;
		derived: (label: string, formula: string) => string;
		background: (label: string, note: string) => string;
		separator: string;
	};
	/** A figure given in a second currency too. */
	alsoAbout: (label: string, value: string, about: string) => string;
	/** A month (`YYYY-MM`) in one short line, for the graphic's timeline strip: "Dec 2021". */
	monthLabel: (month: string) => string;
	/** A month (`YYYY-MM`) on the explorer's timeline, in two short lines: line 0 "Dec", line 1 "2021". */
	timelineMonth: (month: string, line: 0 | 1) => string;
	/** A date the dataset gives to the day or to the month only, in the explorer's lists. */
	eventDate: (date: string) => string;
	/** On the drawing: a unit the state's sourced changes created or moved. */
	badges: { new: string; moved: string };
	/** The sentences of what changed since the previous org state. */
	changes: {
		list: (names: string[]) => string;
		formed: (unit: string, parts: string) => string;
		added: (unit: string, parent: string) => string;
		moved: (unit: string, from: string, to: string) => string;
		merged: (unit: string, into: string) => string;
		appointed: (person: string, role: string, unit: string) => string;
		left: (person: string, unit: string) => string;
	};
}

export const STRINGS: Record<Lang, Strings> = { en, zh, qps };
export const VIEW_STRINGS: Record<Lang, ViewStrings> = { en: enView, zh: zhView, qps: qpsView };

/** A figure in an edition's words: "−2.905 billion yuan", "−29.05亿元", "29%". */
export const formatValue = (value: number, unit: FigureUnit, currency: string | null, lang: Lang) =>
	STRINGS[lang].figure(value, unit, currency);

/** The number alone, for a bar or an axis tick: "−2.905", "−29.05". */
export const formatBarValue = (value: number, unit: FigureUnit, lang: Lang, maximumFractionDigits = 3) =>
	STRINGS[lang].barNumber(value, unit, maximumFractionDigits);

/**
 * A derived figure, shown no more precisely than its inputs allow (a rate rounded to a whole
 * percent leaves the third decimal meaningless): "≈24.6"; in Chinese "约246".
 */
export const formatDerivedBarValue = (value: number, unit: FigureUnit, lang: Lang) =>
	`${STRINGS[lang].approx}${formatBarValue(value, unit, lang, 1)}`;

/** The same for a full figure: "≈24.6 billion yuan", "约246亿元". */
export function formatDerivedValue(value: number, unit: FigureUnit, currency: string | null, lang: Lang): string {
	const rounded = unit === 'percent' ? value : Math.round(value * 10) / 10;
	return `${STRINGS[lang].approx}${formatValue(rounded, unit, currency, lang)}`;
}
