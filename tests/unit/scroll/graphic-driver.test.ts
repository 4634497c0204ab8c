import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createGraphicDriver } from '$lib/scroll/graphic-driver.svelte';
import { MORPH_DURATION_MS } from '$lib/charts/morph';

// Animation frames by hand: each call to `frames` runs the queued callbacks at a later time.
let now = 0;
let queue: FrameRequestCallback[] = [];
const frames = (count: number, step = 16) => {
	for (let i = 0; i < count; i++) {
		now += step;
		const run = queue;
		queue = [];
		run.forEach((callback) => callback(now));
	}
};

beforeEach(() => {
	now = 0;
	queue = [];
	vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => queue.push(callback));
	vi.stubGlobal('cancelAnimationFrame', () => {});
	vi.spyOn(performance, 'now').mockImplementation(() => now);
});
afterEach(() => vi.unstubAllGlobals());

const steps = { charts: () => ['org:a', 'org:b', 'org:b', 'bars:c'], highlights: [['x'], ['y'], ['z'], ['w']] };

describe('the graphic driver (story page, host scroll and stepper alike)', () => {
	it('starts with its first step drawn, or a step page’s own', () => {
		expect(createGraphicDriver({ ...steps, reducedMotion: () => false }).frame).toEqual({ from: 'org:a', to: 'org:a', t: 1 });
		const driver = createGraphicDriver({ ...steps, reducedMotion: () => false, start: 3 });
		expect(driver.frame).toEqual({ from: 'org:b', to: 'bars:c', t: 1 });
		expect(driver.highlight).toEqual(['w']);
	});

	it('settles on the step entered, even if the reader stops at its very start', () => {
		const driver = createGraphicDriver({ ...steps, reducedMotion: () => false });
		driver.moveTo(1, 0);
		frames(3);
		expect(driver.frame.to).toBe('org:b');
		expect(driver.frame.t).toBeGreaterThan(0);
		expect(driver.frame.t).toBeLessThan(1);
		frames(Math.ceil(MORPH_DURATION_MS / 16));
		expect(driver.frame).toEqual({ from: 'org:a', to: 'org:b', t: 1 });
		expect(driver.highlight).toEqual(['y']);
	});

	it('switches at once for reduced motion, and between two steps with the same drawing', () => {
		const reduced = createGraphicDriver({ ...steps, reducedMotion: () => true });
		reduced.moveTo(1, 0);
		expect(reduced.frame).toEqual({ from: 'org:a', to: 'org:b', t: 1 });
		reduced.moveTo(2, 0);
		expect(reduced.highlight).toEqual(['z']);
		const same = createGraphicDriver({ ...steps, reducedMotion: () => false, start: 1 });
		same.moveTo(2, 0);
		expect(same.highlight).toEqual(['z']);
		expect(queue).toHaveLength(0);
	});
});
