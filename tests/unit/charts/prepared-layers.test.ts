import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PreparedLayers } from '$lib/charts/prepared-layers.svelte';
import { liveLayer } from '$lib/charts/layers';
import { fixtureView } from '../fixture-story';

// The fixture's charts: org trees, bar charts and a big figure.
const charts = fixtureView.charts;
const step = (from: string, to: string, t = 0, highlight: string[] = []) => ({ from, to, t, highlight });

describe('the layers the graphic prepares while the browser is idle', () => {
	beforeEach(() => {
		// Node has no requestIdleCallback: whenIdle falls back to a timer, which fake timers drive.
		vi.useFakeTimers();
	});
	afterEach(() => {
		vi.useRealTimers();
	});

	it('hold, per kind, what the nearest step will show, one change per idle period, laid out after each', () => {
		const layers = new PreparedLayers();
		const laidOut = vi.fn();
		// The reader is on an org tree; the next steps bring the bars, then the big figure.
		const next = [step('org:2025', 'money:online', 0, ['online-2023']), step('money:online-loss', 'figure:online-share')];
		layers.prepare(
			next,
			() => charts,
			() => null,
			laidOut
		);
		expect(layers.held).toEqual({});
		vi.advanceTimersByTime(200);
		// One idle period: the first kind (bars, in DRAWN_KINDS order) only.
		expect(laidOut).toHaveBeenCalledTimes(1);
		expect(layers.held.bars?.to.id).toBe('money:online');
		expect(layers.held.bars?.highlight).toEqual(['online-2023']);
		expect(layers.held.org).toBeUndefined();
		vi.runAllTimers();
		expect(layers.held.org?.to.id).toBe('org:2025');
		expect(layers.held.figure?.to.id).toBe('figure:online-share');
		// And the states the reader may scroll into, per kind, nearest first.
		expect(layers.upcoming.bars?.map((layer) => layer.to.id)).toEqual(['money:online', 'money:online-loss']);
	});

	it('keep what the frame shows now before any prepared state, and stop when cancelled', () => {
		const layers = new PreparedLayers();
		const now = liveLayer('org', step('org:2020', 'org:2022', 0.5), charts, []);
		const cancel = layers.prepare(
			[step('org:2024', 'org:2025')],
			() => charts,
			(kind) => (kind === 'org' ? now : null),
			() => {}
		);
		// Three idle periods: what each kind holds (bars, figure, org).
		vi.advanceTimersByTime(600);
		expect(layers.held.org).toBe(now);
		cancel();
		vi.runAllTimers();
		expect(layers.upcoming).toEqual({});
	});
});
