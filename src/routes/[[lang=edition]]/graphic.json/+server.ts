import { json } from '@sveltejs/kit';
import { langOf } from '$lib/i18n/editions';
import { editionRoutes, loadStory } from '$lib/server/load-story';
import { graphicData } from '$lib/story/graphic-data';

// Each edition's graphic data as a file beside its page, not inside it: readers without
// JavaScript never download it, and the page's HTML stays small.
export const prerender = true;
export const entries = editionRoutes;
export const GET = ({ params }) => json(graphicData(loadStory(langOf(params.lang))));
