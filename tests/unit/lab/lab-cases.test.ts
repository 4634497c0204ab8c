import { describe, expect, it } from 'vitest';
import { labCases, LAB_TIMES } from '$lib/lab/lab-cases';
import { fixture, fixtureView } from '../fixture-story';

describe('the chart lab’s cases', () => {
	const cases = labCases(fixtureView.charts, fixture.copies.en!.steps);

	it('show each kind the story draws at the start, middle and end of a morph', () => {
		expect(cases.map((c) => c.name)).toEqual([
			'org-0',
			'org-0.5',
			'org-1',
			'bars-0',
			'bars-0.5',
			'bars-1',
			'figure-0',
			'figure-0.5',
			'figure-1'
		]);
		expect([...new Set(cases.map((c) => c.t))]).toEqual([...LAB_TIMES]);
	});

	it('morph between the first two states of a kind in reading order, highlighted as the second one’s step', () => {
		const org = cases.find((c) => c.name === 'org-0.5')!;
		expect([org.from, org.to]).toEqual(['org:2020', 'org:2022']);
		expect(org.highlight).toEqual(['wholesale']);
	});

	it('hold a kind with one state still', () => {
		const figure = cases.find((c) => c.name === 'figure-0.5')!;
		expect([figure.from, figure.to]).toEqual(['figure:online-share', 'figure:online-share']);
	});
});
