/** What the graphic draws at one moment: a morph from one chart state to another. */
export interface GraphicFrame {
	from: string;
	to: string;
	/** 0 = showing `from`, 1 = showing `to`. */
	t: number;
}

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

/**
 * A morph the graphic plays when the reader enters another step: the plan from `from` to `to`
 * (two chart states, as the steps name them), played backwards when `reverse` (the reader
 * turned back). The graphic draws the state it comes to rest on at once; the morph only moves
 * what is drawn there from where it was (see src/lib/charts/motion.ts).
 */
export interface PlayedMorph {
	from: string;
	to: string;
	reverse: boolean;
}

/**
 * The morph from step `shown` to step `target`: a step's own morph forwards, or the morph into
 * the step after `target` backwards. A jump of several steps (deep link, End key, fling) plays
 * only the last step's morph; null where the two states are the same drawing.
 */
export function morphBetween(charts: readonly string[], shown: number, target: number): PlayedMorph | null {
	if (target === shown) return null;
	const reverse = target < shown;
	const from = charts[reverse ? target : target - 1];
	const to = charts[reverse ? target + 1 : target];
	if (from === undefined || to === undefined || from === to) return null;
	return { from, to, reverse };
}

/** A morph as the driver hands it to the graphic: `serial` is new for every morph it plays. */
export interface MorphCue extends PlayedMorph {
	serial: number;
}
