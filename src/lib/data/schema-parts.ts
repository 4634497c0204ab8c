/**
 * The pieces every schema is made of (ids, dates, text, sources), shared by the dataset's
 * schema and the chart kinds' own parts (src/lib/charts/<kind>/schema.ts).
 */
import * as v from 'valibot';
import { LANGS, SOURCE_LANG, type Lang } from '../i18n/lang.ts';

const ID = /^[a-z0-9][a-z0-9-]*$/;
const CHART_ID = /^[a-z]+:[a-z0-9][a-z0-9-]*$/;

/** A real calendar date, to day or month precision: 2024-11-21 or 2023-09. */
export function isCalendarDate(text: string): boolean {
	const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
	if (!match) return false;
	const year = Number(match[1]);
	const month = Number(match[2]);
	if (month < 1 || month > 12) return false;
	if (match[3] === undefined) return true;
	const day = Number(match[3]);
	const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return day >= 1 && day <= daysInMonth;
}

export const text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
export const id = v.pipe(v.string(), v.regex(ID, 'must be a lowercase id like "north-region"'));
export const chartId = v.pipe(
	v.string(),
	v.regex(CHART_ID, 'must look like "org:2021" or "money:revenue" (a prefix, a colon, a lowercase id)')
);
export const date = v.pipe(v.string('must be a date string'), v.check(isCalendarDate, 'must be a real date written YYYY-MM-DD or YYYY-MM'));

/**
 * Text written in the source language, and in others where it reads differently (a formula
 * with Chinese units, say); an edition without its own falls back to the source language.
 */
export const localizedOrSource = v.strictObject(
	Object.fromEntries(LANGS.map((lang) => [lang, lang === SOURCE_LANG ? text : v.optional(text)])) as {
		[L in Lang]: L extends typeof SOURCE_LANG ? typeof text : v.OptionalSchema<typeof text, undefined>;
	}
);

// The editions of the story being read (its story.json), which every `localized` text must have.
// Set for the length of one parse by withEditions: the schemas are built once, stories differ.
let storyEditions: readonly Lang[] = [SOURCE_LANG];

/** Runs `read` (a parse) requiring `localized` texts in these editions only. */
export function withEditions<T>(editions: readonly Lang[], read: () => T): T {
	const outer = storyEditions;
	storyEditions = editions;
	try {
		return read();
	} finally {
		storyEditions = outer;
	}
}

/** Text in each of the story's editions: `{ "en": "…", "zh": "…" }` for a story published in both. */
export const localized = v.pipe(
	localizedOrSource,
	v.check(
		(field) => storyEditions.every((lang) => field[lang] !== undefined),
		() => `must have a text for every edition of the story (${storyEditions.join(', ')})`
	)
);

export const MAX_QUOTE_WORDS = 30;

/** Where a fact comes from. Every fact in the dataset carries one. */
export const SourceSchema = v.variant(
	'source',
	[
		v.strictObject({
			source: v.literal('article'),
			line: v.pipe(v.number('must be a line number'), v.integer('must be a whole line number'), v.minValue(1, 'must be 1 or more')),
			/** The exact words of the cited line the fact rests on (English text), as a wire service ties a figure to its words. */
			quote: v.pipe(
				text,
				v.check((words) => words.split(/\s+/).length <= MAX_QUOTE_WORDS, `must be at most ${MAX_QUOTE_WORDS} words of the cited line`)
			)
		}),
		/** A fact from outside the article, with where it is documented: a text readers see, so one per edition. */
		v.strictObject({ source: v.literal('background'), note: localized }),
		v.strictObject({
			source: v.literal('derived'),
			formula: localizedOrSource,
			inputs: v.pipe(v.array(id), v.nonEmpty('must name the figures it is derived from')),
			note: v.optional(localizedOrSource)
		})
	],
	'must be { "source": "article", "line": N, "quote": "..." }, { "source": "background", "note": "..." } or { "source": "derived", "formula": "...", "inputs": [...] }'
);

export const sourced = { source: SourceSchema } as const;
