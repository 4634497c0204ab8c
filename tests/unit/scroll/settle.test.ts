import { describe, expect, it } from 'vitest';
import { MORPH_DURATION_MS } from '$lib/charts/morph';
import { settleToward } from '$lib/scroll/settle';

describe('settleToward', () => {
	it('completes a step’s morph on a timer once the step is entered, whatever the scroll', () => {
		let shown = 2;
		let elapsed = 0;
		while (shown < 3 && elapsed < 5000) {
			shown = settleToward({ shown, target: 3, scrubbed: 2, elapsed: 16 });
			elapsed += 16;
		}
		expect(shown).toBe(3);
		expect(elapsed).toBeLessThanOrEqual(MORPH_DURATION_MS + 16);
	});

	it('lets scrolling ahead carry the morph faster than the timer', () => {
		expect(settleToward({ shown: 2, target: 3, scrubbed: 2.8, elapsed: 16 })).toBe(2.8);
		expect(settleToward({ shown: 2.9, target: 3, scrubbed: 2.1, elapsed: 16 })).toBeGreaterThan(2.9);
	});

	it('never rests between two states: it only stops at the target', () => {
		expect(settleToward({ shown: 3, target: 3, scrubbed: 2.4, elapsed: 16 })).toBe(3);
		expect(settleToward({ shown: 2.4, target: 3, scrubbed: 2.4, elapsed: 0 })).toBe(2.4);
		expect(settleToward({ shown: 2.4, target: 3, scrubbed: 2.4, elapsed: 10_000 })).toBe(3);
	});

	it('plays a morph back when the reader scrolls back into the previous step', () => {
		const back = settleToward({ shown: 3, target: 2, scrubbed: 1.5, elapsed: MORPH_DURATION_MS / 2 });
		expect(back).toBeCloseTo(2.5);
		expect(settleToward({ shown: back, target: 2, scrubbed: 1.5, elapsed: MORPH_DURATION_MS })).toBe(2);
	});

	it('plays only the last step’s morph after a jump of several steps', () => {
		expect(settleToward({ shown: 0, target: 9, scrubbed: 8, elapsed: 0 })).toBe(8);
		expect(settleToward({ shown: 9, target: 1, scrubbed: 0, elapsed: 0 })).toBe(2);
	});

	it('switches at once for reduced motion', () => {
		expect(settleToward({ shown: 2, target: 7, scrubbed: 6, elapsed: 0, instant: true })).toBe(7);
	});
});
