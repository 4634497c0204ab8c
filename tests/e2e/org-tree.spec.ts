import type { Page } from '@playwright/test';
import {
	test,
	expect,
	waitForStory,
	activeStep,
	scrollIntoStep,
	chartPosition,
	holdMorph,
	releaseMorph,
	drawnTranslation,
	steps
} from './fixtures';
import { labelReport } from './org-labels';
import { triggerOffset } from '../../src/lib/scroll/trigger';

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

	/** Wholesale's position before the move, half-way through the morph played as its step is entered, and after. */
	async function positionsThroughMove(page: Page) {
		await page.goto('/#step-merger');
		await waitForStory(page);
		await expect.poll(() => activeStep(page)).toBe('merger');
		await expect(page.locator(graphic)).toHaveAttribute('data-t', '1.000');
		const start = await chartPosition(page, unit);
		const held = await holdMorph(page, 'direct', 0.5);
		const middle = await drawnTranslation(page, unit);
		await releaseMorph(page);
		await expect.poll(() => activeStep(page)).toBe('direct');
		await expect(page.locator(graphic)).toHaveAttribute('data-t', '1.000');
		const end = await chartPosition(page, unit);
		// Once played, nothing is left animating over the drawing at rest.
		expect(await drawnTranslation(page, unit)).toEqual(end);
		return { start, middle, end, held };
	}

	test('halfway through the step, a moving unit sits between its two end positions', async ({ page }) => {
		const { start, middle, end, held } = await positionsThroughMove(page);
		expect(held).toBeGreaterThan(0);
		// Along the axis it travels furthest on.
		const axis = Math.abs(end.x - start.x) > Math.abs(end.y - start.y) ? 'x' : 'y';
		expect(Math.abs(end[axis] - start[axis])).toBeGreaterThan(4);
		expect(middle[axis]).toBeGreaterThan(Math.min(start[axis], end[axis]) + 1);
		expect(middle[axis]).toBeLessThan(Math.max(start[axis], end[axis]) - 1);
	});

	test('the morph is played by the browser: no element of the chart is written to frame by frame', async ({ page }) => {
		await page.goto('/#step-merger');
		await waitForStory(page);
		await expect.poll(() => activeStep(page)).toBe('merger');
		await expect(page.locator(graphic)).toHaveAttribute('data-t', '1.000');
		// From the scroll into the next step until the graphic is at rest: every attribute write in
		// the graphic, per element and attribute, and the frames drawn meanwhile.
		const trigger = triggerOffset(page.viewportSize()!.width);
		const report = await page.evaluate(
			([line]) =>
				new Promise<{ frames: number; animations: number; writes: number; most: number; where: string }>((resolve) => {
					const figure = document.querySelector('figure.graphic')!;
					const writes = new Map<string, number>();
					const names = new Map<Node, string>();
					const nameOf = (node: Node) => {
						if (!names.has(node)) names.set(node, `${(node as Element).tagName}#${names.size}`);
						return names.get(node)!;
					};
					const observer = new MutationObserver((records) => {
						for (const record of records) {
							const key = `${nameOf(record.target)} ${record.attributeName}`;
							writes.set(key, (writes.get(key) ?? 0) + 1);
						}
					});
					observer.observe(figure, { attributes: true, subtree: true });
					let frames = 0;
					let animations = 0;
					const count = () => {
						frames++;
						animations = Math.max(animations, figure.getAnimations({ subtree: true }).length);
						if (frames > 3 && figure.getAttribute('data-t') === '1.000') {
							observer.disconnect();
							const [where, most] = [...writes].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
							resolve({ frames, animations, writes: [...writes.values()].reduce((a, b) => a + b, 0), most, where });
						} else requestAnimationFrame(count);
					};
					const step = document.getElementById('step-direct')!;
					const top = step.getBoundingClientRect().top + window.scrollY;
					window.scrollTo({ top: top - window.innerHeight * line + window.innerHeight * 0.02, behavior: 'instant' });
					requestAnimationFrame(count);
				}),
			[trigger] as const
		);
		expect(report.animations, 'animations playing').toBeGreaterThan(0);
		// A 450 ms morph spans many frames; a drawing rewritten per frame writes each moving element that often.
		expect(report.frames).toBeGreaterThan(8);
		// The step change writes each attribute once; data-t twice (the morph's start and end).
		expect(report.most, `most writes: ${report.where}`).toBeLessThanOrEqual(2);
	});

	test.describe('with prefers-reduced-motion', () => {
		test.use({ reducedMotion: 'reduce' });

		test('there are no intermediate positions', async ({ page }) => {
			const { start, middle, end, held } = await positionsThroughMove(page);
			expect(held).toBe(0);
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
		// The reader pauses, and the browser has idle time: a second, and at least 16 idle periods
		// in a row (the graphic prepares one change per idle period). On a loaded machine a second
		// alone may hold too few of them.
		await page.waitForTimeout(1000);
		await page.evaluate(
			() =>
				new Promise<void>((resolve) => {
					let periods = 0;
					const next = () => requestIdleCallback(() => (++periods >= 16 ? resolve() : next()));
					next();
				})
		);
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
