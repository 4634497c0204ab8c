import { test, expect, scrollGradually, waitForStory } from './fixtures';
import { recordWindowErrors } from './record-window-errors';

/**
 * A host page's error tracker records every window `error` and unhandled rejection, resource
 * errors included (a failed preload, say): the story causes none, from the page's start, through
 * a scroll of the whole page and back, at a phone's width and a laptop's.
 */
for (const viewport of [
	{ width: 390, height: 844 },
	{ width: 1440, height: 900 }
]) {
	test.describe(`at ${viewport.width}x${viewport.height}`, () => {
		test.use({ viewport });
		for (const path of ['/', '/zh/', '/explore/']) {
			test(`${path}: no window error or unhandled rejection while it loads and scrolls`, async ({ page }) => {
				await page.addInitScript(recordWindowErrors);
				await page.goto(path);
				if (path !== '/explore/') await waitForStory(page);
				else await expect(page.locator('[data-explorer]')).toHaveAttribute('data-explore-ready', 'true');
				await scrollGradually(page, 1);
				await scrollGradually(page, -1);
				await page.waitForTimeout(500);
				expect(await page.evaluate(() => (window as any).__windowErrors)).toEqual([]);
			});
		}
	});
}
