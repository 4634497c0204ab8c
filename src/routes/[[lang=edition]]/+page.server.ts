import { loadStoryPage } from '$lib/server/story-page';
import { langOf } from '$lib/i18n/editions';
import { editionRoutes } from '$lib/server/load-story';

// Not hydrated: the prerendered HTML is the story, and one small script adds the graphic.
export const csr = false;

/** One page per edition: / and /zh/. */
export const entries = editionRoutes;
export const load = ({ params }) => loadStoryPage(langOf(params.lang));
