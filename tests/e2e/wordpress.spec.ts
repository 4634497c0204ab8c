import type { Frame, Page } from '@playwright/test';
import { test, expect, steps, ELEMENT } from './fixtures';
import { FIXTURE_STORY_URL } from './ports';
import { unavailable } from '../tools/wordpress.mjs';
import { postLink, type WordPressCode } from './wordpress';

/**
 * Each code from /embed-help/ as a news site's editor pastes it into WordPress 6.1 (Debian's
 * package, default theme, a Custom HTML block in a post; wordpress.setup.ts posts them), read
 * in the published post at a phone's and a laptop's size. Saved by an administrator, every
 * code works, and the scroll-driven ones follow the post's scroll; saved by an author, whose
 * save WordPress filters, the article shows the story's own words and a link to it, never
 * CSS or JavaScript as text. The fixture fails a test on any console error.
 */

const ids = steps.map((s) => s.id);
const firstWords = steps[0]!.body.split('\n')[0]!.slice(0, 40);
const SIZES = [
	{ name: 'phone', width: 390, height: 844 },
	{ name: 'laptop', width: 1440, height: 900 }
];

test.skip(Boolean(unavailable()) && !process.env.CI, `${unavailable()}. Run it alone as root on Debian: npm run test:wordpress`);

/** The story's frame in the post, once its script has set the mode. */
async function storyFrame(page: Page, mode: string): Promise<Frame> {
	const handle = await page.waitForSelector('iframe[src*="/embed/"]');
	const frame = (await handle.contentFrame())!;
	await expect(frame.locator('[data-embed-mode]').first()).toHaveAttribute('data-embed-mode', mode);
	return frame;
}

/**
 * Scrolls the post from top to bottom in fifths of a screen, as a reader's wheel does, and
 * returns the steps the embed showed in the order it showed them (recorded where the story
 * runs: in its frame, or in the element's shadow root).
 */
async function stepsWhileScrolling(page: Page, where: Frame | 'element'): Promise<string[]> {
	const record = (tag: string | null) => {
		const target = tag ? document.querySelector(tag)!.shadowRoot!.querySelector('main.story')! : document.documentElement;
		const seen: string[] = [];
		const note = () => {
			const id = target.getAttribute('data-active-step');
			if (id && id !== seen.at(-1)) seen.push(id);
		};
		note();
		new MutationObserver(note).observe(target, { attributes: true, attributeFilter: ['data-active-step'] });
		(window as any).__seen = seen;
	};
	const inStory = <R>(fn: (arg: string | null) => R) => (where === 'element' ? page.evaluate(fn, ELEMENT) : where.evaluate(fn, null));
	await inStory(record);
	await page.evaluate(async () => {
		for (;;) {
			const before = scrollY;
			scrollBy({ top: innerHeight * 0.2, behavior: 'instant' });
			// pym.js passes the scroll on at most every 100 ms.
			await new Promise((r) => setTimeout(r, 120));
			if (scrollY === before) return;
		}
	});
	let last = '';
	await expect
		.poll(async () => {
			const now = (await inStory(() => (window as any).__seen as string[])).join();
			const still = now === last;
			last = now;
			return still;
		})
		.toBe(true);
	return last.split(',');
}

for (const size of SIZES) {
	test.describe(`saved by an administrator, read on a ${size.name} (${size.width}×${size.height})`, () => {
		test.beforeEach(async ({ page }) => page.setViewportSize({ width: size.width, height: size.height }));

		test('the loader: a sticky frame whose steps follow the post’s scroll, every one in order', async ({ page }) => {
			await page.goto(await postLink('loader', 'administrator'));
			const frame = await storyFrame(page, 'sticky');
			expect(await stepsWhileScrolling(page, frame)).toEqual(ids);
		});

		test('pym.js: the full-height feed follows the post’s scroll, every step in order', async ({ page }) => {
			await page.goto(await postLink('pym', 'administrator'));
			const frame = await storyFrame(page, 'feed');
			await expect(frame.locator('main.story.fed')).toBeAttached();
			expect(await stepsWhileScrolling(page, frame)).toEqual(ids);
		});

		test('the custom element: the story in the post, its steps following the scroll', async ({ page }) => {
			await page.goto(await postLink('element', 'administrator'));
			await page.waitForFunction((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('main.story figure.graphic'), ELEMENT);
			// Its light DOM (the steps as text, for where a CMS strips it) is not shown beside it.
			await expect(page.locator(`${ELEMENT} > ol`)).toBeHidden();
			expect(await stepsWhileScrolling(page, 'element')).toEqual(ids);
		});

		test('the plain iframe: the stepper, paged from its own buttons', async ({ page }) => {
			await page.goto(await postLink('iframe', 'administrator'));
			const frame = await storyFrame(page, 'stepper');
			await expect(frame.locator('.counter')).toHaveText(`Step 1 of ${ids.length}`);
			await frame.locator('.next').click();
			await expect(frame.locator('.counter')).toHaveText(`Step 2 of ${ids.length}`);
			// The <noscript> steps and link are for a CMS that strips frames: not shown here.
			await expect(page.locator(`main a[href="${FIXTURE_STORY_URL}/"]`)).toBeHidden();
		});

		test('a single chart: drawn, its frame sized to it by the loader', async ({ page }) => {
			await page.goto(await postLink('chart', 'administrator'));
			const handle = await page.waitForSelector('iframe[src*="/embed/"]');
			const frame = (await handle.contentFrame())!;
			await expect(frame.locator('figure').first()).toBeVisible();
			await expect
				.poll(async () => {
					const outer = (await handle.boundingBox())!.height;
					const inner = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
					return Math.abs(outer - inner);
				})
				.toBeLessThanOrEqual(2);
		});

		test('the text-only code: the steps and a link to the story', async ({ page }) => {
			await page.goto(await postLink('text', 'administrator'));
			await expect(page.locator('main ol li').first()).toContainText(firstWords);
			await expect(page.locator(`main a[href="${FIXTURE_STORY_URL}/"]`)).toBeVisible();
		});
	});

	test.describe(`saved by an author (WordPress filters the save), read on a ${size.name}`, () => {
		test.beforeEach(async ({ page }) => page.setViewportSize({ width: size.width, height: size.height }));

		for (const code of ['loader', 'pym', 'element', 'iframe', 'chart', 'text'] as WordPressCode[]) {
			test(`the ${code} code leaves no CSS or JavaScript text, and a link to the story`, async ({ page }) => {
				await page.goto(await postLink(code, 'author'));
				const article = page.locator('main');
				await expect(article).toContainText('of the host article');
				const text = await article.innerText();
				expect(text).not.toMatch(/[{}]|pym\.Parent|=>/);
				// Nothing of ours runs: no frame, no element.
				await expect(page.locator('iframe')).toHaveCount(0);
				await expect(page.locator(`main a[href="${FIXTURE_STORY_URL}/"]`)).toBeVisible();
				// The story's codes leave its steps, as the text-only code gives them (a chart's, a link).
				if (code !== 'chart') {
					await expect(article.locator('ol li')).toHaveCount(ids.length);
					await expect(article.locator('ol li').first()).toContainText(firstWords);
				}
				// Nothing runs off the side of a phone's screen.
				expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
			});
		}
	});
}
