import { bars, chart } from './bar-chart';
import { test, expect, waitForStory, activeStep, scrollIntoStep, holdMorph, releaseMorph } from './fixtures';

/**
 * Bar charts, on the fixture story's build: online revenue 2021 (derived) to 2023 (step "revenue"),
 * then the online store's losses, the same 2022 and 2023 bars below zero (step "loss").
 */

test('a loss step: the bars lie on the loss side of the zero line, in proportion', async ({ page }) => {
	await page.goto('/#step-loss');
	await waitForStory(page);
	await expect.poll(() => activeStep(page)).toBe('loss');
	await expect(page.locator('figure.graphic')).toHaveAttribute('data-t', '1.000');
	await expect(page.locator(chart)).toHaveAttribute('data-bar-chart', 'money:online-loss');
	const { zero, bars: shown } = await bars(page);
	const visible = shown.filter((b) => b.opacity === 1);
	expect(visible.map((b) => b.value).sort()).toEqual(['\u22121.5', '\u22123']);
	for (const bar of visible) {
		expect(bar.end).toBeCloseTo(zero, 1);
		expect(bar.x).toBeLessThan(zero);
	}
	// Lengths in proportion: 3 / 1.5.
	const [small, big] = [...visible].sort((a, b) => a.width - b.width);
	expect(big!.width / small!.width).toBeCloseTo(3 / 1.5, 1);
	await expect(page.locator('figure.graphic')).toContainText('Million US dollars');
	await expect(page.locator(chart)).toContainText('¶10');
	// The step's highlight, and each bar's category label.
	await expect(page.locator(`${chart} [data-bar="online-2023"]`)).toHaveClass(/hl/);
	await expect(page.locator(`${chart} [data-bar="online-2022"] .category`)).toHaveText('2022');
});

test('halfway through a transition step, bars are between their end lengths', async ({ page }) => {
	await page.goto('/#step-revenue');
	await waitForStory(page);
	await expect.poll(() => activeStep(page)).toBe('revenue');
	await expect(page.locator('figure.graphic')).toHaveAttribute('data-t', '1.000');
	await expect(page.locator(chart)).toHaveAttribute('data-bar-chart', 'money:online');
	const bar = page.locator(`${chart} [data-bar="online-2023"] rect`);
	// Drawn lengths on screen: the morph scales the rect (charts/motion.ts), its attributes stay at rest.
	const drawnWidth = async () => (await bar.boundingBox())!.width;
	const start = await drawnWidth();
	const element = await page.locator(`${chart} [data-bar="online-2023"]`).elementHandle();

	expect(await holdMorph(page, 'loss', 0.5)).toBeGreaterThan(0);
	const middle = await drawnWidth();
	await releaseMorph(page);
	await expect.poll(() => activeStep(page)).toBe('loss');
	// Left where it is, the morph completes by itself.
	await expect(page.locator('figure.graphic')).toHaveAttribute('data-t', '1.000');
	const end = await drawnWidth();

	expect(middle).toBeGreaterThan(Math.min(start, end) + 1);
	expect(middle).toBeLessThan(Math.max(start, end) - 1);
	// The same bar element travelled from the revenue chart into the loss chart.
	expect(
		await page.evaluate(([a, selector]) => a === document.querySelector(selector as string), [element, `${chart} [data-bar="online-2023"]`])
	).toBe(true);
});

test.describe('with prefers-reduced-motion', () => {
	test.use({ reducedMotion: 'reduce' });

	test('bars switch to their final lengths at once', async ({ page }) => {
		await page.goto('/#step-revenue');
		await waitForStory(page);
		await expect.poll(() => activeStep(page)).toBe('revenue');
		await expect(page.locator(chart)).toHaveAttribute('data-bar-chart', 'money:online');
		await scrollIntoStep(page, 'loss', 0.125);
		await expect.poll(() => activeStep(page)).toBe('loss');
		await expect(page.locator('figure.graphic')).toHaveAttribute('data-t', '1.000');
		const { zero, bars: shown } = await bars(page);
		const bar = shown.find((b) => b.id === 'online-2023')!;
		expect(bar.end).toBeCloseTo(zero, 1);
		expect(bar.value).toBe('\u22121.5');
	});
});

test('each chart state has a data table, on request', async ({ page }) => {
	await page.goto('/');
	await waitForStory(page);
	const details = page.locator('#step-loss details.chart-text');
	await details.locator('summary').click();
	const row = details.locator('[data-bar-row="online-2023"]');
	await expect(row).toContainText('\u22121.5 million US dollars');
	await expect(row).toContainText('Article ¶10');
	const revenue = page.locator('#step-revenue details.chart-text');
	await revenue.locator('summary').click();
	await expect(revenue.locator('[data-bar-row="online-2021"]')).toContainText('Derived');
});
