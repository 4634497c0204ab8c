import type { Dataset, Leader, Source } from '$lib/data/schema';
import { monthOf } from './explore-address';

/**
 * Where each unit sat in each dated organisation state, and who led it: the explorer's table
 * of units × dates, which readers without JavaScript get in its place. Each cell is
 * a node of that state, with the node's own source. A unit the state does not draw has no cell:
 * either a recorded change merged it into another unit by then, or the chart does not show it
 * (it may well have existed: the charts draw only what the report names at each date).
 */
export interface Placement {
	/** The unit it sat under, or null at the top. */
	parent: string | null;
	leaders: readonly Leader[];
	source: Source;
}

/** A unit no longer drawn because a recorded change merged it into another, and that change's source. */
export interface Merged {
	into: string;
	source: Source;
}

export interface PlacementTable {
	/** The dated states, in order: their id and month. */
	dates: { state: string; month: string }[];
	/** One row per unit that appears in any state, in the dataset's order of units. */
	rows: { unit: string; cells: (Placement | null)[]; merged: (Merged | null)[] }[];
}

export function placementTable(dataset: Dataset): PlacementTable {
	const dates = dataset.orgStates.map((state) => ({ state: state.id, month: monthOf(state.date) }));
	const rows = dataset.units
		.map((unit) => {
			const cells = dataset.orgStates.map((state) => {
				const node = state.nodes.find((n) => n.unit === unit.id);
				return node ? { parent: node.parent ?? null, leaders: node.leaders ?? [], source: node.source } : null;
			});
			return { unit: unit.id, cells, merged: cells.map((cell, i) => (cell ? null : mergedBy(dataset, unit.id, i))) };
		})
		.filter((row) => row.cells.some(Boolean));
	return { dates, rows };
}

/** The latest recorded merger of a unit into another, in the states up to index `upTo`. */
function mergedBy(dataset: Dataset, unitId: string, upTo: number): Merged | null {
	const events = new Map(dataset.events.map((event) => [event.id, event]));
	let merged: Merged | null = null;
	for (const state of dataset.orgStates.slice(0, upTo + 1))
		for (const change of state.changes) {
			const event = events.get(change.event);
			if (change.kind === 'merged' && change.unit === unitId && event)
				merged = { into: change.into, source: change.source ?? event.source };
		}
	return merged;
}
