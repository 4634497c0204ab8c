/** Below this width the graphic sits behind the text instead of beside it (matches the CSS). */
export const WIDE_LAYOUT_MIN_WIDTH = 900;

/**
 * Trigger line as a share of the viewport height, from the top. Beside the text it is the
 * middle; behind the text (phones) it is low, so the graphic morphs while the card is
 * still entering at the bottom and the chart above it is in full view.
 * The steps' `scroll-margin-top` (Story.svelte) must keep a deep link's step past it, so the
 * link lands inside its step.
 */
export function triggerOffset(viewportWidth: number): number {
	return viewportWidth >= WIDE_LAYOUT_MIN_WIDTH ? BESIDE_TEXT_TRIGGER : BEHIND_TEXT_TRIGGER;
}
export const BESIDE_TEXT_TRIGGER = 0.5;
/** Also our loader's, whose host cards go over the graphic at every width. */
export const BEHIND_TEXT_TRIGGER = 0.9;
