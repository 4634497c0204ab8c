import { describe, expect, it } from 'vitest';
import { frameAt, stepFrame, stepShownAt } from '$lib/scroll/graphic-frame';

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

	it('gives the caption and highlights to the step the drawing is nearer', () => {
		expect(stepShownAt(1.4)).toBe(1);
		expect(stepShownAt(1.5)).toBe(2);
		expect(stepShownAt(0)).toBe(0);
	});
});
