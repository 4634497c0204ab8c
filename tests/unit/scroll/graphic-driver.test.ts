import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createGraphicDriver } from '$lib/scroll/graphic-driver.svelte';
import { MORPH_DURATION_MS } from '$lib/charts/morph';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const steps = { charts: () => ['org:a', 'org:b', 'org:b', 'bars:c'], highlights: [['x'], ['y'], ['z'], ['w']] };

describe('the graphic driver (story page, host scroll and stepper alike)', () => {
	it('starts with its first step drawn, or a step page’s own, and nothing to play', () => {
		const first = createGraphicDriver({ ...steps, reducedMotion: () => false });
		expect(first.frame).toEqual({ from: 'org:a', to: 'org:a', t: 1 });
		expect(first.morph).toBeNull();
		const driver = createGraphicDriver({ ...steps, reducedMotion: () => false, start: 3 });
		expect(driver.frame).toEqual({ from: 'org:b', to: 'bars:c', t: 1 });
		expect(driver.highlight).toEqual(['w']);
	});

	it('rests on the step entered at once, and hands the graphic its morph to play', () => {
		const driver = createGraphicDriver({ ...steps, reducedMotion: () => false });
		driver.moveTo(1);
		expect(driver.frame).toEqual({ from: 'org:a', to: 'org:b', t: 1 });
		expect(driver.morph).toMatchObject({ from: 'org:a', to: 'org:b', reverse: false });
		// The highlights and the caption hand over half-way through the morph, with the labels.
		expect(driver.highlight).toEqual(['x']);
		expect(driver.caption).toBe('org:a');
		vi.advanceTimersByTime(MORPH_DURATION_MS / 2);
		expect(driver.highlight).toEqual(['y']);
		expect(driver.caption).toBe('org:b');
		const forward = driver.morph;
		driver.moveTo(0);
		expect(driver.frame).toEqual({ from: 'org:a', to: 'org:a', t: 1 });
		expect(driver.morph).toMatchObject({ from: 'org:a', to: 'org:b', reverse: true });
		expect(driver.morph!.serial).toBeGreaterThan(forward!.serial);
	});

	it('plays nothing again for a move within the same step', () => {
		const driver = createGraphicDriver({ ...steps, reducedMotion: () => false });
		driver.moveTo(1);
		const played = driver.morph;
		driver.moveTo(1);
		expect(driver.morph).toBe(played);
	});

	it('above the first step, shows the first step', () => {
		const driver = createGraphicDriver({ ...steps, reducedMotion: () => false, start: 1 });
		driver.moveTo(1, { inside: false });
		expect(driver.frame.to).toBe('org:a');
	});

	it('switches at once for reduced motion, when told to, and between two steps with the same drawing', () => {
		const reduced = createGraphicDriver({ ...steps, reducedMotion: () => true });
		reduced.moveTo(1);
		expect(reduced.frame).toEqual({ from: 'org:a', to: 'org:b', t: 1 });
		expect(reduced.morph).toBeNull();
		expect(reduced.highlight).toEqual(['y']);
		const told = createGraphicDriver({ ...steps, reducedMotion: () => false });
		told.moveTo(3, { instant: true });
		expect(told.morph).toBeNull();
		const same = createGraphicDriver({ ...steps, reducedMotion: () => false, start: 1 });
		same.moveTo(2);
		expect(same.highlight).toEqual(['z']);
		expect(same.morph).toBeNull();
	});
});
