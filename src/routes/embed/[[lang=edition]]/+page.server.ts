import { loadStory } from '$lib/server/load-story';
import { editionEntries, langOf } from '$lib/i18n/editions';

export const entries = editionEntries;
export const load = ({ params }) => loadStory(langOf(params.lang));
