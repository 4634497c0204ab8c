import { describe, expect, it } from 'vitest';
import { parseDataset } from '$lib/data/parse-dataset';
import { dataErrorOf, plainMessage } from '../data-errors';
import { fixture, FIXTURE_FOLDER, fixtureDatasetText } from '../fixture-story';

const DATASET_FILE = `${FIXTURE_FOLDER}/dataset.json`;
const EDITIONS = fixture.settings.editions;
const parse = (json: unknown) => () => parseDataset(JSON.stringify(json), DATASET_FILE, EDITIONS);
/** A deep copy of the fixture's dataset JSON, to break in one place. */
const datasetJson = () => JSON.parse(fixtureDatasetText);

describe('the dataset', () => {
	it('passes validation as written', () => {
		expect(parseDataset(fixtureDatasetText, DATASET_FILE, EDITIONS).orgStates.map((s) => s.id)).toEqual(['2020', '2022', '2024', '2025']);
	});

	it('rejects a fact without a source, naming file and path', () => {
		const json = datasetJson();
		delete json.figures[2].source;
		expect(plainMessage(dataErrorOf(parse(json)))).toContain(`${DATASET_FILE}: figures[2].source: is missing: every fact needs a source`);
	});

	it('rejects a source of an unknown kind', () => {
		const json = datasetJson();
		json.people[0].source = { source: 'rumour', line: 3 };
		expect(dataErrorOf(parse(json)).problems[0]).toMatchObject({ file: DATASET_FILE, path: 'people[0].source' });
	});

	it('rejects a change tied to no event, naming the field', () => {
		const json = datasetJson();
		json.orgStates[1].changes[0].event = 'a-rumour';
		const [problem] = dataErrorOf(parse(json)).problems;
		expect(problem).toMatchObject({
			file: DATASET_FILE,
			path: 'orgStates[1].changes[0].event',
			message: 'unknown event id "a-rumour" (not in events)'
		});
	});

	it('rejects a move the drawing does not show, and an appointment of someone not drawn as a leader', () => {
		const json = datasetJson();
		json.orgStates[2].changes.push({ kind: 'moved', unit: 'wholesale', from: 'larkspur', event: 'retail-2024' });
		json.orgStates[2].changes.push({ kind: 'appointed', person: 'cleo-ward', unit: 'wholesale', event: 'retail-2024' });
		const messages = dataErrorOf(parse(json)).problems.map((p) => p.message);
		expect(messages).toContain('"wholesale" is still under "larkspur": nothing moved');
		expect(messages).toContain('"cleo-ward" is not drawn as a leader of "wholesale" in org state "2024"');
	});

	it('rejects an unknown parent id', () => {
		const json = datasetJson();
		json.orgStates[1].nodes[2].parent = 'no-such-unit';
		const [problem] = dataErrorOf(parse(json)).problems;
		expect(problem).toMatchObject({
			file: DATASET_FILE,
			path: 'orgStates[1].nodes[2].parent',
			message: 'unknown parent id "no-such-unit" (no such unit in org state "2022")'
		});
	});

	it('rejects a cycle in the tree', () => {
		const json = datasetJson();
		// The shops report to the online store, which reports to the shops.
		json.orgStates[1].nodes[1].parent = 'online';
		json.orgStates[1].nodes[2].parent = 'shops';
		expect(plainMessage(dataErrorOf(parse(json)))).toMatch(
			/orgStates\[1\]\.nodes\[\d\]\.parent: cycle in org state "2022": .*(shops.*online|online.*shops)/
		);
	});

	it('rejects a duplicate id', () => {
		const json = datasetJson();
		json.units.push({ ...json.units[0] });
		expect(plainMessage(dataErrorOf(parse(json)))).toContain(
			`${DATASET_FILE}: units[${json.units.length - 1}].id: duplicate id "larkspur"`
		);
	});

	it('rejects a date that is not a real date', () => {
		const json = datasetJson();
		json.events[0].date = '2022-02-30';
		expect(plainMessage(dataErrorOf(parse(json)))).toContain('events[0].date: must be a real date written YYYY-MM-DD or YYYY-MM');
		json.events[0].date = '1 June 2022';
		expect(plainMessage(dataErrorOf(parse(json)))).toContain('events[0].date: must be a real date');
	});

	it('rejects a figure whose value is not a number', () => {
		const json = datasetJson();
		json.figures[0].value = '12';
		expect(plainMessage(dataErrorOf(parse(json)))).toContain('figures[0].value: must be a number, not text');
	});

	it('rejects a citation of a line the article does not have', () => {
		const json = datasetJson();
		json.events[0].source.line = 120;
		expect(plainMessage(dataErrorOf(parse(json)))).toContain(
			'events[0].source.line: article line 120 does not exist (the article has 11 lines)'
		);
	});

	it('rejects a leader who is not in people', () => {
		const json = datasetJson();
		json.orgStates[2].nodes[1].leaders[0].person = 'nobody-known';
		expect(plainMessage(dataErrorOf(parse(json)))).toContain('orgStates[2].nodes[1].leaders[0].person: unknown person id "nobody-known"');
	});

	it('rejects a merger from a unit that was not in the previous state', () => {
		const json = datasetJson();
		json.orgStates[2].nodes[1].formedFrom = ['shops', 'tea-rooms'];
		expect(plainMessage(dataErrorOf(parse(json)))).toContain(
			'orgStates[2].nodes[1].formedFrom[1]: "tea-rooms" is not a unit of the previous org state "2022"'
		);
	});

	it('rejects a bar for an unknown figure and a misspelt field', () => {
		const json = datasetJson();
		json.charts.find((c: any) => c.id === 'money:online').bars[0].figure = 'online-sales';
		expect(plainMessage(dataErrorOf(parse(json)))).toMatch(/charts\[\d+\]\.bars\[0\]\.figure: unknown figure id "online-sales"/);
		const misspelt = datasetJson();
		misspelt.figures[0].valeu = 1;
		expect(plainMessage(dataErrorOf(parse(misspelt)))).toContain('figures[0].valeu: is not a known field');
	});

	it('rejects a file that is not JSON', () => {
		expect(dataErrorOf(() => parseDataset('{ "meta": ', DATASET_FILE, EDITIONS)).message).toContain(
			`${DATASET_FILE}:1:11: (file): not valid JSON`
		);
	});
});
