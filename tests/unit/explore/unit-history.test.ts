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

	it('gives each line the date of the event that made it and the source that states it, and no line without an event', () => {
		const events = new Map(alibaba.events.map((event) => [event.id, event]));
		const changes = alibaba.orgStates.flatMap((state) => state.changes);
		for (const unit of alibaba.units)
			for (const line of unitHistory(alibaba, unit.id)) {
				const event = events.get(line.event)!;
				expect(line.date).toBe(event.date);
				// The change's own source where the event's does not state it, else the event's.
				const own = changes.filter((c) => c.event === line.event && c.source).map((c) => c.source);
				expect([event.source, ...own]).toContainEqual(line.source);
			}
		const cloud = unitHistory(alibaba, 'cloud').find((line) => line.kind === 'appointed')!;
		expect(cloud.source).toMatchObject({ source: 'background' });
		expect(cloud.source).not.toEqual(events.get('wu-ceo')!.source);
		const withoutEvents = { ...alibaba, events: [] };
		expect(alibaba.units.flatMap((unit) => unitHistory(withoutEvents, unit.id))).toEqual([]);
	});

	it('tells when a unit was formed and from what, where it moved, what merged into it, and who led it', () => {
		const cdc = unitHistory(alibaba, 'china-digital-commerce');
		expect(cdc[0]).toMatchObject({ kind: 'formed', event: 'split-2021', from: ['taobao-series'], under: 'alibaba-group' });
		expect(cdc.filter((line) => line.kind === 'absorbed').map((line) => line.kind === 'absorbed' && line.unit)).toEqual(['taobao-series']);
		expect(cdc.find((line) => line.kind === 'appointed')).toMatchObject({ person: 'dai-shan', role: { en: 'Head' } });
		// The B series was split by two moves (1688 home, ICBU abroad); no event merged it whole.
		expect(unitHistory(alibaba, 'b-series')).toEqual([]);
		expect(unitHistory(alibaba, 'icbu')[0]).toMatchObject({ kind: 'moved', from: 'b-series', to: 'overseas-digital-commerce' });
	});

	it('is in the order things happened', () => {
		const dates = unitHistory(alibaba, 'aidc').map((line) => line.date);
		expect(dates.length).toBeGreaterThan(1);
		expect(dates).toEqual([...dates].sort());
	});
});
