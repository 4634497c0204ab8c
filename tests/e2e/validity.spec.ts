import { readFileSync } from 'node:fs';
import { filesIn } from '../../src/build/build-files.mjs';
import { HtmlValidate } from 'html-validate';
import config from '../../.htmlvalidate.mjs';
import { test, expect, waitForStory, steps } from './fixtures';
import { FIXTURE_BUILD_DIR } from '../fixtures/editions.mjs';

/** html-validate (the project's .htmlvalidate.mjs) over every built page, and over the page as scripts leave it. */
const validator = new HtmlValidate(config);

async function problems(markup: string): Promise<string[]> {
	const report = await validator.validateString(markup);
	return report.results.flatMap((result) => result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}

test('every built page is valid HTML', async () => {
	const pages: string[] = filesIn(FIXTURE_BUILD_DIR, ['.html']);
	expect(pages.length).toBeGreaterThan(10);
	for (const page of pages) expect(await problems(readFileSync(page, 'utf8')), page).toEqual([]);
});

test('no stylesheet sets SVG geometry as a CSS property, which the Nu validator does not know', async () => {
	// SVG 2 lets CSS set r, cx, cy, rx and ry; the Nu HTML Checker reports each as an unknown
	// property, so one such rule fails every page that inlines it. They stay attributes.
	const sheets = [
		...filesIn(FIXTURE_BUILD_DIR, ['.html']).flatMap((file) =>
			[...readFileSync(file, 'utf8').matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => [file, m[1]!])
		),
		...filesIn(FIXTURE_BUILD_DIR, ['.css']).map((file) => [file, readFileSync(file, 'utf8')])
	];
	expect(sheets.length).toBeGreaterThan(10);
	for (const [file, css] of sheets) expect(css!.match(/[{;]\s*(r|cx|cy|rx|ry)\s*:[^;}]*/g), file).toBeNull();
});

for (const path of [
	'/',
	'/zh/',
	'/qps/',
	'/embed/',
	`/embed/steps/${steps[3]!.id}/`,
	`/embed/steps/${steps.at(-1)!.id}/`,
	'/embed/org-2024/'
]) {
	test(`${path} is still valid HTML after its scripts ran`, async ({ page }) => {
		await page.goto(path);
		if (!path.startsWith('/embed/')) await waitForStory(page);
		await page.waitForTimeout(800);
		const markup = await page.evaluate(() => `<!doctype html>\n${document.documentElement.outerHTML}`);
		expect(await problems(markup), path).toEqual([]);
	});
}
