/**
 * Where a story's content lives and how it is read: one folder per story, data/<story>/, with
 * its settings (story.json), dataset (dataset.json) and one copy file per edition
 * (story.<lang>.aml). Read in Node only: by the build's data check (vite-plugins.ts), when pages
 * prerender (load-story.ts) and by the tests. Relative imports only: the Vite config reads it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { DataError, parseJson, problemsFromIssues, type DataProblem } from './errors.ts';
import { parseDataset } from './parse-dataset.ts';
import { locateInCopy, locateInJson } from './locate.ts';
import { parseStoryCopy } from './parse-story-copy.ts';
import { StorySettingsSchema, type StorySettings } from './story-settings.ts';
import type { Dataset, StoryCopy } from './schema.ts';
import type { Lang } from '../i18n/lang.ts';

/** The home of every story's content. */
export const CONTENT_DIR = 'data';

/**
 * The folder of the story to build: `STORY=<name>` (data/<name>/) or `STORY=<path>` (a folder
 * anywhere, e.g. a test fixture); without STORY, the one story in data/.
 */
export function storyFolder(story: string | undefined = process.env.STORY): string {
	if (story) return story.includes('/') ? story.replace(/\/+$/, '') : join(CONTENT_DIR, story);
	const stories = readdirSync(CONTENT_DIR, { withFileTypes: true }).filter((entry) =>
		existsSync(join(CONTENT_DIR, entry.name, 'story.json'))
	);
	if (stories.length !== 1) {
		throw new Error(
			`${CONTENT_DIR}/ holds ${stories.length} stories (${stories.map((s) => s.name).join(', ')}): set STORY=<name> to pick one`
		);
	}
	return join(CONTENT_DIR, stories[0]!.name);
}

export const settingsFile = (folder: string) => join(folder, 'story.json');
export const datasetFile = (folder: string) => join(folder, 'dataset.json');
export const copyFile = (folder: string, lang: Lang) => join(folder, `story.${lang}.aml`);

function readText(file: string): string {
	if (!existsSync(file)) throw new DataError([{ file, path: '', message: 'missing' }]);
	return readFileSync(file, 'utf8');
}

/** A story's settings, validated on their own (the build reads them before anything else). */
export function parseSettings(text: string, file: string): StorySettings {
	const result = v.safeParse(StorySettingsSchema, parseJson(text, file));
	if (!result.success) throw new DataError(locateInJson(problemsFromIssues(file, result.issues), text));
	return result.output;
}

export const readSettings = (folder: string) => parseSettings(readText(settingsFile(folder)), settingsFile(folder));

/** What the settings refer to in the dataset: the lead chart is an org chart state, its highlights units or people. */
function checkSettings(settings: StorySettings, dataset: Dataset, file: string): DataProblem[] {
	const problems: DataProblem[] = [];
	const chart = dataset.charts.find((c) => c.id === settings.leadChart.chart);
	if (chart?.kind !== 'org')
		problems.push({ file, path: 'leadChart.chart', message: `must be the id of an org chart state in the dataset` });
	const known = new Set([...dataset.units.map((u) => u.id), ...dataset.people.map((p) => p.id)]);
	settings.leadChart.highlight.forEach((id, i) => {
		if (!known.has(id)) problems.push({ file, path: `leadChart.highlight[${i}]`, message: `unknown id "${id}" (not a unit or person)` });
	});
	return problems;
}

export interface StoryContent {
	folder: string;
	settings: StorySettings;
	dataset: Dataset;
	copies: Partial<Record<Lang, StoryCopy>>;
}

/** One edition's copy, read and validated against the dataset. */
function readCopy(folder: string, lang: Lang, settings: StorySettings, dataset: Dataset): StoryCopy {
	const file = copyFile(folder, lang);
	const text = readText(file);
	const copy = parseStoryCopy(text, file, dataset);
	if (copy.lang !== lang) throw new DataError(locateInCopy([{ file, path: 'lang', message: `must be "${lang}"` }], text));
	return copy;
}

/**
 * Reads and validates a story's folder; throws a DataError naming the file, the line, the field and
 * the fault. `only` reads the settings, the dataset and just those editions' copy (the dev server,
 * so that one edition's mistake does not take the other down); without it, every edition, and
 * checks that they tell the same steps.
 */
export function readStoryFolder(folder: string, only?: readonly Lang[]): StoryContent {
	const settings = readSettings(folder);
	const dataset = parseDataset(readText(datasetFile(folder)), datasetFile(folder), settings.editions);
	const problems = checkSettings(settings, dataset, settingsFile(folder));
	if (problems.length) throw new DataError(locateInJson(problems, readText(settingsFile(folder))));
	const copies: StoryContent['copies'] = {};
	for (const lang of settings.editions.filter((lang) => !only || only.includes(lang)))
		copies[lang] = readCopy(folder, lang, settings, dataset);
	if (!only) {
		const mismatches = editionMismatches(settings.editions, copies, folder);
		if (mismatches.length) throw new DataError(mismatches.map((p) => locateInCopy([p], readText(p.file))[0]!));
	}
	return { folder, settings, dataset, copies };
}

/**
 * Every problem of a story's folder, grouped by file, without stopping at the first file that has
 * one (a copy is checked only once the dataset it refers to reads): `npm run check:story`.
 */
export function checkStoryFolder(folder: string): DataProblem[] {
	const problems: DataProblem[] = [];
	const attempt = <T>(read: () => T): T | undefined => {
		try {
			return read();
		} catch (error) {
			if (!(error instanceof DataError)) throw error;
			problems.push(...error.problems);
			return undefined;
		}
	};
	const settings = attempt(() => readSettings(folder));
	if (!settings) return problems;
	const dataset = attempt(() => parseDataset(readText(datasetFile(folder)), datasetFile(folder), settings.editions));
	if (!dataset) return problems;
	const settingsProblems = checkSettings(settings, dataset, settingsFile(folder));
	problems.push(...locateInJson(settingsProblems, readText(settingsFile(folder))));
	const copies: StoryContent['copies'] = {};
	for (const lang of settings.editions) {
		const copy = attempt(() => readCopy(folder, lang, settings, dataset));
		if (copy) copies[lang] = copy;
	}
	if (Object.keys(copies).length === settings.editions.length)
		problems.push(...editionMismatches(settings.editions, copies, folder).map((p) => locateInCopy([p], readText(p.file))[0]!));
	return problems;
}

/**
 * The editions tell one story: the same steps in the same order, each with the same chart state and
 * highlights, so a reader who switches language mid-story lands on the same step and the same drawing.
 */
export function editionMismatches(editions: readonly Lang[], copies: StoryContent['copies'], folder: string): DataProblem[] {
	const [first, ...others] = editions;
	const reference = first ? copies[first] : undefined;
	if (!reference) return [];
	const problems: DataProblem[] = [];
	for (const lang of others) {
		const copy = copies[lang];
		if (!copy) continue;
		const file = copyFile(folder, lang);
		const ids = copy.steps.map((s) => s.id);
		const expected = reference.steps.map((s) => s.id);
		for (const id of expected.filter((id) => !ids.includes(id)))
			problems.push({
				file,
				path: 'steps',
				message: `has no step "${id}", which the ${first} edition has: every edition tells the same steps`
			});
		for (const id of ids.filter((id) => !expected.includes(id)))
			problems.push({ file, path: 'steps', message: `has a step "${id}" that the ${first} edition does not have` });
		if (problems.length === 0 && ids.join() !== expected.join())
			problems.push({
				file,
				path: 'steps',
				message: `tells the steps in another order than the ${first} edition (${expected.join(', ')})`
			});
		copy.steps.forEach((step, i) => {
			const same = reference.steps.find((s) => s.id === step.id);
			if (!same) return;
			const at = (field: string) => `steps[${i}] (id "${step.id}").${field}`;
			if (step.chart !== same.chart)
				problems.push({
					file,
					path: at('chart'),
					message: `is "${step.chart}", but "${same.chart}" in the ${first} edition: both show the same chart`
				});
			if (step.highlight.join() !== same.highlight.join())
				problems.push({
					file,
					path: at('highlight'),
					message: `is "${step.highlight.join(', ')}", but "${same.highlight.join(', ')}" in the ${first} edition: both highlight the same`
				});
		});
	}
	return problems;
}
