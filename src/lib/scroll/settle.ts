import { MORPH_DURATION_MS } from '../charts/morph.ts';

/**
 * The graphic follows the reader's scrolling but never rests half-way through a morph.
 * Its position along the story's states (`shown`, see frameAt) moves toward the step being
 * read at a fixed pace, so a morph completes MORPH_DURATION_MS after its step is entered,
 * wherever scrolling stops; scrolling ahead can carry it faster; a reversal plays it back.
 */

export interface SettleInput {
	/** Where the graphic is now. */
	shown: number;
	/** The step being read: where the graphic comes to rest. */
	target: number;
	/** Where scrolling alone would put it (step index - 1 + the scroll-driven morph's t). */
	scrubbed: number;
	/** Milliseconds since the last update. */
	elapsed: number;
	/** Switch at once (prefers-reduced-motion). */
	instant?: boolean;
}

/** The next position: one step closer to the target, never more than one step away from it. */
export function settleToward({ shown, target, scrubbed, elapsed, instant = false }: SettleInput): number {
	if (instant) return target;
	// A jump of several steps (deep link, End key, fling) plays only the last step's morph.
	let next = Math.min(target + 1, Math.max(target - 1, shown));
	const pace = Math.max(0, elapsed) / MORPH_DURATION_MS;
	if (next < target) next = Math.min(target, Math.max(next + pace, scrubbed));
	else if (next > target) next = Math.max(target, next - pace);
	return next;
}

export interface Settler {
	/** The reader moved: where the graphic should rest, and where scrolling alone would put it. */
	aim(target: number, scrubbed: number, instant?: boolean): void;
	destroy(): void;
}

/**
 * Runs settleToward once per animation frame until the graphic is at rest, reporting each
 * position to `draw`. The first aim lands at once (a page opened on a step shows it drawn).
 * `beforeFrame` runs at the start of each animated frame, before anything is drawn: the place
 * to read the page's geometry (and aim anew) without forcing a layout of this frame's writes.
 */
export function createSettler(draw: (shown: number) => void, beforeFrame?: () => void): Settler {
	let shown = 0;
	let target = 0;
	let scrubbed = 0;
	let started = false;
	let ticking = false;
	let frame = 0;
	let last = 0;
	const tick = (now: number) => {
		frame = 0;
		ticking = true;
		beforeFrame?.();
		ticking = false;
		shown = settleToward({ shown, target, scrubbed, elapsed: last ? now - last : 0 });
		last = now;
		draw(shown);
		if (shown !== target) frame = requestAnimationFrame(tick);
		else last = 0;
	};
	return {
		aim(nextTarget, nextScrubbed, instant = false) {
			target = nextTarget;
			scrubbed = nextScrubbed;
			// Inside a frame of our own: that frame draws the new aim.
			if (ticking && !instant) return;
			if (!started || instant) {
				started = true;
				// No frame pending when prerendering (no requestAnimationFrame there) or at rest.
				if (frame) cancelAnimationFrame(frame);
				frame = 0;
				last = 0;
				shown = target;
				draw(shown);
				return;
			}
			// Scrolling ahead shows in this very frame; the timer takes it on from there.
			const now = performance.now();
			const next = settleToward({ shown, target, scrubbed, elapsed: last ? now - last : 0 });
			if (last) last = now;
			if (next !== shown) draw((shown = next));
			if (shown !== target && !frame) frame = requestAnimationFrame(tick);
		},
		destroy() {
			if (frame) cancelAnimationFrame(frame);
		}
	};
}
