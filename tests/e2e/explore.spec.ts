/**
 * The explorer after the story, on its own page, embedded and after the last step, on the fixture
 * story's build: run by the phone (390×844) and desktop (1440×900) projects, in every edition.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, editionPaths } from './fixtures';
import { axeViolations } from './axe';
import { FIXTURE_FOLDER, inPseudoLocale, inSecondEdition } from '../fixtures/editions.mjs';

const dataset = JSON.parse(readFileSync(`${FIXTURE_FOLDER}/dataset.json`, 'utf8')) as {
	orgStates: { id: string; date: string; nodes: { unit: string }[] }[];
};
const months = dataset.orgStates.map((state) => state.date.slice(0, 7));
const unitsAt = (month: string) =>
	dataset.orgStates
		.find((s) => s.date.startsWith(month))!
		.nodes.map((n) => n.unit)
		.sort();

const explorer = (page: Page) => page.locator('[data-explorer]');
/** The explorer running, at rest on a date: the drawing is that state, not between two. */
async function settledOn(page: Page, month: string) {
	await expect(explorer(page)).toHaveAttribute('data-explore-ready', 'true');
	await expect(explorer(page)).toHaveAttribute('data-explore-date', month);
	await expect(explorer(page)).toHaveAttribute('data-settled', 'true');
}
const drawnUnits = (page: Page) =>
	page.locator('[data-explore-tree] g.unit[data-id]').evaluateAll((units) =>
		units
			.filter((u) => Number(u.getAttribute('opacity') ?? 1) > 0)
			.map((u) => u.getAttribute('data-id')!)
			.sort()
	);

for (const edition of editionPaths.map((path) => path.slice(1))) {
	test.describe(`the explorer, ${edition || 'en/'}`, () => {
		test('choosing each date settles on that state, its units drawn and its labels legible and apart', async ({ page }) => {
			await page.goto(`/${edition}explore/`);
			await settledOn(page, months.at(-1)!);
			for (const month of months) {
				await page.locator(`[data-stop="${month}"]`).click();
				await settledOn(page, month);
				await expect(page.locator('[data-explore-tree]')).toHaveAttribute('data-shown-to', month);
				expect(await drawnUnits(page)).toEqual(unitsAt(month));
				expect(new URL(page.url()).searchParams.get('date')).toBe(month === months.at(-1) ? null : month);
				const labels = await page.locator('[data-explore-tree] svg text').evaluateAll((texts) =>
					texts
						.filter((t) => getComputedStyle(t).visibility !== 'hidden' && Number(t.closest('g')?.getAttribute('opacity') ?? 1) > 0)
						.map((t) => {
							const r = t.getBoundingClientRect();
							return { size: parseFloat(getComputedStyle(t).fontSize), x: r.x, y: r.y, w: r.width, h: r.height };
						})
				);
				expect(Math.min(...labels.map((l) => l.size))).toBeGreaterThanOrEqual(12);
				const overlapping = labels.flatMap((a, i) =>
					labels
						.slice(i + 1)
						.filter((b) => a.x < b.x + b.w - 1 && b.x < a.x + a.w - 1 && a.y < b.y + b.h - 1 && b.y < a.y + a.h - 1)
						.map((b) => `${JSON.stringify(a)} and ${JSON.stringify(b)}`)
				);
				expect(overlapping, `labels overlap at ${month}`).toEqual([]);
			}
		});

		test('arrow keys step through the dates', async ({ page }) => {
			await page.goto(`/${edition}explore/`);
			await settledOn(page, months.at(-1)!);
			await page.locator(`[data-stop="${months.at(-1)}"] input`).focus();
			for (const month of [...months].reverse().slice(1)) {
				await page.keyboard.press('ArrowLeft');
				await settledOn(page, month);
			}
			await page.keyboard.press('ArrowRight');
			await settledOn(page, months[1]!);
			await expect(page.locator('[data-explore-announcement]')).not.toBeEmpty();
		});

		test('a drag along the timeline comes to rest on the date nearest where it stops', async ({ page }) => {
			await page.goto(`/${edition}explore/`);
			await settledOn(page, months.at(-1)!);
			const centre = async (month: string) => {
				const box = (await page.locator(`[data-stop="${month}"] input`).boundingBox())!;
				return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
			};
			const start = await centre(months[0]!);
			const third = await centre(months[2]!);
			const fourth = await centre(months[3]!);
			await page.mouse.move(start.x, start.y);
			await page.mouse.down();
			// Stop a little short of the fourth date: nearer it than the third.
			await page.mouse.move(fourth.x - (fourth.x - third.x) * 0.3, start.y, { steps: 8 });
			await page.mouse.up();
			await settledOn(page, months[3]!);
			await expect(page.locator('[data-explore-tree]')).toHaveAttribute('data-shown-to', months[3]!);
		});

		test('compare shows both dates, with the moved and merged units linked', async ({ page, isMobile }) => {
			await page.goto(`/${edition}explore/?date=2022-06&compare=2025-01`);
			await expect(explorer(page)).toHaveAttribute('data-explore-ready', 'true');
			await expect(explorer(page)).toHaveAttribute('data-explore-compare', '2025-01');
			// The shops merged, through the Retail Group, into Larkspur Direct; Wholesale moved under it.
			await expect(page.locator('[data-link-item="shops"]')).toBeVisible();
			await expect(page.locator('[data-link-item="wholesale"]')).toBeVisible();
			if (isMobile) {
				const toggle = page.locator('[data-compare="toggle"]');
				await expect(toggle).toBeVisible();
				const later = page.locator('[data-compare-tree="later"]');
				await expect(later).toHaveAttribute('data-tree-date', '2025-01');
				await expect(later.locator('g.unit.hl[data-id="direct"]')).toBeVisible();
				await toggle.locator('button').first().scrollIntoViewIfNeeded();
				await page.evaluate(() => window.scrollBy(0, -100));
				const before = await page.evaluate(() => window.scrollY);
				await toggle.locator('button').first().click();
				const earlier = page.locator('[data-compare-tree="earlier"]');
				await expect(earlier).toHaveAttribute('data-tree-date', '2022-06');
				await expect(earlier.locator('g.unit.hl[data-id="shops"]')).toBeVisible();
				expect(await page.evaluate(() => window.scrollY)).toBe(before);
			} else {
				await expect(page.locator('[data-compare="side-by-side"]')).toBeVisible();
				await expect(page.locator('[data-compare-tree="earlier"]')).toHaveAttribute('data-tree-date', '2022-06');
				await expect(page.locator('[data-compare-tree="later"]')).toHaveAttribute('data-tree-date', '2025-01');
				// Each link runs from the unit's row in the earlier tree to its row in the later one
				// (polled: the page's scroll bar may still be settling the trees' width).
				for (const [from, to] of [
					['shops', 'direct'],
					['wholesale', 'wholesale']
				]) {
					await expect
						.poll(() =>
							page.evaluate(
								([from, to]) => {
									const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
									const path = box(`[data-compare-link="${from}"]`);
									const a = box(`[data-compare-tree="earlier"] g.unit[data-id="${from}"] circle`);
									const b = box(`[data-compare-tree="later"] g.unit[data-id="${to}"] circle`);
									const [ya, yb] = [a.y + a.height / 2, b.y + b.height / 2];
									const ends = ya < yb ? [path.top, path.bottom] : [path.bottom, path.top];
									return Math.abs(ends[0]! - ya) < 1 && Math.abs(ends[1]! - yb) < 1 && path.right < b.left && path.left > a.right;
								},
								[from, to]
							)
						)
						.toBe(true);
				}
				expect(await page.locator('[data-compare-link]').count()).toBe(await page.locator('[data-link-item]').count());
			}
		});

		test('a unit’s history lists its sourced events, and where it sat at each date', async ({ page }) => {
			await page.goto(`/${edition}explore/`);
			await settledOn(page, months.at(-1)!);
			await page.locator('[data-unit-button="retail-group"]').click();
			const history = page.locator('[data-unit-history="retail-group"]');
			await expect(history).toBeVisible();
			// Brought into view under the list of units.
			await expect(history.locator('h3')).toBeInViewport();
			const data = await (await page.request.get(`/${edition}explore/data.json`)).json();
			const unit = data.units.find((u: { id: string }) => u.id === 'retail-group');
			await expect(history.locator('[data-history-line]')).toHaveCount(unit.history.length);
			for (const source of await history.locator('[data-history-source]').allTextContents())
				expect(source.trim().length).toBeGreaterThan(8);
			await expect(history.locator('[data-history-line]').first()).toContainText(unit.history[0].text);
			expect(new URL(page.url()).searchParams.get('unit')).toBe('retail-group');
			// The tree marks it too, at a date that draws it.
			await page.locator('[data-stop="2024-03"]').click();
			await settledOn(page, '2024-03');
			await expect(page.locator('[data-explore-tree] g.unit.hl[data-id="retail-group"]')).toBeVisible();
		});

		test('says why a unit is not drawn at a date, in the edition’s words alone', async ({ page }) => {
			await page.goto(`/${edition}explore/?date=2024-03&unit=retail-group`);
			const history = page.locator('[data-unit-history="retail-group"]');
			await expect(history).toBeVisible();
			// Not yet formed in 2020 and 2022; from January 2025 a recorded change has merged it into Larkspur Direct.
			const words = {
				'': ['Not shown on this chart', 'Merged into Larkspur Direct'],
				'zh/': ['本图未显示', `已并入${inSecondEdition('Larkspur Direct')}`],
				'qps/': [inPseudoLocale('Not shown on this chart'), inPseudoLocale(`Merged into ${inPseudoLocale('Larkspur Direct')}`)]
			}[edition]!;
			await expect(history.locator('[data-absent]')).toHaveText([words[0]!, words[0]!, words[1]!]);
			// No other edition's text on the page: each marks its own (the fixture's second edition "中文：", the pseudo-locale ⟦…⟧).
			const text = await page.locator('main').innerText();
			if (edition !== 'zh/') expect(text).not.toContain(inSecondEdition(''));
			if (edition !== 'qps/') expect(text).not.toContain('⟦');
		});

		test('a shared address restores the view, and a bad one falls back to the default', async ({ page }) => {
			await page.goto(`/${edition}explore/?date=2024-03&compare=2020-01&unit=wholesale`);
			await expect(explorer(page)).toHaveAttribute('data-explore-ready', 'true');
			await expect(explorer(page)).toHaveAttribute('data-explore-date', '2024-03');
			await expect(explorer(page)).toHaveAttribute('data-explore-compare', '2020-01');
			await expect(page.locator('[data-unit-history="wholesale"]')).toBeVisible();
			await expect(page.locator('[data-unit-button="wholesale"]')).toHaveAttribute('aria-pressed', 'true');

			await page.goto(`/${edition}explore/?date=2023-13&compare=%E0%A4%A&unit=%3Cscript%3E`);
			await settledOn(page, months.at(-1)!);
			await expect(explorer(page)).toHaveAttribute('data-explore-compare', '');
			await expect(page.locator('[data-unit-history]')).toHaveCount(0);
		});

		test('axe finds nothing, with a comparison and a unit’s history open', async ({ page }) => {
			await page.goto(`/${edition}explore/?date=2022-06&compare=2025-01&unit=direct`);
			await expect(page.locator('[data-unit-history="direct"]')).toBeVisible();
			expect(await axeViolations(page, 'compared, history open')).toEqual([]);
			await page.goto(`/${edition}explore/?date=2024-03`);
			await settledOn(page, '2024-03');
			expect(await axeViolations(page, '2024-03')).toEqual([]);
		});

		test('with reduced motion a date shows at once, with no frame between two states', async ({ page }) => {
			await page.emulateMedia({ reducedMotion: 'reduce' });
			await page.goto(`/${edition}explore/`);
			await settledOn(page, months.at(-1)!);
			const tree = page.locator('[data-explore-tree]');
			await page.evaluate(() => {
				(window as any).__between = 0;
				new MutationObserver(() => {
					const t = document.querySelector('[data-explore-tree]')!;
					if (t.getAttribute('data-shown-from') !== t.getAttribute('data-shown-to')) (window as any).__between++;
				}).observe(document.querySelector('[data-explore-tree]')!, { attributes: true });
			});
			await page.locator(`[data-stop="${months[0]}"]`).click();
			await settledOn(page, months[0]!);
			await expect(tree).toHaveAttribute('data-shown-from', months[0]!);
			expect(await page.evaluate(() => (window as any).__between)).toBe(0);
		});

		test('the embeddable explorer works in a frame of its own, kept out of search results', async ({ page }) => {
			await page.goto(`/embed/${edition}explore/?date=2024-03`);
			await settledOn(page, '2024-03');
			await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
			await page.locator(`[data-stop="${months[2]}"]`).click();
			await settledOn(page, months[2]!);
		});

		test('after the story’s last step, it loads only when reached, and keeps its state in the address', async ({ page }) => {
			const requested: string[] = [];
			page.on('request', (request) => requested.push(new URL(request.url()).pathname));
			await page.goto(`/${edition}`);
			await page.waitForLoadState('networkidle');
			expect(requested.filter((path) => path.includes('explore'))).toEqual([]);
			const scripts = requested.filter((path) => path.endsWith('.js')).length;
			await page.locator('#explore').scrollIntoViewIfNeeded();
			await settledOn(page, months.at(-1)!);
			expect(requested).toContain(`/${edition}explore/data.json`);
			// Its code came then, in a chunk of its own.
			expect(requested.filter((path) => path.endsWith('.js')).length).toBeGreaterThan(scripts);
			await page.locator(`[data-stop="${months[1]}"]`).click();
			await settledOn(page, months[1]!);
			await expect(page).toHaveURL(new RegExp(`\\?date=${months[1]}#explore$`));
			await page.reload();
			await settledOn(page, months[1]!);
			await expect(page.locator('#explore')).toBeInViewport();
		});
	});
}

test.describe('readers without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	for (const edition of editionPaths.map((path) => path.slice(1)))
		test(`get the table of units × dates in the explorer's place, ${edition || 'en/'}`, async ({ page }) => {
			await page.goto(`/${edition}explore/`);
			await expect(page.locator('.explore-live')).toBeHidden();
			const table = page.locator('table.placements');
			await expect(table).toBeVisible();
			await expect(table.locator('thead th')).toHaveCount(months.length + 1);
			const units = new Set(dataset.orgStates.flatMap((s) => s.nodes.map((n) => n.unit)));
			await expect(table.locator('tbody tr')).toHaveCount(units.size);
			// Each cell cites a source listed under the table.
			const refs = await table.locator('sup a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
			expect(refs.length).toBeGreaterThan(units.size);
			for (const ref of new Set(refs)) await expect(page.locator(ref)).toHaveCount(1);
			// The story page leads there from the explorer's place.
			await page.goto(`/${edition}`);
			await expect(page.locator('#explore a[href$="explore/"]')).toBeVisible();
			await expect(page.locator('#explore .without-js')).toBeVisible();
		});
});

test.describe('the story’s timeline strip', () => {
	test('marks the date of the state shown, between the title and the chart', async ({ page }) => {
		await page.goto('/#step-wholesale');
		const strip = page.locator('[data-timeline-strip]');
		await expect(strip).toHaveAttribute('data-timeline-label', 'Jun 2022');
		const body = (await page.locator('[data-graphic-body]').boundingBox())!;
		const box = (await strip.boundingBox())!;
		expect(box.y + box.height).toBeLessThanOrEqual(body.y + 0.5);
		await page.goto('/zh/#step-merger');
		await expect(page.locator('[data-timeline-strip]')).toHaveAttribute('data-timeline-label', '2024年3月');
	});
});

test.describe('at 320 px wide', () => {
	test.use({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
	// It sets its own (phone) size, so the desktop project would only run it a second time.
	test.beforeEach(() => test.skip(test.info().project.name === 'desktop', 'a phone size: run in the phone project'));

	for (const edition of editionPaths.map((path) => path.slice(1)))
		test(`every date's tree and the timeline keep labels of 12 px or more, apart, ${edition || 'en/'}`, async ({ page }) => {
			const apart = async (selector: string) => {
				const boxes = await page.locator(selector).evaluateAll((elements) =>
					elements
						.filter((e) => getComputedStyle(e).visibility !== 'hidden' && Number(e.closest('g')?.getAttribute('opacity') ?? 1) > 0)
						.map((e) => {
							const r = e.getBoundingClientRect();
							return { size: parseFloat(getComputedStyle(e).fontSize), x: r.x, y: r.y, w: r.width, h: r.height, right: r.right };
						})
				);
				expect(boxes.length).toBeGreaterThan(0);
				expect(Math.min(...boxes.map((b) => b.size))).toBeGreaterThanOrEqual(12);
				expect(Math.max(...boxes.map((b) => b.right))).toBeLessThanOrEqual(320);
				const overlapping = boxes.flatMap((a, i) =>
					boxes
						.slice(i + 1)
						.filter((b) => a.x < b.x + b.w - 1 && b.x < a.x + a.w - 1 && a.y < b.y + b.h - 1 && b.y < a.y + a.h - 1)
						.map((b) => `${JSON.stringify(a)} and ${JSON.stringify(b)}`)
				);
				expect(overlapping, selector).toEqual([]);
			};
			await page.goto(`/${edition}explore/`);
			await settledOn(page, months.at(-1)!);
			await apart('.stop .month');
			for (const month of months) {
				await page.locator(`[data-stop="${month}"]`).click();
				await settledOn(page, month);
				await apart('[data-explore-tree] svg text');
			}
			await page.goto(`/${edition}explore/?date=2022-06&compare=2025-01`);
			await expect(explorer(page)).toHaveAttribute('data-explore-ready', 'true');
			await apart('[data-compare-tree] svg text');
		});
});
