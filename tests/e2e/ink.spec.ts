import { test, expect } from './fixtures';
import { inkOfLabels, inkOverlaps } from './ink';

/**
 * The label-overlap check of the reading tests (ink.ts) flags labels whose drawn glyphs meet, and
 * not lines set close together whose font boxes touch while their ink does not.
 */
const overlapping = (labels: { key: string; box: { x: number; y: number; width: number; height: number } }[]) =>
	labels.flatMap((a, i) => labels.slice(i + 1).flatMap((b) => (inkOverlaps(a.box, b.box) ? [`${a.key} / ${b.key}`] : [])));

test('two labels drawn over each other are caught; two lines 15 px apart in 14 px type are not', async ({ page }) => {
	await page.setContent(`<!doctype html><html lang="en"><body style="margin:0">
		<svg width="400" height="200" font-family="sans-serif" font-size="14">
			<g data-id="over"><text class="a" x="10" y="40">Retail Group</text></g>
			<g data-id="under"><text class="b" x="14" y="44">Wholesale</text></g>
			<g data-id="upper"><text class="c" x="200" y="100">Ada Moss, Chief executive</text></g>
			<g data-id="lower"><text class="d" x="200" y="115">Online Store <tspan font-size="12" font-weight="700">NEW</tspan></text></g>
		</svg></body></html>`);
	const labels = await page.evaluate(inkOfLabels, 'svg text');
	expect(labels).toHaveLength(4);
	// Font boxes alone would call the close lines an overlap too.
	const boxes = await page.locator('svg text').evaluateAll((texts) => texts.map((t) => t.getBoundingClientRect()));
	expect(boxes[2]!.bottom).toBeGreaterThan(boxes[3]!.top);
	expect(overlapping(labels)).toEqual(['over:a / under:b']);
});
