import { json } from '@sveltejs/kit';
import { editionRoutes, loadExplorer } from '$lib/server/load-story';
import { langOf } from '$lib/i18n/editions';

/**
 * The explorer's data, beside its page: the story page fetches it when the reader reaches the
 * explorer after the last step, so none of it weighs on the story's first load.
 */
export const prerender = true;
export const entries = editionRoutes;
export const GET = ({ params }) => json(loadExplorer(langOf(params.lang)));
