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
