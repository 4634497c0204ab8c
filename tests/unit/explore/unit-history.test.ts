import { describe, expect, it } from 'vitest';
import { unitHistory } from '$lib/explore/unit-history';
import { fixture } from '../fixture-story';

// The fixture's history: shops and online merge into the Retail Group (2024, Ben Okafor), which
// merges into Larkspur Direct (2025, Cleo Ward), which also takes over the wholesale unit; Ben
// Okafor succeeds Ada Moss at the top.
const story = fixture.dataset;

describe('a unit’s history', () => {
	it('is empty for a unit no event touches', () => {
		// Only the wholesale unit's creation is recorded in its event; without that change it has no history.
		const unrecorded = {
			...story,
			orgStates: story.orgStates.map((s) => ({ ...s, changes: s.changes.filter((c) => c.unit !== 'wholesale') }))
		};
		expect(unitHistory(unrecorded, 'wholesale')).toEqual([]);
		expect(unitHistory(story, 'wholesale')).not.toEqual([]);
		expect(unitHistory(story, 'no-such-unit')).toEqual([]);
	});

	it('gives each line the date of the event that made it and the source that states it, and no line without an event', () => {
		const events = new Map(story.events.map((event) => [event.id, event]));
		const changes = story.orgStates.flatMap((state) => state.changes);
		const lines = story.units.flatMap((unit) => unitHistory(story, unit.id));
		expect(lines.length).toBeGreaterThan(5);
		for (const line of lines) {
			const event = events.get(line.event)!;
			expect(line.date).toBe(event.date);
			// The change's own source where it has one, else the event's.
			const own = changes.filter((c) => c.event === line.event && c.source).map((c) => c.source);
			expect([event.source, ...own]).toContainEqual(line.source);
		}
		const moved = unitHistory(story, 'wholesale').find((line) => line.kind === 'moved')!;
		expect(moved.source).toMatchObject({ quote: 'which also took over the wholesale unit' });
		expect(moved.source).not.toEqual(events.get('direct-2025')!.source);
		const withoutEvents = { ...story, events: [] };
		expect(story.units.flatMap((unit) => unitHistory(withoutEvents, unit.id))).toEqual([]);
	});

	it('tells when a unit was formed and from what, where it moved, what merged into it, and who led it', () => {
		const retail = unitHistory(story, 'retail-group');
		expect(retail[0]).toMatchObject({ kind: 'formed', event: 'retail-2024', from: ['shops', 'online'], under: 'larkspur' });
		expect(retail.filter((line) => line.kind === 'absorbed').map((line) => line.kind === 'absorbed' && line.unit)).toEqual([
			'shops',
			'online'
		]);
		expect(retail.find((line) => line.kind === 'appointed')).toMatchObject({ person: 'ben-okafor', role: { en: 'Head' } });
		expect(retail.at(-1)).toMatchObject({ kind: 'merged', into: 'direct', event: 'direct-2025' });
		expect(unitHistory(story, 'wholesale')).toMatchObject([
			{ kind: 'formed', event: 'wholesale-2022', under: 'larkspur' },
			{ kind: 'moved', from: 'larkspur', to: 'direct' }
		]);
	});

	it('is in the order things happened', () => {
		const dates = unitHistory(story, 'retail-group').map((line) => line.date);
		expect(new Set(dates).size).toBeGreaterThan(1);
		expect(dates).toEqual([...dates].sort());
	});
});
