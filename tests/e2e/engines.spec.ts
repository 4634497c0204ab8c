/**
 * The story in the engines readers use besides Chromium: Firefox (Debian's ESR) and WebKit
 * (WebKitGTK's MiniBrowser, the engine of Safari), driven as tests/e2e/engines/ says. In each, at a
 * phone's size and a laptop's, in both editions: each step at a reading position (right step,
 * right chart, settled, labels apart by their ink), and no window error from the page's start
 * through a scroll of the story and of /explore/; the explorer's date change, the stepper's Next and
 * Back, reduced motion switching at once, the loader embed in the news host, and, without
 * JavaScript, each chart's text closed and hidden until opened. Where an engine
 * is missing its tests are skipped, and say what to install.
 */
import { test as base, expect } from '@playwright/test';
import { editionPaths, steps, EMBED_BOX } from './fixtures';
import { HOSTS_PORT } from './ports';
import { inkOfLabels, inkOverlaps } from './ink';
import type { Engine, EngineTab } from './engines/engine-tab';
import { firefox } from './engines/firefox';
import { webkit } from './engines/webkit';

const ENGINES = { firefox, webkit };
const SIZES = [
	{ width: 390, height: 844 },
	{ width: 1440, height: 900 }
];

/** Each worker starts an engine when a test first asks for it, and stops it when done. */
const test = base.extend<object, { engines: Record<string, Engine> }>({
	engines: [
		// eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern: none.
		async ({}, use) => {
			const started: Record<string, Engine> = {};
			await use(new Proxy(started, { get: (all, name: keyof typeof ENGINES) => (all[name] ??= ENGINES[name]()) }));
			for (const engine of Object.values(started)) await engine.close();
		},
		{ scope: 'worker' }
	]
});

const until = async <T>(read: () => Promise<T>, ok: (value: T) => boolean, timeout = 8000): Promise<T> => {
	const end = Date.now() + timeout;
	for (;;) {
		const value = await read();
		if (ok(value) || Date.now() > end) return value;
		await new Promise((r) => setTimeout(r, 100));
	}
};

/** The active step, the chart the graphic shows, and how far its morph is. */
function storyState() {
	const figure = document.querySelector('figure.graphic');
	return {
		step: document.documentElement.dataset.activeStep,
		chart: figure?.getAttribute('data-chart-state'),
		t: figure?.getAttribute('data-t')
	};
}

/** Scrolls so a step's first card is where a reader reads it: whole at the bottom on a phone, 40% down beside the text. */
function stopOnCard(id: string, phone: boolean): number {
	const card = document.querySelector(`#step-${id} .card`)!.getBoundingClientRect();
	const top = card.top + scrollY;
	scrollTo({ top: phone ? top + card.height - innerHeight + 8 : top - innerHeight * 0.4, behavior: 'instant' });
	return Math.round(scrollY);
}

for (const name of Object.keys(ENGINES) as (keyof typeof ENGINES)[])
	test.describe(name, () => {
		let tab: EngineTab;
		test.beforeEach(async ({ engines }) => {
			const missing = engines[name]!.missing();
			test.skip(missing !== null, `${missing}: the ${name} tests are skipped`);
		});
		test.afterEach(async () => {
			await tab?.close();
		});

		// The story's own two editions (the pseudo-locale's pages are the English ones' in other words,
		// read in Chromium): each engine run stays within the two minutes CI gives the engines.
		for (const size of SIZES)
			for (const edition of editionPaths.slice(0, 2))
				test(`${edition} at ${size.width}x${size.height}: every step, stopped on at a reading position, settles on its chart`, async ({
					engines
				}) => {
					test.setTimeout(90_000);
					tab = await engines[name]!.open();
					await tab.setSize(size);
					await tab.goto(edition);
					await until(
						() => tab.run(storyState),
						(s) => s.step !== undefined
					);
					// Every scroll, and each stylesheet added after the page's start: WebKit scrolls back to the
					// step the address names when such a sheet loads (src/build/page-script.ts), a move the
					// report then shows beside the stop.
					await tab.run(() => {
						const log: string[] = ((window as any).__scrolls = []);
						const now = () => Math.round(performance.now());
						addEventListener('scroll', () => log.push(`${Math.round(scrollY)}@${now()}`));
						new MutationObserver((changes) => {
							for (const added of changes.flatMap((change) => [...change.addedNodes]))
								if (added instanceof HTMLLinkElement && added.rel === 'stylesheet') log.push(`stylesheet ${added.href}@${now()}`);
						}).observe(document.head, { childList: true });
					});
					const wrong: string[] = [];
					for (const step of steps) {
						const stoppedAt = await tab.run(stopOnCard, step.id, size.width < 900);
						const state = await until(
							() => tab.run(storyState),
							(s) => s.step === step.id && s.chart === step.chart && s.t === '1.000'
						);
						// Still where it stopped: the page itself never moves a reader who has stopped.
						const movedTo = await tab.run((y: number) => (Math.abs(scrollY - y) > 2 ? Math.round(scrollY) : null), stoppedAt);
						if (state.step !== step.id || state.chart !== step.chart || state.t !== '1.000' || movedTo !== null)
							wrong.push(
								`${step.id}: ${JSON.stringify({ ...state, stoppedAt, movedTo, log: await tab.run(() => (window as any).__scrolls.slice(-6)) })}`
							);
						// Its labels apart, by their ink (engines' font boxes differ in height).
						const labels = await tab.run(inkOfLabels, '.sticky .layer svg text');
						for (const [i, a] of labels.entries())
							for (const b of labels.slice(i + 1)) if (inkOverlaps(a.box, b.box)) wrong.push(`${step.id}: ${a.key} overlaps ${b.key}`);
					}
					expect(wrong).toEqual([]);
					expect(await tab.windowErrors()).toEqual([]);
					expect(await tab.run(() => (window as any).__scrolls.filter((entry: string) => entry.startsWith('stylesheet')))).toEqual([]);
				});

		// (The story's pages are checked for window errors from their start at every reading position above.)
		for (const size of SIZES)
			for (const path of ['/explore/'])
				test(`${path} at ${size.width}x${size.height}: no window error from its start through a scroll down and back`, async ({
					engines
				}) => {
					tab = await engines[name]!.open();
					await tab.setSize(size);
					await tab.goto(path);
					await tab.run(async () => {
						for (const direction of [1, -1])
							for (let i = 0; i < 60; i++) {
								scrollBy({ top: direction * innerHeight * 0.5, behavior: 'instant' });
								await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
							}
						await new Promise((r) => setTimeout(r, 500));
					});
					expect(await tab.windowErrors()).toEqual([]);
				});

		test('the explorer settles on each date chosen', async ({ engines }) => {
			tab = await engines[name]!.open();
			await tab.setSize(SIZES[1]!);
			await tab.goto('/explore/');
			const months = await tab.run(() => [...document.querySelectorAll('[data-stop]')].map((s) => s.getAttribute('data-stop')!));
			expect(months.length).toBeGreaterThan(2);
			for (const month of [months[0]!, months[2]!]) {
				await tab.click(`[data-stop="${month}"]`);
				const shown = await until(
					() => tab.run(() => ['data-explore-date', 'data-settled'].map((a) => document.querySelector('[data-explorer]')!.getAttribute(a))),
					([date, settled]) => date === month && settled === 'true'
				);
				expect(shown).toEqual([month, 'true']);
			}
		});

		test('the stepper pages forward and back', async ({ engines }) => {
			tab = await engines[name]!.open();
			await tab.setSize(SIZES[0]!);
			await tab.goto('/embed/');
			const counter = () => tab.run(() => document.querySelector('.counter')!.textContent);
			expect(await until(counter, (text) => text === `Step 1 of ${steps.length}`)).toBe(`Step 1 of ${steps.length}`);
			await tab.click('a.next');
			expect(await until(counter, (text) => text === `Step 2 of ${steps.length}`)).toBe(`Step 2 of ${steps.length}`);
			await tab.click('a.prev');
			expect(await until(counter, (text) => text === `Step 1 of ${steps.length}`)).toBe(`Step 1 of ${steps.length}`);
		});

		test('with reduced motion, a step change shows its chart at once, with no frame between', async ({ engines }) => {
			tab = await engines[name]!.open({ reducedMotion: true });
			await tab.setSize(SIZES[1]!);
			await tab.goto('/#step-revenue');
			await until(
				() => tab.run(storyState),
				(s) => s.step === 'revenue' && s.t === '1.000'
			);
			expect(await tab.run(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
			await tab.run(() => {
				const figure = document.querySelector('.sticky figure.graphic')!;
				const between: string[] = ((window as any).__between = []);
				new MutationObserver(() => {
					const t = figure.getAttribute('data-t')!;
					if (t !== '1.000') between.push(t);
				}).observe(figure, { attributes: true, attributeFilter: ['data-t'] });
				document.getElementById('step-loss')!.scrollIntoView({ block: 'center', behavior: 'instant' });
			});
			const state = await until(
				() => tab.run(storyState),
				(s) => s.step === 'loss' && s.chart === 'money:online-loss'
			);
			expect(state).toMatchObject({ step: 'loss', chart: 'money:online-loss', t: '1.000' });
			expect(await tab.run(() => (window as any).__between)).toEqual([]);
		});

		test('without JavaScript, each chart’s text is closed and hidden until opened, then shown', async ({ engines }) => {
			tab = await engines[name]!.open({ javaScript: false });
			await tab.setSize(SIZES[0]!);
			await tab.goto('/');
			const texts = () =>
				tab.run(() =>
					[...document.querySelectorAll<HTMLDetailsElement>('details.chart-text')].map((details) => {
						const content = details.querySelector('[data-outline-unit], table, .figure-text, a[href^="#chart-text-"]')!;
						return `${details.open ? 'open' : 'closed'} ${content.checkVisibility() ? 'shown' : 'hidden'}`;
					})
				);
			// The page's own scripts did not run.
			expect(await tab.run(() => document.documentElement.dataset.activeStep ?? null)).toBeNull();
			const closed = await texts();
			expect(closed).toHaveLength(steps.length);
			expect(new Set(closed)).toEqual(new Set(['closed hidden']));
			// Opened from the page's DOM: Firefox's automation cannot click a page whose scripts are off.
			await tab.run((id: string) => document.querySelector<HTMLElement>(`#step-${id} details.chart-text summary`)!.click(), steps[0]!.id);
			expect((await texts())[0]).toBe('open shown');
		});

		test('the loader embed in a news page follows the host’s scroll, step by step', async ({ engines }) => {
			test.setTimeout(90_000);
			tab = await engines[name]!.open();
			await tab.setSize(SIZES[1]!);
			await tab.goto(`http://127.0.0.1:${HOSTS_PORT}/news.html?embed=loader`);
			const frame = 'iframe[src*="/embed/"]';
			const inFrame = () => tab.runInFrame(frame, storyState);
			await until(
				() => tab.runInFrame(frame, () => document.querySelector('[data-embed-mode]')?.getAttribute('data-embed-mode')),
				(mode) => mode === 'sticky'
			);
			const wrong: string[] = [];
			for (const step of steps) {
				await tab.run(
					(box, id) => {
						const card = document.querySelector(`${box} [data-step="${id}"] > *`)!.getBoundingClientRect();
						scrollTo({ top: card.bottom + scrollY - innerHeight + 20, behavior: 'instant' });
					},
					EMBED_BOX,
					step.id
				);
				const state = await until(inFrame, (s) => s.step === step.id && s.chart === step.chart && s.t === '1.000');
				if (state.step !== step.id || state.t !== '1.000') wrong.push(`${step.id}: ${JSON.stringify(state)}`);
			}
			expect(wrong).toEqual([]);
		});
	});
