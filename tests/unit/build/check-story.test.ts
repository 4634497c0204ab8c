import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempFolder } from '../temp-folder';
import { fixtureInTwoEditions } from '../fixture-story';

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

/** A copy of the fixture story, in two editions, with one file changed. */
function broken(file: string, change: (text: string) => string): string {
	const folder = fixtureInTwoEditions();
	writeFileSync(join(folder, file), change(readFileSync(join(folder, file), 'utf8')));
	return folder;
}

// Each case starts Node and Vite's module runner (about a second): more than the default 5 s in all.
describe('npm run check:story', { timeout: 60_000 }, () => {
	it('passes every story in data/, and the fixture story with its quotes checked against its source document', async () => {
		const stories = readdirSync('data').filter((name) => statSync(join('data', name)).isDirectory());
		const [larkspur, ...published] = await Promise.all([
			checkStory('tests/fixtures/stories/larkspur', '--article', 'tests/fixtures/stories/larkspur/article.txt'),
			...stories.map((name) => checkStory(join('data', name)))
		]);
		expect(published.length).toBeGreaterThan(0);
		for (const [i, run] of published.entries()) expect(run, stories[i]).toMatchObject({ status: 0 });
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
				folder: broken('story.en.aml', (t) => t.replace('highlight: wholesale\n', 'higlight: wholesale\n')),
				message: /story\.en\.aml\n {2}error {3}\d+:1 {2}steps\[1\] \(id "wholesale"\)\.higlight: is not a known field; did you mean "highlight"\?/
			},
			{
				folder: broken('story.en.aml', (t) => t.replace('highlight: retail-group, ben-okafor', 'highlight: retail-group, ben-okafor, shops')),
				message: /"shops" is not drawn in org:2024, so it cannot be highlighted there/
			},
			{
				folder: broken('dataset.json', (t) => t.replace('"value": 12,', '"value": 21,')),
				message: /figures\[0\] \(id "online-revenue-2022"\)\.value: 21 is not in its quote/
			},
			{
				folder: broken('story.zh.aml', (t) => t.replace(/\nid: share\n[\s\S]*?:end\n/, '\n')),
				message: /story\.zh\.aml\n {2}error {3}steps: has no step "share"/
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
