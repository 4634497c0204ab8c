/**
 * Everything the explorer shows, in one edition's words, resolved from the dataset at
 * build time: the dated organisation states as trees, the events as marks on the timeline, each
 * unit's history and placements, and the links for every pair of dates compared. Plain data,
 * serialisable: the explorer's pages carry it, and the story page fetches it when reached.
 */
import type { Dataset } from '$lib/data/schema';
import type { OrgChartView } from '$lib/charts/org/types';
import type { SourceView } from '$lib/charts/types';
import { orgChartView } from '$lib/charts/org/view';
import { sourceView } from '$lib/charts/source-view';
import { inLang, type Lang } from '$lib/i18n/lang';
import { STRINGS, VIEW_STRINGS } from '$lib/i18n/strings';
import { timelineFraction, timeOf } from '$lib/timeline/timeline';
import { monthOf } from './explore-address';
import { unitHistory, type HistoryLine } from './unit-history';
import { placementTable } from './placements';
import { compareLinks, type CompareLink } from './compare';

export interface ExplorerDate {
	state: string;
	/** `YYYY-MM`, as the address names it. */
	month: string;
	/** The state's own date, as the dataset gives it (a day or a month). */
	date: string;
	/** The state's label in this edition: "December 2021". */
	label: string;
	/** Its month on the timeline, in two short lines: "Dec", "2021". */
	lines: [string, string];
	/** The tree, without the story's change badges: here a date is compared with any other. */
	chart: OrgChartView;
}

export interface ExplorerEvent {
	id: string;
	date: string;
	/** The date in this edition's words (to the day or to the month, as the dataset gives it). */
	when: string;
	title: string;
	/** Where it sits on the timeline, 0 to 1 (see timelineFraction). */
	at: number;
	source: SourceView;
}

export interface HistoryEntry {
	date: string;
	when: string;
	text: string;
	source: SourceView;
}

export interface PlacementView {
	/** The unit it sat under, by name, or null at the top. */
	under: string | null;
	/** "Jiang Fan, Chairman", one per leader. */
	leaders: string[];
	source: SourceView;
}

export interface ExplorerUnit {
	id: string;
	name: string;
	/** Its history from the dataset's events, in the order things happened (empty if no event touched it). */
	history: HistoryEntry[];
	/** Where it sat at each date, in the order of `dates`; null where that date's chart does not draw it. */
	placements: (PlacementView | null)[];
	/** Where it is not drawn because a recorded change merged it into another unit: that unit's name, and the source. */
	merged: ({ into: string; source: SourceView } | null)[];
}

export interface ExplorerData {
	lang: Lang;
	dates: ExplorerDate[];
	events: ExplorerEvent[];
	units: ExplorerUnit[];
	/** For each pair of dates, by `compareKey`, the units to link across the two trees. */
	links: Record<string, CompareLink[]>;
}

/** The key of a pair of states in `links`: the same in either order. */
export const compareKey = (a: string, b: string, dates: readonly { state: string }[]) => {
	const i = dates.findIndex((d) => d.state === a);
	const j = dates.findIndex((d) => d.state === b);
	return i < j ? `${a}/${b}` : `${b}/${a}`;
};

export function explorerData(dataset: Dataset, lang: Lang): ExplorerData {
	const say = VIEW_STRINGS[lang].changes;
	const unitName = new Map(dataset.units.map((u) => [u.id, inLang(u.name, lang)]));
	const personName = new Map(dataset.people.map((p) => [p.id, inLang(p.name, lang)]));
	const nameOf = (id: string) => unitName.get(id) ?? id;
	const personOf = (id: string) => personName.get(id) ?? id;
	// The states' own dates: an event on a state's day sits on its stop.
	const stops = dataset.orgStates.map((state) => state.date);

	const dates = dataset.orgStates.map((state): ExplorerDate => {
		const chart = dataset.charts.find((c) => c.kind === 'org' && c.orgState === state.id);
		const view = orgChartView(
			dataset,
			{ id: `explore:${state.id}`, kind: 'org', orgState: state.id, title: chart?.title ?? state.label },
			lang
		);
		return {
			state: state.id,
			month: monthOf(state.date),
			date: state.date,
			label: inLang(state.label, lang),
			lines: state.mark
				? (inLang(state.mark, lang).split('\n', 2) as [string, string])
				: [VIEW_STRINGS[lang].timelineMonth(monthOf(state.date), 0), VIEW_STRINGS[lang].timelineMonth(monthOf(state.date), 1)],
			chart: { ...view, nodes: view.nodes.map((node) => ({ ...node, change: null, badge: null })) }
		};
	});

	const sentence = (line: HistoryLine, unit: string): string => {
		switch (line.kind) {
			case 'formed':
				return line.from.length
					? say.formed(nameOf(unit), say.list(line.from.map(nameOf)))
					: say.added(nameOf(unit), line.under ? nameOf(line.under) : '');
			case 'moved':
				return say.moved(nameOf(unit), nameOf(line.from), line.to ? nameOf(line.to) : '');
			case 'merged':
				return say.merged(nameOf(unit), nameOf(line.into));
			case 'absorbed':
				return say.merged(nameOf(line.unit), nameOf(unit));
			case 'appointed':
				return say.appointed(personOf(line.person), line.role ? inLang(line.role, lang) : '', nameOf(unit));
			case 'left':
				return say.left(personOf(line.person), nameOf(unit));
		}
	};

	const table = placementTable(dataset);
	const units = table.rows.map((row): ExplorerUnit => ({
		id: row.unit,
		name: nameOf(row.unit),
		history: unitHistory(dataset, row.unit).map((line) => ({
			date: line.date,
			when: VIEW_STRINGS[lang].eventDate(line.date),
			text: sentence(line, row.unit),
			source: sourceView(line.source, lang)
		})),
		placements: row.cells.map((cell) =>
			cell
				? {
						under: cell.parent ? nameOf(cell.parent) : null,
						leaders: cell.leaders.map((l) => `${personOf(l.person)}${STRINGS[lang].comma}${inLang(l.role, lang)}`),
						source: sourceView(cell.source, lang)
					}
				: null
		),
		merged: row.merged.map((m) => (m ? { into: nameOf(m.into), source: sourceView(m.source, lang) } : null))
	}));

	const links: Record<string, CompareLink[]> = {};
	for (const [i, a] of dates.entries())
		for (const b of dates.slice(i + 1)) links[compareKey(a.state, b.state, dates)] = compareLinks(dataset, a.state, b.state);

	// In the order they happened: a month-only date counts from the month's first day.
	const events = [...dataset.events]
		.sort((a, b) => timeOf(a.date) - timeOf(b.date))
		.map((event) => ({
			id: event.id,
			date: event.date,
			when: VIEW_STRINGS[lang].eventDate(event.date),
			title: inLang(event.title, lang),
			at: timelineFraction(event.date, stops),
			source: sourceView(event.source, lang)
		}));
	return { lang, dates, events, units, links };
}
