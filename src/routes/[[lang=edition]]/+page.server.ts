import { loadStoryPage } from '$lib/server/story-page';
import { editionEntries, langOf } from '$lib/i18n/editions';

// Not hydrated: the prerendered HTML is the story, and one small script adds the graphic.
export const csr = false;

/** One page per edition: / and /zh/. */
export const entries = editionEntries;
export const load = ({ params }) => loadStoryPage(langOf(params.lang));
