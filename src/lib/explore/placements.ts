import type { Dataset, Leader, Source } from '$lib/data/schema';
import { monthOf } from './explore-address';

/**
 * Where each unit sat in each dated organisation state, and who led it: the explorer's table
 * of units × dates (issue 17), which readers without JavaScript get in its place. Each cell is
 * a node of that state, with the node's own source; a unit absent from a state has no cell.
 */
export interface Placement {
	/** The unit it sat under, or null at the top. */
	parent: string | null;
	leaders: readonly Leader[];
	source: Source;
}

export interface PlacementTable {
	/** The dated states, in order: their id and month. */
	dates: { state: string; month: string }[];
	/** One row per unit that appears in any state, in the dataset's order of units. */
	rows: { unit: string; cells: (Placement | null)[] }[];
}

export function placementTable(dataset: Dataset): PlacementTable {
	const dates = dataset.orgStates.map((state) => ({ state: state.id, month: monthOf(state.date) }));
	const rows = dataset.units
		.map((unit) => ({
			unit: unit.id,
			cells: dataset.orgStates.map((state) => {
				const node = state.nodes.find((n) => n.unit === unit.id);
				return node ? { parent: node.parent ?? null, leaders: node.leaders ?? [], source: node.source } : null;
			})
		}))
		.filter((row) => row.cells.some(Boolean));
	return { dates, rows };
}
