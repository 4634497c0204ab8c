import { describe, expect, it } from 'vitest';
import { keepSameLayer, layerOpacity, liveLayer, preparedLayer, sameLayer } from '$lib/charts/layers';
import { fixtureView as view } from '../fixture-story';

const charts = view.charts;
const org = Object.values(charts).filter((c) => c.kind === 'org');
const bars = Object.values(charts).filter((c) => c.kind === 'bars');
const [o1, o2] = [org[0]!, org[1]!];
const b1 = bars[0]!;

describe('liveLayer', () => {
	it('runs a morph within a kind with the frame', () => {
		expect(liveLayer('org', { from: o1.id, to: o2.id, t: 0.3 }, charts, ['x'])).toEqual({ from: o1, to: o2, t: 0.3, highlight: ['x'] });
		expect(liveLayer('bars', { from: o1.id, to: o2.id, t: 0.3 }, charts, [])).toBeNull();
	});

	it('holds the one chart of its kind still through a change of kind, either way', () => {
		expect(liveLayer('org', { from: o1.id, to: b1.id, t: 0.3 }, charts, [])).toEqual({ from: o1, to: o1, t: 1, highlight: [] });
		expect(liveLayer('bars', { from: o1.id, to: b1.id, t: 0.3 }, charts, [])).toEqual({ from: b1, to: b1, t: 1, highlight: [] });
		expect(liveLayer('org', { from: b1.id, to: o2.id, t: 0.7 }, charts, [])).toEqual({ from: o2, to: o2, t: 1, highlight: [] });
	});
});

describe('layerOpacity', () => {
	it('fades the old kind out over the first half and the new one in over the second, never both', () => {
		const at = (t: number) => ({ from: o1.id, to: b1.id, t });
		expect([0, 0.25, 0.5, 0.75, 1].map((t) => layerOpacity('org', at(t), charts))).toEqual([1, 0.5, 0, 0, 0]);
		expect([0, 0.25, 0.5, 0.75, 1].map((t) => layerOpacity('bars', at(t), charts))).toEqual([0, 0, 0, 0.5, 1]);
		expect(layerOpacity('org', { from: o1.id, to: o2.id, t: 0.4 }, charts)).toBe(1);
		expect(layerOpacity('bars', { from: o1.id, to: o2.id, t: 0.4 }, charts)).toBe(0);
	});
});

describe('preparedLayer', () => {
	it('takes the nearest prepared step that shows the kind, with that step’s highlight', () => {
		const steps = [
			{ from: o1.id, to: o2.id, t: 0, highlight: ['near'] },
			{ from: o2.id, to: b1.id, t: 0, highlight: ['far'] }
		];
		expect(preparedLayer('bars', steps, charts)).toEqual({ from: b1, to: b1, t: 1, highlight: ['far'] });
		expect(preparedLayer('org', steps, charts)).toEqual({ from: o1, to: o2, t: 0, highlight: ['near'] });
		expect(preparedLayer('bars', steps.slice(0, 1), charts)).toBeNull();
	});
});

describe('keepSameLayer', () => {
	it('hands back the previous layer while the drawing is the same, a new one when it changes', () => {
		const keep = keepSameLayer();
		const first = keep({ from: o1, to: o1, t: 1, highlight: ['a', 'b'] });
		expect(keep({ from: o1, to: o1, t: 1, highlight: ['a', 'b'] })).toBe(first);
		const moved = keep({ from: o1, to: o1, t: 1, highlight: ['a'] });
		expect(moved).not.toBe(first);
		expect(sameLayer(moved, first)).toBe(false);
		expect(keep(null)).toBeNull();
	});
});
