import { test, expect } from '../../../tests/e2e/fixtures';

/**
 * This story's history as its explorer tells it, on its built site, in both editions: China Digital
 * Commerce merged into Taotian, and background notes in the edition's own language. How the
 * explorer works is the engine's (tests/e2e/explore.spec.ts, on the fixture story).
 */

for (const edition of ['', 'zh/']) {
	test.describe(`the explorer, ${edition || 'en/'}`, () => {
		test('says why a unit is not drawn at a date, and writes background in the edition’s language', async ({ page }) => {
			await page.goto(`/${edition}explore/?date=2021-12&unit=china-digital-commerce`);
			const history = page.locator('[data-unit-history="china-digital-commerce"]');
			await expect(history).toBeVisible();
			// Before December 2021 the chart does not show it; from March 2023 a recorded change has merged it into Taotian.
			const [notShown, merged] = edition
				? ['本图未显示', '已并入淘天集团']
				: ['Not shown on this chart', 'Merged into Taotian Group (Taobao and Tmall)'];
			await expect(history.locator('[data-absent]')).toHaveText([notShown, merged, merged, merged, merged]);
			const text = await page.locator('main').innerText();
			if (edition) expect(text).not.toMatch(/背景资料[：:]\s*[A-Za-z]/);
			else expect(text).not.toMatch(/Background: \p{Script=Han}/u);
		});
	});
}
