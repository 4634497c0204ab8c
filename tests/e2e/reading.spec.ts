import type { Page } from '@playwright/test';
import { test, expect, steps, waitForStory, editionPaths } from './fixtures';
import { WIDE_LAYOUT_MIN_WIDTH } from '../../src/lib/scroll/trigger';
import { inkOfLabels, inkOverlaps } from './ink';

/**
 * The story as a reader meets it: they stop scrolling wherever they read a card, and the
 * graphic there must show that step, settled and in view. Run at phone, tablet and laptop sizes.
 */

type Box = { x: number; y: number; width: number; height: number };

/** Scroll positions where a step's card is being read. Phones: the whole card in view; beside the text: its top past the trigger line. */
async function readingPositions(page: Page, stepId: string): Promise<{ name: string; y: number }[]> {
	return page.evaluate(
		([id, wideMin]) => {
			const cards = [...document.querySelectorAll<HTMLElement>(`#step-${id} .card`)];
			const top = (el: HTMLElement) => el.getBoundingClientRect().top + window.scrollY;
			const first = cards[0]!;
			const last = cards.at(-1)!;
			const vh = window.innerHeight;
			if (window.innerWidth >= wideMin) {
				return [
					{ name: 'just past the trigger line', y: top(first) - vh * 0.48 },
					{ name: 'at a third of the screen', y: top(first) - vh * 0.3 },
					{ name: 'high', y: top(first) - vh * 0.04 }
				];
			}
			const lowest = top(first) + first.offsetHeight - vh;
			const highest = top(last);
			return [
				{ name: 'lowest whole card', y: lowest },
				{ name: 'between', y: (lowest + highest) / 2 },
				{ name: 'last card at the top', y: highest }
			];
		},
		[stepId, WIDE_LAYOUT_MIN_WIDTH] as const
	);
}

/** Stops at a scroll position: jumps there, the way a reader's scroll comes to rest. */
async function stopAt(page: Page, y: number): Promise<void> {
	await page.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), y);
}

/** Every label the graphic shows (visible units, leaders, bar labels): where its ink is on screen (ink.ts). */
const shownLabels = (page: Page): Promise<{ key: string; box: Box }[]> => page.evaluate(inkOfLabels, '.sticky .layer svg text');

const overlap = inkOverlaps;

/** What the shown drawing highlights, and which of the step's highlights it draws at all. */
function drawnHighlights(page: Page, highlight: readonly string[]): Promise<{ highlighted: string[]; expected: string[] }> {
	return page.evaluate((ids) => {
		const shown = (el: Element) =>
			getComputedStyle(el.closest('.layer')!).visibility !== 'hidden' && el.getAttribute('visibility') !== 'hidden';
		const idOf = (el: Element) => el.getAttribute('data-id') ?? el.getAttribute('data-leader') ?? el.getAttribute('data-bar');
		const drawn = [
			...document.querySelectorAll('.sticky .layer [data-id], .sticky .layer [data-leader], .sticky .layer [data-bar]')
		].filter(shown);
		return {
			highlighted: [...new Set(drawn.filter((el) => el.classList.contains('hl')).map(idOf))].sort() as string[],
			expected: ids.filter((id) => drawn.some((el) => idOf(el) === id)).sort()
		};
	}, highlight as string[]);
}

/**
 * The graphic has come to rest on the step: its chart state at t = 1 under the step's title,
 * what the step highlights highlighted, every label still (two reads apart give the same
 * boxes) and none overlapping another.
 */
async function expectSettled(page: Page, stepId: string, where: string): Promise<void> {
	const step = steps.find((s) => s.id === stepId)!;
	const figure = page.locator('.sticky figure.graphic');
	await expect(figure, where).toHaveAttribute('data-chart-state', step.chart);
	await expect(figure, where).toHaveAttribute('data-t', '1.000');
	const title = (await page.locator(`#step-${stepId} .chart-name`).textContent())!.replace(/^[:：]\s*/, '');
	await expect(page.locator('.sticky .graphic-title'), where).toHaveText(title);
	await expect(async () => {
		const { highlighted, expected } = await drawnHighlights(page, step.highlight);
		// (A step may highlight nothing: a big figure is all one mark.)
		if (step.highlight.length) expect(expected.length, `${where}: the step's highlights are drawn`).toBeGreaterThan(0);
		expect(highlighted, `${where}: highlights`).toEqual(expected);
	}).toPass({ timeout: 3000 });
	let labels: { key: string; box: Box }[] = [];
	await expect(async () => {
		const before = await shownLabels(page);
		await page.waitForTimeout(150);
		labels = await shownLabels(page);
		expect(labels, `${where}: labels at rest`).toEqual(before);
	}).toPass({ timeout: 3000 });
	// (A big figure is one number.)
	expect(labels.length, `${where}: labels drawn`).toBeGreaterThan(step.chart.startsWith('figure:') ? 0 : 2);
	// Collected, then asserted once: each expect() costs the test runner about 6 ms here.
	const overlapping = labels.flatMap((a, i) =>
		labels
			.slice(i + 1)
			.filter((b) => overlap(a.box, b.box))
			.map((b) => `${a.key} overlaps ${b.key}`)
	);
	expect(overlapping, `${where}: overlapping labels`).toEqual([]);
}

const sizes = [
	{ width: 360, height: 640 },
	{ width: 390, height: 844 },
	{ width: 1024, height: 768 },
	{ width: 1440, height: 900 }
];

for (const viewport of sizes) {
	const phone = viewport.width < WIDE_LAYOUT_MIN_WIDTH;
	test.describe(`at ${viewport.width}x${viewport.height}`, () => {
		test.use({ viewport, isMobile: phone, hasTouch: phone });

		test('wherever a reader stops on a step, the graphic settles on that step', async ({ page }) => {
			test.setTimeout(120_000);
			await page.goto('/');
			await waitForStory(page);
			for (const step of steps) {
				for (const { name, y } of await readingPositions(page, step.id)) {
					await stopAt(page, y);
					await expectSettled(page, step.id, `${step.id}, ${name}`);
				}
			}
		});

		test('scrolling back up into a step settles on that step again', async ({ page }) => {
			test.setTimeout(90_000);
			await page.goto('/');
			await waitForStory(page);
			for (let i = steps.length - 1; i > 0; i--) {
				const [current, previous] = [steps[i]!, steps[i - 1]!];
				await stopAt(page, (await readingPositions(page, current.id))[1]!.y);
				await expectSettled(page, current.id, `${current.id}, on the way up`);
				// Back up to where the previous step's card is read.
				await stopAt(page, (await readingPositions(page, previous.id)).at(-1)!.y);
				await expectSettled(page, previous.id, `${previous.id}, back up from ${current.id}`);
			}
		});
	});
}

/** Phones: at the lowest position where each card of a step is whole, the title and what the step highlights are in view, above the card. */
const phones = [
	{ width: 320, height: 568 },
	{ width: 360, height: 640 },
	{ width: 390, height: 844 },
	{ width: 430, height: 932 }
];
for (const edition of editionPaths) {
	for (const viewport of phones) {
		test.describe(`${edition} at ${viewport.width}x${viewport.height}`, () => {
			test.use({ viewport, isMobile: true, hasTouch: true });

			test('the card never covers the graphic’s title or what the step highlights', async ({ page }) => {
				test.setTimeout(90_000);
				await page.goto(edition);
				await waitForStory(page);
				for (const step of steps) {
					const cards = page.locator(`#step-${step.id} .card`);
					for (let c = 0; c < (await cards.count()); c++) {
						const where = `${step.id}, card ${c + 1}`;
						const card = cards.nth(c);
						expect((await card.boundingBox())!.height, `${where} fits the screen`).toBeLessThan(viewport.height * 0.75);
						await page.evaluate(
							([id, n]) => {
								const el = document.querySelectorAll<HTMLElement>(`#step-${id} .card`)[n]!;
								window.scrollTo({ top: el.getBoundingClientRect().bottom + window.scrollY - window.innerHeight, behavior: 'instant' });
							},
							[step.id, c] as const
						);
						const figure = page.locator('.sticky figure.graphic');
						await expect(figure, where).toHaveAttribute('data-chart-state', step.chart);
						await expect(figure, where).toHaveAttribute('data-t', '1.000');
						const cardBox = (await card.boundingBox())!;
						expect(cardBox.y + cardBox.height, `${where}: whole card in view`).toBeLessThanOrEqual(viewport.height + 1);
						const boxes = await page.evaluate(() =>
							[
								...document.querySelectorAll<SVGGraphicsElement>(
									'.sticky .graphic-title, .sticky .layer .hl:not([visibility="hidden"]), .sticky .layer .big-figure svg'
								)
							]
								.filter((el) => getComputedStyle(el.closest('.layer') ?? el).visibility !== 'hidden')
								.map((el) => {
									const r = el.getBoundingClientRect();
									return {
										what:
											el.getAttribute('data-id') ??
											el.getAttribute('data-leader-key') ??
											el.getAttribute('data-bar') ??
											el.getAttribute('data-link') ??
											el.getAttribute('class'),
										top: r.top,
										bottom: r.bottom,
										left: r.left,
										right: r.right
									};
								})
						);
						expect(boxes.length, `${where}: title and highlights drawn`).toBeGreaterThan(1);
						const outOfView = boxes
							.filter((box) => box.top < 0 || box.left < 0 || box.right > viewport.width || box.bottom > cardBox.y)
							.map((box) => `${box.what} ${JSON.stringify(box)}, card top ${cardBox.y}`);
						expect(outOfView, `${where}: cut off or under the card`).toEqual([]);
					}
				}
			});
		});
	}
}

/** Layout shift while reading: summed over a wheel scroll of the whole story, as Core Web Vitals count it. */
const widths = [
	{ width: 320, height: 568 },
	{ width: 390, height: 844 },
	{ width: 768, height: 1024 },
	{ width: 1024, height: 768 },
	{ width: 1440, height: 900 },
	{ width: 1920, height: 1080 }
];
for (const viewport of widths) {
	test.describe(`layout shift at ${viewport.width}x${viewport.height}`, () => {
		test.use({ viewport });

		for (const edition of editionPaths) {
			test(`${edition}: nothing moves under the reader over a scroll of the whole story`, async ({ page }) => {
				test.setTimeout(120_000);
				await page.addInitScript(() => {
					(window as any).__shift = [];
					new PerformanceObserver((list) => {
						for (const entry of list.getEntries() as any[])
							if (!entry.hadRecentInput) (window as any).__shift.push({ value: entry.value, at: Math.round(window.scrollY) });
					}).observe({ type: 'layout-shift', buffered: true });
				});
				await page.goto(edition);
				await waitForStory(page);
				await page.mouse.move(viewport.width / 2, viewport.height / 2);
				for (let i = 0; i < 400; i++) {
					await page.mouse.wheel(0, Math.round(viewport.height * 0.6));
					await page.waitForTimeout(40);
					const atEnd = await page.evaluate(() => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2);
					if (atEnd) break;
				}
				// The last step's morph has finished (any shift it caused is recorded by now).
				await expect(page.locator('.sticky figure.graphic')).toHaveAttribute('data-t', '1.000');
				await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
				const shifts: { value: number; at: number }[] = await page.evaluate(() => (window as any).__shift);
				const total = shifts.reduce((sum, s) => sum + s.value, 0);
				expect(total, JSON.stringify(shifts)).toBeLessThanOrEqual(0.01);
			});
		}
	});
}
