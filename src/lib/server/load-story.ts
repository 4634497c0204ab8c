/**
 * Reads the dataset and the story copy at build time and validates them. Any fault
 * throws a DataError naming the file, the path inside it and what is wrong, which
 * fails the prerender and so `npm run build`.
 */
import datasetText from '../../../data/dataset.json?raw';
import storyEnText from '../../../data/story.en.aml?raw';
import storyZhText from '../../../data/story.zh.aml?raw';
import { parseDataset } from '$lib/data/parse-dataset';
import { parseStoryCopy } from '$lib/data/parse-story-copy';
import { buildStoryView, type StoryView } from '$lib/view/build-story-view';

export const DATASET_FILE = 'data/dataset.json';
export const STORY_FILES = { en: 'data/story.en.aml', zh: 'data/story.zh.aml' } as const;
const STORY_TEXTS = { en: storyEnText, zh: storyZhText } as const;

export function loadDataset() {
	return parseDataset(datasetText, DATASET_FILE);
}

export function loadStory(lang: keyof typeof STORY_FILES = 'en'): StoryView {
	const dataset = loadDataset();
	const copy = parseStoryCopy(STORY_TEXTS[lang], STORY_FILES[lang], dataset);
	if (copy.lang !== lang) throw new Error(`${STORY_FILES[lang]}: lang: must be "${lang}"`);
	return buildStoryView(dataset, copy);
}
