/**
 * Runs `callback` in a task of its own just after the next frame is drawn, when the page's
 * layout is fresh: what it reads of the layout forces nothing (a task right after another that
 * wrote to the page would make the browser lay it out first, inside the task). Returns a
 * function that cancels it.
 */
export function afterNextFrame(callback: () => void): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const frame = requestAnimationFrame(() => (timer = setTimeout(callback, 0)));
	return () => {
		cancelAnimationFrame(frame);
		clearTimeout(timer);
	};
}
