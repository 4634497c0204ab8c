import type { HostViewport } from '$lib/embed/protocol';
import { activeStepAt, type ScrollPosition } from '$lib/scroll/active-step';
import { triggerOffset } from '$lib/scroll/trigger';
import { hookSelector } from './hooks';

/**
 * In a frame grown to its full height (the embed's feed mode) nothing scrolls inside: the
 * host's viewport stands in for the window. This holds the graphic in view by translating it
 * (a CSSOM write, so a strict CSP allows it) and finds where the reader is against the host's
 * viewport, with the story's own rule (activeStepAt at the trigger line).
 */
export function fedPosition(root: HTMLElement, { top, height }: HostViewport): ScrollPosition | null {
	const sticky = root.querySelector<HTMLElement>(hookSelector('sticky'));
	const scrolly = root.querySelector<HTMLElement>(hookSelector('scrolly'));
	if (!sticky || !scrolly) return null;
	root.style.setProperty('--viewport-height', `${height}px`);
	const scrollyTop = scrolly.getBoundingClientRect().top + top;
	const room = scrolly.offsetHeight - height;
	sticky.style.transform = `translateY(${Math.max(0, Math.min(room, -scrollyTop))}px)`;
	const boxes = [...root.querySelectorAll<HTMLElement>(hookSelector('step'))].map((step) => {
		const rect = step.getBoundingClientRect();
		return { top: rect.top + top, height: rect.height };
	});
	return activeStepAt(boxes, height * triggerOffset(window.innerWidth), height);
}
