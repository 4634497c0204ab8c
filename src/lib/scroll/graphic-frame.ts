/** What the graphic draws at one moment: a morph from one chart state to another. */
export interface GraphicFrame {
	from: string;
	to: string;
	/** 0 = showing `from`, 1 = showing `to`. */
	t: number;
}

/**
 * Scroll distance, in viewport heights, over which scrolling alone would carry a step's
 * morph through. Measured in viewport heights rather than as a share of the step, so a long
 * step on a phone morphs as quickly as a short one. The story also completes the morph on a
 * timer (see settle.ts), so the graphic never rests half-way where the reader stops.
 */
export const MORPH_DISTANCE = 0.25;

/** Step `index` with its morph `t` of the way through: from the previous step's state to its own. */
export function stepFrame(charts: readonly string[], index: number, t: number): GraphicFrame {
	const last = charts.length - 1;
	const i = Math.min(Math.max(index, 0), last);
	const to = charts[i] as string;
	const from = i > 0 ? (charts[i - 1] as string) : to;
	if (from === to) return { from: to, to, t: 1 };
	return { from, to, t: Math.min(1, Math.max(0, t)) };
}

/**
 * The graphic at a point along the story's sequence of states: `shown` = 3 is step 3's state
 * fully drawn; 2.4 is 40% of the way from step 2's state to step 3's.
 */
export function frameAt(charts: readonly string[], shown: number): GraphicFrame {
	const index = Math.ceil(shown - 1e-9);
	return stepFrame(charts, index, 1 - (index - shown));
}

/** The step whose highlights and caption go with the drawing at `shown`: they change half-way, with it. */
export function stepShownAt(shown: number): number {
	return Math.max(0, Math.round(shown));
}
