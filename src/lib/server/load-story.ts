/**
 * Reads the dataset and the story copy at build time and validates them. Any fault
 * throws a DataError naming the file, the path inside it and what is wrong, which
 * fails the prerender and so `npm run build`.
 */
import datasetText from '../../../data/dataset.json?raw';
import storyEnText from '../../../data/story.en.aml?raw';
import { parseDataset } from '$lib/data/parse-dataset';
import { parseStoryCopy } from '$lib/data/parse-story-copy';
import { buildStoryView, type StoryView } from '$lib/view/build-story-view';

export const DATASET_FILE = 'data/dataset.json';
export const STORY_FILES = { en: 'data/story.en.aml' } as const;

export function loadDataset() {
	return parseDataset(datasetText, DATASET_FILE);
}

export function loadStory(): StoryView {
	const dataset = loadDataset();
	const copy = parseStoryCopy(storyEnText, STORY_FILES.en, dataset);
	return buildStoryView(dataset, copy);
}
