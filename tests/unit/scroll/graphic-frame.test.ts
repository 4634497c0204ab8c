import { describe, expect, it } from 'vitest';
import { frameAt, morphBetween, stepFrame } from '$lib/scroll/graphic-frame';

describe('stepFrame', () => {
	const charts = ['org:2024', 'org:2020', 'org:2022', 'org:2022', 'money:online'];

	it('morphs from the previous step’s state as t goes 0 → 1', () => {
		expect(stepFrame(charts, 2, 0)).toEqual({ from: 'org:2020', to: 'org:2022', t: 0 });
		expect(stepFrame(charts, 2, 0.5).t).toBeCloseTo(0.5);
		expect(stepFrame(charts, 2, 3).t).toBe(1);
	});

	it('holds still when a step keeps the previous chart state, and at the first step', () => {
		expect(stepFrame(charts, 3, 0)).toEqual({ from: 'org:2022', to: 'org:2022', t: 1 });
		expect(stepFrame(charts, 0, 0)).toEqual({ from: 'org:2024', to: 'org:2024', t: 1 });
	});

	it('clamps an index out of range to the ends', () => {
		expect(stepFrame(charts, 99, 1).to).toBe('money:online');
		expect(stepFrame(charts, -1, 1).to).toBe('org:2024');
	});
});

describe('frameAt', () => {
	const charts = ['org:2024', 'org:2020', 'org:2022', 'org:2022', 'money:online'];

	it('is a step’s own state, fully drawn, at a whole number', () => {
		expect(frameAt(charts, 2)).toEqual({ from: 'org:2020', to: 'org:2022', t: 1 });
		expect(frameAt(charts, 0)).toEqual({ from: 'org:2024', to: 'org:2024', t: 1 });
	});

	it('is part way through the next step’s morph between whole numbers', () => {
		expect(frameAt(charts, 1.25)).toEqual({ from: 'org:2020', to: 'org:2022', t: 0.25 });
		expect(frameAt(charts, 3.5)).toEqual({ from: 'org:2022', to: 'money:online', t: 0.5 });
	});

	it('holds still between two steps that show the same state', () => {
		expect(frameAt(charts, 2.5)).toEqual({ from: 'org:2022', to: 'org:2022', t: 1 });
	});
});

describe('morphBetween', () => {
	const charts = ['org:2024', 'org:2020', 'org:2022', 'org:2022', 'money:online'];

	it('plays a step’s own morph when the reader goes on into it', () => {
		expect(morphBetween(charts, 0, 1)).toEqual({ from: 'org:2024', to: 'org:2020', reverse: false });
		expect(morphBetween(charts, 3, 4)).toEqual({ from: 'org:2022', to: 'money:online', reverse: false });
	});

	it('plays the morph into the step after backwards when the reader turns back', () => {
		expect(morphBetween(charts, 1, 0)).toEqual({ from: 'org:2024', to: 'org:2020', reverse: true });
		expect(morphBetween(charts, 4, 3)).toEqual({ from: 'org:2022', to: 'money:online', reverse: true });
	});

	it('plays only the last step’s morph on a jump of several steps', () => {
		expect(morphBetween(charts, 0, 4)).toEqual({ from: 'org:2022', to: 'money:online', reverse: false });
		expect(morphBetween(charts, 4, 0)).toEqual({ from: 'org:2024', to: 'org:2020', reverse: true });
	});

	it('plays nothing where the two states are the same drawing, or the reader has not moved', () => {
		expect(morphBetween(charts, 2, 3)).toBeNull();
		expect(morphBetween(charts, 3, 2)).toBeNull();
		expect(morphBetween(charts, 2, 2)).toBeNull();
	});
});
