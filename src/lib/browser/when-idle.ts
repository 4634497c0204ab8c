/**
 * Runs `callback` when the browser is idle (requestIdleCallback; a timer where there is none,
 * as in older Safari). Returns a function that cancels it.
 */
export function whenIdle(callback: () => void, timeout = 1500): () => void {
	if (typeof requestIdleCallback === 'function') {
		const handle = requestIdleCallback(callback, { timeout });
		return () => cancelIdleCallback(handle);
	}
	const handle = setTimeout(callback, Math.min(timeout, 200));
	return () => clearTimeout(handle);
}
