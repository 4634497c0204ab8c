import { describe, expect, it } from 'vitest';
import { parseStoryCopy } from '$lib/data/parse-story-copy';
import { lintArchieMl } from '$lib/data/lint-archieml';
import { STORY_EN_FILE, dataErrorOf, dataset, storyEnText, plainMessage } from '../helpers';

const parse = (text: string) => () => parseStoryCopy(text, STORY_EN_FILE, dataset);

describe('the story copy (ArchieML)', () => {
	const copy = parseStoryCopy(storyEnText, STORY_EN_FILE, dataset);

	it('parses into an intro, 10 to 16 steps and methods notes', () => {
		expect(copy.headline.length).toBeGreaterThan(10);
		expect(copy.steps.length).toBeGreaterThanOrEqual(10);
		expect(copy.steps.length).toBeLessThanOrEqual(16);
		expect(copy.methods.length).toBeGreaterThan(0);
	});

	it('splits multi-line bodies into paragraphs and cites into line numbers', () => {
		const step = copy.steps.find((s) => s.id === 'split-2021');
		expect(step?.body).toHaveLength(2);
		expect(step?.body[0]).toMatch(/^Then Zhang Yong/);
		expect(step?.cite).toEqual([12, 13]);
		expect(step?.highlight).toEqual(['china-digital-commerce', 'dai-shan', '1688']);
	});

	it('covers the story from the 2024 announcement to the bets on supply and AI', () => {
		const charts = copy.steps.map((s) => s.chart);
		for (const chart of [
			'org:pre-2021',
			'org:2021',
			'org:2023',
			'org:2023-late',
			'org:2024',
			'money:aidc-revenue',
			'money:aidc-ebita',
			'money:growth',
			'money:thailand'
		]) {
			expect(charts).toContain(chart);
		}
		expect(copy.steps[0]?.id).toBe('announcement');
	});

	it('every step references an existing chart state', () => {
		const known = new Set(dataset.charts.map((c) => c.id));
		for (const step of copy.steps) expect(known.has(step.chart), `${step.id} → ${step.chart}`).toBe(true);
	});

	it('rejects a step referring to an unknown chart state', () => {
		const broken = storyEnText.replace('chart: org:2021\nhighlight: china', 'chart: org:2022\nhighlight: china');
		const error = dataErrorOf(parse(broken));
		expect(plainMessage(error)).toContain('data/alibaba/story.en.aml: steps[2] (id "split-2021").chart: unknown chart state "org:2022"');
	});

	it('rejects a highlight of an unknown id and a citation past the end of the article', () => {
		const broken = storyEnText.replace(
			'highlight: ecommerce-group, jiang-fan\ncite: 3\n',
			'highlight: ecommerce-group, jack-ma\ncite: 3, 77\n'
		);
		const error = dataErrorOf(parse(broken));
		expect(plainMessage(error)).toContain('steps[0] (id "announcement").highlight: "jack-ma" is not drawn in org:2024');
		expect(plainMessage(error)).toContain('steps[0] (id "announcement").cite: article line 77 does not exist');
	});

	it('rejects malformed ArchieML: a broken array marker', () => {
		const broken = storyEnText.replace('[steps]', '[steps');
		const error = dataErrorOf(parse(broken));
		expect(error.problems[0]?.file).toBe(STORY_EN_FILE);
		expect(error.problems[0]?.path).toMatch(/^line \d+$/);
		expect(error.problems[0]?.message).toContain('malformed ArchieML marker "[steps"');
	});

	it('rejects malformed ArchieML: a multi-paragraph body without :end, which would lose text', () => {
		const lines = storyEnText.split('\n');
		const endOfFirstBody = lines.indexOf(':end');
		lines.splice(endOfFirstBody, 1);
		const problems = lintArchieMl(lines.join('\n'), STORY_EN_FILE);
		expect(problems.map((p) => p.message)).toContain(
			'this text would be dropped: a field that runs over several lines must end with a line ":end"'
		);
	});

	it('rejects a step without its required fields, and a duplicate step id', () => {
		const noKicker = storyEnText.replace('kicker: Until December 2021\n', '');
		expect(plainMessage(dataErrorOf(parse(noKicker)))).toContain('data/alibaba/story.en.aml: steps[1].kicker: is missing');
		const duplicate = storyEnText.replace('id: before-2021', 'id: announcement');
		expect(plainMessage(dataErrorOf(parse(duplicate)))).toContain('steps[1] (id "announcement").id: duplicate step id "announcement"');
	});
});
