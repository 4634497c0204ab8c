/**
 * The one description of the dataset and the story copy: valibot schemas give the
 * runtime validation, and the TypeScript types below are inferred from them.
 */
import * as v from 'valibot';
import { chartId, date, id, localized, localizedOrSource, sourced, text, SourceSchema } from './schema-parts.ts';
import { CHART_KINDS } from '../charts/registry.ts';
import { LANGS } from '../i18n/lang.ts';

import { isCalendarDate, MAX_QUOTE_WORDS } from './schema-parts.ts';
export { isCalendarDate, MAX_QUOTE_WORDS, SourceSchema };

export const PersonSchema = v.strictObject({
	id,
	name: localized,
	aliases: v.optional(v.array(text)),
	...sourced
});

export const UnitSchema = v.strictObject({
	id,
	name: localized,
	/** A shorter name for tight rooms, where an edition has one (else its full name is used). */
	short: localizedOrSource,
	aliases: v.optional(v.array(text)),
	...sourced
});

export const LeaderSchema = v.strictObject({ person: id, role: localized, ...sourced });

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
const event = {
	event: id,
	/** Where the event's own source does not state this change, the source that does. */
	source: v.optional(SourceSchema)
} as const;
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
	label: localized,
	/** Its mark on the timelines, two lines split by a line break, where its month alone would mislead ("Before\nDec 2021"). */
	mark: v.optional(
		v.pipe(
			localized,
			v.check(
				(mark) => Object.values(mark).every((text) => text === undefined || /^[^\n]+\n[^\n]+$/.test(text)),
				'must be two lines split by one line break ("Before\\nDec 2021")'
			)
		)
	),
	summary: localized,
	nodes: v.pipe(v.array(OrgNodeSchema), v.nonEmpty('must have at least one unit')),
	/** What changed since the previous state, each change tied to an event. */
	changes: v.optional(v.array(OrgChangeSchema), []),
	...sourced
});

export const EventSchema = v.strictObject({ id, date, title: localized, ...sourced });

const PeriodSchema = v.strictObject({ start: date, end: date, label: text });

export const FigureSchema = v.strictObject({
	id,
	label: localized,
	value: v.pipe(v.number('must be a number, not text'), v.finite('must be a finite number')),
	unit: v.picklist(['billion', 'million', 'percent'], 'must be "billion", "million" or "percent"'),
	currency: v.optional(v.picklist(['CNY', 'USD', 'HKD'], 'must be "CNY", "USD" or "HKD"')),
	period: PeriodSchema,
	comparisonPeriod: v.optional(PeriodSchema),
	...sourced
});

type SchemasOf<T> = { -readonly [K in keyof T]: T[K] extends { schema: infer S } ? S : never };
type ChartSchemas = SchemasOf<typeof CHART_KINDS>;
/** A chart state: one of the kinds in the registry, told apart by its "kind". */
export const ChartSchema = v.variant('kind', CHART_KINDS.map((kind) => kind.schema) as unknown as ChartSchemas);

export const DatasetSchema = v.strictObject({
	meta: v.strictObject({
		title: text,
		article: v.strictObject({
			/** What the report is about, in a phrase: it is described, never given a title it does not have. */
			about: localized,
			publisher: localized,
			reporter: localized,
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
	/** What the step states beyond the article, and where that is documented: shown with its citation. */
	background: v.optional(text),
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
	lang: v.picklist(LANGS),
	headline: text,
	dek: text,
	byline: text,
	date,
	/** When the story stands: it is written in the present of the events it describes. */
	asOf: text,
	skip: text,
	/** What the social card shows, for readers who cannot see it. */
	cardAlt: text,
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
export type Dataset = v.InferOutput<typeof DatasetSchema>;
export type Step = v.InferOutput<typeof StepSchema>;
export type StoryCopy = v.InferOutput<typeof StoryCopySchema>;
