import type { Page } from '@playwright/test';
import { test, expect, waitForStory, activeStep, scrollIntoStep, chartPosition, sampleMidMorph } from './fixtures';

const graphic = 'figure.graphic';

test('December 2021: China and Overseas Digital Commerce with their leaders', async ({ page }) => {
	await page.goto('/#step-split-2021');
	await waitForStory(page);
	await expect.poll(() => activeStep(page)).toBe('split-2021');
	await expect(page.locator(graphic)).toHaveAttribute('data-t', '1.000');
	const tree = page.locator(`${graphic} svg.org-tree`);
	await expect(tree.locator('[data-id="china-digital-commerce"] tspan.label')).toHaveText('China Digital Commerce');
	await expect(tree.locator('[data-id="overseas-digital-commerce"] tspan.label')).toHaveText('Overseas Digital Commerce');
	await expect(tree.locator('[data-leader="dai-shan"]')).toHaveAttribute('data-leads', 'china-digital-commerce');
	await expect(tree.locator('[data-leader="dai-shan"] text')).toContainText('Dai Shan');
	await expect(tree.locator('[data-leader="jiang-fan"]')).toHaveAttribute('data-leads', 'overseas-digital-commerce');
	for (const id of ['aliexpress', 'icbu', 'lazada'])
		await expect(tree.locator(`[data-id="${id}"]`)).toHaveAttribute('data-parent', 'overseas-digital-commerce');
	// The leader sits on or beside their own unit's row.
	const unit = await chartPosition(page, `${graphic} [data-id="overseas-digital-commerce"]`);
	const leader = await chartPosition(page, `${graphic} [data-leader="jiang-fan"]`);
	expect(Math.abs(leader.y - unit.y)).toBeLessThan(30);
	// The units the step talks about are highlighted.
	await expect(tree.locator('[data-id="china-digital-commerce"]')).toHaveClass(/hl/);
	await expect(tree.locator('[data-id="taobao"]')).not.toHaveClass(/hl/);
});

test('November 2024: Taotian, AIDC, 1688 and Xianyu sit under the E-commerce Business Group led by Jiang Fan', async ({ page }) => {
	await page.goto('/#step-merger-2024');
	await waitForStory(page);
	await expect.poll(() => activeStep(page)).toBe('merger-2024');
	const tree = page.locator(`${graphic} svg.org-tree`);
	await expect(tree.locator('[data-id="ecommerce-group"] tspan.label')).toHaveText('E-commerce Business Group');
	await expect(tree.locator('[data-leader="jiang-fan"]')).toHaveAttribute('data-leads', 'ecommerce-group');
	await expect(tree.locator('[data-leader="jiang-fan"]')).toHaveAttribute('opacity', '1');
	const group = await chartPosition(page, `${graphic} [data-id="ecommerce-group"]`);
	const cloud = await chartPosition(page, `${graphic} [data-id="cloud"]`);
	for (const id of ['taotian', 'aidc', '1688', 'xianyu']) {
		await expect(tree.locator(`[data-id="${id}"]`)).toHaveAttribute('data-parent', 'ecommerce-group');
		const child = await chartPosition(page, `${graphic} [data-id="${id}"]`);
		// Drawn as its child: indented further, between the group and the next top-level unit.
		expect(child.x).toBeGreaterThan(group.x);
		expect(child.y).toBeGreaterThan(group.y);
		expect(child.y).toBeLessThan(cloud.y);
	}
});

test('AliExpress is the same DOM node before and after the 2021 → 2023 morph', async ({ page }) => {
	await page.goto('/#step-overseas-2021');
	await waitForStory(page);
	await expect.poll(() => activeStep(page)).toBe('overseas-2021');
	const before = await page.locator(`${graphic} [data-id="aliexpress"]`).elementHandle();
	expect(await before!.getAttribute('data-parent')).toBe('overseas-digital-commerce');
	const yBefore = (await chartPosition(page, `${graphic} [data-id="aliexpress"]`)).y;

	await scrollIntoStep(page, 'groups-2023', 0.5);
	await expect.poll(() => activeStep(page)).toBe('groups-2023');
	await expect(page.locator(graphic)).toHaveAttribute('data-t', '1.000');
	const after = await page.locator(`${graphic} [data-id="aliexpress"]`).elementHandle();
	expect(await page.evaluate(([a, b]) => a === b && a!.isConnected, [before, after])).toBe(true);
	expect(await after!.getAttribute('data-parent')).toBe('aidc');
	expect((await chartPosition(page, `${graphic} [data-id="aliexpress"]`)).y).not.toBe(yBefore);
});

test.describe('a transition, once its step is entered', () => {
	// Alibaba.com (ICBU) moves from the "B series" (before 2021) to Overseas Digital Commerce (Dec 2021).
	const unit = `${graphic} [data-id="icbu"]`;

	/** ICBU's position before the split, an eighth of a screen into the split step (t = 0.5), and after. */
	async function positionsThroughSplit(page: Page) {
		let start = { x: 0, y: 0 };
		const enter = async () => {
			await page.goto('/#step-before-2021');
			await waitForStory(page);
			await expect.poll(() => activeStep(page)).toBe('before-2021');
			start = await chartPosition(page, unit);
		};
		const sample = await sampleMidMorph(page, enter, 'split-2021', unit, 'transform');
		const t = sample.t;
		const [, x, y] = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(sample.value ?? '')!;
		const middle = { x: Number(x), y: Number(y) };
		await expect.poll(() => activeStep(page)).toBe('split-2021');
		await scrollIntoStep(page, 'split-2021', 0.4);
		await expect(page.locator(graphic)).toHaveAttribute('data-t', '1.000');
		const end = await chartPosition(page, unit);
		return { start, middle, end, t };
	}

	test('halfway through the step, a moving unit sits between its two end positions', async ({ page }) => {
		const { start, middle, end, t } = await positionsThroughSplit(page);
		expect(t).toBeLessThan(0.7);
		expect(end.y).not.toBe(start.y);
		expect(middle.y).toBeGreaterThan(Math.min(start.y, end.y) + 1);
		expect(middle.y).toBeLessThan(Math.max(start.y, end.y) - 1);
	});

	test.describe('with prefers-reduced-motion', () => {
		test.use({ reducedMotion: 'reduce' });

		test('there are no intermediate positions', async ({ page }) => {
			const { start, middle, end, t } = await positionsThroughSplit(page);
			expect(t).toBe(1);
			expect(middle).toEqual(end);
			expect(middle).not.toEqual(start);
		});
	});
});

test('every org state has its text equivalent, with what changed, on request', async ({ page }) => {
	await page.goto('/');
	await waitForStory(page);
	const details = page.locator('#step-split-2021 details.chart-text');
	await expect(details.locator('[data-outline-unit="overseas-digital-commerce"]')).toBeHidden();
	await details.locator('summary').click();
	await expect(details.locator('[data-outline-unit="overseas-digital-commerce"]')).toContainText('Jiang Fan, Head');
	await expect(details.locator('[data-outline-unit="overseas-digital-commerce"] [data-outline-unit="aliexpress"]')).toBeVisible();
	await expect(details).toContainText('New at Overseas Digital Commerce: Jiang Fan, Head.');
});

test('in the browser, every org state’s labels are at least 12 px, inside the chart and never overlap', async ({ page }) => {
	await page.goto('/');
	await waitForStory(page);
	for (const step of ['before-2021', 'split-2021', 'groups-2023', 'young-team', 'merger-2024']) {
		await scrollIntoStep(page, step, 0.5);
		await expect.poll(() => activeStep(page)).toBe(step);
		await expect(page.locator(graphic)).toHaveAttribute('data-t', '1.000');
		const report = await page.evaluate(() => {
			const svg = document.querySelector('figure.graphic svg.org-tree')!;
			const body = svg.closest('.graphic-body')!.getBoundingClientRect();
			const texts = [...svg.querySelectorAll('g[opacity="1"] > text')].map((el) => ({
				label: el.textContent,
				size: parseFloat(getComputedStyle(el).fontSize),
				box: el.getBoundingClientRect()
			}));
			const overlaps: string[] = [];
			for (let i = 0; i < texts.length; i++)
				for (let j = i + 1; j < texts.length; j++) {
					const a = texts[i]!.box;
					const b = texts[j]!.box;
					if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
						overlaps.push(`${texts[i]!.label} / ${texts[j]!.label}`);
				}
			const outside = texts
				.filter(
					(t) => t.box.left < body.left - 1 || t.box.right > body.right + 1 || t.box.top < body.top - 1 || t.box.bottom > body.bottom + 1
				)
				.map((t) => t.label);
			return { count: texts.length, smallest: Math.min(...texts.map((t) => t.size)), overlaps, outside };
		});
		expect(report.count, step).toBeGreaterThan(5);
		expect(report.smallest, step).toBeGreaterThanOrEqual(12);
		expect(report.overlaps, step).toEqual([]);
		expect(report.outside, step).toEqual([]);
	}
});

test('a reader who pauses before a step finds its chart already built: the step change adds no chart element', async ({ page }) => {
	test.setTimeout(60_000);
	await page.goto('/');
	await waitForStory(page);
	// Every step into an org state, and the first step that brings the bars in.
	for (const [before, step] of [
		['announcement', 'before-2021'],
		['before-2021', 'split-2021'],
		['overseas-2021', 'groups-2023'],
		['young-team', 'aidc-revenue'],
		['competition', 'merger-2024']
	]) {
		await scrollIntoStep(page, before!, 0.5);
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
		await scrollIntoStep(page, step!, 0.05);
		await expect.poll(() => activeStep(page)).toBe(step);
		await expect.poll(() => page.evaluate(() => (window as any).__added), { message: step }).toEqual([]);
	}
});
