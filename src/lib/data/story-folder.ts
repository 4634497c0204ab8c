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
	if (!result.success) throw new DataError(problemsFromIssues(file, result.issues));
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

/** Reads and validates a story's whole folder; throws a DataError naming the file, the field and the fault. */
export function readStoryFolder(folder: string): StoryContent {
	const settings = readSettings(folder);
	const dataset = parseDataset(readText(datasetFile(folder)), datasetFile(folder), settings.editions);
	const problems = checkSettings(settings, dataset, settingsFile(folder));
	if (problems.length) throw new DataError(problems);
	const copies: StoryContent['copies'] = {};
	for (const lang of settings.editions) {
		const file = copyFile(folder, lang);
		const copy = parseStoryCopy(readText(file), file, dataset);
		if (copy.lang !== lang) throw new DataError([{ file, path: 'lang', message: `must be "${lang}"` }]);
		if (settings.editions.length > 1 && copy.language === undefined) {
			throw new DataError([{ file, path: 'language', message: 'is missing: the link to the next edition needs its name' }]);
		}
		copies[lang] = copy;
	}
	return { folder, settings, dataset, copies };
}
