import { describe, expect, it, vi } from 'vitest';
import { playTimedMorph } from '$lib/browser/timed-morph';

/** Frames the test draws itself, at times it chooses. */
function clock() {
	let pending: FrameRequestCallback | null = null;
	let now = 1000;
	vi.spyOn(performance, 'now').mockImplementation(() => now);
	vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => ((pending = callback), 1));
	vi.stubGlobal('cancelAnimationFrame', () => (pending = null));
	return {
		drawAt(ms: number) {
			now = 1000 + ms;
			const due = pending;
			pending = null;
			due?.(now);
		},
		pending: () => pending !== null
	};
}

describe('playTimedMorph', () => {
	it('gives t linear in time, from the first frame to the end, then stops asking for frames', () => {
		const frames = clock();
		const seen: number[] = [];
		playTimedMorph(400, (t) => seen.push(t));
		frames.drawAt(100);
		frames.drawAt(200);
		frames.drawAt(400);
		expect(seen).toEqual([0.25, 0.5, 1]);
		expect(frames.pending()).toBe(false);
	});

	it('ends at exactly 1 when a frame comes late, never past it', () => {
		const frames = clock();
		const seen: number[] = [];
		playTimedMorph(400, (t) => seen.push(t));
		frames.drawAt(900);
		expect(seen).toEqual([1]);
	});

	it('stops at once when told: no frame after', () => {
		const frames = clock();
		const seen: number[] = [];
		const stop = playTimedMorph(400, (t) => seen.push(t));
		frames.drawAt(100);
		stop();
		frames.drawAt(200);
		expect(seen).toEqual([0.25]);
	});
});
