/** What the loader reads of the host page, and the one sheet it may add to it. */
import { NAMESPACE } from '$lib/embed/protocol';
import { chromeInsets, type ChromeBox, type Insets } from '$lib/embed/host-chrome';
import { stickyLayoutCss } from '$lib/embed/sticky-layout';

/** An ancestor that clips or transforms breaks position: sticky for everything inside it. */
export function breaksSticky(element: Element): boolean {
	for (let node = element.parentElement; node && node !== document.documentElement; node = node.parentElement) {
		const style = getComputedStyle(node);
		// (The overflow shorthand reads "visible" only when both axes are.)
		if (style.overflow !== 'visible' || style.transform !== 'none' || style.contain.includes('paint')) return true;
	}
	return false;
}

/**
 * The host page's layout for the embed (sticky-layout.ts) comes with the embed code, in a <style>
 * applied before this runs. Where the host's CSP refused it, or an older code has none, the same
 * sheet is adopted here, once for the page.
 */
export function ensureLayout(frame: HTMLIFrameElement): void {
	// The sheet's custom property on the frame: from the code's <style>, or adopted by any copy of this script.
	if (getComputedStyle(frame).getPropertyValue(`--${NAMESPACE}`)) return;
	const sheet = new CSSStyleSheet();
	sheet.replaceSync(stickyLayoutCss(NAMESPACE));
	document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/**
 * The host's own fixed and sticky elements along the top and bottom of the viewport (a site
 * header, an anchored ad), found where they would cover the frame: down the middle of each edge.
 */
export function hostChrome(frame: HTMLIFrameElement): Insets {
	const boxes: ChromeBox[] = [];
	for (const y of [0, innerHeight - 1])
		for (let node = document.elementFromPoint(innerWidth / 2, y); node && node !== document.body; node = node.parentElement) {
			if (node === frame || node.contains(frame)) break;
			const position = getComputedStyle(node).position;
			if (position !== 'fixed' && position !== 'sticky') continue;
			boxes.push(node.getBoundingClientRect());
			break;
		}
	return chromeInsets(boxes, { width: innerWidth, height: innerHeight });
}
