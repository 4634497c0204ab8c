import type { HostViewport } from '$lib/embed/protocol';
import { activeStepAt, type ScrollPosition } from '$lib/scroll/active-step';
import { triggerOffset } from '$lib/scroll/trigger';
import { hookSelector } from './hooks';

/**
 * In a frame grown to its full height (the embed's feed mode) nothing scrolls inside: the
 * host's viewport stands in for the window. The function this returns holds the graphic in
 * view by translating it (a CSSOM write, so a strict CSP allows it) and finds where the reader
 * is against the host's viewport, with the story's own rule (activeStepAt at the trigger line).
 *
 * The host's chrome (`insets`: a sticky header, an anchored ad) is kept clear. The graphic's
 * box keeps the viewport's height, so the story's layout and the frame's height never change
 * with it; its content is padded clear of the tallest header seen, and slides up with a header
 * that hides on scroll, at the same size: it follows the header without being drawn anew.
 */
export function createFedPosition(): (root: HTMLElement, viewport: HostViewport) => ScrollPosition | null {
	let seenHeight = 0;
	let headerRoom = 0;
	return (root, { top, height, insets = { top: 0, bottom: 0 } }) => {
		const sticky = root.querySelector<HTMLElement>(hookSelector('sticky'));
		const scrolly = root.querySelector<HTMLElement>(hookSelector('scrolly'));
		if (!sticky || !scrolly) return null;
		if (height !== seenHeight) headerRoom = 0;
		seenHeight = height;
		headerRoom = Math.max(headerRoom, insets.top);
		root.style.setProperty('--viewport-height', `${height}px`);
		root.style.setProperty('--inset-top', `${headerRoom}px`);
		root.style.setProperty('--inset-bottom', `${insets.bottom}px`);
		const scrollyTop = scrolly.getBoundingClientRect().top + top;
		const room = scrolly.offsetHeight - height;
		// Stuck, the content's top sits right under the header as it is now (headerRoom - insets.top above its padding).
		sticky.style.transform = `translateY(${Math.max(0, Math.min(room, -scrollyTop - (headerRoom - insets.top)))}px)`;
		const boxes = [...root.querySelectorAll<HTMLElement>(hookSelector('step'))].map((step) => {
			const rect = step.getBoundingClientRect();
			return { top: rect.top + top, height: rect.height };
		});
		const content = height - headerRoom - insets.bottom;
		return activeStepAt(boxes, insets.top + content * triggerOffset(window.innerWidth), height);
	};
}
