/** What the graphic draws at one scroll position: a morph from one chart state to another. */
export interface GraphicFrame {
	from: string;
	to: string;
	/** 0 = showing `from`, 1 = showing `to`. */
	t: number;
}

/**
 * Scroll distance, in viewport heights, over which a step's graphic morphs in; the rest
 * of the step holds still for reading. Measured in viewport heights rather than as a
 * share of the step, so a long step on a phone morphs as quickly as a short one.
 */
export const MORPH_DISTANCE = 0.25;

/**
 * The graphic at step `index`, `travelled` viewport heights into it: the previous step's
 * state morphs into this step's state over the first MORPH_DISTANCE.
 */
export function graphicFrame(charts: readonly string[], index: number, travelled: number, reducedMotion = false): GraphicFrame {
	const last = charts.length - 1;
	const i = Math.min(Math.max(index, 0), last);
	const to = charts[i] as string;
	const from = i > 0 ? (charts[i - 1] as string) : to;
	if (from === to || reducedMotion) return { from: to, to, t: 1 };
	const t = Math.min(1, Math.max(0, travelled / MORPH_DISTANCE));
	return { from, to, t };
}
