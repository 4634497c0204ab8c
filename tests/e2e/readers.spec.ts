import type { Page } from '@playwright/test';
import { test, expect, steps, waitForStory, activeStep, scrollIntoStep, editionPaths } from './fixtures';
import { axeViolations } from './axe';
import { inSecondEdition } from '../fixtures/editions.mjs';

/** What readers meet, on the fixture story's build: no JavaScript, print, axe, keyboard, sharing, downloads, editions. */

const charts = [...new Set(steps.map((s) => s.chart))];

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('every step shows its copy, a drawing of its chart state and, on request, its data; no empty sticky box', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('.sticky')).toBeHidden();
		const column = (await page.locator('.steps').boundingBox())!;
		for (const step of steps) {
			const card = page.locator(`#step-${step.id}`);
			await card.locator('.card').first().scrollIntoViewIfNeeded();
			await expect(card.locator('.card p').first()).toBeVisible();
			// The still is an SVG file of its own, loaded, scaled into the column, under its title.
			const still = card.locator(`.static-graphic[data-static-chart="${step.chart}"]`);
			await expect(still.locator('.static-title')).toHaveCSS('font-weight', '700');
			const drawing = still.locator('img');
			await expect(drawing).toBeVisible();
			await expect.poll(() => drawing.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(300);
			const box = (await drawing.boundingBox())!;
			// (A big figure is one line of number and one of caption.)
			expect(box.height).toBeGreaterThan(step.chart.startsWith('figure:') ? 60 : 100);
			expect(box.x + box.width).toBeLessThanOrEqual(column.x + column.width + 0.5);
			// Each chart's text is in the page once: a step showing an earlier step's chart links to it.
			const text = card.locator('details.chart-text');
			const link = text.locator('a[href^="#chart-text-"]');
			const home = (await link.count()) ? page.locator((await link.getAttribute('href'))!) : text;
			await expect(home).toHaveAttribute('data-chart-text', step.chart);
			const data = step.chart.startsWith('money:')
				? home.locator('table tbody tr').first()
				: step.chart.startsWith('figure:')
					? home.locator('.figure-text')
					: home.locator('[data-outline-unit]').first();
			await expect(data).toBeAttached();
			// What the <details> says is what a reader sees: closed and hidden, until opened.
			if (home === text) {
				expect(await text.evaluate((details: HTMLDetailsElement) => details.open)).toBe(false);
				await expect(data).toBeHidden();
				await text.locator('summary').click();
				await expect(data).toBeVisible();
			}
		}
		await expect(page.locator('#sources')).toBeVisible();
	});

	test('the still files are whole SVG documents that carry their own styles', async ({ page }) => {
		await page.goto('/');
		const sources = await page.locator('.static-graphic img').evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).src));
		expect(sources).toHaveLength(steps.length);
		// Parsed on a blank page: the story page's CSP would (rightly) refuse the parsed <style>s.
		await page.goto('about:blank');
		for (const src of sources) {
			const response = await page.request.get(src);
			expect(response.headers()['content-type']).toContain('image/svg+xml');
			const parsed = await page.evaluate(
				(text) => {
					const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
					return [doc.documentElement.localName, doc.querySelectorAll('parsererror').length, doc.querySelectorAll('style').length];
				},
				await response.text()
			);
			expect(parsed).toEqual(['svg', 0, 1]);
		}
	});
});

test('readers with JavaScript download no still drawing: the page has none, and loads none', async ({ page }) => {
	const stills: string[] = [];
	page.on('request', (request) => request.url().includes('/stills/') && stills.push(request.url()));
	const html = await (await page.request.get('/')).text();
	// Drawings are files; the page's HTML has none (the editions menu's button is an icon, not a drawing).
	expect(html.replace(/<details class="editions-menu[\s\S]*?<\/summary>/, '')).not.toContain('<svg');
	await page.goto('/');
	await waitForStory(page);
	await scrollIntoStep(page, steps[steps.length - 1]!.id, 0.4);
	expect(stills).toEqual([]);
});

test('printing shows every chart state, each beside its step', async ({ page }) => {
	await page.goto('/');
	await waitForStory(page);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.sticky')).toBeHidden();
	const shown = new Set<string>();
	for (const step of steps) {
		const drawing = page.locator(`#step-${step.id} .static-graphic`);
		await expect(drawing).toBeVisible();
		shown.add((await drawing.getAttribute('data-static-chart'))!);
	}
	expect([...shown].sort()).toEqual([...charts].sort());
});

test('the axe check reports what it finds: an image without alt text, low contrast', async ({ page }) => {
	await page.setContent(
		'<html lang="en"><title>t</title><main><img src="data:,"><p style="color:#bbb;background:#fff">faint</p></main></html>'
	);
	const found = await axeViolations(page, 'bad-page');
	expect(found.map((line) => line.split(' ')[1])).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
});

for (const edition of editionPaths) {
	test(`axe-core finds no WCAG 2.2 A/AA violations at any step (${edition})`, async ({ page }) => {
		test.setTimeout(120_000);
		await page.goto(edition);
		await waitForStory(page);
		const check = async (where: string) => expect(await axeViolations(page, where)).toEqual([]);
		await check('intro');
		for (const step of steps) {
			await scrollIntoStep(page, step.id, 0.4);
			await expect.poll(() => activeStep(page)).toBe(step.id);
			// At rest: half-way through a fade, any text is fainter than it is read.
			await expect(page.locator('.sticky figure.graphic')).toHaveAttribute('data-t', '1.000');
			await check(step.id);
		}
		await page.locator('#sources').scrollIntoViewIfNeeded();
		await check('sources');
	});
}

test('keyboard: "Next step" links reach every step in order, with visible focus', async ({ page, isMobile }) => {
	test.skip(isMobile, 'keyboard navigation is a desktop concern');
	await page.goto('/');
	await waitForStory(page);
	await page.locator('.skip').focus();
	for (const [i, step] of steps.entries()) {
		if (i === 0) {
			await page.locator(`#step-${step.id}`).focus();
			await page.locator(`#step-${step.id}`).scrollIntoViewIfNeeded();
		}
		await expect.poll(() => activeStep(page), { message: `step ${step.id}` }).toBe(step.id);
		const next = steps[i + 1];
		if (!next) break;
		// Tab forward from the step to its "Next step" link (past the chart-as-text summary).
		const link = page.locator(`#step-${step.id} a.next-step`);
		for (let tabs = 0; tabs < 5 && !(await link.evaluate((el) => el === document.activeElement)); tabs++) await page.keyboard.press('Tab');
		await expect(link).toBeFocused();
		const outline = await link.evaluate((el) => getComputedStyle(el).outlineStyle);
		expect(outline).not.toBe('none');
		await page.keyboard.press('Enter');
		await expect(page.locator(`#step-${next.id}`)).toBeFocused();
	}
	expect(await activeStep(page)).toBe(steps.at(-1)!.id);
});

test('the graphic’s state is announced politely, once per change', async ({ page }) => {
	await page.goto('/#step-wholesale');
	await waitForStory(page);
	const live = page.locator('figure.graphic [data-graphic-announcement]');
	await expect(live).toHaveAttribute('aria-live', 'polite');
	await expect(live).toHaveText('Chart: 2022: a wholesale unit');
	await scrollIntoStep(page, 'loss', 0.1);
	await expect(live).toHaveText('Chart: The online store’s loss');
});

test('headings are in order: one h1, then h2s', async ({ page }) => {
	await page.goto('/');
	const levels = await page.locator('h1, h2, h3, h4').evaluateAll((els) => els.map((el) => Number(el.tagName[1])));
	expect(levels[0]).toBe(1);
	expect(levels.filter((l) => l === 1)).toHaveLength(1);
	for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
});

test('sharing: title, description, canonical URL and a 1200x630 social card made at build time', async ({ page, request }) => {
	await page.goto('/');
	const meta = (selector: string) => page.locator(selector).getAttribute('content');
	expect(await page.title()).toBe('How a made-up tea company reorganised itself');
	expect(await meta('meta[name="description"]')).toContain('Larkspur Tea does not exist.');
	expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(/^https:\/\/.+\/$/);
	const image = (await meta('meta[property="og:image"]'))!;
	expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
	expect(await meta('meta[name="twitter:image"]')).toBe(image);
	// The card itself is served by the site: a PNG whose header says 1200 x 630.
	const png = await (await request.get(`/${new URL(image).pathname.split('/').pop()}`)).body();
	expect(png.subarray(1, 4).toString()).toBe('PNG');
	expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
});

test('readers can download the data as JSON and CSV', async ({ page, request }) => {
	await page.goto('/');
	const json = await request.get(new URL((await page.locator('.downloads a', { hasText: 'JSON' }).getAttribute('href'))!, page.url()).href);
	const data = await json.json();
	expect(data.figures.find((f: { id: string }) => f.id === 'online-loss-2022')).toMatchObject({
		value: -3,
		source: { source: 'article', line: 10 }
	});
	const response = await request.get(
		new URL((await page.locator('.downloads a', { hasText: 'CSV' }).getAttribute('href'))!, page.url()).href
	);
	// Served as UTF-8 and marked so in the file: Excel on Windows then reads the Chinese columns right.
	expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
	const bytes = await response.body();
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const csv = new TextDecoder('utf-8').decode(bytes);
	// A name column per edition, in the story's order.
	expect(csv.split('\r\n')[0]).toMatch(/^kind,id,state,name,name_zh,name_qps,/);
	expect(csv).toContain(inSecondEdition('Retail Group'));
	expect(csv).toContain('⟦Retail Group⟧');
	expect(csv).toContain('figure,online-loss-2022,');
});

/** Follows the link to another edition, from the menu where the page has one (two or more other editions). */
async function switchEdition(page: Page, lang: string) {
	const menu = page.locator('.editions-menu summary');
	if (await menu.count()) await menu.click();
	await page.locator(`a.language-switch[hreflang="${lang}"]`).click();
}

test.describe('the other editions', () => {
	test('each is in its language from <html> down, with its dates and names', async ({ page }) => {
		await page.goto('/zh/');
		await waitForStory(page);
		expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
		await expect(page.locator('.dateline')).toHaveText('2025年2月2日');
		await page.goto('/zh/#step-merger');
		await expect(page.locator('figure.graphic [data-id="retail-group"] tspan.label')).toHaveText(inSecondEdition('Retail Group'));
		await expect(page.locator('figure.graphic [data-leader="ben-okafor"] text')).toContainText(inSecondEdition('Ben Okafor'));
		await page.goto('/qps/#step-merger');
		expect(await page.locator('html').getAttribute('lang')).toBe('en-XA');
		await expect(page.locator('h1')).toHaveText('⟦How a made-up tea company reorganised itself⟧');
		await expect(page.locator('figure.graphic [data-id="retail-group"] tspan.label')).toHaveText('⟦Retail Group⟧');
		await page.goto('/');
		// The English edition is British English (its dates, its spelling).
		expect(await page.locator('html').getAttribute('lang')).toBe('en-GB');
		await expect(page.locator('.dateline')).toHaveText('2 February 2025');
	});

	test('each lists every other edition, named in its own language, in the story’s order', async ({ page }) => {
		const names: Record<string, { label: string; lang: string }> = {
			'/': { label: 'English', lang: 'en-GB' },
			'/zh/': { label: '中文版', lang: 'zh-CN' },
			'/qps/': { label: '⟦Pseudo⟧', lang: 'en-XA' }
		};
		expect(Object.keys(names)).toEqual(editionPaths);
		for (const edition of editionPaths) {
			await page.goto(edition);
			const links = await page
				.locator('a.language-switch')
				.evaluateAll((as) =>
					as.map((a) => ({ label: a.textContent, lang: a.getAttribute('hreflang'), path: new URL((a as HTMLAnchorElement).href).pathname }))
				);
			expect(links, edition).toEqual(editionPaths.filter((other) => other !== edition).map((path) => ({ ...names[path]!, path })));
		}
		// Two or more: behind one button, named for screen readers, that shows them all.
		const button = page.locator('.editions-menu summary');
		await expect(button).toHaveAccessibleName(/./);
		await expect(page.locator('a.language-switch').first()).toBeHidden();
		await button.click();
		for (const link of await page.locator('a.language-switch').all()) await expect(link).toBeVisible();
	});

	test('writes money in 亿 where the English writes million', async ({ page }) => {
		await page.goto('/#step-loss');
		await waitForStory(page);
		const english = page.locator('#step-revenue details.chart-text');
		await english.locator('summary').click();
		await expect(english.locator('[data-bar-row="online-2023"]')).toContainText('18 million US dollars');
		await page.goto('/zh/#step-loss');
		await waitForStory(page);
		await expect.poll(() => activeStep(page)).toBe('loss');
		await expect(page.locator('figure.graphic [data-bar="online-2022"] .value')).toHaveText('\u22120.03');
		const chinese = page.locator('#step-revenue details.chart-text');
		await chinese.locator('summary').click();
		await expect(chinese.locator('[data-bar-row="online-2023"]')).toContainText('0.18亿美元');
		await expect(chinese.locator('[data-bar-row="online-2021"]')).toContainText('约0.08亿美元');
	});

	test('the language switch keeps the current step, both ways', async ({ page }) => {
		await page.goto('/#step-revenue');
		await waitForStory(page);
		await expect.poll(() => activeStep(page)).toBe('revenue');
		await switchEdition(page, 'zh-CN');
		await expect(page).toHaveURL(/\/zh\/#step-revenue$/);
		await waitForStory(page);
		await expect.poll(() => activeStep(page)).toBe('revenue');
		await scrollIntoStep(page, 'loss', 0.4);
		await expect.poll(() => activeStep(page)).toBe('loss');
		await switchEdition(page, 'en-GB');
		await expect(page).toHaveURL(/\/#step-loss$/);
		expect(new URL(page.url()).pathname).not.toContain('/zh/');
		await waitForStory(page);
		await expect.poll(() => activeStep(page)).toBe('loss');
	});

	test('the language switch never covers the graphic’s title, in any edition, at any step', async ({ page }) => {
		test.setTimeout(90_000);
		for (const edition of editionPaths) {
			await page.goto(edition);
			await waitForStory(page);
			const menu = (await page.locator('nav.editions').boundingBox())!;
			for (const step of steps) {
				await scrollIntoStep(page, step.id, 0.4);
				await expect.poll(() => activeStep(page)).toBe(step.id);
				const title = page.locator('.sticky .graphic-title');
				await expect(title).toBeVisible();
				const box = (await title.boundingBox())!;
				const overlaps =
					box.x < menu.x + menu.width && menu.x < box.x + box.width && box.y < menu.y + menu.height && menu.y < box.y + box.height;
				expect(overlaps, `${edition} ${step.id}: title ${JSON.stringify(box)}, menu ${JSON.stringify(menu)}`).toBe(false);
			}
		}
	});

	test('the embed stepper, at its first, a middle and its last step and in every edition, has no axe violations', async ({ page }) => {
		const last = steps.at(-1)!.id;
		for (const path of ['/embed/', `/embed/steps/${steps[3]!.id}/`, `/embed/qps/steps/${steps[2]!.id}/`, `/embed/zh/steps/${last}/`]) {
			await page.goto(path);
			await expect(page.locator('.embed-stepper')).toBeVisible();
			expect(await axeViolations(page, path)).toEqual([]);
		}
		// The last step's page: Next leads nowhere, Back to the step before, in its own edition.
		await expect(page.locator('a.next')).toHaveAttribute('aria-disabled', 'true');
		await expect(page.locator('a.prev')).toHaveAttribute('href', `../${steps.at(-2)!.id}/`);
		await expect(page.locator('.counter')).toHaveText(`第${steps.length}步，共${steps.length}步`);
	});

	test('the Chinese embed is in Chinese too', async ({ page }) => {
		await page.goto('/embed/zh/');
		expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
		await expect(page.locator('.counter')).toHaveText(`第1步，共${steps.length}步`);
	});
});
