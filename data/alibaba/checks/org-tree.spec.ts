import { test, expect, waitForStory, activeStep, chartPosition, scrollIntoStep } from '../../../tests/e2e/fixtures';
import { labelReport } from '../../../tests/e2e/org-labels';

/**
 * This story's organisation charts as its built pages draw them: who sat where, and who led what,
 * as the reporting says. How trees are drawn and morph is the engine's (tests/e2e/org-tree.spec.ts).
 */

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

test('in the browser, each of its org states’ labels is at least 12 px, inside the chart and apart', async ({ page }) => {
	await page.goto('/');
	await waitForStory(page);
	for (const step of ['before-2021', 'split-2021', 'groups-2023', 'young-team', 'merger-2024']) {
		await scrollIntoStep(page, step, 0.5);
		await expect.poll(() => activeStep(page)).toBe(step);
		await expect(page.locator(graphic)).toHaveAttribute('data-t', '1.000');
		const report = await labelReport(page);
		expect(report.count, step).toBeGreaterThan(5);
		expect(report.smallest, step).toBeGreaterThanOrEqual(12);
		expect(report.overlaps, step).toEqual([]);
		expect(report.outside, step).toEqual([]);
	}
});
