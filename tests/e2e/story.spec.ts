import { WIDE_LAYOUT_MIN_WIDTH } from '../../src/lib/scroll/trigger';
import {
	test,
	expect,
	steps,
	recordStoryEvents,
	storyEvents,
	waitForStory,
	activeStep,
	scrollGradually,
	visitOrder,
	scrollIntoStep,
	editionPaths
} from './fixtures';

const ids = steps.map((s) => s.id);

test('scrolling down activates every step in order; scrolling up reverses', async ({ page }) => {
	await recordStoryEvents(page);
	await page.goto('/');
	await waitForStory(page);

	await scrollGradually(page, 1);
	await expect.poll(() => activeStep(page)).toBe(ids.at(-1));
	const down = await storyEvents(page);
	expect(visitOrder(down.map((e) => e.id))).toEqual(ids);
	// Indices never go backwards on the way down, and progress stays in 0..1.
	const backwards = down.filter((e, i) => i > 0 && e.index < down[i - 1]!.index);
	expect(backwards, 'events whose index went back').toEqual([]);
	const malformed = down.filter((e) => !(e.progress >= 0 && e.progress <= 1) || e.id !== ids[e.index]);
	expect(malformed, 'events with progress outside 0..1 or an id not at their index').toEqual([]);

	await page.evaluate(() => ((window as any).__storySteps = []));
	await scrollGradually(page, -1);
	await expect.poll(() => activeStep(page)).toBe(ids[0]);
	const up = await storyEvents(page);
	expect(visitOrder(up.map((e) => e.id))).toEqual([...ids].reverse());
});

test('the graphic shows each step’s chart state, and the active step is marked', async ({ page }) => {
	await page.goto('/');
	await waitForStory(page);
	for (const step of [steps[2]!, steps[Math.floor(steps.length / 2) + 1]!, steps.at(-1)!]) {
		await page.locator(`#step-${step.id}`).scrollIntoViewIfNeeded();
		await page.evaluate((id) => document.getElementById(`step-${id}`)!.scrollIntoView({ block: 'start', behavior: 'instant' }), step.id);
		await expect(page.locator('main.story')).toHaveAttribute('data-active-step', step.id);
		await expect(page.locator('figure.graphic').first()).toHaveAttribute('data-chart-state', step.chart);
		await expect(page.locator(`#step-${step.id}`)).toHaveClass(/active/);
	}
});

test('a #step- deep link lands on its step with its graphic fully drawn', async ({ page }) => {
	// Deep in the story, with a chart of another kind than the first step's: no morph from the top can be what is shown.
	const kind = (chart: string) => chart.split(':')[0];
	const target = steps.find((s, i) => i > 1 && kind(s.chart) !== kind(steps[0]!.chart))!;
	await page.goto(`/#step-${target.id}`);
	await waitForStory(page);
	await expect.poll(() => activeStep(page)).toBe(target.id);
	const figure = page.locator('figure.graphic').first();
	await expect(figure).toHaveAttribute('data-chart-state', target.chart);
	await expect(figure).toHaveAttribute('data-t', '1.000');
	await expect(page.locator(`#step-${target.id} .card`).first()).toBeInViewport();
	expect(new URL(page.url()).hash).toBe(`#step-${target.id}`);
});

test('the URL hash follows the active step without adding history entries', async ({ page }) => {
	await page.goto('/');
	await waitForStory(page);
	const historyBefore = await page.evaluate(() => history.length);
	for (const { id } of [steps[Math.floor(steps.length / 3)]!, steps[Math.floor((steps.length * 2) / 3)]!]) {
		await page.evaluate((id) => document.getElementById(`step-${id}`)!.scrollIntoView({ block: 'start', behavior: 'instant' }), id);
		await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#step-${id}`);
	}
	expect(await page.evaluate(() => history.length)).toBe(historyBefore);
});

test('a jump to the bottom ends on the last step, never a stale one', async ({ page }) => {
	await recordStoryEvents(page);
	await page.goto('/');
	await waitForStory(page);
	await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
	await expect.poll(() => activeStep(page)).toBe(ids.at(-1));
	await expect(page.locator('figure.graphic').first()).toHaveAttribute('data-chart-state', steps.at(-1)!.chart);
	const events = await storyEvents(page);
	expect(events.at(-1)).toMatchObject({ id: ids.at(-1), index: ids.length - 1, progress: 1 });

	// And straight back to the top: the first step again.
	await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
	await expect.poll(() => activeStep(page)).toBe(ids[0]);
});

test('the End key also lands on the last step', async ({ page, isMobile }) => {
	test.skip(isMobile, 'phones have no End key');
	await page.goto('/');
	await waitForStory(page);
	await page.keyboard.press('End');
	await expect.poll(() => activeStep(page)).toBe(ids.at(-1));
});

test('resizing the window keeps the active step', async ({ page }) => {
	const { id } = steps[Math.floor(steps.length / 2)]!;
	await page.goto(`/#step-${id}`);
	await waitForStory(page);
	await expect.poll(() => activeStep(page)).toBe(id);
	const size = page.viewportSize()!;
	// Across the wide layout's breakpoint, either way.
	await page.setViewportSize({
		width: size.width >= WIDE_LAYOUT_MIN_WIDTH ? WIDE_LAYOUT_MIN_WIDTH - 100 : WIDE_LAYOUT_MIN_WIDTH + 100,
		height: size.height
	});
	await page.evaluate((id) => document.getElementById(`step-${id}`)!.scrollIntoView({ block: 'start', behavior: 'instant' }), id);
	await expect.poll(() => activeStep(page)).toBe(id);
});

test('on a laptop the chart’s box keeps its size at every step, so no step change re-lays it out at a new size', async ({ page }) => {
	// It sets its own (laptop) size, so the phone project would only run it a second time.
	test.skip(test.info().project.name === 'phone', 'a laptop size: run in the desktop project');
	test.setTimeout(60_000);
	await page.setViewportSize({ width: 1440, height: 900 });
	for (const edition of editionPaths) {
		await page.goto(edition);
		await waitForStory(page);
		const sizes = new Set<string>();
		for (const step of steps) {
			await scrollIntoStep(page, step.id, 0.4);
			await expect.poll(() => activeStep(page)).toBe(step.id);
			sizes.add(await page.locator('.sticky .graphic-body').evaluate((el) => `${el.clientWidth}x${el.clientHeight}`));
		}
		expect([...sizes], edition).toHaveLength(1);
	}
});
