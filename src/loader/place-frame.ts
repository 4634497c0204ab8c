import { activeStepAt } from '$lib/scroll/active-step';
import { BEHIND_TEXT_TRIGGER } from '$lib/scroll/trigger';
import { stepMessage, viewportMessage, type DriveMode } from '$lib/embed/protocol';
import { hostInsets, statedOffset } from '$lib/embed/host-chrome';
import { hostChrome } from './host-page';

/**
 * Where the reader is, told to the story each time the host page moves. Feed mode: the host's
 * viewport and the frame's place in it (the story finds its step itself). Sticky mode: the active
 * step, found with the story's own rule (activeStepAt at the trigger line), and the frame kept
 * clear of the host's chrome (stated in the embed code, else found), edge by edge.
 */
export function framePlacement(
	box: HTMLElement,
	frame: HTMLIFrameElement,
	steps: readonly HTMLElement[],
	mode: DriveMode,
	post: (message: unknown) => void
): (resend?: boolean) => void {
	// The tallest header seen since the last resize: the graphic is sized for the room under it,
	// and slides up when it hides, so it follows the header without being drawn anew.
	let headerRoom = 0;
	let seenHeight = 0;
	// The last step message sent: an unchanged one is not sent again, but to a story just greeted (resend).
	let last = '';
	return (resend = false) => {
		const height = innerHeight;
		const stated = { top: statedOffset(box.dataset.offsetTop, height), bottom: statedOffset(box.dataset.offsetBottom, height) };
		const clear = hostInsets(stated, hostChrome(frame));
		headerRoom = height === seenHeight ? Math.max(headerRoom, clear.top) : clear.top;
		seenHeight = height;
		if (mode === 'feed') {
			post(viewportMessage(frame.getBoundingClientRect().top, height, clear));
			return;
		}
		const visible = height - headerRoom - clear.bottom;
		const boxes = steps.map((step) => step.getBoundingClientRect());
		// Cards go over the graphic at every width (as on our phones): the trigger line is low, in the
		// room clear now (not the room under the tallest header seen, which sizes the graphic): with
		// the header hidden, a short card read whole at the bottom is past it, as on our own page.
		const trigger = clear.top + (height - clear.top - clear.bottom) * BEHIND_TEXT_TRIGGER;
		const position = activeStepAt(boxes, trigger, height);
		// Moved by a transform (no layout shift as a header hides and returns), with a margin that
		// keeps the frame's room in the page the same, so nothing of the host's page moves either.
		Object.assign(frame.style, {
			transform: `translateY(${clear.top}px)`,
			height: `${visible}px`,
			marginBottom: `${height - visible}px`
		});
		const message = stepMessage(steps[position.index]!.dataset.step!, position.progress, position.travelled);
		const key = message.id + message.progress.toFixed(3);
		if (resend || key !== last) post(message);
		last = key;
	};
}
