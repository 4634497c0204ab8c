/** How long after a scroll the host's chrome may still be moving (its transitions, typically 0.2–0.3 s). */
const FOLLOW_MS = 500;

/**
 * Runs `update` once per animation frame while the host page moves: on scroll, resize and the end
 * of any transition, and frame by frame for a while after a scroll, since a header that hides or
 * returns on scroll slides in its own time. Returns a function that asks for one more update.
 */
export function followHost(update: () => void): () => void {
	let queued = 0;
	let following = 0;
	const run = () => {
		queued = 0;
		update();
		if (Date.now() < following) queue();
	};
	const queue = () => {
		if (!queued) queued = requestAnimationFrame(run);
	};
	addEventListener(
		'scroll',
		() => {
			following = Date.now() + FOLLOW_MS;
			queue();
		},
		{ passive: true }
	);
	addEventListener('transitionend', queue, true);
	addEventListener('resize', queue);
	return queue;
}
