import { easeCubicInOut } from 'd3-ease';

/** The morphs' shared arithmetic: a straight mix of two numbers, and the ease every morph uses. */
export const lerp = (a: number, b: number, t: number) => a + (b - a) * t;

/** How far a morph has eased at `t` (clamped to 0–1: a frame never overshoots its states). */
export const easeMorph = (t: number) => easeCubicInOut(Math.min(1, Math.max(0, t)));
