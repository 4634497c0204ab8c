import { readFileSync } from 'node:fs';
import { parseDataset } from '$lib/data/parse-dataset';
import { copyFile, datasetFile, storyFolder } from '$lib/data/story-folder';

/** The story the unit tests read its facts from, whatever STORY says. */
export const STORY_FOLDER = storyFolder('alibaba');
export const DATASET_FILE = datasetFile(STORY_FOLDER);
export const STORY_EN_FILE = copyFile(STORY_FOLDER, 'en');
export const STORY_ZH_FILE = copyFile(STORY_FOLDER, 'zh');
export const datasetText = readFileSync(DATASET_FILE, 'utf8');
export const storyEnText = readFileSync(STORY_EN_FILE, 'utf8');
export const dataset = parseDataset(datasetText, DATASET_FILE);

/** A deep copy of the real dataset's JSON, to break in one place. */
export function datasetJson(): any {
	return JSON.parse(datasetText);
}

export { dataErrorOf, plainMessage } from './data-errors';
