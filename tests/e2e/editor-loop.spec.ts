/**
 * The desk's editing loop in `vite dev`: an editor saves a content file and sees the
 * result in the open page; a mistake shows in the browser with its file and line, and fixing it
 * brings the page back on the step they were reading. Runs the dev server on a copy of the fixture
story in two editions (tests/fixtures/editions.mjs).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, waitForStory, activeStep, scrollIntoStep } from './fixtures';
import { FIXTURE_FOLDER, writeInTwoEditions } from '../fixtures/editions.mjs';

/** The dev server's address: a port per worker, so repeated runs never share one. */
let ORIGIN = '';
let folder = '';
let server: ChildProcess | undefined;
const copyFile = () => join(folder, 'story.en.aml');
const original = () => readFileSync(join(FIXTURE_FOLDER, 'story.en.aml'), 'utf8');

test.describe.configure({ mode: 'serial' });

// eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a hook uses from this pattern: none here.
test.beforeAll(async ({}, testInfo) => {
	test.setTimeout(120_000);
	const port = 5181 + testInfo.workerIndex;
	ORIGIN = `http://localhost:${port}`;
	folder = writeInTwoEditions(mkdtempSync(join(tmpdir(), 'story-dev-')));
	server = spawn('node_modules/.bin/vite', ['dev', '--port', String(port), '--strictPort'], {
		env: { ...process.env, STORY: folder, VITE_CACHE_DIR: `node_modules/.vite/dev-${port}` },
		stdio: 'ignore',
		detached: true
	});
	// Ready once it serves the story (the first request compiles it).
	await expect
		.poll(async () => (await fetch(`${ORIGIN}/`, { headers: { accept: 'text/html' } }).catch(() => null))?.status, { timeout: 110_000 })
		.toBe(200);
});

test.afterAll(() => {
	if (server?.pid) process.kill(-server.pid);
	rmSync(folder, { recursive: true, force: true });
});

test('a saved sentence shows in the open page, on the step the editor was reading', async ({ page }) => {
	test.setTimeout(90_000);
	await page.goto(`${ORIGIN}/`);
	await waitForStory(page);
	await scrollIntoStep(page, 'loss', 0.3);
	await expect.poll(() => activeStep(page)).toBe('loss');
	// The step is in the address once the reader has stopped there (as a reload finds it).
	await expect(page).toHaveURL(/#step-loss$/);
	const readingAt = await page.evaluate(() => scrollY);
	const saved = Date.now();
	const edited = original().replace('though half as much in 2023', 'though only half as much in 2023');
	expect(edited).not.toBe(original());
	writeFileSync(copyFile(), edited);
	await expect(page.locator('#step-loss')).toContainText('though only half as much', { timeout: 10_000 });
	await waitForStory(page);
	const shown = `${Date.now() - saved} ms`;
	test.info().annotations.push({ type: 'saved to shown', description: shown });
	console.log(`editor loop: a saved sentence was on the page ${shown} after saving`);
	await expect.poll(() => activeStep(page)).toBe('loss');
	await expect(page.locator('#step-loss')).toBeInViewport();
	// The same place within the step, as the browser restores it on a reload (the layout above did not change).
	expect(Math.abs((await page.evaluate(() => scrollY)) - readingAt)).toBeLessThan(2);
});

test('a mistake shows in the browser with its file and line; fixed, the page comes back on the same step', async ({
	page,
	consoleErrors
}) => {
	test.setTimeout(90_000);
	await page.goto(`${ORIGIN}/#step-wholesale`);
	await waitForStory(page);
	await expect.poll(() => activeStep(page)).toBe('wholesale');
	const broken = original().replace('highlight: wholesale\n', 'higlight: wholesale\n');
	const line = broken.split('\n').indexOf('higlight: wholesale') + 1;
	expect(line).toBeGreaterThan(0);
	writeFileSync(copyFile(), broken);
	const problems = page.locator('body[data-story-problems]');
	await expect(problems).toBeVisible({ timeout: 10_000 });
	await expect(problems).toContainText(`story.en.aml:${line}:1`);
	await expect(problems).toContainText('steps[1] (id "wholesale").higlight');
	await expect(problems).toContainText('did you mean "highlight"?');
	// The other edition is not broken: it still reads.
	expect((await page.request.get(`${ORIGIN}/zh/`, { headers: { accept: 'text/html' } })).status()).toBe(200);
	// Fixed and saved: the story is back, without a manual reload, on the same step.
	writeFileSync(copyFile(), original());
	await expect(page.locator('main.story')).toBeVisible({ timeout: 10_000 });
	await waitForStory(page);
	await expect.poll(() => activeStep(page)).toBe('wholesale');
	// The page with the problems was served as an error (500), which the browser logs: expected here, and only here.
	consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !e.includes('status of 500')));
});

test('the desk preview shows every step of both editions at phone and desktop width, with a checklist; the built site has none', async ({
	page,
	request
}) => {
	// Not waiting for the frames in view to load their pages: the preview's own HTML is what is checked.
	await page.goto(`${ORIGIN}/__desk/`, { waitUntil: 'domcontentloaded' });
	const steps = [...original().matchAll(/^id: (.+)$/gm)].map((m) => m[1]!);
	await expect(page.locator('[data-desk-step]')).toHaveCount(steps.length);
	// Two editions, each at phone and desktop width.
	await expect(page.locator('[data-desk-step] iframe')).toHaveCount(steps.length * 4);
	const revenue = page.locator('[data-desk-step="revenue"]');
	await expect(revenue).toContainText('money:online');
	// With the quotes the step cites, from the article.
	await expect(revenue).toContainText('and $18 million in 2023');
	await expect(page.locator('.checklist')).toContainText('Site address');
	await expect(page.locator('.checklist')).toContainText('Editions in step');
	await expect(page.locator('.checklist')).toContainText('Quotes not checked');
	// The built site (the preview server of the other projects) has no desk page.
	expect((await request.get('/__desk/')).status()).toBe(404);
});
