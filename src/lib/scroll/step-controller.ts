import scrollama from 'scrollama';
import { activeStepOf, samePosition, type ScrollPosition, type StepBox } from './active-step';
import { triggerOffset } from './trigger';
import type { Insets } from '$lib/embed/host-chrome';

/** Where the story is laid out, when that is not the whole window: the custom element in a host page. */
export interface StoryBounds {
	/** A host page's chrome along the viewport's edges (the element's stated offsets): the trigger line is placed in what is left. */
	insets?: Insets;
	/** The width the story's layout follows (the element's own; by default the window's). */
	layoutWidth?: () => number;
}

export interface StepController {
	/** Re-measure now (after a programmatic scroll, a font swap, a layout change). */
	refresh(): void;
	/**
	 * Take a measurement that is due this frame right away: called by what draws in the same
	 * frame, before it writes, so reading the step boxes never forces a layout of its writes.
	 */
	flush(): void;
	destroy(): void;
}

/**
 * Watches the step boxes and reports the active step and the progress through it.
 * scrollama's IntersectionObservers and scrolling say *when* something changed; the answer
 * itself is read from geometry once per frame, so callbacks arriving out of order after a
 * fast scroll cannot leave a stale step behind.
 *
 * Scrolling moves every step by the same distance: where the steps sit relative to one
 * another is measured only when the layout changes (a resize, text reflowing), and each
 * frame reads one box, the active step's, to place them all. That holds in any scroll
 * container (a host page may scroll a <div>, not the window).
 */
export function createStepController(
	steps: HTMLElement[],
	onChange: (position: ScrollPosition) => void,
	{ insets = { top: 0, bottom: 0 }, layoutWidth = () => window.innerWidth }: StoryBounds = {}
): StepController {
	let current: ScrollPosition | null = null;
	let frame = 0;
	let offset = triggerOffset(layoutWidth());
	// Each step's top relative to the first step's, and its height; null until measured, and after a layout change.
	let layout: StepBox[] | null = null;

	const measureLayout = (): StepBox[] => {
		const boxes = steps.map((step) => step.getBoundingClientRect());
		const first = (boxes[0] as DOMRect).top;
		return boxes.map((box) => ({ top: box.top - first, height: box.height }));
	};

	const measure = () => {
		frame = 0;
		if (!steps.length) return;
		layout ??= measureLayout();
		const relative = layout;
		const anchor = Math.min(current?.index ?? 0, steps.length - 1);
		const shift = (steps[anchor] as HTMLElement).getBoundingClientRect().top - (relative[anchor] as StepBox).top;
		const viewportHeight = window.innerHeight;
		const triggerY = insets.top + (viewportHeight - insets.top - insets.bottom) * offset;
		const box = (i: number): StepBox => ({ top: (relative[i] as StepBox).top + shift, height: (relative[i] as StepBox).height });
		const next = activeStepOf(steps.length, box, triggerY, viewportHeight);
		if (current && samePosition(current, next)) return;
		current = next;
		onChange(next);
	};
	const schedule = () => {
		if (!frame) frame = requestAnimationFrame(measure);
	};

	let scroller = scrollama();
	// scrollama says when a step is entered or left; the progress through it is read each frame
	// that scrolls (its progress mode would add an observer with a threshold every 4 px of
	// every step, each firing a callback, for what one passive scroll listener gives).
	const setup = () =>
		scroller
			.setup({ step: steps, offset: offset as scrollama.DecimalType })
			.onStepEnter(schedule)
			.onStepExit(schedule);
	setup();

	// Capture: a host may scroll the story inside an element of its own, whose scroll events do not bubble.
	const scrollEvents = ['scroll', ...('onscrollend' in window ? ['scrollend'] : [])];
	for (const type of scrollEvents) document.addEventListener(type, schedule, { passive: true, capture: true });

	// Step heights change with the viewport and with text reflow: the steps' layout is measured
	// again, and scrollama must re-measure too.
	const resizeObserver = new ResizeObserver((entries) => {
		layout = null;
		if (!entries.some((entry) => entry.target === document.documentElement)) return schedule();
		const nextOffset = triggerOffset(layoutWidth());
		if (nextOffset !== offset) {
			// Crossing the layout breakpoint moves the trigger line: set scrollama up afresh.
			offset = nextOffset;
			scroller.destroy();
			scroller = scrollama();
			setup();
		} else {
			scroller.resize();
		}
		schedule();
	});
	resizeObserver.observe(document.documentElement);
	for (const step of steps) resizeObserver.observe(step);

	// First report on the next frame: after the page has finished hydrating.
	schedule();

	return {
		refresh() {
			layout = null;
			schedule();
		},
		flush() {
			if (!frame) return;
			cancelAnimationFrame(frame);
			measure();
		},
		destroy() {
			cancelAnimationFrame(frame);
			for (const type of scrollEvents) document.removeEventListener(type, schedule, { capture: true });
			resizeObserver.disconnect();
			scroller.destroy();
		}
	};
}
