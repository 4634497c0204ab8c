import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDataset } from '$lib/data/parse-dataset';
import { parseStoryCopy } from '$lib/data/parse-story-copy';
import { readStoryFolder } from '$lib/data/story-folder';
import { dataErrorOf } from '../data-errors';
import { FIXTURE_FOLDER, fixtureInTwoEditions } from '../fixture-story';

/**
 * What an editor sees for each usual mistake: the file, line and column, the step or
 * figure by id, what is wrong and how to fix it. Run on the fixture story in one edition and in
 * two, so the checks are the engine's and not tied to one story's data.
 */
const STORIES = { 'the fixture story': FIXTURE_FOLDER, 'the fixture story in two editions': fixtureInTwoEditions() };
const edit = (folder: string, file: string, change: (text: string) => string) =>
	writeFileSync(join(folder, file), change(readFileSync(join(folder, file), 'utf8')));

for (const [name, story] of Object.entries(STORIES)) {
	describe(`mistakes in ${name}`, () => {
		const datasetText = readFileSync(join(story, 'dataset.json'), 'utf8');
		const dataset = parseDataset(
			datasetText,
			`${story}/dataset.json`,
			JSON.parse(readFileSync(join(story, 'story.json'), 'utf8')).editions
		);
		const copyText = readFileSync(join(story, 'story.en.aml'), 'utf8');

		it('a trailing comma in the dataset: its line and column, and what to remove', () => {
			// The comma after the last figure's closing brace.
			const broken = datasetText.replace(/\}\n(\t*)\],\n(\t*)"charts"/, '},\n$1],\n$2"charts"');
			expect(broken).not.toBe(datasetText);
			const line = broken.slice(0, broken.indexOf('},\n\t]')).split('\n').length + 1;
			const error = dataErrorOf(() => parseDataset(broken, 'dataset.json', ['en']));
			expect(error.message).toMatch(
				new RegExp(`dataset\\.json:${line}:\\d+: \\(file\\): not valid JSON \\(ValueExpected\\): a comma before a closing bracket\\?`)
			);
		});

		it('a misspelt key in a step: the step by id, its line, and the key it meant', () => {
			const broken = copyText.replace(/^highlight:/m, 'higlight:');
			const line = broken.split('\n').findIndex((l) => l.startsWith('higlight:')) + 1;
			const error = dataErrorOf(() => parseStoryCopy(broken, 'story.en.aml', dataset));
			expect(error.message).toMatch(
				new RegExp(
					`story\\.en\\.aml:${line}:1: steps\\[0\\] \\(id "[a-z0-9-]+"\\)\\.higlight: is not a known field; did you mean "highlight"\\?`
				)
			);
		});

		it('a highlight of something the step’s chart does not draw: refused, with the ids it does draw', () => {
			const step = parseStoryCopy(copyText, 'story.en.aml', dataset).steps[0]!;
			const drawn = dataset.units
				.map((u) => u.id)
				.find((id) => !dataset.orgStates.some((s) => s.nodes.some((n) => n.unit === id && `org:${s.id}` === step.chart)));
			const elsewhere = drawn ?? dataset.people[0]!.id;
			const broken = copyText.replace(`highlight: ${step.highlight.join(', ')}`, `highlight: ${[...step.highlight, elsewhere].join(', ')}`);
			const problem = dataErrorOf(() => parseStoryCopy(broken, 'story.en.aml', dataset)).problems[0]!;
			expect(problem.message).toContain(`"${elsewhere}" is not drawn in ${step.chart}, so it cannot be highlighted there`);
			expect(problem.message).toContain(`(ids ${step.chart} draws: `);
			expect(problem.line).toBe(broken.split('\n').findIndex((l) => l.startsWith('highlight:')) + 1);
		});

		it('a figure whose value’s digits are not in its quote: refused, by the figure’s id', () => {
			const json = JSON.parse(datasetText);
			const f = json.figures.findIndex((fig: any) => fig.source.source === 'article');
			const digits = String(Math.abs(json.figures[f].value)).split('');
			// Two digits swapped: 31.672 → 31.762.
			const swapped = digits.length > 3 ? [...digits.slice(0, -3), digits.at(-2), digits.at(-3), digits.at(-1)] : [...digits, '9'];
			json.figures[f].value = Number(swapped.join('')) * Math.sign(json.figures[f].value || 1);
			const editions = JSON.parse(readFileSync(join(story, 'story.json'), 'utf8')).editions;
			const error = dataErrorOf(() => parseDataset(JSON.stringify(json, null, '\t'), 'dataset.json', editions));
			expect(error.problems[0]).toMatchObject({ path: `figures[${f}].value`, label: `figures[${f}] (id "${json.figures[f].id}").value` });
			expect(error.problems[0]!.message).toMatch(/is not in its quote .*: the value or the quote is wrong/);
			expect(error.problems[0]!.line).toBeGreaterThan(1);
		});

		it('a reader-visible text missing in an edition: refused, naming the field', () => {
			const json = JSON.parse(datasetText);
			const settings = JSON.parse(readFileSync(join(story, 'story.json'), 'utf8'));
			const note = (function find(o: any): any {
				if (o && typeof o === 'object') {
					if (o.source === 'background') return o;
					for (const v of Object.values(o)) {
						const hit = find(v);
						if (hit) return hit;
					}
				}
			})(json);
			delete note.note.en;
			const error = dataErrorOf(() => parseDataset(JSON.stringify(json, null, '\t'), 'dataset.json', settings.editions));
			expect(error.message).toMatch(/source\.note\.en: (is missing|must have a text for every edition)/);
		});
	});
}

describe('editions out of step', () => {
	it('a step in English but not in Chinese: refused, naming the step and the file', () => {
		const folder = fixtureInTwoEditions();
		edit(folder, 'story.zh.aml', (text) => text.replace(/\nid: share\n[\s\S]*?:end\n/, '\n'));
		expect(dataErrorOf(() => readStoryFolder(folder)).message).toContain(
			`${folder}/story.zh.aml: steps: has no step "share", which the en edition has: every edition tells the same steps`
		);
	});

	it('a step with another chart or other highlights in one edition: refused, with the line', () => {
		const folder = fixtureInTwoEditions();
		edit(folder, 'story.zh.aml', (text) => text.replace('highlight: retail-group, ben-okafor', 'highlight: retail-group'));
		const problem = dataErrorOf(() => readStoryFolder(folder)).problems[0]!;
		expect(problem).toMatchObject({ file: `${folder}/story.zh.aml`, path: 'steps[2] (id "merger").highlight' });
		expect(problem.message).toBe('is "retail-group", but "retail-group, ben-okafor" in the en edition: both highlight the same');
		expect(problem.line).toBe(readFileSync(`${folder}/story.zh.aml`, 'utf8').split('\n').indexOf('highlight: retail-group') + 1);
	});

	it('steps in another order: refused', () => {
		const folder = fixtureInTwoEditions();
		edit(folder, 'story.zh.aml', (text) => {
			const block = /\nid: share\n[\s\S]*?:end\n/.exec(text)![0];
			return text.replace(block, '\n').replace('\nid: start\n', `${block}\nid: start\n`);
		});
		expect(dataErrorOf(() => readStoryFolder(folder)).message).toContain('tells the steps in another order than the en edition');
	});
});
