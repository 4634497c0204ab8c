import { describe, expect, it } from 'vitest';
import { chartSpan, storyTimeline, timelineFraction } from '$lib/timeline/timeline';
import { fixture } from './fixture-story';

const dataset = fixture.dataset;
const stops = ['2021-11', '2021-12', '2023-03', '2023-09', '2023-12', '2024-11'];

describe('the timeline', () => {
	it('spaces the dated states evenly, whatever the time between them', () => {
		expect(stops.map((stop) => timelineFraction(stop, stops))).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
		expect(timelineFraction('2021-12-06', stops)).toBeGreaterThan(0.2);
		expect(timelineFraction('2021-12-06', stops)).toBeLessThan(0.21);
	});

	it('puts a date between two stops in proportion, and clamps dates outside', () => {
		// 2024-05-01 is 5 of the 11 months from December 2023 to November 2024.
		expect(timelineFraction('2024-05', stops)).toBeCloseTo(
			0.8 + (0.2 * (Date.UTC(2024, 4) - Date.UTC(2023, 11))) / (Date.UTC(2024, 10) - Date.UTC(2023, 11))
		);
		expect(timelineFraction('2019-01-01', stops)).toBe(0);
		expect(timelineFraction('2026-01-01', stops)).toBe(1);
		expect(timelineFraction('2023-01', ['2023-01'])).toBe(0);
	});

	it('gives an organisation state its date and a bar chart the periods of its figures', () => {
		expect(chartSpan(dataset, 'org:2022')).toEqual({ start: '2022-06', end: '2022-06' });
		expect(chartSpan(dataset, 'money:online')).toEqual({ start: '2021-01-01', end: '2023-12-31' });
		expect(chartSpan(dataset, 'figure:online-share')).toEqual({ start: '2023-01-01', end: '2023-12-31' });
		expect(chartSpan(dataset, 'no-such-chart')).toBeNull();
	});

	it('places a stop for each dated state and each chart of the story, labelled in the edition', () => {
		const timeline = storyTimeline(dataset, ['org:2022', 'money:online'], 'en');
		expect(timeline.stops).toHaveLength(dataset.orgStates.length);
		expect(timeline.stops[0]).toBe(0);
		expect(timeline.stops.at(-1)).toBe(1);
		expect(timeline.when['org:2022']).toMatchObject({ label: 'Jun 2022' });
		expect(timeline.when['org:2022']!.start).toBe(timeline.when['org:2022']!.end);
		const revenue = timeline.when['money:online']!;
		expect(revenue.label).toBe('Jan 2021–Dec 2023');
		expect(revenue.start).toBeLessThan(revenue.end);
		expect(storyTimeline(dataset, ['org:2024'], 'zh').when['org:2024']!.label).toBe('2024年3月');
	});
});
