import { describe, expect, it } from 'vitest';
import { chartSpan, storyTimeline, timelineFraction } from '$lib/timeline/timeline';
import { readStoryFolder, storyFolder } from '$lib/data/story-folder';

const alibaba = readStoryFolder(storyFolder('alibaba')).dataset;
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
		expect(chartSpan(alibaba, 'org:2021')).toEqual({ start: '2021-12-06', end: '2021-12-06' });
		expect(chartSpan(alibaba, 'money:growth')).toEqual({ start: '2024-07-01', end: '2024-09-30' });
		const revenue = chartSpan(alibaba, 'money:aidc-revenue')!;
		expect(revenue.start < revenue.end).toBe(true);
		expect(chartSpan(alibaba, 'no-such-chart')).toBeNull();
	});

	it('places a stop for each dated state and each chart of the story, labelled in the edition', () => {
		const timeline = storyTimeline(alibaba, ['org:2021', 'money:aidc-revenue'], 'en');
		expect(timeline.stops).toHaveLength(alibaba.orgStates.length);
		expect(timeline.stops[0]).toBe(0);
		expect(timeline.stops.at(-1)).toBe(1);
		expect(timeline.when['org:2021']).toMatchObject({ label: 'Dec 2021' });
		expect(timeline.when['org:2021']!.start).toBe(timeline.when['org:2021']!.end);
		const revenue = timeline.when['money:aidc-revenue']!;
		expect(revenue.label).toMatch(/^Jul 2023–Sept? 2024$/);
		expect(revenue.start).toBeLessThan(revenue.end);
		expect(storyTimeline(alibaba, ['org:2023'], 'zh').when['org:2023']!.label).toBe('2023年3月');
	});
});
