/**
 * The one description of the dataset and the story copy: valibot schemas give the
 * runtime validation, and the TypeScript types below are inferred from them.
 */
import * as v from 'valibot';

const ID = /^[a-z0-9][a-z0-9-]*$/;
const CHART_ID = /^(org|money):[a-z0-9][a-z0-9-]*$/;

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

const text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
const id = v.pipe(v.string(), v.regex(ID, 'must be a lowercase id like "jiang-fan"'));
const chartId = v.pipe(v.string(), v.regex(CHART_ID, 'must look like "org:2021" or "money:aidc-ebita"'));
const date = v.pipe(v.string('must be a date string'), v.check(isCalendarDate, 'must be a real date written YYYY-MM-DD or YYYY-MM'));

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
		v.strictObject({ source: v.literal('background'), note: text }),
		v.strictObject({
			source: v.literal('derived'),
			formula: text,
			formulaZh: v.optional(text),
			inputs: v.pipe(v.array(id), v.nonEmpty('must name the figures it is derived from')),
			note: v.optional(text),
			noteZh: v.optional(text)
		})
	],
	'must be { "source": "article", "line": N, "quote": "..." }, { "source": "background", "note": "..." } or { "source": "derived", "formula": "...", "inputs": [...] }'
);

const sourced = { source: SourceSchema } as const;

export const PersonSchema = v.strictObject({
	id,
	name: text,
	nameZh: text,
	aliases: v.optional(v.array(text)),
	...sourced
});

export const UnitSchema = v.strictObject({
	id,
	name: text,
	short: text,
	nameZh: text,
	aliases: v.optional(v.array(text)),
	...sourced
});

export const LeaderSchema = v.strictObject({ person: id, role: text, roleZh: text, ...sourced });

export const OrgNodeSchema = v.strictObject({
	unit: id,
	parent: v.optional(id),
	/** Units of the previous state that this unit was formed from (drawn as a merger). */
	formedFrom: v.optional(v.array(id)),
	leaders: v.optional(v.array(LeaderSchema)),
	...sourced
});

/**
 * A change the drawing of a state shows, tied to the sourced event that made it. Badges (new,
 * moved) and the "what changed" sentences come from these alone, never from comparing two
 * drawings: a unit drawn differently that no event touches gets no badge and no sentence.
 */
const event = { event: id } as const;
export const OrgChangeSchema = v.variant(
	'kind',
	[
		v.strictObject({ kind: v.literal('created'), unit: id, ...event }),
		v.strictObject({ kind: v.literal('moved'), unit: id, from: id, ...event }),
		v.strictObject({ kind: v.literal('merged'), unit: id, into: id, ...event }),
		v.strictObject({ kind: v.literal('appointed'), person: id, unit: id, ...event }),
		v.strictObject({ kind: v.literal('left'), person: id, unit: id, ...event })
	],
	'must be a change of kind "created", "moved", "merged", "appointed" or "left"'
);

export const OrgStateSchema = v.strictObject({
	id,
	date,
	label: text,
	labelZh: text,
	summary: text,
	summaryZh: text,
	nodes: v.pipe(v.array(OrgNodeSchema), v.nonEmpty('must have at least one unit')),
	/** What changed since the previous state, each change tied to an event. */
	changes: v.optional(v.array(OrgChangeSchema), []),
	...sourced
});

export const EventSchema = v.strictObject({ id, date, title: text, ...sourced });

const PeriodSchema = v.strictObject({ start: date, end: date, label: text });

export const FigureSchema = v.strictObject({
	id,
	label: text,
	labelZh: text,
	value: v.pipe(v.number('must be a number, not text'), v.finite('must be a finite number')),
	unit: v.picklist(['billion', 'million', 'percent'], 'must be "billion", "million" or "percent"'),
	currency: v.optional(v.picklist(['CNY', 'USD', 'HKD'], 'must be "CNY", "USD" or "HKD"')),
	period: PeriodSchema,
	comparisonPeriod: v.optional(PeriodSchema),
	...sourced
});

export const BarSchema = v.strictObject({
	id,
	figure: id,
	/** The same value in another currency, shown beside it (e.g. US dollars). */
	alternate: v.optional(id),
	label: text,
	labelZh: text
});

export const ChartSchema = v.variant('kind', [
	v.strictObject({ id: chartId, kind: v.literal('org'), orgState: id, title: text, titleZh: text }),
	v.strictObject({
		id: chartId,
		kind: v.literal('bars'),
		title: text,
		titleZh: text,
		/** The unit and the period, shown under the title: "Billion yuan, July–September". */
		subtitle: text,
		subtitleZh: text,
		unitLabel: text,
		unitLabelZh: text,
		bars: v.pipe(v.array(BarSchema), v.nonEmpty('must have at least one bar'))
	})
]);

export const DatasetSchema = v.strictObject({
	meta: v.strictObject({
		title: text,
		article: v.strictObject({
			/** What the report is about, in a phrase: it is described, never given a title it does not have. */
			about: text,
			aboutZh: text,
			publisher: text,
			publisherZh: text,
			reporter: text,
			reporterZh: text,
			published: date,
			lines: v.pipe(v.number(), v.integer(), v.minValue(1))
		})
	}),
	people: v.array(PersonSchema),
	units: v.array(UnitSchema),
	orgStates: v.pipe(v.array(OrgStateSchema), v.nonEmpty()),
	events: v.array(EventSchema),
	figures: v.array(FigureSchema),
	charts: v.pipe(v.array(ChartSchema), v.nonEmpty())
});

/** ArchieML gives strings only, so lists arrive comma-separated. */
const commaList = v.pipe(
	v.optional(v.string(), ''),
	v.transform((s) =>
		s
			.split(',')
			.map((x) => x.trim())
			.filter(Boolean)
	)
);

export const StepSchema = v.strictObject({
	id,
	chart: chartId,
	highlight: commaList,
	cite: v.pipe(
		commaList,
		v.transform((xs) => xs.map(Number)),
		v.check(
			(xs) => xs.length > 0 && xs.every((n) => Number.isInteger(n) && n > 0),
			'must list the article lines the step cites, e.g. "12, 13"'
		)
	),
	kicker: text,
	body: v.pipe(
		text,
		v.transform((s) =>
			s
				.split(/\n\s*\n/)
				.map((p) => p.replace(/\s+/g, ' ').trim())
				.filter(Boolean)
		)
	)
});

export const StoryCopySchema = v.strictObject({
	lang: v.picklist(['en', 'zh']),
	headline: text,
	dek: text,
	byline: text,
	date,
	/** When the story stands: it is written in the present of the events it describes. */
	asOf: text,
	skip: text,
	language: text,
	steps: v.pipe(v.array(StepSchema, 'must be a list of steps ([steps] … [])'), v.minLength(2, 'must have at least 2 steps')),
	methods: v.pipe(v.array(text), v.nonEmpty('must have at least one note')),
	/** What was corrected after publication, and when: shown at the end of the edition. */
	corrections: v.optional(v.array(v.strictObject({ date, text })), [])
});

export type Source = v.InferOutput<typeof SourceSchema>;
export type Person = v.InferOutput<typeof PersonSchema>;
export type Unit = v.InferOutput<typeof UnitSchema>;
export type Leader = v.InferOutput<typeof LeaderSchema>;
export type OrgNode = v.InferOutput<typeof OrgNodeSchema>;
export type OrgState = v.InferOutput<typeof OrgStateSchema>;
export type OrgChange = v.InferOutput<typeof OrgChangeSchema>;
export type StoryEvent = v.InferOutput<typeof EventSchema>;
export type Figure = v.InferOutput<typeof FigureSchema>;
export type Chart = v.InferOutput<typeof ChartSchema>;
export type OrgChart = Extract<Chart, { kind: 'org' }>;
export type BarChart = Extract<Chart, { kind: 'bars' }>;
export type Dataset = v.InferOutput<typeof DatasetSchema>;
export type Step = v.InferOutput<typeof StepSchema>;
export type StoryCopy = v.InferOutput<typeof StoryCopySchema>;
