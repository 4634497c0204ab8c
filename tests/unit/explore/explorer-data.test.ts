import { describe, expect, it } from 'vitest';
import { compareKey, explorerData } from '$lib/explore/explorer-data';
import { readStoryFolder, storyFolder } from '$lib/data/story-folder';

const alibaba = readStoryFolder(storyFolder('alibaba')).dataset;
const larkspur = readStoryFolder(storyFolder('tests/fixtures/stories/larkspur')).dataset;

describe('the explorer’s data', () => {
	const en = explorerData(alibaba, 'en');
	const zh = explorerData(alibaba, 'zh');

	it('has every dated state as a tree, without the story’s change badges', () => {
		expect(en.dates.map((d) => d.month)).toEqual(['2021-11', '2021-12', '2023-03', '2023-09', '2023-12', '2024-11']);
		expect(en.dates.flatMap((d) => d.chart.nodes.map((n) => n.badge))).toEqual(en.dates.flatMap((d) => d.chart.nodes.map(() => null)));
		expect(zh.dates[1]!.label).toBe('2021年12月');
		// Worded at build time: the browser makes no date formatter (a slow thing on a phone).
		expect(en.dates.map((d) => d.lines)).toContainEqual(['Sept', '2023']);
		expect(zh.dates[1]!.lines).toEqual(['2021年', '12月']);
		expect(en.events.find((e) => e.id === 'split-2021')!.when).toBe('6 December 2021');
		expect(en.events.find((e) => e.id === 'wu-ceo')!.when).toBe('September 2023');
	});

	it('writes each unit’s history from its events, each line with its source, in the edition’s words', () => {
		const aidc = en.units.find((u) => u.id === 'aidc')!;
		expect(aidc.history[0]).toMatchObject({ date: '2023-03-28', text: expect.stringContaining('Overseas Digital Commerce') });
		expect(aidc.history.every((line) => line.source.label.length > 0)).toBe(true);
		expect(aidc.history.some((line) => line.text.includes('Jiang Fan'))).toBe(true);
		const aidcZh = zh.units.find((u) => u.id === 'aidc')!;
		expect(aidcZh.history.map((line) => line.text).join('')).toContain('蒋凡');
		expect(explorerData(larkspur, 'en').units.find((u) => u.id === 'larkspur')!.history).toEqual([]);
	});

	it('places each unit at each date, or nowhere before it existed', () => {
		const aidc = en.units.find((u) => u.id === 'aidc')!;
		expect(aidc.placements.map((p) => p?.under ?? null)).toEqual([
			null,
			null,
			'Alibaba Group',
			'Alibaba Group',
			'Alibaba Group',
			'E-commerce Business Group'
		]);
		expect(aidc.placements[0]).toBeNull();
		const group = en.units.find((u) => u.id === 'ecommerce-group')!;
		expect(group.placements[5]!.leaders.join()).toContain('Jiang Fan');
	});

	it('links every pair of dates, in either order', () => {
		expect(Object.keys(en.links)).toHaveLength(15);
		expect(en.links[compareKey('2024', '2021', en.dates)]).toContainEqual({
			kind: 'merged',
			from: 'china-digital-commerce',
			to: 'taotian'
		});
	});

	it('marks the events on the timeline in order, with Chinese titles in the Chinese edition', () => {
		const at = en.events.map((e) => e.at);
		expect(at).toEqual([...at].sort((a, b) => a - b));
		expect(zh.events.find((e) => e.id === 'ecommerce-group')!.title).toContain('电商事业群');
	});
});

describe('the explorer’s tree height', () => {
	it('fits the tallest state at every width, so the box never changes with the date', async () => {
		const { explorerTreeHeight } = await import('$lib/explore/tree-height');
		const { layoutOrg } = await import('$lib/charts/org/layout');
		const charts = explorerData(alibaba, 'en').dates.map((d) => d.chart);
		for (const width of [288, 374, 700]) {
			const height = explorerTreeHeight(charts, width);
			for (const chart of charts) expect(layoutOrg(chart.nodes, width, height).height).toBe(height);
		}
	});
});
