import { MORPH_DURATION_MS } from '../charts/morph';
import { frameAt, morphBetween, type GraphicFrame, type MorphCue } from './graphic-frame';

/**
 * The one way from "where is the reader" to the graphic, for every place the story runs: the
 * page's own scroll (enhanceStory), a host's scroll (the embed's sticky mode, from our loader)
 * and the stepper's buttons. Each says which step the reader is at; the graphic comes to rest on
 * that step's state at once, and the step's morph is played by the browser (`morph`, see
 * charts/motion.ts): nothing here runs per frame, and wherever the reader stops the graphic
 * ends on that step's state.
 */
export interface GraphicDriver {
	/** What the graphic draws now, at rest (reactive: read it in a template or an effect). */
	readonly frame: GraphicFrame;
	/**
	 * What the graphic highlights, and the chart state its caption names: the step's from half-way
	 * through its morph (the labels' hand-over), in a frame of their own, not the step change's.
	 */
	readonly highlight: readonly string[];
	readonly caption: string;
	/** The last morph to play (a new object for each), or null when the last move switched at once. */
	readonly morph: MorphCue | null;
	/**
	 * The reader is at step `index`; `inside: false` while still above the first step.
	 * `instant`: switch at once (a resize, a change of motion setting).
	 */
	moveTo(index: number, options?: { inside?: boolean; instant?: boolean }): void;
	/** The steps' drawings changed (a phone fitted them to new rooms): redraw where the graphic is. */
	redraw(): void;
	destroy(): void;
}

export interface DriverSource {
	/** Each step's chart state, in order (may change: see redraw). */
	charts: () => readonly string[];
	/** Each step's highlights, in order. */
	highlights: readonly (readonly string[])[];
	reducedMotion: () => boolean;
	/** The step shown before the reader has moved (a step page of the embed starts at its own). */
	start?: number;
}

export function createGraphicDriver(source: DriverSource): GraphicDriver {
	let shown = source.start ?? 0;
	let serial = 0;
	// Plain reads of $state.raw: a new frame is one signal write, and chart data is never proxied.
	const first = frameAt(source.charts(), shown);
	let frame = $state.raw<GraphicFrame>(first);
	let highlight = $state.raw<readonly string[]>(source.highlights[shown] ?? []);
	let caption = $state.raw(first.to);
	let morph = $state.raw<MorphCue | null>(null);
	let halfway: ReturnType<typeof setTimeout> | undefined;
	const label = (step: number) => {
		highlight = source.highlights[step] ?? [];
		caption = frameAt(source.charts(), step).to;
	};
	return {
		get frame() {
			return frame;
		},
		get highlight() {
			return highlight;
		},
		get caption() {
			return caption;
		},
		get morph() {
			return morph;
		},
		moveTo(index, { inside = true, instant = false } = {}) {
			const target = inside ? index : 0;
			if (target === shown && !instant) return;
			const charts = source.charts();
			const played = instant || source.reducedMotion() ? null : morphBetween(charts, shown, target);
			shown = target;
			frame = frameAt(charts, target);
			morph = played && { ...played, serial: ++serial };
			clearTimeout(halfway);
			if (played) halfway = setTimeout(() => label(target), MORPH_DURATION_MS / 2);
			else label(target);
		},
		redraw() {
			frame = frameAt(source.charts(), shown);
			caption = frame.to;
		},
		destroy() {
			clearTimeout(halfway);
		}
	};
}
