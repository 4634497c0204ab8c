import { describe, expect, it } from 'vitest';
import { unitHistory } from '$lib/explore/unit-history';
import { readStoryFolder, storyFolder } from '$lib/data/story-folder';

const alibaba = readStoryFolder(storyFolder('alibaba')).dataset;
const larkspur = readStoryFolder(storyFolder('tests/fixtures/stories/larkspur')).dataset;

describe('a unit’s history', () => {
	it('is empty for a unit no event touches', () => {
		expect(unitHistory(larkspur, 'larkspur')).toEqual([]);
		expect(unitHistory(alibaba, 'no-such-unit')).toEqual([]);
	});

	it('gives each line the date and source of the event that made it, and no line without one', () => {
		const events = new Map(alibaba.events.map((event) => [event.id, event]));
		for (const unit of alibaba.units)
			for (const line of unitHistory(alibaba, unit.id)) {
				const event = events.get(line.event)!;
				expect(line.date).toBe(event.date);
				expect(line.source).toEqual(event.source);
			}
		const withoutEvents = { ...alibaba, events: [] };
		expect(alibaba.units.flatMap((unit) => unitHistory(withoutEvents, unit.id))).toEqual([]);
	});

	it('tells when a unit was formed and from what, where it moved, what merged into it, and who led it', () => {
		const cdc = unitHistory(alibaba, 'china-digital-commerce');
		expect(cdc[0]).toMatchObject({ kind: 'formed', event: 'split-2021', from: ['taobao-series', 'b-series'], under: 'alibaba-group' });
		expect(cdc.filter((line) => line.kind === 'absorbed').map((line) => line.kind === 'absorbed' && line.unit)).toEqual([
			'taobao-series',
			'b-series'
		]);
		expect(cdc.find((line) => line.kind === 'appointed')).toMatchObject({ person: 'dai-shan', role: { en: 'Head' } });
		expect(unitHistory(alibaba, 'b-series')).toEqual([expect.objectContaining({ kind: 'merged', into: 'china-digital-commerce' })]);
		expect(unitHistory(alibaba, 'icbu')[0]).toMatchObject({ kind: 'moved', from: 'b-series', to: 'overseas-digital-commerce' });
	});

	it('is in the order things happened', () => {
		const dates = unitHistory(alibaba, 'aidc').map((line) => line.date);
		expect(dates.length).toBeGreaterThan(1);
		expect(dates).toEqual([...dates].sort());
	});
});
