import { morphProgress } from '../charts/morph.ts';

/**
 * Plays a morph in time: `onFrame` gets t from 0 to 1, once per animation frame, over `durationMs`,
 * linear in time (the drawings ease it, once). Returns a stop that cancels the frame to come.
 */
export function playTimedMorph(durationMs: number, onFrame: (t: number) => void): () => void {
	const start = performance.now();
	const tick = (now: number) => {
		const t = morphProgress(now - start, durationMs);
		onFrame(t);
		if (t < 1) frame = requestAnimationFrame(tick);
	};
	let frame = requestAnimationFrame(tick);
	return () => cancelAnimationFrame(frame);
}
