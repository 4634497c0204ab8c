import { test, expect, waitForStory, activeStep } from '../../../tests/e2e/fixtures';

/**
 * This story's own words in its two editions, on its built site: the Chinese names and money as
 * the reporting gives them, and its data download. How editions work is the engine's
 * (tests/e2e/readers.spec.ts, on the fixture story).
 */

test('the Chinese edition names the units and people as the reporting does', async ({ page }) => {
	await page.goto('/zh/#step-split-2021');
	await waitForStory(page);
	await expect(page.locator('h1')).toContainText('阿里巴巴');
	await expect(page.locator('.dateline')).toHaveText('2026年11月25日');
	await expect(page.locator('figure.graphic [data-id="china-digital-commerce"] tspan.label')).toHaveText('中国数字商业板块');
	await expect(page.locator('figure.graphic [data-leader="dai-shan"] text')).toContainText('戴珊');
});

test('the Chinese edition writes the AIDC figures in 亿元', async ({ page }) => {
	await page.goto('/#step-aidc-losses');
	await waitForStory(page);
	const english = page.locator('#step-aidc-revenue details.chart-text');
	await english.locator('summary').click();
	await expect(english.locator('[data-bar-row="aidc-2024"]')).toContainText('31.672 billion yuan');
	await page.goto('/zh/#step-aidc-losses');
	await waitForStory(page);
	await expect.poll(() => activeStep(page)).toBe('aidc-losses');
	await expect(page.locator('figure.graphic [data-bar="aidc-2024"] .value')).toHaveText('\u221229.05');
	await expect(page.locator('figure.graphic [data-bar="aidc-2023"] .value')).toHaveText('\u22123.84');
	await expect(page.locator('figure.graphic')).toContainText('亿元');
	const chinese = page.locator('#step-aidc-revenue details.chart-text');
	await chinese.locator('summary').click();
	await expect(chinese.locator('[data-bar-row="aidc-2024"]')).toContainText('316.72亿元');
	await expect(chinese.locator('[data-bar-row="aidc-2023"]')).toContainText('约246亿元');
});

test('the downloads carry the EBITA loss with its source, and the Chinese names', async ({ page, request }) => {
	await page.goto('/');
	const link = async (format: string) =>
		new URL((await page.locator('.downloads a', { hasText: format }).getAttribute('href'))!, page.url()).href;
	const data = await (await request.get(await link('JSON'))).json();
	expect(data.figures.find((f: { id: string }) => f.id === 'aidc-ebita-2024q3')).toMatchObject({
		value: -2.905,
		source: { source: 'article', line: 17 }
	});
	const csv = new TextDecoder('utf-8').decode(await (await request.get(await link('CSV'))).body());
	expect(csv.split('\r\n')[0]).toMatch(/^kind,id,state,name,name_zh,/);
	expect(csv).toContain('阿里国际数字商业集团');
	expect(csv).toContain('figure,aidc-ebita-2024q3,');
});
