/**
 * An attachment ({@attach observeContentBox(…)}) that reports an element's content box (CSS px,
 * fractional: the caller rounds as its layout needs) whenever it changes: a ResizeObserver, not bind:clientWidth, which would also read
 * the size as the element mounts and force a layout there. The size comes with the observation;
 * nothing is read from the page.
 */
export const observeContentBox = (onSize: (size: { width: number; height: number }) => void) => (element: HTMLElement) => {
	const observer = new ResizeObserver(([entry]) => {
		if (entry) onSize({ width: entry.contentRect.width, height: entry.contentRect.height });
	});
	observer.observe(element);
	return () => observer.disconnect();
};

/**
 * observeContentBox, with the size handed on in the next animation frame, not inside the
 * observer's callback: for a layout that changes the page around it (a taller tree brings the
 * window's scroll bar, which narrows the element again). Changed inside the callback, that second
 * change is left undelivered, and the browser reports a "ResizeObserver loop" error on the window,
 * which a host page's error tracker records.
 */
export const observeContentBoxNextFrame = (onSize: (size: { width: number; height: number }) => void) => {
	let frame = 0;
	let latest = { width: 0, height: 0 };
	const observe = observeContentBox((size) => {
		latest = size;
		if (!frame)
			frame = requestAnimationFrame(() => {
				frame = 0;
				onSize(latest);
			});
	});
	return (element: HTMLElement) => {
		const stop = observe(element);
		return () => {
			cancelAnimationFrame(frame);
			frame = 0;
			stop();
		};
	};
};
