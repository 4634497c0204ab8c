import type { Page } from '@playwright/test';
import type { Locator } from '@playwright/test';
import { test, expect, waitForStory, activeStep, scrollIntoStep, sampleMidMorph } from './fixtures';

const chart = 'figure.graphic .bar-chart';

/** Every bar on screen: its id, its extent and its value label. */
async function bars(page: Page) {
	return page.evaluate((selector) => {
		const root = document.querySelector(selector)!;
		const zero = Number(root.querySelector('[data-zero]')!.getAttribute('x1'));
		return {
			zero,
			bars: [...root.querySelectorAll('[data-bar]')].map((g) => {
				const rect = g.querySelector('rect')!;
				const x = Number(rect.getAttribute('x'));
				const width = Number(rect.getAttribute('width'));
				return {
					id: g.getAttribute('data-bar')!,
					x,
					width,
					end: x + width,
					opacity: Number(g.getAttribute('opacity')),
					value: g.querySelector('.value')!.textContent
				};
			})
		};
	}, chart);
}

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

test('halfway through a transition step, bars are between their end lengths', async ({ page }) => {
	let start: Awaited<ReturnType<typeof bars>>['bars'][number] | undefined;
	let element: Awaited<ReturnType<Locator['elementHandle']>> | undefined;
	const enter = async () => {
		await page.goto('/#step-aidc-revenue');
		await waitForStory(page);
		await expect.poll(() => activeStep(page)).toBe('aidc-revenue');
		await expect(page.locator('figure.graphic')).toHaveAttribute('data-t', '1.000');
		await expect(page.locator(chart)).toHaveAttribute('data-bar-chart', 'money:aidc-revenue');
		start = (await bars(page)).bars.find((b) => b.id === 'aidc-2024')!;
		element = await page.locator(`${chart} [data-bar="aidc-2024"]`).elementHandle();
	};

	const sample = await sampleMidMorph(page, enter, 'aidc-losses', `${chart} [data-bar="aidc-2024"] rect`, 'width');
	expect(sample.t).toBeLessThan(0.7);
	const middle = { width: Number(sample.value) };
	await expect.poll(() => activeStep(page)).toBe('aidc-losses');

	// Left where it is, the morph completes by itself.
	await expect(page.locator('figure.graphic')).toHaveAttribute('data-t', '1.000');
	const end = (await bars(page)).bars.find((b) => b.id === 'aidc-2024')!;

	expect(middle.width).toBeGreaterThan(Math.min(start!.width, end.width) + 1);
	expect(middle.width).toBeLessThan(Math.max(start!.width, end.width) - 1);
	// The same bar element travelled from the revenue chart into the loss chart.
	expect(
		await page.evaluate(([a, selector]) => a === document.querySelector(selector as string), [element, `${chart} [data-bar="aidc-2024"]`])
	).toBe(true);
});

test.describe('with prefers-reduced-motion', () => {
	test.use({ reducedMotion: 'reduce' });

	test('bars switch to their final lengths at once', async ({ page }) => {
		await page.goto('/#step-aidc-revenue');
		await waitForStory(page);
		await expect.poll(() => activeStep(page)).toBe('aidc-revenue');
		await expect(page.locator(chart)).toHaveAttribute('data-bar-chart', 'money:aidc-revenue');
		await scrollIntoStep(page, 'aidc-losses', 0.125);
		await expect.poll(() => activeStep(page)).toBe('aidc-losses');
		await expect(page.locator('figure.graphic')).toHaveAttribute('data-t', '1.000');
		const { zero, bars: shown } = await bars(page);
		const bar = shown.find((b) => b.id === 'aidc-2024')!;
		expect(bar.end).toBeCloseTo(zero, 1);
		expect(bar.value).toBe('\u22122.905');
	});
});

test('each chart state has a data table, on request', async ({ page }) => {
	await page.goto('/');
	await waitForStory(page);
	const details = page.locator('#step-aidc-losses details.chart-text');
	await details.locator('summary').click();
	const row = details.locator('[data-bar-row="aidc-2024"]');
	await expect(row).toContainText('\u22122.905 billion yuan');
	await expect(row).toContainText('Article ¶17');
	const revenue = page.locator('#step-aidc-revenue details.chart-text');
	await revenue.locator('summary').click();
	await expect(revenue.locator('[data-bar-row="aidc-2023"]')).toContainText('Derived');
});
