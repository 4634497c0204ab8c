import { describe, expect, it } from 'vitest';
import { datasetCsv, csvColumns } from '$lib/data/export-csv';
import { dataset } from '../helpers';

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
	const text = datasetCsv(dataset, ['en', 'zh']);
	// Spreadsheet programs and pandas (encoding 'utf-8-sig') take the byte-order mark off before reading.
	const rows = parseCsv(text.replace(/^\uFEFF/, ''));

	it('is UTF-8 with a byte-order mark, so Excel, LibreOffice and pandas all read its Chinese columns', () => {
		const bytes = new TextEncoder().encode(text);
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const readBack = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
		expect(readBack.startsWith('kind,id,')).toBe(true);
		expect(readBack).toContain('阿里国际数字商业集团');
	});
	const header = rows[0]!;
	const col = (name: string) => header.indexOf(name);

	it('has one row per figure, org unit per state and event, all the same width', () => {
		const units = dataset.orgStates.reduce((n, s) => n + s.nodes.length, 0);
		expect(rows).toHaveLength(1 + dataset.figures.length + units + dataset.events.length);
		for (const row of rows) expect(row).toHaveLength(csvColumns(['en', 'zh']).length);
	});

	it('keeps values, units and sources, quoting what needs quoting', () => {
		const ebita = rows.find((r) => r[col('id')] === 'aidc-ebita-2024q3')!;
		expect(ebita[col('value')]).toBe('-2.905');
		expect(ebita[col('unit')]).toBe('billion');
		expect(ebita[col('currency')]).toBe('CNY');
		expect(ebita[col('article_line')]).toBe('17');
		const derived = rows.find((r) => r[col('id')] === 'aidc-revenue-2023q3')!;
		expect(derived[col('source')]).toBe('derived');
		expect(derived[col('source_note')]).toContain('31.672 ÷ 1.29');
		const group2024 = rows.find((r) => r[col('kind')] === 'org-unit' && r[col('state')] === '2024' && r[col('id')] === 'ecommerce-group')!;
		expect(group2024[col('leaders')]).toBe('Jiang Fan (CEO)');
		expect(group2024[col('name_zh')]).toBe('电商事业群');
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
