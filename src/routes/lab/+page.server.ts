import { dev } from '$app/environment';
import { error } from '@sveltejs/kit';
import { loadEditions, loadStory } from '$lib/server/load-story';
import { labCases } from '$lib/lab/lab-cases';

/**
 * The chart lab, in `npm run dev` only: every kind of chart the story draws, at the start, middle
 * and end of a morph, in each edition, for screenshot tests and for seeing a change at a glance.
 * The build asks for it like any page and gets a 404, which it leaves out (svelte.config.js).
 */
export const load = () => {
	if (!dev) error(404, 'The chart lab runs in `npm run dev` only');
	return {
		editions: loadEditions().map((lang) => {
			const story = loadStory(lang);
			return { lang, charts: story.charts, cases: labCases(story.charts, story.copy.steps) };
		})
	};
};
