import type { ChartView } from '$lib/charts/types';
import { drawingOf } from '$lib/charts/drawings';

/** What the graphic shows for each step: a key per step into `charts`. */
export interface StepScenes {
	ids: string[];
	charts: Record<string, ChartView>;
}

interface SceneStep {
	chart: string;
	highlight: readonly string[];
}

/** Space kept clear between a card's top and the chart above it, in pixels. */
const CARD_CLEARANCE = 12;

/**
 * Behind the text (phones, and an embed under the host's own cards), a card read whole at the
 * bottom of the screen covers what is under it: the chart's room is what is left above the
 * step's tallest card. `bodyTop` is where the chart's box starts, from the top of the screen.
 */
export function roomAboveCard(tallestCard: number, screenHeight: number, bodyTop: number, bodyHeight: number): number {
	return Math.min(bodyHeight, screenHeight - tallestCard - CARD_CLEARANCE - bodyTop);
}

/** Rooms are rounded down to this many pixels, so a pixel of reflow does not lay a chart out anew. */
const ROOM_STEP = 8;

/**
 * Beside the text every step shows its chart state as it is. Behind the text (phones), a
 * step's card covers the bottom of the screen while it is read: each step then gets its
 * chart fitted to the room above its card (`rooms[i]`, in pixels from the top of the chart's
 * box), as its kind's drawing fits it (the org tree focuses on what the step highlights). Steps that come
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
		const drawing = drawingOf(chart.kind);
		const id = drawing.fitsHighlight ? `${step.chart}@${fit}:${step.highlight.join(',')}` : `${step.chart}@${fit}`;
		scenes[id] ??= previous?.charts[id] ?? drawing.fit?.(chart, width, fit, step.highlight) ?? chart;
		return id;
	});
	return { ids, charts: scenes };
}
