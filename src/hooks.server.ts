import type { Handle } from '@sveltejs/kit';
import { langOf } from '$lib/i18n/editions';
import { STRINGS } from '$lib/i18n/strings';

/** Every page is in its edition's language from the <html> element down (app.html: lang="%lang%"). */
export const handle: Handle = ({ event, resolve }) => {
	const locale = STRINGS[langOf(event.params.lang)].locale;
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', locale) });
};
