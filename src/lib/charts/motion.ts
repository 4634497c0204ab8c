/**
 * Morphs played by the browser's compositor (Web Animations), not drawn frame by frame: the
 * chart draws the state it comes to rest on, once, and each element that moves or fades gets
 * one animation of `transform` and `opacity` from where the morph plan had it. A kind's
 * motion.ts turns its plan into these; src/lib/browser/motion-player.ts plays them.
 */

/** One element's part in a played morph: the chart's own name for the element, and its keyframes in playing order. */
export interface ElementMotion {
	target: string;
	keyframes: Keyframe[];
	/** Tied to where the element rests, not to the way the morph runs: started afresh, not reversed, when the reader turns back mid-morph. */
	restart?: true;
}

/**
 * easeCubicInOut (d3-ease, which the frame functions apply) as the curve CSS knows: the same
 * ease to within 1% of the distance. Keyframe offsets are positions along the eased morph, so a
 * plan sampled at eased 0, ½ and 1 plays as the frame functions drew it.
 */
export const MORPH_EASING = 'cubic-bezier(0.65, 0, 0.35, 1)';

/** A translation as the drawings write it (one decimal), in the CSS the compositor animates. */
export const translate = (x: number, y: number): string => `translate(${x.toFixed(1)}px, ${y.toFixed(1)}px)`;

/** The eased points a morph is sampled at: its start, its middle (where labels hand over) and its end. */
export const SAMPLES = [0, 0.5, 1] as const;

/** Samples in the order the morph plays them: a reader turning back plays the morph from its end. */
export const inPlayOrder = <T>(samples: readonly T[], reverse: boolean): T[] => (reverse ? [...samples].reverse() : [...samples]);

/** Whether every sample is the same: an element that neither moves nor fades gets no animation. */
export const allSame = <T>(samples: readonly T[], same: (a: T, b: T) => boolean): boolean => samples.every((s) => same(s, samples[0]!));
