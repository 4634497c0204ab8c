import { flushSync } from 'svelte';
import { whenIdleInTurn } from '$lib/browser/when-idle';
import { DRAWN_KINDS } from './drawings';
import { liveLayer, preparedLayer, sameLayer, sameLayers, type PreparedStep } from './layers';
import type { ChartKind, ChartLayer, ChartView } from './types';

type ByKind<V> = Partial<Record<ChartKind, V>>;

/**
 * What the sticky graphic keeps drawn, hidden, out of the reader's frame, so that a change of
 * chart kind only fades and a step change never builds a chart inside a scroll frame:
 * - `held`, per kind: what the layer last drew, or what the step next to the reader's will show;
 * - `upcoming`, per kind: the states the reader may scroll into next, for the chart to put their
 *   elements in early.
 */
export class PreparedLayers {
	held = $state.raw<ByKind<ChartLayer | null>>({});
	upcoming = $state.raw<ByKind<ChartLayer[]>>({});

	/**
	 * Prepares the layers for `steps` (either side of the reader's, nearest first) while the browser
	 * is idle, one change per idle period: each builds or redraws a chart, hidden, and `layOut`
	 * lays it out within that period. Left to the next frame, its styles would be computed when
	 * that frame's scroll measurement reads the page, inside the frame's own script. Returns a
	 * function that cancels what has not run yet.
	 */
	prepare(
		steps: readonly PreparedStep[],
		/** Read when each change runs, not before: the charts as they are then. */
		charts: () => Record<string, ChartView>,
		live: (kind: ChartKind) => ChartLayer | null | undefined,
		layOut: () => void
	): () => void {
		const drawnNow = (change: () => void) => () => {
			change();
			flushSync();
			layOut();
		};
		return whenIdleInTurn([
			...DRAWN_KINDS.map((kind) =>
				drawnNow(() => {
					const next = live(kind) ?? preparedLayer(kind, steps, charts()) ?? this.held[kind] ?? null;
					if (!sameLayer(next, this.held[kind] ?? null)) this.held = { ...this.held, [kind]: next };
				})
			),
			...DRAWN_KINDS.map((kind) =>
				drawnNow(() => {
					const next = steps.flatMap((step) => liveLayer(kind, step, charts(), step.highlight) ?? []);
					if (!sameLayers(next, this.upcoming[kind] ?? [])) this.upcoming = { ...this.upcoming, [kind]: next };
				})
			)
		]);
	}
}
