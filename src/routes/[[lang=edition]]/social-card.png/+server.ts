import { renderSocialCard } from '$lib/server/render-social-card';
import { langOf } from '$lib/i18n/editions';
import { editionRoutes } from '$lib/server/load-story';

// Each edition's social card, rendered at build time from the same layout code as the page.
export const prerender = true;
export const entries = editionRoutes;
export const GET = ({ params }) => renderSocialCard(langOf(params.lang));
