import { editionRoutes, loadExplorer, loadStory } from '$lib/server/load-story';
import { langOf } from '$lib/i18n/editions';

export const entries = editionRoutes;
export const load = ({ params }) => {
	const lang = langOf(params.lang);
	return { explorer: loadExplorer(lang), headline: loadStory(lang).copy.headline };
};
