import type { Dataset, Source } from './schema';

/** RFC 4180 quoting: fields with commas, quotes or line breaks are quoted, quotes doubled. */
function field(value: string | number | undefined | null): string {
	const text = value === undefined || value === null ? '' : String(value);
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function sourceFields(source: Source): [string, string, string] {
	if (source.source === 'article') return ['article', String(source.line), source.quote];
	if (source.source === 'background') return ['background', '', source.note.en];
	return ['derived', '', `${source.formula.en}${source.note ? ` ${source.note.en}` : ''}`];
}

/** The byte-order mark that tells spreadsheet programs the file is UTF-8. */
export const CSV_BOM = '\uFEFF';

export const CSV_COLUMNS = [
	'kind',
	'id',
	'state',
	'name',
	'name_zh',
	'parent',
	'leaders',
	'value',
	'unit',
	'currency',
	'period',
	'comparison_period',
	'date',
	'source',
	'article_line',
	'source_note'
] as const;

/**
 * The dataset as one flat table for readers' spreadsheets: every figure, every unit in
 * every org state (with its parent and leaders) and every event, each with its source.
 */
export function datasetCsv(data: Dataset): string {
	const units = new Map(data.units.map((u) => [u.id, u]));
	const people = new Map(data.people.map((p) => [p.id, p]));
	const rows: (string | number | undefined)[][] = [];
	for (const f of data.figures) {
		rows.push([
			'figure',
			f.id,
			'',
			f.label.en,
			f.label.zh,
			'',
			'',
			f.value,
			f.unit,
			f.currency,
			f.period.label,
			f.comparisonPeriod?.label,
			'',
			...sourceFields(f.source)
		]);
	}
	for (const state of data.orgStates) {
		for (const node of state.nodes) {
			const unit = units.get(node.unit);
			const leaders = (node.leaders ?? []).map((l) => `${people.get(l.person)?.name.en ?? l.person} (${l.role.en})`).join('; ');
			rows.push([
				'org-unit',
				node.unit,
				state.id,
				unit?.name.en,
				unit?.name.zh,
				node.parent,
				leaders,
				'',
				'',
				'',
				state.label.en,
				'',
				state.date,
				...sourceFields(node.source)
			]);
		}
	}
	for (const e of data.events)
		rows.push(['event', e.id, '', e.title.en, e.title.zh, '', '', '', '', '', '', '', e.date, ...sourceFields(e.source)]);
	// UTF-8 with a byte-order mark: without it, Excel on Windows reads the Chinese columns as another encoding.
	return CSV_BOM + [CSV_COLUMNS.join(','), ...rows.map((row) => row.map(field).join(','))].join('\r\n') + '\r\n';
}
