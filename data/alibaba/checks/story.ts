import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDataset } from '$lib/data/parse-dataset';
import { readSettings } from '$lib/data/story-folder';

/**
 * This story's own content, for its fact checks (the tests beside this file): they assert what the
 * reporting says, where each fact lives. The engine's tests run on fixture stories instead.
 */
export const FOLDER = 'data/alibaba';
export const datasetText = readFileSync(join(FOLDER, 'dataset.json'), 'utf8');
export const dataset = parseDataset(datasetText, join(FOLDER, 'dataset.json'), readSettings(FOLDER).editions);
