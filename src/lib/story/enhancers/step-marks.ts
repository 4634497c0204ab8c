import { dispatchStoryStep } from '../story-step-event';
import type { Cleanup, StoryContext } from './context';

/**
 * The active step, marked where readers' tools and host pages look for it: the step element's
 * `active` class, `data-active-step` on the story (and on <html> when the story owns the page),
 * and a `storystep` event on `events` (window by default; the custom element: itself).
 */
export function stepMarks(root: HTMLElement, story: StoryContext, events: EventTarget | null): Cleanup {
	return story.onStep(({ id, position, stepChanged }) => {
		if (stepChanged) {
			story.steps.forEach((element, i) => element.classList.toggle('active', i === position.index));
			root.dataset.activeStep = id;
			if (!events) document.documentElement.dataset.activeStep = id;
		}
		dispatchStoryStep(events ?? window, { id, index: position.index, progress: position.progress });
	});
}
