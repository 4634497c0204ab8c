import type { Page } from '@playwright/test';
import { test, expect, waitForStory, activeStep, scrollIntoStep, chartPosition, sampleMidMorph, steps } from './fixtures';
import { labelReport } from './org-labels';

/**
 * The organisation tree, on the fixture story's build: a merger, a unit that moves under another,
 * a leader who moves, the morph between two states, the text equivalent and the labels' room.
 */

const graphic = 'figure.graphic';
const orgSteps = steps.filter((step) => step.chart.startsWith('org:'));

test('January 2025: Larkspur Direct, led by Cleo Ward, with Wholesale moved under it', async ({ page }) => {
	await page.goto('/#step-direct');
	await waitForStory(page);
	await expect.poll(() => activeStep(page)).toBe('direct');
	await expect(page.locator(graphic)).toHaveAttribute('data-t', '1.000');
	const tree = page.locator(`${graphic} svg.org-tree`);
	await expect(tree.locator('[data-id="direct"] tspan.label')).toHaveText('Larkspur Direct');
	// Cleo Ward led the shops in 2020; Ben Okafor, who led the Retail Group, now leads the company.
	await expect(tree.locator('[data-leader="cleo-ward"]')).toHaveAttribute('data-leads', 'direct');
	await expect(tree.locator('[data-leader="cleo-ward"] text')).toContainText('Cleo Ward');
	await expect(tree.locator('[data-leader="ben-okafor"]')).toHaveAttribute('data-leads', 'larkspur');
	await expect(tree.locator('[data-leader="cleo-ward"]')).toHaveAttribute('opacity', '1');
	await expect(tree.locator('[data-id="wholesale"]')).toHaveAttribute('data-parent', 'direct');
	// The leader sits on or beside their own unit's row.
	const unit = await chartPosition(page, `${graphic} [data-id="direct"]`);
	const leader = await chartPosition(page, `${graphic} [data-leader="cleo-ward"]`);
	expect(Math.abs(leader.y - unit.y)).toBeLessThan(30);
	// Drawn as its child: indented further, below it.
	const child = await chartPosition(page, `${graphic} [data-id="wholesale"]`);
	expect(child.x).toBeGreaterThan(unit.x);
	expect(child.y).toBeGreaterThan(unit.y);
	// The units the step talks about are highlighted, and only they.
	await expect(tree.locator('[data-id="direct"]')).toHaveClass(/hl/);
	await expect(tree.locator('[data-id="larkspur"]')).not.toHaveClass(/hl/);
});

test('a unit that moves is the same DOM node before and after the morph', async ({ page }) => {
	await page.goto('/#step-merger');
	await waitForStory(page);
	await expect.poll(() => activeStep(page)).toBe('merger');
	await expect(page.locator(graphic)).toHaveAttribute('data-t', '1.000');
	const before = await page.locator(`${graphic} [data-id="wholesale"]`).elementHandle();
	expect(await before!.getAttribute('data-parent')).toBe('larkspur');
	const positionBefore = await chartPosition(page, `${graphic} [data-id="wholesale"]`);

	await scrollIntoStep(page, 'direct', 0.5);
	await expect.poll(() => activeStep(page)).toBe('direct');
	await expect(page.locator(graphic)).toHaveAttribute('data-t', '1.000');
	const after = await page.locator(`${graphic} [data-id="wholesale"]`).elementHandle();
	expect(await page.evaluate(([a, b]) => a === b && a!.isConnected, [before, after])).toBe(true);
	expect(await after!.getAttribute('data-parent')).toBe('direct');
	expect(await chartPosition(page, `${graphic} [data-id="wholesale"]`)).not.toEqual(positionBefore);
});

test.describe('a transition, once its step is entered', () => {
	// Wholesale moves from under the company (March 2024) to under Larkspur Direct (January 2025).
	const unit = `${graphic} [data-id="wholesale"]`;

	/** Wholesale's position before the move, an eighth of a screen into the step (t = 0.5), and after. */
	async function positionsThroughMove(page: Page) {
		let start = { x: 0, y: 0 };
		const enter = async () => {
			await page.goto('/#step-merger');
			await waitForStory(page);
			await expect.poll(() => activeStep(page)).toBe('merger');
			await expect(page.locator(graphic)).toHaveAttribute('data-t', '1.000');
			start = await chartPosition(page, unit);
		};
		const sample = await sampleMidMorph(page, enter, 'direct', unit, 'transform');
		const t = sample.t;
		const [, x, y] = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(sample.value ?? '')!;
		const middle = { x: Number(x), y: Number(y) };
		await expect.poll(() => activeStep(page)).toBe('direct');
		await scrollIntoStep(page, 'direct', 0.4);
		await expect(page.locator(graphic)).toHaveAttribute('data-t', '1.000');
		const end = await chartPosition(page, unit);
		return { start, middle, end, t };
	}

	test('halfway through the step, a moving unit sits between its two end positions', async ({ page }) => {
		const { start, middle, end, t } = await positionsThroughMove(page);
		expect(t).toBeLessThan(0.7);
		// Along the axis it travels furthest on.
		const axis = Math.abs(end.x - start.x) > Math.abs(end.y - start.y) ? 'x' : 'y';
		expect(Math.abs(end[axis] - start[axis])).toBeGreaterThan(4);
		expect(middle[axis]).toBeGreaterThan(Math.min(start[axis], end[axis]) + 1);
		expect(middle[axis]).toBeLessThan(Math.max(start[axis], end[axis]) - 1);
	});

	test.describe('with prefers-reduced-motion', () => {
		test.use({ reducedMotion: 'reduce' });

		test('there are no intermediate positions', async ({ page }) => {
			const { start, middle, end, t } = await positionsThroughMove(page);
			expect(t).toBe(1);
			expect(middle).toEqual(end);
			expect(middle).not.toEqual(start);
		});
	});
});

test('every org state has its text equivalent, with what changed, on request', async ({ page }) => {
	await page.goto('/');
	await waitForStory(page);
	const details = page.locator('#step-merger details.chart-text');
	await expect(details.locator('[data-outline-unit="retail-group"]')).toBeHidden();
	await details.locator('summary').click();
	await expect(details.locator('[data-outline-unit="retail-group"]')).toContainText('Ben Okafor, Head');
	await expect(details.locator('[data-outline-unit="larkspur"] [data-outline-unit="wholesale"]')).toBeVisible();
	await expect(details).toContainText('New at Retail: Ben Okafor, Head.');
});

test('in the browser, every org state’s labels are at least 12 px, inside the chart and never overlap', async ({ page }) => {
	await page.goto('/');
	await waitForStory(page);
	for (const { id: step } of orgSteps) {
		await scrollIntoStep(page, step, 0.5);
		await expect.poll(() => activeStep(page)).toBe(step);
		await expect(page.locator(graphic)).toHaveAttribute('data-t', '1.000');
		const report = await labelReport(page);
		expect(report.count, step).toBeGreaterThanOrEqual(4);
		expect(report.smallest, step).toBeGreaterThanOrEqual(12);
		expect(report.overlaps, step).toEqual([]);
		expect(report.outside, step).toEqual([]);
	}
});

test('a reader who pauses before a step finds its chart already built: the step change adds no chart element', async ({ page }) => {
	test.setTimeout(60_000);
	await page.goto('/');
	await waitForStory(page);
	// Every step into another org state, and every step into another kind of chart. (A bar chart
	// into another bar chart still adds its new bars and ticks at the step: bars keep no
	// upcoming states yet, as org trees do.)
	const kind = (chart: string) => chart.split(':')[0];
	const changes = steps
		.slice(1)
		.flatMap((step, i) =>
			step.chart !== steps[i]!.chart && (kind(step.chart) === 'org' || kind(step.chart) !== kind(steps[i]!.chart))
				? [[steps[i]!.id, step.id] as const]
				: []
		);
	expect(changes.length).toBeGreaterThanOrEqual(4);
	for (const [before, step] of changes) {
		await scrollIntoStep(page, before, 0.5);
		await expect.poll(() => activeStep(page)).toBe(before);
		await page.waitForTimeout(1000); // the reader pauses: the browser is idle
		await page.evaluate(() => {
			const figure = document.querySelector('figure.graphic')!;
			(window as any).__added = null;
			const observer = new MutationObserver((records) => {
				// The batch in which the chart's state changes is the step change itself.
				if (!records.some((r) => r.attributeName === 'data-chart-state')) return;
				(window as any).__added = records
					.flatMap((r) => [...r.addedNodes])
					.filter((n) => n instanceof Element && ['g', 'path', 'svg', 'rect', 'div'].includes(n.localName))
					.map((n) => (n as Element).outerHTML.slice(0, 80));
				observer.disconnect();
			});
			observer.observe(figure, { subtree: true, childList: true, attributes: true });
		});
		await scrollIntoStep(page, step, 0.05);
		await expect.poll(() => activeStep(page)).toBe(step);
		await expect.poll(() => page.evaluate(() => (window as any).__added), { message: step }).toEqual([]);
	}
});
