/**
 * Layout sizes shared by the drawings and the components, defined once. (The wide layout's
 * breakpoint and the trigger lines are in scroll/trigger.ts; a unit test checks the CSS against them.)
 */

/** The width still charts are drawn at (a phone's), and the graphic's width before it is first measured. */
export const STILL_WIDTH = 374;

/** From this width an embedded stepper or single chart (a frame of its own) sets its text beside the chart. */
export const EMBED_SIDE_BY_SIDE_MIN_WIDTH = 700;
