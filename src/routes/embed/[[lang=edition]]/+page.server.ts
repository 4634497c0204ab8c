import { editionRoutes, loadStory } from '$lib/server/load-story';
import { langOf } from '$lib/i18n/editions';

export const entries = editionRoutes;
export const load = ({ params }) => loadStory(langOf(params.lang));
