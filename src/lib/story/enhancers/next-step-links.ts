import { HOOK, hookSelector } from '../hooks';
import { listen, type Cleanup, type StoryContext } from './context';

/** "Next step" links scroll to the step and move focus with it (keyboard and pointer). */
export function nextStepLinks(root: HTMLElement, story: StoryContext): Cleanup {
	return listen(root, 'click', (event) => {
		const link = (event.target as Element | null)?.closest?.(hookSelector('nextStep', 'a'));
		const target = link ? story.steps[Number(link.getAttribute(HOOK.nextStep))] : undefined;
		if (!target) return;
		event.preventDefault();
		target.scrollIntoView({ block: 'start', behavior: story.reducedMotion() ? 'instant' : 'smooth' });
		target.focus({ preventScroll: true });
	});
}
