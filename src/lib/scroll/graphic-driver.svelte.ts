import { createSettler } from './settle';
import { frameAt, MORPH_DISTANCE, stepShownAt, type GraphicFrame } from './graphic-frame';

/**
 * The one way from "where is the reader" to the graphic, for every place the story runs: the
 * page's own scroll (enhanceStory), a host's scroll (the embed's sticky mode, from our loader)
 * and the stepper's buttons. Each says which step the reader is at and how far into it; the
 * graphic follows, and settles on that step's state wherever the reader stops (settle.ts).
 */
export interface GraphicDriver {
	/** What the graphic draws now, and what it highlights (reactive: read them in a template or an effect). */
	readonly frame: GraphicFrame;
	readonly highlight: readonly string[];
	/**
	 * The reader is at step `index`, `travelled` viewport heights into it; `inside: false`
	 * while still above the first step. `instant`: switch at once (a resize, a change of motion setting).
	 */
	moveTo(index: number, travelled: number, options?: { inside?: boolean; instant?: boolean }): void;
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
	/** Runs first in each animated frame: where a page reads its geometry (see createSettler). */
	beforeFrame?: () => void;
}

export function createGraphicDriver(source: DriverSource): GraphicDriver {
	const start = source.start ?? 0;
	let shown = start;
	// Plain reads of $state.raw: a new frame is one signal write, and chart data is never proxied.
	let frame = $state.raw<GraphicFrame>(frameAt(source.charts(), start));
	let highlight = $state.raw<readonly string[]>(source.highlights[start] ?? []);
	const settler = createSettler((next) => {
		shown = next;
		frame = frameAt(source.charts(), next);
		// Highlights change half-way, with the drawing's labels.
		const stepHighlight = source.highlights[stepShownAt(next)];
		if (stepHighlight && stepHighlight !== highlight) highlight = stepHighlight;
	}, source.beforeFrame);
	settler.aim(start, start, true);
	return {
		get frame() {
			return frame;
		},
		get highlight() {
			return highlight;
		},
		moveTo(index, travelled, { inside = true, instant = false } = {}) {
			const charts = source.charts();
			const target = inside ? index : 0;
			const scrubbed = inside ? index - 1 + Math.min(1, travelled / MORPH_DISTANCE) : 0;
			// Between two steps that show the same drawing there is nothing to morph: only the highlights change.
			const still = Number.isInteger(shown) && Math.abs(target - shown) === 1 && charts[target] === charts[shown];
			settler.aim(target, scrubbed, instant || source.reducedMotion() || still);
		},
		redraw() {
			frame = frameAt(source.charts(), shown);
		},
		destroy() {
			settler.destroy();
		}
	};
}
