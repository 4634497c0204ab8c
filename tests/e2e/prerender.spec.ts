import { test, expect, steps, waitForStory } from './fixtures';
import { inSecondEdition } from '../fixtures/editions.mjs';

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

test('the embed credits the reporting’s publisher by name, in the edition’s own language', async ({ request }) => {
	for (const [path, publisher] of [
		['/embed/', 'The Test Gazette'],
		['/embed/zh/', inSecondEdition('The Test Gazette')],
		['/embed/qps/', '⟦The Test Gazette⟧']
	] as const) {
		const html = await (await request.get(path)).text();
		const credit = /<p class="credit[^"]*">([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
		expect(credit, path).toContain(publisher);
		expect(credit, path).not.toContain('[object');
	}
});

test.describe('with JavaScript disabled', () => {
	test.use({ javaScriptEnabled: false });

	test('the whole story reads top to bottom', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('h1')).toBeVisible();
		for (const step of steps) {
			for (const card of await page.locator(`#step-${step.id} .card`).all()) {
				await card.scrollIntoViewIfNeeded();
				await expect(card).toBeVisible();
			}
		}
		await expect(page.locator('#sources')).toBeVisible();
		// Corrections are dated and shown at the end of the story.
		await expect(page.locator('#sources h3')).toHaveText('Corrections');
		await expect(page.locator('#sources .corrections li').first()).toContainText('the online store’s loss in 2023');
		await expect(page.locator('#sources .corrections time').first()).toHaveText('3 February 2025');
	});
});

test('the story page is enhanced, not hydrated: one script of its own, no SvelteKit router, no page data', async ({ page }) => {
	const scripts: string[] = [];
	const data: string[] = [];
	const graphicData: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url()).pathname;
		if (request.resourceType() === 'script') scripts.push(url);
		if (url.endsWith('__data.json')) data.push(url);
		if (url.endsWith('graphic.json')) graphicData.push(url);
	});
	await page.goto('/');
	await waitForStory(page);
	await expect(page.locator('.sticky [data-chart-state]')).toHaveCount(1);
	// The graphic is not in the prerendered HTML, yet its components' styles arrive with the page.
	const links = page.locator('.sticky .org-tree .links path').first();
	await expect(links).toHaveCSS('fill', 'none');
	await expect(page.locator('.sticky .graphic-title')).toHaveCSS('font-weight', '700');
	// Its own build (vite.story.config.ts): none of SvelteKit's entries (start, app) and none of the embed pages' chunks.
	expect(scripts.filter((url) => url.includes('/entry/') || url.includes('/chunks/'))).toEqual([]);
	expect(scripts.filter((url) => url.includes('story-page'))).toEqual([
		expect.stringMatching(/\/_app\/immutable\/story\/story-page\.[\w-]+\.js$/)
	]);
	expect(data).toEqual([]);
	// No inline script at all: the graphic's data is a file beside the page, fetched once (the
	// page preloads it, and the script's fetch takes the preloaded response).
	await expect(page.locator('script:not([src])')).toHaveCount(0);
	expect(graphicData).toEqual(['/graphic.json']);
});

test('first paint waits for one stylesheet request at most: the page’s own styles are in the HTML, under its CSP', async ({ page }) => {
	const html = await (await page.request.get('/')).text();
	await page.goto('/', { waitUntil: 'load' });
	// Render-blocking in the HTML as served (not what loads later): stylesheets neither disabled, nor
	// for print, nor for readers without JavaScript (SvelteKit's own are inline, their links disabled).
	const blocking = await page.evaluate((source) => {
		const doc = new DOMParser().parseFromString(source, 'text/html');
		return [...doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')]
			.filter((link) => !link.hasAttribute('disabled') && link.media !== 'print' && !link.closest('noscript'))
			.map((link) => link.getAttribute('href'));
	}, html);
	expect(blocking).toEqual([expect.stringMatching(/_app\/immutable\/story\/[\w-]+\.css$/)]);
	// The inline styles apply (the strict CSP admits them by hash: a violation would fail the test's console check).
	await expect(page.locator('.story .kicker').first()).toHaveCSS('text-transform', 'uppercase');
});
