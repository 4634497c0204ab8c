/**
 * A story's settings (data/<story>/story.json): what the engine needs to publish it that is
 * neither copy nor data. The TypeScript type is inferred from the schema.
 */
import * as v from 'valibot';
import { chartId, id } from './schema-parts.ts';
import { LANGS, SOURCE_LANG } from '../i18n/lang.ts';

const NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)+$/;
const name = (what: string) => v.pipe(v.string(), v.regex(NAME, `must be lowercase words joined by hyphens, at least two (${what})`));

export const StorySettingsSchema = v.strictObject({
	/** The downloads' file name (data/<slug>.json, .csv) and, with "-story", the custom element's tag. */
	slug: name('e.g. "tea-company-reorg"'),
	/** Names the embed protocol's messages (`<embedName>:step`) and the loader's box (`data-<embedName>`). */
	embedName: name('e.g. "tea-story"'),
	/** The editions to publish: the source language's at /, each other at /<lang>/. */
	editions: v.pipe(
		v.array(v.picklist(LANGS, `must be one of ${LANGS.join(', ')}`)),
		v.check((langs) => langs.includes(SOURCE_LANG), `must include "${SOURCE_LANG}", the language the dataset is written in`),
		v.check((langs) => new Set(langs).size === langs.length, 'must not repeat a language')
	),
	/** Where the story is published (absolute, for canonical links and social cards); PUBLIC_SITE_URL overrides it. */
	siteUrl: v.pipe(v.string(), v.url('must be an absolute address'), v.regex(/^https?:\/\//, 'must be an http(s) address')),
	/** The org chart state that stands for the story: drawn on the social card, offered first among single-chart embeds. */
	leadChart: v.strictObject({ chart: chartId, highlight: v.optional(v.array(id), []) })
});

export type StorySettings = v.InferOutput<typeof StorySettingsSchema>;
