import { test, expect, steps } from './fixtures';

/** How Svelte writes text into HTML. */
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

test('the prerendered HTML, fetched without JavaScript, contains every step’s copy', async ({ request }) => {
	const response = await request.get('/');
	expect(response.status()).toBe(200);
	const html = await response.text();
	for (const step of steps) {
		expect(html, step.id).toContain(`id="step-${step.id}"`);
		for (const paragraph of step.body.split(/\n\s*\n/)) {
			expect(html, step.id).toContain(escapeText(paragraph.replace(/\s+/g, ' ').trim()));
		}
	}
	expect(html).toContain('Sources and methods');
});

test.describe('with JavaScript disabled', () => {
	test.use({ javaScriptEnabled: false });

	test('the whole story reads top to bottom', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('h1')).toBeVisible();
		for (const step of steps) {
			const card = page.locator(`#step-${step.id} .card`);
			await card.scrollIntoViewIfNeeded();
			await expect(card).toBeVisible();
		}
		await expect(page.locator('#sources')).toBeVisible();
	});
});
