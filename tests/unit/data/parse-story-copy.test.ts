import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseStoryCopy } from '$lib/data/parse-story-copy';
import { lintArchieMl } from '$lib/data/lint-archieml';
import { dataErrorOf, plainMessage } from '../data-errors';
import { fixture, FIXTURE_FOLDER } from '../fixture-story';

const FILE = `${FIXTURE_FOLDER}/story.en.aml`;
const text = readFileSync(FILE, 'utf8');
const dataset = fixture.dataset;
const parse = (copy: string) => () => parseStoryCopy(copy, FILE, dataset);
/** The copy with a second paragraph in the second step's body (paragraphs are apart by a blank line). */
const withTwoParagraphs = (end = '\n:end') =>
	text.replace(
		'body: It then opened a third unit to sell tea to cafés.\n:end',
		`body: It then opened a third unit to sell tea to cafés.\n\nA second paragraph.${end}`
	);

describe('the story copy (ArchieML)', () => {
	const copy = parseStoryCopy(text, FILE, dataset);

	it('parses into an intro, its steps in order and methods notes', () => {
		expect(copy.headline).toBe('How a made-up tea company reorganised itself');
		expect(copy.steps.map((s) => s.id)).toEqual(['start', 'wholesale', 'merger', 'direct', 'revenue', 'loss', 'share']);
		expect(copy.methods.length).toBeGreaterThan(0);
	});

	it('splits multi-line bodies into paragraphs, and cites into line numbers', () => {
		const step = parseStoryCopy(withTwoParagraphs(), FILE, dataset).steps.find((s) => s.id === 'wholesale');
		expect(step?.body).toEqual(['It then opened a third unit to sell tea to cafés.', 'A second paragraph.']);
		expect(copy.steps[0]?.cite).toEqual([1, 2, 3]);
		expect(copy.steps[2]?.highlight).toEqual(['retail-group', 'ben-okafor']);
	});

	it('every step references an existing chart state', () => {
		const known = new Set(dataset.charts.map((c) => c.id));
		for (const step of copy.steps) expect(known.has(step.chart), `${step.id} → ${step.chart}`).toBe(true);
	});

	it('rejects a step referring to an unknown chart state', () => {
		const broken = text.replace('chart: org:2022\nhighlight: wholesale', 'chart: org:2021\nhighlight: wholesale');
		expect(plainMessage(dataErrorOf(parse(broken)))).toContain(`${FILE}: steps[1] (id "wholesale").chart: unknown chart state "org:2021"`);
	});

	it('rejects a highlight of an unknown id and a citation past the end of the article', () => {
		const broken = text.replace('highlight: retail-group, ben-okafor\ncite: 5\n', 'highlight: retail-group, nobody-known\ncite: 5, 77\n');
		const message = plainMessage(dataErrorOf(parse(broken)));
		expect(message).toContain('steps[2] (id "merger").highlight: "nobody-known" is not drawn in org:2024');
		expect(message).toContain('steps[2] (id "merger").cite: article line 77 does not exist');
	});

	it('rejects malformed ArchieML: a broken array marker', () => {
		const error = dataErrorOf(parse(text.replace('[steps]', '[steps')));
		expect(error.problems[0]?.file).toBe(FILE);
		expect(error.problems[0]?.path).toMatch(/^line \d+$/);
		expect(error.problems[0]?.message).toContain('malformed ArchieML marker "[steps"');
	});

	it('rejects malformed ArchieML: a multi-paragraph body without :end, which would lose text', () => {
		expect(lintArchieMl(withTwoParagraphs(''), FILE).map((p) => p.message)).toContain(
			'this text would be dropped: a field that runs over several lines must end with a line ":end"'
		);
	});

	it('rejects a step without its required fields, and a duplicate step id', () => {
		const noKicker = text.replace('kicker: June 2022\n', '');
		expect(plainMessage(dataErrorOf(parse(noKicker)))).toContain(`${FILE}: steps[1].kicker: is missing`);
		const duplicate = text.replace('id: wholesale', 'id: start');
		expect(plainMessage(dataErrorOf(parse(duplicate)))).toContain('steps[1] (id "start").id: duplicate step id "start"');
	});
});
