import { test as base, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import archieml from 'archieml';
import { triggerOffset } from '../../src/lib/scroll/trigger';
import { editionPath } from '../../src/lib/i18n/editions';
import { copyFile, settingsFile } from '../../src/lib/data/story-folder';
import type { Lang } from '../../src/lib/i18n/lang';
import { FIXTURE_EDITIONS, FIXTURE_FOLDER } from '../fixtures/editions.mjs';

/**
 * The engine's end-to-end tests read the fixture story's build (FIXTURE_STORY_URL), written in
 * three editions (tests/fixtures/editions.mjs); a published story's own checks, in
 * data/<story>/checks/, read its build. What the tests expect is read from the fixture's source.
 */

/** The story's settings: its embed name (the protocol's messages, the loader's box) and slug (the custom element). */
export const settings: { slug: string; embedName: string } = JSON.parse(readFileSync(settingsFile(FIXTURE_FOLDER), 'utf8'));
/** The custom element the story's element script defines. */
export const ELEMENT = `${settings.slug}-story`;
/** The loader's box on a host page: `<div data-<embedName>>`. */
export const EMBED_BOX = `[data-${settings.embedName}]`;

/** The story's steps as the copy file lists them: the order a reader meets them. */
export const steps: { id: string; chart: string; body: string; highlight: string[] }[] = (
	archieml.load(readFileSync(copyFile(FIXTURE_FOLDER, 'en'), 'utf8')).steps as any[]
).map((s) => ({
	id: s.id,
	chart: s.chart,
	body: s.body,
	highlight: String(s.highlight ?? '')
		.split(',')
		.map((id: string) => id.trim())
		.filter(Boolean)
}));

/**
 * The editions the build publishes, as paths under the site: '/' for the source language, '/zh/'
 * for the others. Tests loop over these, so an edition added to the fixture's list is tested.
 */
export const editionPaths: string[] = (FIXTURE_EDITIONS as Lang[]).map((lang) => `/${editionPath(lang)}`);

/** Fails any test in which the page logs a console error or throws. */
export const test = base.extend<{ consoleErrors: string[] }>({
	consoleErrors: [
		async ({ page }, use) => {
			const errors: string[] = [];
			page.on('console', (message) => {
				if (message.type() === 'error') errors.push(message.text());
			});
			page.on('pageerror', (error) => errors.push(String(error)));
			await use(errors);
			// The page outlives the test (reuseContext): no listener of this test hears the next one.
			page.removeAllListeners('console');
			page.removeAllListeners('pageerror');
			page.removeAllListeners('request');
			expect(errors, 'console errors').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** Records every `storystep` event from the first script on. */
export async function recordStoryEvents(page: Page): Promise<void> {
	await page.addInitScript(() => {
		(window as any).__storySteps = [];
		window.addEventListener('storystep', (e) => (window as any).__storySteps.push((e as CustomEvent).detail));
	});
}

export function storyEvents(page: Page): Promise<{ id: string; index: number; progress: number }[]> {
	return page.evaluate(() => (window as any).__storySteps);
}

/** Waits until the story's scroll controller is running (the page's script has set up). */
export async function waitForStory(page: Page): Promise<void> {
	await page.waitForFunction(() => document.documentElement.dataset.activeStep !== undefined);
}

export async function activeStep(page: Page): Promise<string | undefined> {
	return page.evaluate(() => document.documentElement.dataset.activeStep);
}

/**
 * Scrolls to the end (or the top) in increments of a fifth of the viewport, two animation frames
 * apart: the observers report after the first frame that shows a position, before the second.
 * The whole walk runs in the page, so no round trip to the test slows the pace.
 */
export async function scrollGradually(page: Page, direction: 1 | -1, fraction = 0.2): Promise<void> {
	await page.evaluate(
		async ([dir, share]) => {
			for (;;) {
				const before = window.scrollY;
				window.scrollBy({ top: dir * window.innerHeight * share, behavior: 'instant' });
				await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
				if (window.scrollY === before) return;
			}
		},
		[direction, fraction] as const
	);
}

/** Consecutive duplicates removed: the order in which distinct steps were visited. */
export function visitOrder(ids: string[]): string[] {
	return ids.filter((id, i) => id !== ids[i - 1]);
}

/** Scrolls so the trigger line is `travelled` viewport heights into a step: 0 is the moment the step becomes active. */
export async function scrollIntoStep(page: Page, stepId: string, travelled: number): Promise<void> {
	const trigger = triggerOffset(page.viewportSize()!.width);
	await page.evaluate(
		([id, distance, line]) => {
			const step = document.getElementById(`step-${id}`)!;
			const top = step.getBoundingClientRect().top + window.scrollY;
			window.scrollTo({ top: top - window.innerHeight * line + window.innerHeight * distance, behavior: 'instant' });
		},
		[stepId, travelled, trigger] as const
	);
}

/** A unit's or leader's position in the chart, from its SVG transform. */
export async function chartPosition(page: Page, selector: string): Promise<{ x: number; y: number }> {
	const transform = await page.locator(selector).getAttribute('transform');
	const match = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(transform ?? '');
	if (!match) throw new Error(`no translate() on ${selector}: ${transform}`);
	return { x: Number(match[1]), y: Number(match[2]) };
}

/**
 * Scrolls just into a step and holds its played morph where it is `at` of the way (0..1): every
 * animation in the graphic is paused there (the compositor plays them; see charts/motion.ts), so
 * the test reads the morph's middle however loaded the machine is. Resolves to the number of
 * animations held: 0 where nothing plays (reduced motion). releaseMorph lets them finish.
 */
export async function holdMorph(page: Page, stepId: string, at = 0.5): Promise<number> {
	const trigger = triggerOffset(page.viewportSize()!.width);
	return page.evaluate(
		([id, line, fraction]) =>
			new Promise<number>((resolve) => {
				const step = document.getElementById(`step-${id}`)!;
				const top = step.getBoundingClientRect().top + window.scrollY;
				window.scrollTo({ top: top - window.innerHeight * line + window.innerHeight * 0.02, behavior: 'instant' });
				let frames = 0;
				const look = () => {
					const figure = document.querySelector('figure.graphic')!;
					const animations = figure.getAnimations({ subtree: true });
					if (figure.getAttribute('data-chart-state') === step.dataset.chart && (animations.length > 0 || ++frames > 10)) {
						for (const animation of animations) {
							animation.pause();
							animation.currentTime = Number(animation.effect!.getTiming().duration) * fraction;
						}
						resolve(animations.length);
					} else requestAnimationFrame(look);
				};
				look();
			}),
		[stepId, trigger, at] as const
	);
}

/** Lets a morph held by holdMorph play to its end. */
export async function releaseMorph(page: Page): Promise<void> {
	await page.evaluate(() =>
		document
			.querySelector('figure.graphic')!
			.getAnimations({ subtree: true })
			.forEach((animation) => animation.play())
	);
}

/** Where an element of the chart is drawn now, in the chart's units: its animated transform if it has one, else its attribute. */
export async function drawnTranslation(page: Page, selector: string): Promise<{ x: number; y: number }> {
	const matrix = await page.locator(selector).evaluate((element) => getComputedStyle(element).transform);
	const numbers = /matrix\(([^)]+)\)/.exec(matrix)?.[1]?.split(',').map(Number);
	if (numbers) return { x: numbers[4]!, y: numbers[5]! };
	return chartPosition(page, selector);
}
