/**
 * Reads the dataset and the story copy at build time and validates them. Any fault
 * throws a DataError naming the file, the path inside it and what is wrong, which
 * fails the prerender and so `npm run build`.
 */
import datasetText from '../../../data/dataset.json?raw';
import { parseDataset } from '$lib/data/parse-dataset';
import { DATASET_FILE, storyFile } from '$lib/data/files';
import { parseStoryCopy } from '$lib/data/parse-story-copy';
import { buildStoryView, type StoryView } from '$lib/view/build-story-view';
import { LANGS, type Lang } from '$lib/i18n/lang';

export { DATASET_FILE };
/** Each edition's copy: data/story.<lang>.aml. */
export const STORY_FILES = Object.fromEntries(LANGS.map((lang) => [lang, storyFile(lang)])) as Record<Lang, string>;
const STORY_TEXTS = import.meta.glob<string>('../../../data/story.*.aml', { query: '?raw', import: 'default', eager: true });
const storyText = (lang: Lang) => {
	const text = STORY_TEXTS[`../../../${STORY_FILES[lang]}`];
	if (text === undefined) throw new Error(`${STORY_FILES[lang]}: missing (every language in LANGS needs its copy file)`);
	return text;
};

export function loadDataset() {
	return parseDataset(datasetText, DATASET_FILE);
}

export function loadStory(lang: Lang = 'en'): StoryView {
	const dataset = loadDataset();
	const copy = parseStoryCopy(storyText(lang), STORY_FILES[lang], dataset);
	if (copy.lang !== lang) throw new Error(`${STORY_FILES[lang]}: lang: must be "${lang}"`);
	return buildStoryView(dataset, copy);
}
