/**
 * The host loader, build/embed.js: finds our iframes in a host page, sizes them, and drives the
 * story from the host page's scroll. A classic script (IIFE) a host adds with one tag; no
 * globals, no HTML from messages, styles written through the CSSOM only (a strict host CSP
 * allows them; the embed code's own <style> may be refused, see ensureLayout). It speaks the
 * protocol of src/lib/embed/protocol.ts. Embed codes: /embed-help/ on the story's site.
 */
import { cardsMessage, NAMESPACE, type DriveMode } from '$lib/embed/protocol';
import { breaksSticky, ensureLayout } from './host-page';
import { openStoryChannel } from './story-channel';
import { framePlacement } from './place-frame';
import { watchCards } from './host-cards';
import { followHost } from './follow-host';

const BOX = `data-${NAMESPACE}`;

// Marks a box as set up, for every copy of this script on the page (each embed code brings one).
const WIRED = Symbol.for(BOX);

/**
 * One embed box: the story frame in it, and the host's own step cards if the code carries them.
 * Sticky mode, Flourish-style: the frame sticks while the host's cards scroll over it. Feed (no
 * cards, or an ancestor that breaks sticky): the frame tells the whole story itself, and the
 * host's copy stays in the page for search engines.
 */
function setUp(box: HTMLElement & { [WIRED]?: true }): void {
	const frame = box.querySelector('iframe');
	if (!frame || box[WIRED]) return;
	box[WIRED] = true;
	const origin = new URL(frame.src, location.href).origin;
	const steps = [...box.querySelectorAll<HTMLElement>('[data-step]')];
	const mode: DriveMode = steps.length && !breaksSticky(box) ? 'sticky' : 'feed';

	frame.scrolling = 'no';
	box.dataset.layout = mode;
	ensureLayout(frame);
	if (mode === 'feed' && steps.length) steps[0]!.parentElement!.hidden = true;

	let channel: ReturnType<typeof openStoryChannel> | null = null;
	const post = (message: unknown) => channel?.post(message);
	const update = framePlacement(box, frame, steps, mode, post);
	const sendCards = mode === 'sticky' ? watchCards(steps, (heights) => post(cardsMessage(heights))) : null;
	followHost(update);
	channel = openStoryChannel(
		frame,
		origin,
		mode,
		// A story just greeted knows nothing yet: where the reader is, and the cards' heights.
		() => {
			update(true);
			sendCards?.();
		},
		// In sticky mode the loader sizes the frame itself (and the story answers a hello with 0).
		(height) => {
			if (mode === 'feed' && height > 0) frame.style.height = `${Math.ceil(height)}px`;
		}
	);
}

const init = () => document.querySelectorAll<HTMLElement>(`[${BOX}]`).forEach(setUp);
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
else init();
