import type { ChartKind, ChartLayer, ChartView } from './types';
import type { GraphicFrame } from '$lib/scroll/graphic-frame';

/*
 * The sticky graphic has one layer per kind of chart (the kinds in registry.ts: org tree, bars, big figure). A layer stays drawn,
 * hidden, while another kind shows, so a change of kind only fades: no chart is built or
 * torn down inside a scroll frame.
 */

/**
 * A step next to the reader's: the frame the reader arrives in (the start of the step ahead,
 * the end of the step behind) and what the step highlights.
 */
export interface PreparedStep extends GraphicFrame {
	highlight: readonly string[];
}

type ChartOf<K extends ChartKind> = Extract<ChartView, { kind: K }>;

const ofKind = <K extends ChartKind>(chart: ChartView | undefined, kind: K): chart is ChartOf<K> => chart?.kind === kind;

/**
 * The layer of `kind` in this frame, or null when the frame shows no chart of that kind.
 * A morph between two charts of the kind runs with the frame; a change of kind holds the
 * one chart of this kind still (the graphic fades it in or out).
 */
export function liveLayer<K extends ChartKind>(
	kind: K,
	frame: GraphicFrame,
	charts: Record<string, ChartView>,
	highlight: readonly string[]
): ChartLayer<ChartOf<K>> | null {
	const from = charts[frame.from];
	const to = charts[frame.to];
	if (ofKind(from, kind) && ofKind(to, kind)) return { from, to, t: frame.t, highlight };
	const only = ofKind(to, kind) ? to : ofKind(from, kind) ? from : null;
	return only ? { from: only, to: only, t: 1, highlight } : null;
}

/**
 * What a hidden layer of `kind` should hold: the layer of the nearest prepared step that
 * shows the kind, as it is when the reader gets there, so it is already drawn exactly as it
 * will show. Null when no prepared step shows the kind.
 */
export function preparedLayer<K extends ChartKind>(
	kind: K,
	prepared: readonly PreparedStep[],
	charts: Record<string, ChartView>
): ChartLayer<ChartOf<K>> | null {
	for (const step of prepared) {
		const layer = liveLayer(kind, step, charts, step.highlight);
		if (layer) return layer;
	}
	return null;
}

/** Same drawing: a layer given these props again changes nothing. */
export function sameLayer(a: ChartLayer | null, b: ChartLayer | null): boolean {
	if (!a || !b) return a === b;
	return a.from === b.from && a.to === b.to && a.t === b.t && sameIds(a.highlight, b.highlight);
}

export function sameLayers(a: readonly ChartLayer[], b: readonly ChartLayer[]): boolean {
	return a.length === b.length && a.every((layer, i) => sameLayer(layer, b[i] ?? null));
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
	return a.length === b.length && a.every((id, i) => id === b[i]);
}

/**
 * How visible the layer of `kind` is in this frame. A morph within a kind shows it fully; a
 * change of kind fades the old one out over the first half and the new one in over the
 * second, never two at once.
 */
export function layerOpacity(kind: ChartKind, frame: GraphicFrame, charts: Record<string, ChartView>): number {
	const from = charts[frame.from]?.kind === kind;
	const to = charts[frame.to]?.kind === kind;
	if (from && to) return 1;
	if (to) return Math.max(0, frame.t * 2 - 1);
	if (from) return Math.max(0, 1 - frame.t * 2);
	return 0;
}

/**
 * A filter that returns the layer it returned last while the drawing is the same: the chart
 * then sees no change at all (a new object with the same contents would redraw it).
 */
export function keepSameLayer<C extends ChartView>(): (next: ChartLayer<C> | null) => ChartLayer<C> | null {
	let last: ChartLayer<C> | null = null;
	return (next) => (sameLayer(next, last) ? last : (last = next));
}
