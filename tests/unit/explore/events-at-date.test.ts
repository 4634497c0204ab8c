import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDataset } from '$lib/data/parse-dataset';
import { explorerData } from '$lib/explore/explorer-data';
import { eventsAtDate } from '$lib/explore/events-at-date';

/** The events the explorer lists under each date, on the made-up second story. */
const data = explorerData(parseDataset(readFileSync('tests/fixtures/stories/larkspur/dataset.json', 'utf8'), 'larkspur', ['en']), 'en');

describe('the events under a date', () => {
	it('lists each event under exactly one date, in order: after the date before, up to this one', () => {
		expect(data.events.length).toBeGreaterThan(1);
		const listed = data.dates.flatMap((date) => eventsAtDate(data, date.month).events.map((e) => e.id));
		expect(listed).toEqual(data.events.map((e) => e.id));
		for (const [i, date] of data.dates.entries()) {
			const { events } = eventsAtDate(data, date.month);
			for (const event of events) {
				if (i > 0) expect(event.date.slice(0, 7) > data.dates[i - 1]!.month, event.id).toBe(true);
				if (i < data.dates.length - 1) expect(event.date.slice(0, 7) <= date.month, event.id).toBe(true);
			}
		}
	});

	it('says where the date sits, for the list’s heading', () => {
		expect(data.dates.map((d) => eventsAtDate(data, d.month).position)).toEqual(
			data.dates.map((_, i) => (i === 0 ? 'first' : i === data.dates.length - 1 ? 'last' : 'middle'))
		);
	});

	it('lists under the last date an event dated after it', () => {
		const last = data.dates.at(-1)!;
		const later = { ...data.events[0]!, id: 'later', date: `${Number(last.month.slice(0, 4)) + 1}-01` };
		expect(eventsAtDate({ ...data, events: [...data.events, later] }, last.month).events.map((e) => e.id)).toContain('later');
	});
});
