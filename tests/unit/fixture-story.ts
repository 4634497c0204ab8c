import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readStoryFolder } from '$lib/data/story-folder';
import { buildStoryView } from '$lib/view/build-story-view';
import { tempFolder } from './temp-folder';

/**
 * The made-up story the engine's unit tests run on: the engine is tested on content written for
 * it, not on a published story, whose facts are checked with the story (data/<story>/checks/).
 */
export const FIXTURE_FOLDER = 'tests/fixtures/stories/larkspur';
export const fixture = readStoryFolder(FIXTURE_FOLDER);
export const fixtureView = buildStoryView(fixture.dataset, fixture.copies.en!);
export const fixtureDatasetText = readFileSync(`${FIXTURE_FOLDER}/dataset.json`, 'utf8');

/** A text as the second edition writes it: marked with Chinese characters, so CJK handling shows. */
export const inSecondEdition = (text: string) => `中文：${text}`;

/** Every localized text of a dataset's JSON (an object keyed by edition) given in a second edition too. */
function addSecondEdition(node: unknown): unknown {
	if (Array.isArray(node)) return node.map(addSecondEdition);
	if (node && typeof node === 'object') {
		const entries = Object.entries(node);
		if (entries.length === 1 && entries[0]![0] === 'en' && typeof entries[0]![1] === 'string')
			return { en: entries[0]![1], zh: inSecondEdition(entries[0]![1] as string) };
		return Object.fromEntries(entries.map(([key, value]) => [key, addSecondEdition(value)]));
	}
	return node;
}

/**
 * The fixture story in two editions, English and Chinese, in a temporary folder: for engine tests
 * of what changes per edition (columns, required texts, copies). The Chinese texts are the English
 * ones behind a marker (inSecondEdition), not a translation: the engine is tested, not the words.
 */
export function fixtureInTwoEditions(): string {
	const folder = tempFolder('fixture-two-editions-');
	cpSync(FIXTURE_FOLDER, folder, { recursive: true });
	const settings = JSON.parse(readFileSync(join(folder, 'story.json'), 'utf8'));
	writeFileSync(join(folder, 'story.json'), JSON.stringify({ ...settings, editions: ['en', 'zh'] }));
	writeFileSync(join(folder, 'dataset.json'), JSON.stringify(addSecondEdition(JSON.parse(fixtureDatasetText)), null, '\t'));
	const copy = readFileSync(join(folder, 'story.en.aml'), 'utf8');
	writeFileSync(join(folder, 'story.zh.aml'), copy.replace(/^lang: en$/m, 'lang: zh'));
	return folder;
}
