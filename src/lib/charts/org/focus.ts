import type { OrgNodeView } from '$lib/charts/org/types';

/**
 * The tree a phone shows for one step, in the room its card leaves free: every unit the step
 * highlights (or whose leader it highlights) with the units above it, then as much of the rest
 * as fits: the group's direct units first, then what sits under a highlighted unit, then the
 * rest in reading order. Where even that much is too tall, leaders the step does not name are
 * left out first, then the group at the top. A unit keeps its id, so the morph still carries it from state to state; one
 * whose units are left out is marked `folded` (drawn with a stub). Returns `rows` itself when
 * everything fits.
 */
export function focusOrgRows(
	rows: readonly OrgNodeView[],
	highlight: readonly string[],
	fits: (rows: readonly OrgNodeView[]) => boolean
): readonly OrgNodeView[] {
	if (fits(rows)) return rows;
	const ids = new Set(highlight);
	const byId = new Map(rows.map((row) => [row.id, row]));
	const kept = new Set<string>();
	const keepWithAncestors = (row: OrgNodeView | undefined) => {
		for (let r = row; r && !kept.has(r.id); r = r.parent ? byId.get(r.parent) : undefined) kept.add(r.id);
	};
	const root = rows.find((row) => row.parent === null);
	keepWithAncestors(root);
	for (const row of rows) if (ids.has(row.id) || row.leaders.some((l) => ids.has(l.person))) keepWithAncestors(row);

	// Too tall even so: only the leaders the step names keep their lines; then the group at the
	// top goes too, unless the step names it, leaving the branches the step is about.
	const named = rows.map((row) => ({ ...row, leaders: row.leaders.filter((l) => ids.has(l.person)) }));
	const fitsKept = (from: readonly OrgNodeView[]) =>
		fits(
			withFolds(
				from.filter((row) => kept.has(row.id)),
				rows
			)
		);
	const source = fitsKept(rows) ? rows : named;
	const rootNamed = root && (ids.has(root.id) || root.leaders.some((l) => ids.has(l.person)));
	if (root && !rootNamed && !fitsKept(source)) kept.delete(root.id);
	const chosen = () => source.filter((row) => kept.has(row.id));
	const underHighlight = (row: OrgNodeView) => row.parent !== null && ids.has(row.parent);
	const candidates = [...rows.filter((r) => r.depth === 1), ...rows.filter(underHighlight), ...rows];
	for (const row of candidates) {
		if (kept.has(row.id) || !row.parent || !kept.has(row.parent)) continue;
		kept.add(row.id);
		if (!fits(withFolds(chosen(), rows))) kept.delete(row.id);
	}
	return withFolds(chosen(), rows);
}

/** The kept rows in reading order, renumbered, each unit with units left out under it marked `folded`. */
function withFolds(kept: readonly OrgNodeView[], all: readonly OrgNodeView[]): OrgNodeView[] {
	const keptIds = new Set(kept.map((r) => r.id));
	const folded = new Set(all.filter((r) => r.parent && !keptIds.has(r.id) && keptIds.has(r.parent)).map((r) => r.parent));
	return kept.map((row, i) => ({ ...row, row: i, ...(folded.has(row.id) ? { folded: true } : {}) }));
}
