import scrollama from 'scrollama';
import { activeStepOf, samePosition, type ScrollPosition } from './active-step';
import { triggerOffset } from './trigger';

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
 * scrollama's IntersectionObservers say *when* something changed; the answer itself is
 * read from geometry once per frame, so callbacks arriving out of order after a fast
 * scroll cannot leave a stale step behind. `scrollend` catches jumps that cross no
 * observer threshold (a jump from the top straight past every step).
 */
export function createStepController(steps: HTMLElement[], onChange: (position: ScrollPosition) => void): StepController {
	let current: ScrollPosition | null = null;
	let frame = 0;
	let offset = triggerOffset(window.innerWidth);

	const measure = () => {
		frame = 0;
		const viewportHeight = window.innerHeight;
		const triggerY = viewportHeight * offset;
		const next = activeStepOf(steps.length, (i) => (steps[i] as HTMLElement).getBoundingClientRect(), triggerY, viewportHeight);
		if (current && samePosition(current, next)) return;
		current = next;
		onChange(next);
	};
	const schedule = () => {
		if (!frame) frame = requestAnimationFrame(measure);
	};

	let scroller = scrollama();
	const setup = () =>
		scroller
			.setup({ step: steps, offset: offset as scrollama.DecimalType, progress: true, threshold: 4 })
			.onStepEnter(schedule)
			.onStepExit(schedule)
			.onStepProgress(schedule);
	setup();

	const settleEvent = 'onscrollend' in window ? 'scrollend' : 'scroll';
	window.addEventListener(settleEvent, schedule, { passive: true });

	// Step heights change with the viewport and with text reflow; scrollama must re-measure then.
	const resizeObserver = new ResizeObserver(() => {
		const nextOffset = triggerOffset(window.innerWidth);
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

	// First report on the next frame: after the page has finished hydrating.
	schedule();

	return {
		refresh: schedule,
		flush() {
			if (!frame) return;
			cancelAnimationFrame(frame);
			measure();
		},
		destroy() {
			cancelAnimationFrame(frame);
			window.removeEventListener(settleEvent, schedule);
			resizeObserver.disconnect();
			scroller.destroy();
		}
	};
}
