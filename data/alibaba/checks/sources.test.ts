import { describe, expect, it } from 'vitest';
import { parseStoryCopy } from '$lib/data/parse-story-copy';
import { buildStoryView } from '$lib/view/build-story-view';
import { readFileSync } from 'node:fs';
import { dataset, FOLDER } from './story';

const copyFile = `${FOLDER}/story.en.aml`;
const view = buildStoryView(dataset, parseStoryCopy(readFileSync(copyFile, 'utf8'), copyFile, dataset));

describe('every fact shown carries its source', () => {
	it('every bar shown has a source, and article citations point at real lines', () => {
		const bars = Object.values(view.charts).flatMap((c) => (c.kind === 'bars' ? c.bars : []));
		expect(bars.length).toBeGreaterThanOrEqual(11);
		for (const bar of bars) {
			expect(bar.source.label, bar.id).toMatch(/^(Article ¶\d+|Background|Derived)$/);
			if (bar.source.kind !== 'article') expect(bar.source.detail, bar.id).toBeTruthy();
		}
	});

	it('every unit and every leader in every org chart has a source', () => {
		const nodes = Object.values(view.charts).flatMap((c) => (c.kind === 'org' ? c.nodes : []));
		for (const node of nodes) {
			expect(node.source.label, node.id).toBeTruthy();
			for (const leader of node.leaders) expect(leader.source.label, `${node.id}/${leader.person}`).toBeTruthy();
		}
	});

	it('the derived 2023 AIDC revenue follows from its formula and inputs', () => {
		const derived = dataset.figures.find((f) => f.id === 'aidc-revenue-2023q3');
		expect(derived?.source.source).toBe('derived');
		const revenue = dataset.figures.find((f) => f.id === 'aidc-revenue-2024q3')!.value;
		const growth = dataset.figures.find((f) => f.id === 'aidc-revenue-growth-2024q3')!.value;
		expect(derived?.value).toBeCloseTo(revenue / (1 + growth / 100), 3);
	});

	it('the figures match the article as cited', () => {
		const value = (id: string) => dataset.figures.find((f) => f.id === id)?.value;
		expect(value('aidc-revenue-2024q3')).toBe(31.672);
		expect(value('aidc-ebita-2024q3')).toBe(-2.905);
		expect(value('aidc-ebita-2023q3')).toBe(-0.384);
		expect([value('thailand-share-shopee-2023'), value('thailand-share-lazada-2023'), value('thailand-share-tiktok-2023')]).toEqual([
			49, 30, 21
		]);
	});
});
