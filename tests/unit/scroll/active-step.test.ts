import { describe, expect, it } from 'vitest';
import { activeStepAt, activeStepOf } from '$lib/scroll/active-step';

// Three steps of 800 px each, the first starting 1000 px down the viewport.
const boxesAt = (scrollY: number) => [0, 1, 2].map((i) => ({ top: 1000 + i * 800 - scrollY, height: 800 }));

describe('activeStepAt', () => {
	it('is the first step, not yet entered, above the steps', () => {
		expect(activeStepAt(boxesAt(0), 400, 800)).toEqual({ index: 0, progress: 0, travelled: 0, inside: false });
	});

	it('is the last step whose top passed the trigger line, with progress through it', () => {
		const position = activeStepAt(boxesAt(1000), 400, 800); // step 1 top at 800: still below the line
		expect(position).toMatchObject({ index: 0, inside: true, progress: 0.5, travelled: 0.5 });
		expect(activeStepAt(boxesAt(1600), 400, 800)).toMatchObject({ index: 1, progress: 0.25 });
	});

	it('lands on the last step after a jump past every step', () => {
		expect(activeStepAt(boxesAt(50_000), 400, 800)).toMatchObject({ index: 2, progress: 1, inside: true });
	});

	it('goes back a step when scrolled back up (direction reversal)', () => {
		expect(activeStepAt(boxesAt(1600), 400, 800).index).toBe(1);
		expect(activeStepAt(boxesAt(1350), 400, 800).index).toBe(0);
	});
});

describe('activeStepOf', () => {
	// Fourteen steps of 800 px, as the story has; counts the boxes read.
	const story = (scrollY: number) => {
		const reads: number[] = [];
		const boxAt = (i: number) => (reads.push(i), { top: 1000 + i * 800 - scrollY, height: 800 });
		return { boxAt, reads, boxes: Array.from({ length: 14 }, (_, i) => ({ top: 1000 + i * 800 - scrollY, height: 800 })) };
	};

	it('finds the same step as reading every box, at every scroll position', () => {
		for (let scrollY = 0; scrollY < 14 * 800 + 2000; scrollY += 37) {
			const { boxAt, boxes } = story(scrollY);
			expect(activeStepOf(14, boxAt, 400, 800)).toEqual(activeStepAt(boxes, 400, 800));
		}
	});

	it('reads about log2 of the steps, each once', () => {
		for (const scrollY of [0, 3000, 8000, 50_000]) {
			const { boxAt, reads } = story(scrollY);
			activeStepOf(14, boxAt, 400, 800);
			expect(reads.length).toBeLessThanOrEqual(4);
			expect(new Set(reads).size).toBe(reads.length);
		}
	});
});
