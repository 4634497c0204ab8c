import { stepIdFromHash } from '../step-link';
import type { StoryContext } from './context';

/** An address naming a step (`#step-<id>`) lands on it, its graphic fully drawn (see scroll-margin in Story). */
export function landOnLinkedStep(story: StoryContext): void {
	const linked = stepIdFromHash(location.hash);
	const index = linked ? story.data.steps.findIndex((s) => s.id === linked) : -1;
	if (index >= 0) story.steps[index]?.scrollIntoView({ block: 'start', behavior: 'instant' });
}
