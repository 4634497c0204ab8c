import type { Dataset } from '$lib/data/schema';

/**
 * Which units to link across two trees compared side by side: those the changes
 * recorded between the two dates moved or merged, as the dataset's sourced events say, never
 * from comparing the drawings. A moved unit links to itself; a merged one to the unit it ended
 * up in at the later date (through every merger in between). Either order of dates gives the
 * same links, from the earlier tree's unit to the later tree's.
 */
export interface CompareLink {
	kind: 'moved' | 'merged';
	/** The unit in the earlier state. */
	from: string;
	/** The unit in the later state. */
	to: string;
}

export function compareLinks(dataset: Dataset, stateA: string, stateB: string): CompareLink[] {
	const a = dataset.orgStates.findIndex((s) => s.id === stateA);
	const b = dataset.orgStates.findIndex((s) => s.id === stateB);
	if (a < 0 || b < 0 || a === b) return [];
	const [first, last] = a < b ? [a, b] : [b, a];
	const earlier = new Set(dataset.orgStates[first]!.nodes.map((n) => n.unit));
	const later = new Set(dataset.orgStates[last]!.nodes.map((n) => n.unit));
	const between = dataset.orgStates.slice(first + 1, last + 1).flatMap((state) => state.changes);
	// Where a merged unit went, followed to the unit it is in at the later date.
	const into = new Map(between.flatMap((c) => (c.kind === 'merged' ? [[c.unit, c.into] as const] : [])));
	const endOf = (unit: string) => {
		let at = unit;
		for (let hops = 0; !later.has(at) && into.has(at) && hops < into.size; hops++) at = into.get(at)!;
		return later.has(at) ? at : null;
	};
	const links = new Map<string, CompareLink>();
	for (const change of between) {
		if (!earlier.has(change.unit) || links.has(change.unit)) continue;
		if (change.kind === 'moved' && later.has(change.unit)) links.set(change.unit, { kind: 'moved', from: change.unit, to: change.unit });
		if (change.kind === 'merged') {
			const to = endOf(change.unit);
			if (to) links.set(change.unit, { kind: 'merged', from: change.unit, to });
		}
	}
	return [...links.values()];
}
