import { describe, expect, it } from 'vitest';
import { compareKey, explorerData } from '$lib/explore/explorer-data';
import { readStoryFolder } from '$lib/data/story-folder';
import { fixtureInTwoEditions, inSecondEdition } from '../fixture-story';

// The fixture story in two editions; its history: shops and online merge into the Retail Group
// (March 2024), which merges into Larkspur Direct (15 January 2025), which takes over the wholesale unit.
const story = readStoryFolder(fixtureInTwoEditions()).dataset;

describe('the explorer’s data', () => {
	const en = explorerData(story, 'en');
	const zh = explorerData(story, 'zh');

	it('has every dated state as a tree, without the story’s change badges', () => {
		expect(en.dates.map((d) => d.month)).toEqual(['2020-01', '2022-06', '2024-03', '2025-01']);
		expect(en.dates.flatMap((d) => d.chart.nodes.map((n) => n.badge))).toEqual(en.dates.flatMap((d) => d.chart.nodes.map(() => null)));
		expect(zh.dates[2]!.label).toBe(inSecondEdition('March 2024'));
		// Worded at build time: the browser makes no date formatter (a slow thing on a phone).
		expect(en.dates.map((d) => d.lines)).toContainEqual(['Jun', '2022']);
		expect(zh.dates[2]!.lines).toEqual(['2024年', '3月']);
		// To the day or to the month, as the dataset dates the event.
		expect(en.events.find((e) => e.id === 'direct-2025')!.when).toBe('15 January 2025');
		expect(en.events.find((e) => e.id === 'retail-2024')!.when).toBe('March 2024');
	});

	it('writes each unit’s history from its events, each line with its source, in the edition’s words', () => {
		const retail = en.units.find((u) => u.id === 'retail-group')!;
		expect(retail.history[0]).toMatchObject({ date: '2024-03', text: expect.stringContaining('Tea Shops') });
		expect(retail.history.every((line) => line.source.label.length > 0)).toBe(true);
		expect(retail.history.some((line) => line.text.includes('Ben Okafor'))).toBe(true);
		const retailZh = zh.units.find((u) => u.id === 'retail-group')!;
		expect(retailZh.history.map((line) => line.text).join('')).toContain(inSecondEdition('Tea Shops'));
		// Without its events, no unit has a history: nothing is inferred from the drawings.
		expect(explorerData({ ...story, events: [] }, 'en').units.flatMap((u) => u.history)).toEqual([]);
	});

	it('places each unit at each date, or nowhere before it existed and after it merged', () => {
		const wholesale = en.units.find((u) => u.id === 'wholesale')!;
		expect(wholesale.placements.map((p) => p?.under ?? null)).toEqual([null, 'Larkspur Tea', 'Larkspur Tea', 'Larkspur Direct']);
		expect(wholesale.placements[0]).toBeNull();
		expect(en.units.find((u) => u.id === 'shops')!.placements.slice(2)).toEqual([null, null]);
		const direct = en.units.find((u) => u.id === 'direct')!;
		expect(direct.placements[3]!.leaders.join()).toContain('Cleo Ward');
	});

	it('links every pair of dates, in either order', () => {
		// Four dates: six pairs.
		expect(Object.keys(en.links)).toHaveLength(6);
		expect(en.links[compareKey('2025', '2020', en.dates)]).toContainEqual({ kind: 'merged', from: 'shops', to: 'direct' });
	});

	it('marks the events on the timeline in order, in the edition’s words', () => {
		const at = en.events.map((e) => e.at);
		expect(at).toEqual([...at].sort((a, b) => a - b));
		expect(zh.events.find((e) => e.id === 'retail-2024')!.title).toBe(inSecondEdition('Shops and online merge into the Retail Group'));
	});
});

describe('the explorer’s tree height', () => {
	it('fits the tallest state at every width, so the box never changes with the date', async () => {
		const { explorerTreeHeight } = await import('$lib/explore/tree-height');
		const { layoutOrg } = await import('$lib/charts/org/layout');
		const charts = explorerData(story, 'en').dates.map((d) => d.chart);
		for (const width of [288, 374, 700]) {
			const height = explorerTreeHeight(charts, width);
			for (const chart of charts) expect(layoutOrg(chart.nodes, width, height).height).toBe(height);
		}
	});
});
