import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDataset } from '$lib/data/parse-dataset';
import { stepScenes } from '$lib/story/step-scenes';
import { dataErrorOf, plainMessage } from '../../data-errors';
import { FIXTURE_FOLDER as FOLDER, fixtureView as view } from '../../fixture-story';

describe('a big figure', () => {
	it('shows its figure written as the edition writes it, with what it counts and its source', () => {
		expect(view.charts['figure:online-share']).toEqual({
			kind: 'figure',
			id: 'figure:online-share',
			title: 'Sales made online',
			caption: "of Larkspur's sales in 2023 were made online",
			value: '38%',
			source: expect.objectContaining({ kind: 'article', label: expect.stringContaining('7') })
		});
	});

	it('must name a figure of the dataset', () => {
		const json = JSON.parse(readFileSync(`${FOLDER}/dataset.json`, 'utf8'));
		json.charts.find((c: { kind: string }) => c.kind === 'figure').figure = 'no-such-figure';
		expect(plainMessage(dataErrorOf(() => parseDataset(JSON.stringify(json), 'dataset.json', ['en'])))).toContain(
			'dataset.json: charts[6].figure: unknown figure id "no-such-figure"'
		);
	});

	it('is drawn as it is above a phone’s card: its kind has nothing to fit', () => {
		const scenes = stepScenes([{ chart: 'figure:online-share', highlight: [] }], view.charts, [300], 390);
		expect(scenes.charts[scenes.ids[0]!]).toBe(view.charts['figure:online-share']);
	});
});
