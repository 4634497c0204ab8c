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

/**
 * Runs `jobs` one per idle period, in order, so that work done ahead of the reader never
 * adds up to a long task. Returns a function that cancels the jobs not yet run.
 */
export function whenIdleInTurn(jobs: readonly (() => void)[], timeout = 1500): () => void {
	let cancel = () => {};
	const next = (i: number) => {
		const job = jobs[i];
		if (!job) return;
		cancel = whenIdle(() => {
			job();
			next(i + 1);
		}, timeout);
	};
	next(0);
	return () => cancel();
}
