import { stratify } from 'd3-hierarchy';
import type { Dataset, OrgState } from '../../data/schema.ts';
import { inLang } from '../../i18n/lang.ts';
import { VIEW_STRINGS } from '../../i18n/strings.ts';
import type { OrgNodeView } from './types.ts';
import { sourceView } from '../source-view.ts';
import type { Lang } from '../../i18n/lang.ts';

/**
 * The tree of one org state in reading order: d3-hierarchy builds the hierarchy and
 * walks it depth-first, giving every unit its depth and row. These rows are the
 * layout's input; they do not depend on screen size, so they are computed once per state.
 * A unit's badge ("new", "moved") comes from the state's sourced changes.
 */
export function orgRows(dataset: Dataset, state: OrgState, lang: Lang = 'en'): OrgNodeView[] {
	// Badges state a sourced event (see OrgChangeSchema), never a difference between two drawings.
	const badges = new Map<string, 'new' | 'moved'>();
	for (const change of state.changes) {
		if (change.kind === 'created') badges.set(change.unit, 'new');
		if (change.kind === 'moved') badges.set(change.unit, 'moved');
	}
	const units = new Map(dataset.units.map((u) => [u.id, u]));
	const people = new Map(dataset.people.map((p) => [p.id, p]));
	const root = stratify<OrgState['nodes'][number]>()
		.id((n) => n.unit)
		.parentId((n) => n.parent)(state.nodes);

	const rows: OrgNodeView[] = [];
	root.eachBefore((node) => {
		const data = node.data;
		const unit = units.get(data.unit);
		if (!unit) throw new Error(`unknown unit ${data.unit}`);
		rows.push({
			id: unit.id,
			name: inLang(unit.name, lang),
			short: unit.short[lang] ?? inLang(unit.name, lang),
			parent: data.parent ?? null,
			depth: node.depth,
			row: rows.length,
			leaders: (data.leaders ?? []).map((l) => ({
				person: l.person,
				name: inLang(people.get(l.person)?.name ?? {}, lang) || l.person,
				role: inLang(l.role, lang),
				source: sourceView(l.source, lang)
			})),
			formedFrom: data.formedFrom ?? [],
			change: badges.get(unit.id) ?? null,
			badge: badgeText(badges.get(unit.id), lang),
			source: sourceView(data.source, lang)
		});
	});
	return rows;
}

/** How each edition writes a badge on the drawing. */
const badgeText = (change: 'new' | 'moved' | undefined, lang: Lang): string | null => (change ? VIEW_STRINGS[lang].badges[change] : null);
