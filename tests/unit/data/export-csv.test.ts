import { describe, expect, it } from 'vitest';
import { datasetCsv, csvColumns } from '$lib/data/export-csv';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readStoryFolder } from '$lib/data/story-folder';
import { fixtureInTwoEditions, inSecondEdition } from '../fixture-story';

/** The fixture story in two editions, with a derived figure: the CSV's every kind of row and source. */
function fixtureDataset() {
	const folder = fixtureInTwoEditions();
	const file = join(folder, 'dataset.json');
	const json = JSON.parse(readFileSync(file, 'utf8'));
	json.figures.push({
		id: 'online-growth-2023',
		label: { en: 'Online revenue growth, 2023', zh: inSecondEdition('Online revenue growth, 2023') },
		value: 50,
		unit: 'percent',
		period: { start: '2023-01-01', end: '2023-12-31', label: '2023' },
		source: {
			source: 'derived',
			formula: { en: '(18 − 12) ÷ 12, as a percentage', zh: '(18 − 12) ÷ 12' },
			inputs: ['online-revenue-2022', 'online-revenue-2023']
		}
	});
	writeFileSync(file, JSON.stringify(json));
	return readStoryFolder(folder).dataset;
}

/** A small RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (c === '"') quoted = false;
			else cell += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			row.push(cell);
			cell = '';
		} else if (c === '\r') continue;
		else if (c === '\n') {
			rows.push([...row, cell]);
			row = [];
			cell = '';
		} else cell += c;
	}
	return rows;
}

describe('datasetCsv', () => {
	const dataset = fixtureDataset();
	const text = datasetCsv(dataset, ['en', 'zh']);
	// Spreadsheet programs and pandas (encoding 'utf-8-sig') take the byte-order mark off before reading.
	const rows = parseCsv(text.replace(/^\uFEFF/, ''));

	it('is UTF-8 with a byte-order mark, so Excel, LibreOffice and pandas all read its Chinese columns', () => {
		const bytes = new TextEncoder().encode(text);
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const readBack = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
		expect(readBack.startsWith('kind,id,')).toBe(true);
		expect(readBack).toContain(inSecondEdition('Retail Group'));
	});
	const header = rows[0]!;
	const col = (name: string) => header.indexOf(name);

	it('has one row per figure, org unit per state and event, all the same width', () => {
		const units = dataset.orgStates.reduce((n, s) => n + s.nodes.length, 0);
		expect(rows).toHaveLength(1 + dataset.figures.length + units + dataset.events.length);
		for (const row of rows) expect(row).toHaveLength(csvColumns(['en', 'zh']).length);
	});

	it('keeps values, units and sources, quoting what needs quoting', () => {
		const revenue = rows.find((r) => r[col('id')] === 'online-revenue-2023')!;
		expect(revenue[col('value')]).toBe('18');
		expect(revenue[col('unit')]).toBe('million');
		expect(revenue[col('currency')]).toBe('USD');
		expect(revenue[col('article_line')]).toBe('6');
		// Its label has a comma: quoted in the file, whole once read back.
		expect(revenue[col('name')]).toBe('Online revenue, 2023');
		expect(text).toContain('"Online revenue, 2023"');
		const derived = rows.find((r) => r[col('id')] === 'online-growth-2023')!;
		expect(derived[col('source')]).toBe('derived');
		expect(derived[col('source_note')]).toContain('(18 − 12) ÷ 12');
		const retail = rows.find((r) => r[col('kind')] === 'org-unit' && r[col('state')] === '2024' && r[col('id')] === 'retail-group')!;
		expect(retail[col('leaders')]).toBe('Ben Okafor (Head)');
		expect(retail[col('name_zh')]).toBe(inSecondEdition('Retail Group'));
	});

	it('has a name column per edition of the story: none beyond the source language’s for a story in one language', () => {
		expect(header.filter((name) => name.startsWith('name'))).toEqual(['name', 'name_zh']);
		const english = parseCsv(datasetCsv(dataset, ['en']).replace(/^\uFEFF/, ''));
		expect(english[0]!.filter((name) => name.startsWith('name'))).toEqual(['name']);
		for (const row of english) expect(row).toHaveLength(english[0]!.length);
		// The column follows the story's editions, not a language written into the code.
		expect(csvColumns(['en', 'zh'])).toContain('name_zh');
		expect(csvColumns(['en'])).not.toContain('name_zh');
	});
});
