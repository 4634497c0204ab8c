import type { Dataset, Source } from './schema';
import { SOURCE_LANG, type Lang } from '../i18n/lang';

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

/** The columns: a name in the source language, then one per other edition of the story (name_zh…). */
export const csvColumns = (editions: readonly Lang[]) => [
	'kind',
	'id',
	'state',
	'name',
	...otherEditions(editions).map((lang) => `name_${lang}`),
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
];

const otherEditions = (editions: readonly Lang[]) => editions.filter((lang) => lang !== SOURCE_LANG);

/**
 * The dataset as one flat table for readers' spreadsheets: every figure, every unit in
 * every org state (with its parent and leaders) and every event, each with its source, named
 * in each of the story's editions.
 */
export function datasetCsv(data: Dataset, editions: readonly Lang[]): string {
	const names = (text: Partial<Record<Lang, string>> | undefined) => [
		text?.[SOURCE_LANG],
		...otherEditions(editions).map((lang) => text?.[lang])
	];
	const units = new Map(data.units.map((u) => [u.id, u]));
	const people = new Map(data.people.map((p) => [p.id, p]));
	const rows: (string | number | undefined)[][] = [];
	for (const f of data.figures) {
		rows.push([
			'figure',
			f.id,
			'',
			...names(f.label),
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
				...names(unit?.name),
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
		rows.push(['event', e.id, '', ...names(e.title), '', '', '', '', '', '', '', e.date, ...sourceFields(e.source)]);
	// UTF-8 with a byte-order mark: without it, Excel on Windows reads the Chinese columns as another encoding.
	return CSV_BOM + [csvColumns(editions).join(','), ...rows.map((row) => row.map(field).join(','))].join('\r\n') + '\r\n';
}
