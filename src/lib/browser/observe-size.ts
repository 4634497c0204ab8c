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
