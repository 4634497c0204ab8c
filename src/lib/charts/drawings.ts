/**
 * How each kind of chart is drawn in the page, found by folder: every src/lib/charts/<kind>/drawing.ts
 * (the data side of a kind is listed in registry.ts). Components a kind loads on demand are
 * loaded once and kept, so every part of the page that draws the kind shares them.
 */
import type { Component } from 'svelte';
import type { ChartDrawing, ChartKind, ChartMorphProps, ChartView } from './types';
import { whenIdle } from '$lib/browser/when-idle';

const modules = import.meta.glob<{ drawing: ChartDrawing }>('./*/drawing.ts', { eager: true });
const drawings = new Map<ChartKind, ChartDrawing>(Object.values(modules).map(({ drawing }) => [drawing.kind, drawing]));

/** The width still charts are drawn at (a phone's): their SVG scales to the column. */
export { STILL_WIDTH } from './sizes.ts';

/** Every kind that has a drawing, in a fixed order (one layer each in the sticky graphic). */
export const DRAWN_KINDS: readonly ChartKind[] = [...drawings.keys()].sort();

/** The kinds a story's charts are of, in DRAWN_KINDS order: what its page loads. */
export const kindsIn = (charts: Record<string, ChartView>): ChartKind[] =>
	DRAWN_KINDS.filter((kind) => Object.values(charts).some((chart) => chart.kind === kind));

export function drawingOf<T extends ChartView>(kind: T['kind']): ChartDrawing<T> {
	const drawing = drawings.get(kind);
	if (!drawing) throw new Error(`no drawing for chart kind "${kind}" (src/lib/charts/${kind}/drawing.ts)`);
	// Each drawing.ts is typed with its own kind's view; the kind picks it.
	return drawing as unknown as ChartDrawing<T>;
}

const charts = new Map<ChartKind, Promise<Component<ChartMorphProps<ChartView>>>>();
const texts = new Map<ChartKind, Promise<Component<{ chart: ChartView }>>>();

function once<V>(cache: Map<ChartKind, Promise<V>>, kind: ChartKind, load: () => Promise<V>): Promise<V> {
	let promise = cache.get(kind);
	if (!promise) cache.set(kind, (promise = load()));
	return promise;
}

export const loadChart = (kind: ChartKind) => once(charts, kind, () => drawingOf(kind).loadChart());
export const loadChartText = (kind: ChartKind) => once(texts, kind, () => drawingOf(kind).loadText());

/** Fetches the components of these kinds while the browser is idle, so a reader never waits for one. */
export function warmUpDrawings(kinds: readonly ChartKind[]): void {
	whenIdle(() => {
		for (const kind of kinds) {
			void loadChart(kind);
			void loadChartText(kind);
		}
	});
}
