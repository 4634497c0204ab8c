import { hookSelector } from '../hooks';
import { hashForStep } from '../step-link';
import type { Cleanup, StoryContext } from './context';

/** The link to the other edition carries the reader's step, so they land where they were. */
export function languageLink(root: HTMLElement, story: StoryContext): Cleanup {
	const link = root.querySelector<HTMLAnchorElement>(hookSelector('languageSwitch'));
	if (!link) return () => {};
	const href = link.getAttribute('href') ?? '';
	return story.onStep(({ id, position, stepChanged, insideChanged }) => {
		if (stepChanged || insideChanged) link.setAttribute('href', href + (position.inside ? hashForStep(id) : ''));
	});
}
