/**
 * The story in Firefox, as readers meet it there: Debian's Firefox ESR, driven over WebDriver
 * BiDi by puppeteer-core (Playwright drives only its own patched Firefox). At a phone's size and
 * a laptop's, in every edition: each step at a reading position (right step, right chart,
 * settled, labels apart by their ink), no window error from the page's start; the explorer's date change, the stepper's
 * Next and Back, reduced motion switching at once, and the loader embed in the news host.
 * FIREFOX names the browser; without one, the tests are skipped and say so.
 */
import { test as base, expect } from '@playwright/test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { editionPaths, steps, EMBED_BOX } from './fixtures';
import { FIXTURE_STORY_URL, HOSTS_PORT } from './ports';
import { inkOfLabels, inkOverlaps } from './ink';
import { recordWindowErrors } from './record-window-errors';

const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
const SIZES = [
	{ width: 390, height: 844 },
	{ width: 1440, height: 900 }
];

const launch = (prefs: Record<string, unknown> = {}) =>
	puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, extraPrefsFirefox: prefs });

const test = base.extend<{ firefox: Page }, { firefoxBrowser: Browser }>({
	// One Firefox per worker; each test a new tab with the error hook.
	firefoxBrowser: [
		// eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern: none.
		async ({}, use) => {
			const browser = await launch();
			await use(browser);
			await browser.close();
		},
		{ scope: 'worker' }
	],
	firefox: async ({ firefoxBrowser }, use) => {
		const page = await firefoxBrowser.newPage();
		await page.evaluateOnNewDocument(recordWindowErrors);
		await use(page);
		expect(await page.evaluate(() => (window as any).__windowErrors).catch(() => []), 'window errors').toEqual([]);
		await page.close();
	}
});

test.skip(!existsSync(FIREFOX), `no Firefox at ${FIREFOX} (apt-get install firefox-esr, or set FIREFOX): the Firefox tests are skipped`);

const until = async <T>(read: () => Promise<T>, ok: (value: T) => boolean, timeout = 8000): Promise<T> => {
	const end = Date.now() + timeout;
	for (;;) {
		const value = await read();
		if (ok(value) || Date.now() > end) return value;
		await new Promise((r) => setTimeout(r, 100));
	}
};

/** The active step, the chart the graphic shows, and how far its morph is. */
const storyState = (page: Page) =>
	page.evaluate(() => {
		const figure = document.querySelector('.sticky figure.graphic');
		return {
			step: document.documentElement.dataset.activeStep,
			chart: figure?.getAttribute('data-chart-state'),
			t: figure?.getAttribute('data-t')
		};
	});

for (const size of SIZES)
	for (const edition of editionPaths)
		test(`${edition} at ${size.width}x${size.height}: every step, stopped on at a reading position, settles on its chart`, async ({
			firefox: page
		}) => {
			test.setTimeout(90_000);
			await page.setViewport(size);
			await page.goto(`${FIXTURE_STORY_URL}${edition}`, { waitUntil: 'load' });
			await until(storyState.bind(null, page), (s) => s.step !== undefined);
			const wrong: string[] = [];
			for (const step of steps) {
				// A phone reader stops with the card whole at the bottom of the screen; a laptop reader with it 40% down.
				await page.evaluate(
					(id, phone) => {
						const card = document.querySelector(`#step-${id} .card`)!.getBoundingClientRect();
						const top = card.top + scrollY;
						scrollTo({ top: phone ? top + card.height - innerHeight + 8 : top - innerHeight * 0.4, behavior: 'instant' });
					},
					step.id,
					size.width < 900
				);
				const state = await until(
					() => storyState(page),
					(s) => s.step === step.id && s.chart === step.chart && s.t === '1.000'
				);
				if (state.step !== step.id || state.chart !== step.chart || state.t !== '1.000') wrong.push(`${step.id}: ${JSON.stringify(state)}`);
				// Its labels apart, by their ink (Firefox's font boxes are taller than Chromium's).
				const labels = await page.evaluate(inkOfLabels, '.sticky .layer svg text');
				for (const [i, a] of labels.entries())
					for (const b of labels.slice(i + 1)) if (inkOverlaps(a.box, b.box)) wrong.push(`${step.id}: ${a.key} overlaps ${b.key}`);
			}
			expect(wrong).toEqual([]);
		});

test('the explorer settles on each date chosen', async ({ firefox: page }) => {
	await page.setViewport(SIZES[1]!);
	await page.goto(`${FIXTURE_STORY_URL}/explore/`, { waitUntil: 'load' });
	const months = await page.$$eval('[data-stop]', (stops) => stops.map((s) => s.getAttribute('data-stop')!));
	expect(months.length).toBeGreaterThan(2);
	for (const month of [months[0]!, months[2]!]) {
		await page.click(`[data-stop="${month}"]`);
		const shown = await until(
			() => page.$eval('[data-explorer]', (e) => [e.getAttribute('data-explore-date'), e.getAttribute('data-settled')]),
			([date, settled]) => date === month && settled === 'true'
		);
		expect(shown).toEqual([month, 'true']);
	}
});

test('the stepper pages forward and back', async ({ firefox: page }) => {
	await page.setViewport(SIZES[0]!);
	await page.goto(`${FIXTURE_STORY_URL}/embed/`, { waitUntil: 'load' });
	const counter = () => page.$eval('.counter', (e) => e.textContent);
	expect(await counter()).toBe(`Step 1 of ${steps.length}`);
	await page.click('a.next');
	expect(await until(counter, (text) => text === `Step 2 of ${steps.length}`)).toBe(`Step 2 of ${steps.length}`);
	await page.click('a.prev');
	expect(await until(counter, (text) => text === `Step 1 of ${steps.length}`)).toBe(`Step 1 of ${steps.length}`);
});

test('with reduced motion, a step change shows its chart at once, with no frame between', async () => {
	const browser = await launch({ 'ui.prefersReducedMotion': 1 });
	try {
		const page = await browser.newPage();
		await page.setViewport(SIZES[1]!);
		await page.goto(`${FIXTURE_STORY_URL}/#step-revenue`, { waitUntil: 'load' });
		await until(storyState.bind(null, page), (s) => s.step === 'revenue' && s.t === '1.000');
		expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
		await page.evaluate(() => {
			(window as any).__between = [];
			new MutationObserver(() => {
				const t = document.querySelector('.sticky figure.graphic')!.getAttribute('data-t');
				if (t !== '1.000') (window as any).__between.push(t);
			}).observe(document.querySelector('.sticky figure.graphic')!, { attributes: true, attributeFilter: ['data-t'] });
			document.getElementById('step-loss')!.scrollIntoView({ block: 'center', behavior: 'instant' });
		});
		const state = await until(storyState.bind(null, page), (s) => s.step === 'loss' && s.chart === 'money:online-loss');
		expect(state).toMatchObject({ step: 'loss', chart: 'money:online-loss', t: '1.000' });
		expect(await page.evaluate(() => (window as any).__between)).toEqual([]);
	} finally {
		await browser.close();
	}
});

test('the loader embed in a news page follows the host’s scroll, step by step', async ({ firefox: page }) => {
	test.setTimeout(90_000);
	await page.setViewport(SIZES[1]!);
	await page.goto(`http://127.0.0.1:${HOSTS_PORT}/news.html?embed=loader`, { waitUntil: 'load' });
	const frame = await (await page.waitForSelector('iframe[src*="/embed/"]'))!.contentFrame();
	await until(
		() => frame.evaluate(() => document.querySelector('[data-embed-mode]')?.getAttribute('data-embed-mode')),
		(mode) => mode === 'sticky'
	);
	const wrong: string[] = [];
	for (const step of steps) {
		await page.evaluate(
			(box, id) => {
				const card = document.querySelector(`${box} [data-step="${id}"] > *`)!.getBoundingClientRect();
				scrollTo({ top: card.bottom + scrollY - innerHeight + 20, behavior: 'instant' });
			},
			EMBED_BOX,
			step.id
		);
		const state = await until(
			() =>
				frame.evaluate(() => {
					const figure = document.querySelector('figure.graphic');
					return {
						step: document.documentElement.dataset.activeStep,
						chart: figure?.getAttribute('data-chart-state'),
						t: figure?.getAttribute('data-t')
					};
				}),
			(s) => s.step === step.id && s.chart === step.chart && s.t === '1.000'
		);
		if (state.step !== step.id || state.t !== '1.000') wrong.push(`${step.id}: ${JSON.stringify(state)}`);
	}
	expect(wrong).toEqual([]);
});
