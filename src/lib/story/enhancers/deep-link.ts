import { stepIdFromHash } from '../step-link';
import type { StoryContext } from './context';

/**
 * An address naming a step (`#step-<id>`) lands on it, its graphic fully drawn (see scroll-margin in
 * Story). A reload the browser has already brought back inside that step (a reader's refresh, an
 * editor's saved file in `vite dev`) keeps the reader's exact place instead.
 */
export function landOnLinkedStep(story: StoryContext): void {
	const linked = stepIdFromHash(location.hash);
	const index = linked ? story.data.steps.findIndex((s) => s.id === linked) : -1;
	const step = story.steps[index];
	if (step && !restoredInside(step)) step.scrollIntoView({ block: 'start', behavior: 'instant' });
}

function restoredInside(step: HTMLElement): boolean {
	const navigation = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
	if (navigation?.type !== 'reload' || window.scrollY === 0) return false;
	const box = step.getBoundingClientRect();
	return box.top < window.innerHeight / 2 && box.bottom > window.innerHeight / 2;
}
