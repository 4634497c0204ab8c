import { error } from '@sveltejs/kit';
import { langOf } from '$lib/i18n/editions';
import { editionStepRoutes, loadStory } from '$lib/server/load-story';
import { stillOf } from '$lib/server/still-images';

// Each step's still chart as an SVG file, for readers without JavaScript ($lib/server/still-images).
export const prerender = true;
export const entries = editionStepRoutes;
export const GET = ({ params }) => {
	const lang = langOf(params.lang);
	if (!loadStory(lang).copy.steps.some((step) => step.id === params.step)) error(404, 'no such step');
	return new Response(stillOf(lang, params.step).svg, { headers: { 'content-type': 'image/svg+xml' } });
};
