import { describe, expect, it } from 'vitest';
import { parseDataset } from '$lib/data/parse-dataset';
import { DATASET_FILE, dataErrorOf, datasetJson, datasetText, plainMessage } from '../helpers';

const parse = (json: unknown) => () => parseDataset(JSON.stringify(json), DATASET_FILE);

describe('the dataset', () => {
	it('passes validation as shipped', () => {
		const data = parseDataset(datasetText, DATASET_FILE);
		expect(data.orgStates.map((s) => s.id)).toEqual(['pre-2021', '2021', '2023', '2023-09', '2023-late', '2024']);
	});

	it('rejects a fact without a source, naming file and path', () => {
		const json = datasetJson();
		delete json.figures[4].source;
		const error = dataErrorOf(parse(json));
		expect(plainMessage(error)).toContain('data/alibaba/dataset.json: figures[4].source: is missing: every fact needs a source');
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
		const y2024 = json.orgStates.findIndex((s: any) => s.id === '2024');
		json.orgStates[y2024].changes.push({ kind: 'moved', unit: 'cloud', from: 'alibaba-group', event: 'ecommerce-group' });
		json.orgStates[y2024].changes.push({ kind: 'appointed', person: 'wu-jia', unit: 'aidc', event: 'ecommerce-group' });
		const messages = dataErrorOf(parse(json)).problems.map((p) => p.message);
		expect(messages).toContain('"cloud" is still under "alibaba-group": nothing moved');
		expect(messages).toContain('"wu-jia" is not drawn as a leader of "aidc" in org state "2024"');
	});

	it('rejects an unknown parent id', () => {
		const json = datasetJson();
		json.orgStates[1].nodes[2].parent = 'no-such-unit';
		const [problem] = dataErrorOf(parse(json)).problems;
		expect(problem).toMatchObject({
			file: DATASET_FILE,
			path: 'orgStates[1].nodes[2].parent',
			message: 'unknown parent id "no-such-unit" (no such unit in org state "2021")'
		});
	});

	it('rejects a cycle in the tree', () => {
		const json = datasetJson();
		// China Digital Commerce reports to Taobao, which reports to China Digital Commerce.
		json.orgStates[1].nodes[1].parent = 'taobao';
		const error = dataErrorOf(parse(json));
		expect(plainMessage(error)).toMatch(/orgStates\[1\]\.nodes\[\d\]\.parent: cycle in org state "2021": .*china-digital-commerce.*taobao/);
	});

	it('rejects a duplicate id', () => {
		const json = datasetJson();
		json.units.push({ ...json.units[0] });
		const error = dataErrorOf(parse(json));
		expect(plainMessage(error)).toContain(`data/alibaba/dataset.json: units[${json.units.length - 1}].id: duplicate id "alibaba-group"`);
	});

	it('rejects a date that is not a real date', () => {
		const json = datasetJson();
		json.events[0].date = '2021-02-30';
		expect(plainMessage(dataErrorOf(parse(json)))).toContain('events[0].date: must be a real date written YYYY-MM-DD or YYYY-MM');
		json.events[0].date = '6 December 2021';
		expect(plainMessage(dataErrorOf(parse(json)))).toContain('events[0].date: must be a real date');
	});

	it('rejects a figure whose value is not a number', () => {
		const json = datasetJson();
		json.figures[0].value = '31.672';
		expect(plainMessage(dataErrorOf(parse(json)))).toContain('figures[0].value: must be a number, not text');
	});

	it('rejects a citation of a line the article does not have', () => {
		const json = datasetJson();
		json.events[0].source.line = 120;
		expect(plainMessage(dataErrorOf(parse(json)))).toContain(
			'events[0].source.line: article line 120 does not exist (the article has 49 lines)'
		);
	});

	it('rejects a leader who is not in people', () => {
		const json = datasetJson();
		json.orgStates[4].nodes[1].leaders[0].person = 'jack-ma';
		expect(plainMessage(dataErrorOf(parse(json)))).toContain('orgStates[4].nodes[1].leaders[0].person: unknown person id "jack-ma"');
	});

	it('rejects a merger from a unit that was not in the previous state', () => {
		const json = datasetJson();
		json.orgStates[1].nodes[1].formedFrom = ['taotian'];
		expect(plainMessage(dataErrorOf(parse(json)))).toContain(
			'orgStates[1].nodes[1].formedFrom[0]: "taotian" is not a unit of the previous org state "pre-2021"'
		);
	});

	it('rejects a bar for an unknown figure and a misspelt field', () => {
		const json = datasetJson();
		const bars = json.charts.find((c: any) => c.id === 'money:thailand').bars;
		bars[0].figure = 'shopee-share';
		expect(plainMessage(dataErrorOf(parse(json)))).toMatch(/charts\[\d+\]\.bars\[0\]\.figure: unknown figure id "shopee-share"/);
		const json2 = datasetJson();
		json2.figures[0].valeu = 1;
		expect(plainMessage(dataErrorOf(parse(json2)))).toContain('figures[0].valeu: is not a known field');
	});

	it('rejects a file that is not JSON', () => {
		expect(dataErrorOf(() => parseDataset('{ "meta": ', DATASET_FILE)).message).toContain(
			'data/alibaba/dataset.json:1:11: (file): not valid JSON'
		);
	});
});
