/** What the page needs to draw and describe each chart state: plain data, serialisable. */
import type { Component } from 'svelte';
import type * as v from 'valibot';
import type { Dataset } from '../data/schema.ts';
import type { Lang } from '../i18n/lang.ts';
import type { CHART_KINDS } from './registry.ts';

export interface SourceView {
	kind: 'article' | 'background' | 'derived';
	/** Short citation, e.g. "Article ¶16", "Background", "Derived". */
	label: string;
	/** The note or formula, for background and derived facts. */
	detail?: string;
}

/** What any chart state is drawn from: the view of one of the kinds in the registry. */
export type ChartView = ReturnType<(typeof CHART_KINDS)[number]['view']>;

export type ChartKind = ChartView['kind'];

/** What one chart layer of the sticky graphic draws: two states of its kind and how far between them. */
export interface ChartLayer<T extends ChartView = ChartView> {
	from: T;
	to: T;
	t: number;
	highlight: readonly string[];
}

/**
 * A morph for a chart to play (charts/motion.ts): the plan from `from` to `to`, forwards, or
 * backwards when `reverse`. The chart is drawn at rest where the morph ends; `serial` is new
 * for every morph played.
 */
export interface ChartPlay<T extends ChartView = ChartView> {
	serial: number;
	from: T;
	to: T;
	reverse: boolean;
	/** How long it plays, if not a step's MORPH_DURATION_MS (the explorer's may cross the whole tree). */
	durationMs?: number;
}

/** What a morphing chart component is given: two states, how far between them, its box, and what to emphasise. */
export interface ChartMorphProps<T extends ChartView> {
	from: T;
	to: T;
	/** 0 = showing `from`, 1 = showing `to`. */
	t: number;
	width: number;
	height: number;
	/** Ids of units, people or bars the active step is about. */
	highlight: readonly string[];
	/** Every state of this kind the same graphic shows: a chart may keep room for the largest, so nothing moves between them. */
	siblings?: readonly T[];
	/** The states the reader may scroll into next: a chart may put their elements in early, hidden. */
	upcoming?: readonly ChartLayer<T>[];
	/** The morph to play, if the step just entered morphs this chart (else it switches at once). */
	play?: ChartPlay<T> | null;
	/** Drawn once and never morphed (no JavaScript, print): everything it says is written out. */
	still?: boolean;
}

/**
 * How a kind of chart is drawn in the page: src/lib/charts/<kind>/drawing.ts, found by its folder
 * (see drawings.ts). Components the first screen does not need load on demand.
 */
export interface ChartDrawing<T extends ChartView = ChartView> {
	kind: T['kind'];
	/** The morphing drawing where it is at hand: always when prerendering; in the browser only if the first screen may show it. */
	Chart: Component<ChartMorphProps<T>> | null;
	loadChart(): Promise<Component<ChartMorphProps<T>>>;
	/** The state as text (nested list, table), at hand when prerendering. */
	Text: Component<{ chart: T }> | null;
	loadText(): Promise<Component<{ chart: T }>>;
	/** Height of the still drawing (no JavaScript, print), laid out at a phone's width; the SVG scales. */
	stillHeight: number;
	/** The line under the graphic's title, if any; compact: the step's text sits right beside the chart. */
	summary(chart: T, compact: boolean): string | null;
	/**
	 * On a phone, the state fitted to the room its step's card leaves above it (see stepScenes);
	 * a kind without it is drawn as it is. `fitsHighlight`: the fitted state depends on what the
	 * step highlights (one scene per highlight, not per room alone).
	 */
	fit?(chart: T, width: number, height: number, highlight: readonly string[]): T;
	fitsHighlight?: boolean;
}

/**
 * A kind's data side (src/lib/charts/<kind>/kind.ts): the schema of its entries in the dataset's
 * `charts`, and how one becomes a view for an edition. An interface, so the dataset's type (which
 * includes every kind's schema) and the kinds' view builders (which read the dataset) can refer
 * to each other.
 */
export interface ChartKindDefinition<S extends v.GenericSchema, V extends { kind: string; id: string; title: string }> {
	kind: V['kind'];
	schema: S;
	view(dataset: Dataset, chart: v.InferOutput<S>, lang: Lang): V;
	/** Every id a step showing it may highlight: what it draws (an org state's units and leaders, a bar chart's bars). */
	highlightable(chart: v.InferOutput<S>, dataset: Dataset): string[];
	/** What the schema cannot see: references into the rest of the dataset. Reports each fault at a path inside the chart. */
	check(chart: v.InferOutput<S>, dataset: Dataset, report: (path: (string | number)[], message: string) => void): void;
}
