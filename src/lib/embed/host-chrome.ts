/**
 * A host page's own chrome along the top and bottom of the viewport: sticky site
 * headers, anchored ads, cookie bars. The embedded story keeps its graphic clear of it. Pure:
 * the loader and the custom element gather the boxes from the page, this decides what counts.
 */

/** No host chrome covers more than this share of the viewport along one edge: anything taller is content, or a mistake. */
export const MAX_INSET_SHARE = 0.4;

/**
 * An offset a host states in its embed code (`data-offset-top="56"`, the custom element's
 * `offset-top`): a number of CSS pixels, optionally with `px`. Anything else, negative, or more
 * than MAX_INSET_SHARE of the viewport is ignored (null), and the story detects the chrome itself.
 */
export function statedOffset(value: string | null | undefined, viewportHeight: number): number | null {
	const text = value?.trim() ?? '';
	if (!/^\d+(\.\d+)?(px)?$/.test(text)) return null;
	const offset = parseFloat(text);
	return Number.isFinite(offset) && offset <= viewportHeight * MAX_INSET_SHARE ? offset : null;
}

/** A fixed or sticky element of the host, where it is in the viewport now. */
export interface ChromeBox {
	top: number;
	bottom: number;
	left: number;
	right: number;
}

export interface Insets {
	top: number;
	bottom: number;
}

/**
 * How far the host's chrome reaches in from the top and the bottom of the viewport. An element
 * counts along an edge when it touches that edge (a header slid half out of view counts for what
 * is left of it), spans at least a third of the viewport's width (a floating button does not)
 * and is no taller than MAX_INSET_SHARE of it.
 */
export function chromeInsets(boxes: readonly ChromeBox[], viewport: { width: number; height: number }): Insets {
	const insets: Insets = { top: 0, bottom: 0 };
	for (const box of boxes) {
		const visibleTop = Math.max(box.top, 0);
		const visibleBottom = Math.min(box.bottom, viewport.height);
		const height = visibleBottom - visibleTop;
		const width = Math.min(box.right, viewport.width) - Math.max(box.left, 0);
		if (height <= 0 || width < viewport.width / 3 || height > viewport.height * MAX_INSET_SHARE) continue;
		if (visibleTop <= 1) insets.top = Math.max(insets.top, visibleBottom);
		else if (visibleBottom >= viewport.height - 1) insets.bottom = Math.max(insets.bottom, viewport.height - visibleTop);
	}
	return insets;
}

/** Stated offsets win over detected ones, edge by edge. */
export function hostInsets(stated: { top: number | null; bottom: number | null }, detected: Insets): Insets {
	return { top: stated.top ?? detected.top, bottom: stated.bottom ?? detected.bottom };
}

/** The offsets a host states, read by their names (`offset-top`, `offset-bottom`) from an attribute, a query… */
export function statedOffsets(
	read: (name: 'offset-top' | 'offset-bottom') => string | null | undefined,
	viewportHeight: number
): { top: number | null; bottom: number | null } {
	return { top: statedOffset(read('offset-top'), viewportHeight), bottom: statedOffset(read('offset-bottom'), viewportHeight) };
}

/**
 * Offsets a host states where nothing is detected: the custom element's attributes, or the story
 * frame's own address (`/embed/?mode=feed&offset-top=56&offset-bottom=50`), which is how a pym.js
 * host, whose messages carry only its viewport, tells the story about its chrome.
 */
export const statedInsets = (read: Parameters<typeof statedOffsets>[0], viewportHeight: number): Insets =>
	hostInsets(statedOffsets(read, viewportHeight), { top: 0, bottom: 0 });
