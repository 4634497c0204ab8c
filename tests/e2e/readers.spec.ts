import { test, expect, steps, waitForStory, activeStep, scrollIntoStep, editionPaths } from './fixtures';
import { axeViolations } from './axe';

const charts = [...new Set(steps.map((s) => s.chart))];

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('every step shows its copy, a drawing of its chart state and its data, and no empty sticky box', async ({ page }) => {
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
			expect(box.height).toBeGreaterThan(100);
			expect(box.x + box.width).toBeLessThanOrEqual(column.x + column.width + 0.5);
			// Each chart's text is in the page once: a step showing an earlier step's chart links to it.
			const text = card.locator('details.chart-text');
			const link = text.locator('a[href^="#chart-text-"]');
			const home = (await link.count()) ? page.locator((await link.getAttribute('href'))!) : text;
			await expect(home).toHaveAttribute('data-chart-text', step.chart);
			const data = step.chart.startsWith('money:') ? home.locator('table tbody tr').first() : home.locator('[data-outline-unit]').first();
			await expect(data).toBeAttached();
			if (home === text) await expect(data).toBeVisible();
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
	// Drawings are files; the page's HTML has none.
	expect(html).not.toContain('<svg');
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
	await page.goto('/#step-split-2021');
	await waitForStory(page);
	const live = page.locator('figure.graphic [data-graphic-announcement]');
	await expect(live).toHaveAttribute('aria-live', 'polite');
	await expect(live).toHaveText('Chart: December 2021: split by geography');
	await scrollIntoStep(page, 'aidc-losses', 0.1);
	await expect(live).toHaveText('Chart: AIDC adjusted EBITA (a loss)');
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
	expect(await page.title()).toContain('Alibaba');
	expect(await meta('meta[name="description"]')).toContain('November 2024');
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
	expect(data.figures.find((f: { id: string }) => f.id === 'aidc-ebita-2024q3')).toMatchObject({
		value: -2.905,
		source: { source: 'article', line: 17 }
	});
	const response = await request.get(
		new URL((await page.locator('.downloads a', { hasText: 'CSV' }).getAttribute('href'))!, page.url()).href
	);
	// Served as UTF-8 and marked so in the file: Excel on Windows then reads the Chinese columns right.
	expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
	const bytes = await response.body();
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const csv = new TextDecoder('utf-8').decode(bytes);
	expect(csv.split('\r\n')[0]).toMatch(/^kind,id,state,name,/);
	expect(csv).toContain('阿里国际数字商业集团');
	expect(csv).toContain('figure,aidc-ebita-2024q3,');
});

test.describe('the Chinese edition', () => {
	test('is in Chinese from <html> down, with Chinese dates and names', async ({ page }) => {
		await page.goto('/zh/');
		await waitForStory(page);
		expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
		await expect(page.locator('.dateline')).toHaveText('2026年11月25日');
		await expect(page.locator('h1')).toContainText('阿里巴巴');
		await page.goto('/zh/#step-split-2021');
		await expect(page.locator('figure.graphic [data-id="china-digital-commerce"] tspan.label')).toHaveText('中国数字商业板块');
		await expect(page.locator('figure.graphic [data-leader="dai-shan"] text')).toContainText('戴珊');
		await page.goto('/');
		// The English edition is British English (its dates, its spelling).
		expect(await page.locator('html').getAttribute('lang')).toBe('en-GB');
	});

	test('writes money in 亿元 where the English writes billion yuan', async ({ page }) => {
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

	test('the language switch keeps the current step, both ways', async ({ page }) => {
		await page.goto('/#step-growth');
		await waitForStory(page);
		await expect.poll(() => activeStep(page)).toBe('growth');
		await page.locator('a.language-switch').click();
		await expect(page).toHaveURL(/\/zh\/#step-growth$/);
		await waitForStory(page);
		await expect.poll(() => activeStep(page)).toBe('growth');
		await scrollIntoStep(page, 'competition', 0.4);
		await expect.poll(() => activeStep(page)).toBe('competition');
		await page.locator('a.language-switch').click();
		await expect(page).toHaveURL(/\/#step-competition$/);
		expect(new URL(page.url()).pathname).not.toContain('/zh/');
		await waitForStory(page);
		await expect.poll(() => activeStep(page)).toBe('competition');
	});

	test('the language switch never covers the graphic’s title, in either edition, at any step', async ({ page }) => {
		test.setTimeout(60_000);
		for (const edition of editionPaths) {
			await page.goto(edition);
			await waitForStory(page);
			const button = (await page.locator('a.language-switch').boundingBox())!;
			for (const step of steps) {
				await scrollIntoStep(page, step.id, 0.4);
				await expect.poll(() => activeStep(page)).toBe(step.id);
				const title = page.locator('.sticky .graphic-title');
				await expect(title).toBeVisible();
				const box = (await title.boundingBox())!;
				const overlaps =
					box.x < button.x + button.width &&
					button.x < box.x + box.width &&
					box.y < button.y + button.height &&
					button.y < box.y + box.height;
				expect(overlaps, `${edition} ${step.id}: title ${JSON.stringify(box)}, switch ${JSON.stringify(button)}`).toBe(false);
			}
		}
	});

	test('the embed stepper, at its first, a middle and its last step and in both editions, has no axe violations', async ({ page }) => {
		const last = steps.at(-1)!.id;
		for (const path of ['/embed/', `/embed/steps/${steps[3]!.id}/`, `/embed/zh/steps/${last}/`]) {
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
