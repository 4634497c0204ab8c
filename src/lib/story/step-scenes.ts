import type { OrgNodeView } from '$lib/charts/org/types';
import type { ChartView } from '$lib/charts/types';
import { layoutOrg } from '$lib/charts/org/layout';
import { focusOrgRows } from '$lib/charts/org/focus';

/** What the graphic shows for each step: a key per step into `charts`. */
export interface StepScenes {
	ids: string[];
	charts: Record<string, ChartView>;
}

interface SceneStep {
	chart: string;
	highlight: readonly string[];
}

/** Rooms are rounded down to this many pixels, so a pixel of reflow does not lay a chart out anew. */
const ROOM_STEP = 8;

/**
 * Beside the text every step shows its chart state as it is. Behind the text (phones), a
 * step's card covers the bottom of the screen while it is read: each step then gets its
 * chart fitted to the room above its card (`rooms[i]`, in pixels from the top of the chart's
 * box), the org tree focused on what the step highlights (see focusOrgRows). Steps that come
 * out the same share one scene, so moving between them redraws nothing. `previous` is the last
 * result: unchanged scenes keep their objects (the graphic compares them by identity).
 */
export function stepScenes(
	steps: readonly SceneStep[],
	charts: Record<string, ChartView>,
	rooms: readonly (number | null)[],
	width: number,
	previous?: StepScenes
): StepScenes {
	const scenes: Record<string, ChartView> = {};
	const ids = steps.map((step, i) => {
		const chart = charts[step.chart];
		const room = rooms[i];
		if (!chart || room === null || room === undefined) {
			if (chart) scenes[step.chart] = chart;
			return step.chart;
		}
		const fit = Math.max(ROOM_STEP, Math.floor(room / ROOM_STEP) * ROOM_STEP);
		const id = chart.kind === 'org' ? `${step.chart}@${fit}:${step.highlight.join(',')}` : `${step.chart}@${fit}`;
		scenes[id] ??= previous?.charts[id] ?? fitChart(chart, step.highlight, width, fit);
		return id;
	});
	return { ids, charts: scenes };
}

function fitChart(chart: ChartView, highlight: readonly string[], width: number, fitHeight: number): ChartView {
	if (chart.kind === 'bars') return { ...chart, fitHeight };
	const fits = (rows: readonly OrgNodeView[]) => layoutOrg(rows, width, fitHeight).height <= fitHeight;
	return { ...chart, nodes: [...focusOrgRows(chart.nodes, highlight, fits)], fitHeight };
}
