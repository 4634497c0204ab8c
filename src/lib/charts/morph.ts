import { easeCubicInOut } from 'd3-ease';

/**
 * Motion, in one place: how long the morphs take, the ease every drawing applies (once, in its
 * frame function), and the arithmetic they share.
 */

/** How long one step's morph takes once its step is entered: short enough to be done before the eye has left the card. */
export const MORPH_DURATION_MS = 450;

/** How long the explorer's morph between two chosen dates takes: it may cross the whole tree. */
export const EXPLORE_MORPH_MS = 650;

/** A straight mix of two numbers. */
export const lerp = (a: number, b: number, t: number) => a + (b - a) * t;

/** How far a morph has eased at `t` (clamped to 0–1: a frame never overshoots its states). */
export const easeMorph = (t: number) => easeCubicInOut(Math.min(1, Math.max(0, t)));
