import { hookSelector } from '../hooks';
import { hashForStep } from '../step-link';
import type { Cleanup, StoryContext } from './context';

/** The links to the other editions carry the reader's step, so they land where they were. */
export function languageLink(root: HTMLElement, story: StoryContext): Cleanup {
	const links = [...root.querySelectorAll<HTMLAnchorElement>(hookSelector('languageSwitch'))].map((link) => ({
		link,
		href: link.getAttribute('href') ?? ''
	}));
	if (!links.length) return () => {};
	return story.onStep(({ id, position, stepChanged, insideChanged }) => {
		if (!stepChanged && !insideChanged) return;
		for (const { link, href } of links) link.setAttribute('href', href + (position.inside ? hashForStep(id) : ''));
	});
}
