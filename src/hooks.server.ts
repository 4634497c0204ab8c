import type { Handle } from '@sveltejs/kit';
import { langOf } from '$lib/i18n/editions';
import { STRINGS } from '$lib/i18n/strings';
import { withoutHydrationMarkers } from '$lib/server/hydration-markers';

// The story page is not hydrated (csr = false in its +page.server.ts): its script enhances the HTML.
const NOT_HYDRATED = new Set(['/[[lang=edition]]']);

/**
 * Every page is in its edition's language from the <html> element down (app.html: lang="%lang%"),
 * and a page that is never hydrated goes without Svelte's hydration markers.
 */
export const handle: Handle = ({ event, resolve }) => {
	const locale = STRINGS[langOf(event.params.lang)].locale;
	const hydrated = !NOT_HYDRATED.has(event.route.id ?? '');
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = html.replace('%lang%', locale);
			return hydrated ? page : withoutHydrationMarkers(page);
		}
	});
};
