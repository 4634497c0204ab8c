/**
 * Visual regression: every case of the chart lab (src/routes/lab/, served by `vite dev` only) as a
 * screenshot, at a phone's width and a laptop's, for the fixture story in two editions (its org
 * trees, bar charts and big figure), against the baselines beside this file
 * (chart-lab.spec.ts-snapshots/). A change that moves a label fails; rerun with
 * `npx playwright test chart-lab --update-snapshots` after a change meant to move it, and look at
 * the new pictures before committing them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { writeInTwoEditions } from '../fixtures/editions.mjs';

/**
 * Tolerances: a pixel counts as changed past 0.2 of the colour distance (Playwright's default, so
 * antialiasing alone does not count), and a case fails from the 13th changed pixel. A label moved
 * by 2 px changes hundreds of pixels; the same build renders the same pixels twice here.
 */
const SCREENSHOT = { threshold: 0.2, maxDiffPixels: 12, animations: 'disabled' } as const;
const WIDTHS = [360, 1440];

let ORIGIN = '';
let server: ChildProcess | undefined;
let story = '';

test.describe.configure({ mode: 'serial' });

// eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a hook uses from this pattern: none here.
test.beforeAll(async ({}, testInfo) => {
	test.setTimeout(120_000);
	const port = 5191 + testInfo.workerIndex;
	ORIGIN = `http://localhost:${port}`;
	story = writeInTwoEditions(mkdtempSync(join(tmpdir(), 'lab-story-')));
	server = spawn('node_modules/.bin/vite', ['dev', '--port', String(port), '--strictPort'], {
		env: { ...process.env, STORY: story, VITE_CACHE_DIR: `node_modules/.vite/dev-${port}` },
		stdio: 'ignore',
		detached: true
	});
	// Ready once it serves the lab (the first request compiles it).
	await expect
		.poll(async () => (await fetch(`${ORIGIN}/lab/`, { headers: { accept: 'text/html' } }).catch(() => null))?.status, { timeout: 110_000 })
		.toBe(200);
});

test.afterAll(() => {
	if (server?.pid) process.kill(-server.pid);
	if (story) rmSync(story, { recursive: true, force: true });
});

/** The lab, with every case's chart drawn in the browser and the fonts loaded. */
async function openLab(page: Page): Promise<string[]> {
	await page.goto(`${ORIGIN}/lab/`);
	const cases = page.locator('[data-lab-case]');
	const names = await cases.evaluateAll((elements) => elements.map((el) => el.getAttribute('data-lab-case')!));
	// Each kind (org, bars, figure) at three moments, in two editions.
	expect(names.length, 'cases in the lab').toBe(18);
	await expect
		.poll(() => cases.evaluateAll((elements) => elements.every((el) => el.querySelector('.layer svg text'))), { timeout: 30_000 })
		.toBe(true);
	await page.evaluate(() => document.fonts.ready);
	// Each drawing is laid out for its own box, as measured in the browser (not the size assumed before).
	const unfitted = () =>
		cases.evaluateAll((elements) =>
			elements.flatMap((el) => {
				const body = el.querySelector('.graphic-body')!.getBoundingClientRect();
				const svg = el.querySelector('.layer:not([style*="hidden"]) svg') as SVGSVGElement | null;
				const box = svg?.viewBox.baseVal;
				return box && Math.abs(box.width - Math.round(body.width)) > 1
					? [`${el.getAttribute('data-lab-case')}: ${box.width} wide in ${body.width}`]
					: [];
			})
		);
	await expect.poll(unfitted, { message: 'drawings laid out for another width than their box', timeout: 10_000 }).toEqual([]);
	return names;
}

/**
 * Chinese glyphs (WenQuanYi Zen Hei, Debian's) are rasterised differently by one Chromium release
 * and the next: 23 to 111 pixels a case between 150 and 156, with nothing moved. A Chinese case
 * fails from its 161st changed pixel; its first label moved by 2 px changes 486 (the last test).
 */
const GLYPH_RASTER_PIXELS = 160;
const toleranceOf = (name: string) => (name.startsWith('zh-') ? { ...SCREENSHOT, maxDiffPixels: GLYPH_RASTER_PIXELS } : SCREENSHOT);

for (const width of WIDTHS) {
	test(`every chart kind at the start, middle and end of a morph, in each edition, at ${width} px`, async ({ page }) => {
		test.setTimeout(120_000);
		await page.setViewportSize({ width, height: 900 });
		for (const name of await openLab(page)) {
			await expect(page.locator(`[data-lab-case="${name}"]`), name).toHaveScreenshot(`${name}-${width}.png`, toleranceOf(name));
		}
	});
}

test('a label moved by 2 px fails its screenshot, in each edition (the Chinese one at its wider tolerance)', async ({ page }) => {
	const updating = test.info().config.updateSnapshots;
	test.skip(updating === 'all' || updating === 'changed', 'would write the moved label into the baseline');
	await page.setViewportSize({ width: 1440, height: 900 });
	const names = await openLab(page);
	for (const name of ['en-', 'zh-'].map((edition) => names.find((n) => n.startsWith(edition))!)) {
		const box = page.locator(`[data-lab-case="${name}"]`);
		await box
			.locator('.layer svg text')
			.first()
			.evaluate((text) => text.setAttribute('transform', `translate(2 0) ${text.getAttribute('transform') ?? ''}`));
		const failure = await expect(box)
			.toHaveScreenshot(`${name}-1440.png`, { ...toleranceOf(name), timeout: 5000 })
			.then(
				() => null,
				(error: Error) => error
			);
		expect(failure?.message, `the screenshot comparison of ${name}`).toMatch(/pixels/);
	}
});
