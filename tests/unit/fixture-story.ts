import { readFileSync } from 'node:fs';
import { readStoryFolder } from '$lib/data/story-folder';
import { buildStoryView } from '$lib/view/build-story-view';
import { tempFolder } from './temp-folder';
import { FIXTURE_FOLDER, inSecondEdition, writeInTwoEditions } from '../fixtures/editions.mjs';

export { FIXTURE_FOLDER, inSecondEdition };

/**
 * The made-up story the engine's unit tests run on: the engine is tested on content written for
 * it, not on a published story, whose facts are checked with the story (data/<story>/checks/).
 */
export const fixture = readStoryFolder(FIXTURE_FOLDER);
export const fixtureView = buildStoryView(fixture.dataset, fixture.copies.en!);
export const fixtureDatasetText = readFileSync(`${FIXTURE_FOLDER}/dataset.json`, 'utf8');

/** The fixture story in two editions, in a temporary folder removed after the test (see tests/fixtures/editions.mjs). */
export function fixtureInTwoEditions(): string {
	return writeInTwoEditions(tempFolder('fixture-two-editions-'));
}
