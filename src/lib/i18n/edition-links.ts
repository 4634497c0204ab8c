import { editionPath } from './editions';
import type { Lang } from './lang';
import { STRINGS } from './strings';

/** A link from one edition to another: the target's own name for itself, its address, its language. */
export interface EditionLink {
	label: string;
	href: string;
	lang: string;
}

/**
 * The links from the edition in `current` to every other edition, in the story's order, each named
 * in its own language: with two editions, one link; with three, two; with one, none.
 */
export const editionLinks = (editions: readonly Lang[], current: Lang, base: string): EditionLink[] =>
	editions
		.filter((lang) => lang !== current)
		.map((lang) => ({ label: STRINGS[lang].editionName, href: `${base}/${editionPath(lang)}`, lang: STRINGS[lang].locale }));
