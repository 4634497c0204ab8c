import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readStoryFolder, storyFolder } from '$lib/data/story-folder';
import { parseDataset } from '$lib/data/parse-dataset';
import { dataErrorOf, plainMessage } from '../data-errors';
import { fixtureInTwoEditions } from '../fixture-story';

/** A copy of the fixture story, in two editions, to break (removed when the test ends). */
function withCopy(test: (folder: string) => void) {
	test(fixtureInTwoEditions());
}
const editJson = (file: string, edit: (json: any) => void) => {
	const json = JSON.parse(readFileSync(file, 'utf8'));
	edit(json);
	writeFileSync(file, JSON.stringify(json));
};

describe('which story is built', () => {
	it('is STORY by name (a folder of data/) or by path, else the one story in data/', () => {
		const stories = readdirSync('data').filter((name) => statSync(join('data', name)).isDirectory());
		expect(stories).toHaveLength(1);
		expect(storyFolder(stories[0])).toBe(`data/${stories[0]}`);
		expect(storyFolder('tests/fixtures/stories/northwind/')).toBe('tests/fixtures/stories/northwind');
		expect(storyFolder('')).toBe(`data/${stories[0]}`);
	});
});

describe('a story folder', () => {
	it('reads a story whole: settings, dataset and one copy per edition', () =>
		withCopy((folder) => {
			const story = readStoryFolder(folder);
			expect(story.settings.editions).toEqual(['en', 'zh']);
			expect(Object.keys(story.copies)).toEqual(['en', 'zh']);
			expect(story.copies.zh!.lang).toBe('zh');
		}));

	it('names the settings file and the field when a setting is wrong', () =>
		withCopy((folder) => {
			editJson(join(folder, 'story.json'), (json) => {
				json.slug = 'Larkspur Story';
				json.editions = ['zh', 'fr'];
				json.siteUrl = 'ftp://example.org';
			});
			const message = plainMessage(dataErrorOf(() => readStoryFolder(folder)));
			expect(message).toContain(`${folder}/story.json: slug: must be lowercase words joined by hyphens`);
			expect(message).toContain(`${folder}/story.json: editions[1]: must be one of en, zh`);
			expect(message).toContain(`${folder}/story.json: siteUrl: must be an http(s) address`);
		}));

	it('rejects a lead chart that is not an org chart state, and highlights that are not units or people', () =>
		withCopy((folder) => {
			editJson(join(folder, 'story.json'), (json) => {
				json.leadChart = { chart: 'money:online', highlight: ['nobody'] };
			});
			const message = plainMessage(dataErrorOf(() => readStoryFolder(folder)));
			expect(message).toContain(`${folder}/story.json: leadChart.chart: must be the id of an org chart state`);
			expect(message).toContain(`${folder}/story.json: leadChart.highlight[0]: unknown id "nobody"`);
		}));

	it('needs a copy file for each edition', () =>
		withCopy((folder) => {
			rmSync(join(folder, 'story.zh.aml'));
			expect(plainMessage(dataErrorOf(() => readStoryFolder(folder)))).toContain(`${folder}/story.zh.aml: (file): missing`);
		}));
});

describe('texts in the story’s editions', () => {
	const withoutChinese = () => {
		const json = JSON.parse(readFileSync(join(fixtureInTwoEditions(), 'dataset.json'), 'utf8'));
		delete json.units[1].name.zh;
		return JSON.stringify(json);
	};

	it('a story in English and Chinese needs both in every localized text', () => {
		expect(plainMessage(dataErrorOf(() => parseDataset(withoutChinese(), 'dataset.json', ['en', 'zh'])))).toContain(
			'dataset.json: units[1].name: must have a text for every edition of the story (en, zh)'
		);
	});

	it('a story in English alone needs English only', () => {
		expect(parseDataset(withoutChinese(), 'dataset.json', ['en']).units[1]!.name.zh).toBeUndefined();
	});
});
