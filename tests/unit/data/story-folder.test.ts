import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readStoryFolder, storyFolder } from '$lib/data/story-folder';
import { parseDataset } from '$lib/data/parse-dataset';
import { dataErrorOf, datasetJson, plainMessage, STORY_FOLDER } from '../helpers';

/** A copy of the real story's folder to break, removed afterwards. */
function withCopy(test: (folder: string) => void) {
	const folder = mkdtempSync(join(tmpdir(), 'story-'));
	try {
		cpSync(STORY_FOLDER, folder, { recursive: true });
		test(folder);
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
}
const editJson = (file: string, edit: (json: any) => void) => {
	const json = JSON.parse(readFileSync(file, 'utf8'));
	edit(json);
	writeFileSync(file, JSON.stringify(json));
};

describe('which story is built', () => {
	it('is STORY by name (a folder of data/) or by path, else the one story in data/', () => {
		expect(storyFolder('alibaba')).toBe('data/alibaba');
		expect(storyFolder('tests/fixtures/stories/northwind/')).toBe('tests/fixtures/stories/northwind');
		expect(storyFolder('')).toBe('data/alibaba');
	});
});

describe('a story folder', () => {
	it('reads the real story whole: settings, dataset and one copy per edition', () => {
		const story = readStoryFolder(STORY_FOLDER);
		expect(story.settings.editions).toEqual(['en', 'zh']);
		expect(Object.keys(story.copies)).toEqual(['en', 'zh']);
	});

	it('names the settings file and the field when a setting is wrong', () =>
		withCopy((folder) => {
			editJson(join(folder, 'story.json'), (json) => {
				json.slug = 'Alibaba Story';
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
				json.leadChart = { chart: 'money:growth', highlight: ['nobody'] };
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
		const json = datasetJson();
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
