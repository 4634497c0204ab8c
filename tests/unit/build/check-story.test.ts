import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempFolder } from '../temp-folder';

/** `npm run check:story` as an editor runs it: its exit code and what it prints. Runs side by side with others. */
function checkStory(story: string, ...args: string[]): Promise<{ status: number | null; output: string }> {
	return new Promise((done) => {
		const run = spawn(process.execPath, ['src/build/check-story.mjs', ...args], { env: { ...process.env, STORY: story, STORY_ARTICLE: '' } });
		let output = '';
		run.stdout.on('data', (chunk) => (output += chunk));
		run.stderr.on('data', (chunk) => (output += chunk));
		run.on('close', (status) => done({ status, output }));
	});
}

/** A copy of the Alibaba story with one file changed. */
function broken(file: string, change: (text: string) => string): string {
	const folder = tempFolder('story-check-');
	cpSync('data/alibaba', folder, { recursive: true });
	writeFileSync(join(folder, file), change(readFileSync(join(folder, file), 'utf8')));
	return folder;
}

// Each case starts Node and Vite's module runner (about a second): more than the default 5 s in all.
describe('npm run check:story', { timeout: 60_000 }, () => {
	it('passes the real story, and the second story with its quotes checked against its source document', async () => {
		const [alibaba, larkspur] = await Promise.all([
			checkStory('data/alibaba'),
			checkStory('tests/fixtures/stories/larkspur', '--article', 'tests/fixtures/stories/larkspur/article.txt')
		]);
		expect(alibaba).toMatchObject({ status: 0 });
		expect(larkspur.status).toBe(0);
		expect(larkspur.output).toMatch(/0 errors, 0 warnings; \d+ quotes checked against tests\/fixtures\/stories\/larkspur\/article\.txt/);
	});

	it('fails each broken story with its file, line and message, grouped by file', async () => {
		const cases = [
			{
				folder: broken('dataset.json', (t) => t.replace(/\}\n(\t*)\],\n(\t*)"charts"/, '},\n$1],\n$2"charts"')),
				message: /dataset\.json\n {2}error {3}\d+:\d+ {2}\(file\): not valid JSON \(ValueExpected\)/
			},
			{
				folder: broken('story.en.aml', (t) => t.replace('highlight: lazada\n', 'higlight: lazada\n')),
				message: /story\.en\.aml\n {2}error {3}\d+:1 {2}steps\[10\] \(id "competition"\)\.higlight: is not a known field; did you mean "highlight"\?/
			},
			{
				folder: broken('story.en.aml', (t) => t.replace('highlight: cloud, wu-yongming', 'highlight: cloud, wu-yongming, b-series')),
				message: /"b-series" is not drawn in org:2024, so it cannot be highlighted there/
			},
			{
				folder: broken('dataset.json', (t) => t.replace('"value": 31.672', '"value": 31.762')),
				message: /figures\[0\] \(id "aidc-revenue-2024q3"\)\.value: 31\.762 is not in its quote/
			},
			{
				folder: broken('story.zh.aml', (t) => t.replace(/\nid: ai\n[\s\S]*?:end\n/, '\n')),
				message: /story\.zh\.aml\n {2}error {3}steps: has no step "ai"/
			}
		];
		const runs = await Promise.all(cases.map(({ folder }) => checkStory(folder)));
		for (const [i, { folder, message }] of cases.entries()) {
			expect(runs[i]!.status, folder).toBe(1);
			expect(runs[i]!.output, folder).toMatch(message);
		}
	});

	it('checks the quotes against the source document it is given, and refuses one that is not there', async () => {
		const folder = tempFolder('article-');
		const article = join(folder, 'article.txt');
		writeFileSync(article, readFileSync('tests/fixtures/stories/larkspur/article.txt', 'utf8').replace(/\bthe\b/g, 'a'));
		const [run, missing] = await Promise.all([
			checkStory('tests/fixtures/stories/larkspur', '--article', article),
			checkStory('tests/fixtures/stories/larkspur', '--article', join(folder, 'missing.txt'))
		]);
		expect(run.status).toBe(1);
		expect(run.output).toMatch(/\.quote: is not the words of line \d+ of the source document/);
		expect(missing.status).toBe(2);
	});
});
