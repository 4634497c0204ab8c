/**
 * Each step's tallest card in the host page, for the story to fit its chart above it: sent through
 * `send` whenever a card changes height (with the host's fonts and width). Returns a function that
 * sends them now.
 */
export function watchCards(steps: readonly HTMLElement[], send: (heights: number[]) => void): () => void {
	const sendNow = () => send(steps.map((step) => Math.max(0, ...[...step.children].map((card) => (card as HTMLElement).offsetHeight))));
	const resized = new ResizeObserver(sendNow);
	for (const step of steps) resized.observe(step);
	return sendNow;
}
