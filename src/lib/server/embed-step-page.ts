import { error } from '@sveltejs/kit';
import { loadStory } from './load-story';
import type { Lang } from '$lib/i18n/lang';

/**
 * One page per stepper step (/embed/steps/<id>/, /embed/zh/steps/<id>/): the stepper's Back and
 * Next are links to these, so the stepper still pages through the story in a frame whose scripts
 * cannot run (a host sandbox without allow-same-origin blocks our module scripts).
 */
export function loadEmbedStep(lang: Lang, id: string) {
	const story = loadStory(lang);
	const start = story.copy.steps.findIndex((s) => s.id === id);
	if (start < 0) error(404, `No step ${id}`);
	return { ...story, start };
}
