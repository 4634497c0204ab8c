/**
 * A second story, built from content alone: the made-up one in tests/fixtures/stories/larkspur/
 * (four org states, two bar charts, a big figure; seven steps), written in three editions by
 * tests/fixtures/editions.mjs and built beside the configured story (playwright.config.ts). It
 * proves the engine carries nothing of the published stories in data/.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import archieml from 'archieml';
import { test, expect, scrollIntoStep, waitForStory, editionPaths } from './fixtures';
import { filesIn } from '../../src/build/build-files.mjs';
import { STRINGS } from '../../src/lib/i18n/strings';

const FOLDER = 'tests/fixtures/stories/larkspur';
const copy = archieml.load(readFileSync(`${FOLDER}/story.en.aml`, 'utf8'));
const dataset = JSON.parse(readFileSync(`${FOLDER}/dataset.json`, 'utf8'));
const steps = copy.steps as { id: string; chart: string; body: string }[];
/**
 * What would give a published story away (each folder in data/): its folder, slug and embed name,
 * and its top unit's name in every edition, as the build would write them.
 */
const published = readdirSync('data')
	.filter((name) => existsSync(`data/${name}/story.json`))
	.flatMap((name) => {
		const settings = JSON.parse(readFileSync(`data/${name}/story.json`, 'utf8'));
		const top = JSON.parse(readFileSync(`data/${name}/dataset.json`, 'utf8')).units[0].name as Record<string, string>;
		return [name, settings.slug, settings.embedName, ...Object.values(top)] as string[];
	});
const titleOf = (chart: string) => dataset.charts.find((c: { id: string }) => c.id === chart).title.en as string;

for (const size of [
	{ width: 390, height: 844, isMobile: true, hasTouch: true },
	{ width: 1440, height: 900, isMobile: false, hasTouch: false }
]) {
	test.describe(`at ${size.width}x${size.height}`, () => {
		test.use({ viewport: { width: size.width, height: size.height }, isMobile: size.isMobile, hasTouch: size.hasTouch });

		test('scrolling through the story, the graphic settles on each step’s chart, titled from the data', async ({ page }) => {
			await page.goto('/');
			await waitForStory(page);
			expect(steps.map((s) => s.chart)).toEqual([
				'org:2020',
				'org:2022',
				'org:2024',
				'org:2025',
				'money:online',
				'money:online-loss',
				'figure:online-share'
			]);
			for (const step of steps) {
				await scrollIntoStep(page, step.id, 0.3);
				await expect.poll(() => page.evaluate(() => document.documentElement.dataset.activeStep)).toBe(step.id);
				const graphic = page.locator('figure.graphic');
				await expect(graphic).toHaveAttribute('data-chart-state', step.chart);
				await expect(graphic).toHaveAttribute('data-t', '1.000');
				await expect(graphic.locator('.graphic-title')).toHaveText(titleOf(step.chart));
				await expect(page.locator(`#step-${step.id} .card p`).first()).toBeInViewport();
			}
			// What each kind draws at its step: the merged unit, the bar, the big figure.
			await scrollIntoStep(page, 'merger', 0.3);
			await expect(page.locator('[data-layer="org"]')).toContainText('Retail Group');
			await scrollIntoStep(page, 'revenue', 0.3);
			await expect(page.locator('[data-layer="bars"] [data-bar="online-2023"]')).toBeVisible();
			await scrollIntoStep(page, 'share', 0.3);
			const figure = page.locator('[data-layer="figure"] [data-figure-chart="figure:online-share"]');
			await expect(figure).toBeVisible();
			await expect(figure).toContainText('38%');
			await expect(figure).toContainText('of Larkspur');
		});
	});
}

test('its own editions: a link to each other one, no page in a language it does not list, and share metadata from the story', async ({
	page,
	request
}) => {
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', /^en\b/);
	await expect(page.locator('[data-language-switch]')).toHaveCount(editionPaths.length - 1);
	expect((await request.get('/de/')).status()).toBe(404);
	expect(await page.title()).toContain('made-up tea company');
	expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe('https://graphics.example.org/larkspur-reorg/');
	const png = await (await request.get('/social-card.png')).body();
	expect(png.subarray(1, 4).toString()).toBe('PNG');
	expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
});

test('the downloads are named after the story and hold its data', async ({ page, request }) => {
	await page.goto('/');
	const href = (await page.locator('.downloads a', { hasText: 'JSON' }).getAttribute('href'))!;
	expect(href).toMatch(/data\/larkspur-reorg\.json$/);
	const data = await (await request.get(new URL(href, page.url()).href)).json();
	expect(data.charts.map((c: { id: string }) => c.id)).toContain('figure:online-share');
	const csv = await request.get('/data/larkspur-reorg.csv');
	expect(await csv.text()).toContain('Share of sales made online, 2023');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('every step shows its copy and a still drawing of its chart state, the big figure too', async ({ page }) => {
		await page.goto('/');
		for (const step of steps) {
			const card = page.locator(`#step-${step.id}`);
			await card.locator('.card').first().scrollIntoViewIfNeeded();
			await expect(card.locator('.card p').first()).toBeVisible();
			const still = card.locator(`.static-graphic[data-static-chart="${step.chart}"] img`);
			await expect(still).toBeVisible();
			await expect.poll(() => still.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(300);
		}
		// The big figure's still is a picture; its number is in the text beside it.
		const figure = await (await page.request.get((await page.locator('#step-share .static-graphic img').getAttribute('src'))!)).text();
		expect(figure).toContain('38%');
		expect(await page.locator('#step-share details.chart-text').textContent()).toContain('38%');
	});
});

test('the embeds run the second story: the stepper, a single chart, the loader and the custom element', async ({ page }) => {
	await page.goto('/embed/');
	await expect(page.locator('figure.graphic')).toHaveAttribute('data-chart-state', 'org:2020');
	await page.goto('/embed/figure-online-share/');
	await expect(page.locator('[data-figure-chart="figure:online-share"]')).toContainText('38%');
	await page.goto('/embed-help/');
	// The codes name the story's own box and pym container (its embedName).
	const loader = await page.locator('[data-embed-code="loader"]').inputValue();
	expect(loader).toContain('<div data-larkspur-story data-layout="sticky">');
	// Its layout's <style> is scoped to that box too.
	expect(loader).toMatch(/<style><!--\[data-larkspur-story\]\[data-layout\]>iframe\{/);
	for (const name of published) expect(loader).not.toContain(name);
	expect(await page.locator('[data-embed-code="pym"]').inputValue()).toMatch(/^<div id="larkspur-story" data-pym-src=/);
	// The custom element, named after the story (<slug>-story), telling its first step.
	await page.evaluate(
		() =>
			new Promise((resolve, reject) => {
				const script = document.createElement('script');
				script.src = new URL('../element/story-element.js', location.href).href;
				script.onload = resolve;
				script.onerror = reject;
				document.head.append(script);
			})
	);
	await page.evaluate(() => document.body.append(document.createElement('larkspur-reorg-story')));
	await expect(page.locator('larkspur-reorg-story .card p').first()).toContainText('Larkspur Tea, a company invented for this test');
});

test('nothing of a published story is in the second story’s build', () => {
	const files = filesIn(process.env.SECOND_STORY_BUILD ?? 'build-larkspur', ['.html', '.js', '.json', '.csv', '.css']);
	expect(files.length).toBeGreaterThan(20);
	expect(published.length).toBeGreaterThan(3);
	const found = files.flatMap((file) => {
		const text = readFileSync(file, 'utf8').toLowerCase();
		return published.filter((name) => text.includes(name.toLowerCase())).map((name) => `${file}: ${name}`);
	});
	expect(found).toEqual([]);
});

test('the custom element carries the strings of the edition it shows, and no other language’s', () => {
	const element = readFileSync(`${process.env.SECOND_STORY_BUILD ?? 'build-larkspur'}/element/story-element.js`, 'utf8');
	const view = JSON.parse(readFileSync(`${process.env.SECOND_STORY_BUILD ?? 'build-larkspur'}/story-view.json`, 'utf8'));
	// Each language's name for its own edition: a string of its strings module alone.
	const names = Object.fromEntries(Object.entries(STRINGS).map(([lang, strings]) => [lang, strings.editionName]));
	expect(Object.keys(names).length).toBeGreaterThan(2);
	const carried = Object.entries(names)
		.filter(([, name]) => element.includes(name))
		.map(([lang]) => lang);
	expect(carried).toEqual([view.copy.lang]);
});
