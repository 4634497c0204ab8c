import type { OrgChartView } from '$lib/charts/org/types';
import { layoutOrg } from '$lib/charts/org/layout';

/** Room between rows beyond the tightest legible layout, in pixels per row. */
const BREATHING = 6;

/**
 * The explorer's trees are all drawn this tall at a width: the tallest state's tightest layout,
 * plus a little air per row. One height for every date, so choosing another date or flipping
 * between two compared trees never moves the page under the reader.
 */
export function explorerTreeHeight(charts: readonly OrgChartView[], width: number): number {
	return Math.ceil(Math.max(0, ...charts.map((chart) => layoutOrg(chart.nodes, width, 0).height + BREATHING * chart.nodes.length)));
}

/** Between two compared trees side by side, where the lines linking their units cross, in pixels. */
export const COMPARE_GUTTER = 56;
