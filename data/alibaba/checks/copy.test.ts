import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseStoryCopy } from '$lib/data/parse-story-copy';
import { dataset, FOLDER } from './story';

/** What this story's English copy tells, step by step: its length, its order and what it cites. */
const file = `${FOLDER}/story.en.aml`;
const copy = parseStoryCopy(readFileSync(file, 'utf8'), file, dataset);

describe('the story told', () => {
	it('through six organisation states, in order', () => {
		expect(dataset.orgStates.map((s) => s.id)).toEqual(['pre-2021', '2021', '2023', '2023-09', '2023-late', '2024']);
	});

	it('in 10 to 16 steps, with methods notes', () => {
		expect(copy.steps.length).toBeGreaterThanOrEqual(10);
		expect(copy.steps.length).toBeLessThanOrEqual(16);
		expect(copy.methods.length).toBeGreaterThan(0);
	});

	it('tells the 2021 split in two paragraphs, citing the article’s lines 12 and 13', () => {
		const step = copy.steps.find((s) => s.id === 'split-2021');
		expect(step?.body).toHaveLength(2);
		expect(step?.body[0]).toMatch(/^Then Zhang Yong/);
		expect(step?.cite).toEqual([12, 13]);
		expect(step?.highlight).toEqual(['china-digital-commerce', 'dai-shan', '1688']);
	});

	it('covers the story from the 2024 announcement to the bets on supply and AI', () => {
		const charts = copy.steps.map((s) => s.chart);
		for (const chart of [
			'org:pre-2021',
			'org:2021',
			'org:2023',
			'org:2023-late',
			'org:2024',
			'money:aidc-revenue',
			'money:aidc-ebita',
			'money:growth',
			'money:thailand'
		]) {
			expect(charts).toContain(chart);
		}
		expect(copy.steps[0]?.id).toBe('announcement');
	});
});
