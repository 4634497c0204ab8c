/**
 * Where labels are drawn, by their ink: engines measure a text's box from its font's ascent and
 * descent, which differ (Firefox's box for 14 px type is 19 px tall, Chromium's 16 px), so boxes
 * of lines set close together touch where nothing drawn does. Runs in the page (page.evaluate):
 * self-contained.
 *
 * Each label's ink: across, its glyphs' advance (the box's left and right); up and down, the
 * glyphs' own extent above and below the baseline, as the canvas measures them in the label's font.
 */
export function inkOfLabels(selector: string): { key: string; box: { x: number; y: number; width: number; height: number } }[] {
	const measure = document.createElement('canvas').getContext('2d')!;
	const shown = (text: Element) => {
		for (let el: Element | null = text; el && !el.matches('.layer, body'); el = el.parentElement) {
			const style = getComputedStyle(el);
			if (style.visibility === 'hidden' || style.display === 'none' || Number(style.opacity) < 0.99) return false;
		}
		const layer = text.closest('.layer');
		return (!layer || getComputedStyle(layer).visibility !== 'hidden') && text.getBoundingClientRect().width > 0;
	};
	return [...document.querySelectorAll<SVGTextElement>(selector)].filter(shown).map((text, i) => {
		// Each run of type in its own font: the text itself, or its tspans.
		const runs: SVGTextContentElement[] = text.querySelector('tspan') ? [...text.querySelectorAll('tspan')] : [text];
		let [left, right, top, bottom] = [Infinity, -Infinity, Infinity, -Infinity];
		for (const run of runs) {
			if (!run.textContent?.trim() || run.getNumberOfChars() === 0) continue;
			const style = getComputedStyle(run);
			measure.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
			const ink = measure.measureText(run.textContent);
			const start = run.getStartPositionOfChar(0);
			const baseline = new DOMPoint(start.x, start.y).matrixTransform(run.getScreenCTM()!).y;
			const box = run.getBoundingClientRect();
			left = Math.min(left, box.left);
			right = Math.max(right, box.right);
			top = Math.min(top, baseline - ink.actualBoundingBoxAscent);
			bottom = Math.max(bottom, baseline + ink.actualBoundingBoxDescent);
		}
		const owner = text.closest('[data-id], [data-leader-key], [data-bar], .tick');
		const key = owner?.getAttribute('data-id') ?? owner?.getAttribute('data-leader-key') ?? owner?.getAttribute('data-bar') ?? `text-${i}`;
		return { key: `${key}:${text.getAttribute('class') ?? ''}`, box: { x: left, y: top, width: right - left, height: bottom - top } };
	});
}

type Box = { x: number; y: number; width: number; height: number };

/** Two boxes of ink share any area. */
export const inkOverlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
