import { bars, chart } from '../../../tests/e2e/bar-chart';
import { test, expect, waitForStory, activeStep } from '../../../tests/e2e/fixtures';

/**
 * This story's money as its bar charts show it, on its built site: the values the reporting gives,
 * on the side of the zero line they belong. How bars morph is the engine's (tests/e2e/money.spec.ts).
 */

test('EBITA step: two bars on the loss side of the zero line, −2.905 and −0.384', async ({ page }) => {
	await page.goto('/#step-aidc-losses');
	await waitForStory(page);
	await expect.poll(() => activeStep(page)).toBe('aidc-losses');
	await expect(page.locator('figure.graphic')).toHaveAttribute('data-t', '1.000');
	await expect(page.locator(chart)).toHaveAttribute('data-bar-chart', 'money:aidc-ebita');
	const { zero, bars: shown } = await bars(page);
	const visible = shown.filter((b) => b.opacity === 1);
	expect(visible.map((b) => b.value).sort()).toEqual(['\u22120.384', '\u22122.905']);
	for (const bar of visible) {
		expect(bar.end).toBeCloseTo(zero, 1);
		expect(bar.x).toBeLessThan(zero);
	}
	// Lengths in proportion: 2.905 / 0.384.
	const [small, big] = [...visible].sort((a, b) => a.width - b.width);
	expect(big!.width / small!.width).toBeCloseTo(2.905 / 0.384, 1);
	await expect(page.locator('figure.graphic')).toContainText('Billion yuan');
	await expect(page.locator(chart)).toContainText('Source: Daily Economic News report, ¶17.');
});

test('market-share step: Shopee 49%, Lazada 30%, TikTok Shop 21%', async ({ page }) => {
	await page.goto('/#step-competition');
	await waitForStory(page);
	await expect.poll(() => activeStep(page)).toBe('competition');
	await expect(page.locator('figure.graphic')).toHaveAttribute('data-t', '1.000');
	await expect(page.locator(chart)).toHaveAttribute('data-bar-chart', 'money:thailand');
	const { bars: shown } = await bars(page);
	const visible = Object.fromEntries(shown.filter((b) => b.opacity === 1).map((b) => [b.id, b.value]));
	expect(visible).toEqual({ shopee: '49%', lazada: '30%', tiktok: '21%' });
	await expect(page.locator(`${chart} [data-bar="shopee"] .category`)).toHaveText('Shopee');
	await expect(page.locator(`${chart} [data-bar="lazada"]`)).toHaveClass(/hl/);
});
