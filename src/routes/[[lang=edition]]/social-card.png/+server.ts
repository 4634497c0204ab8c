import { renderSocialCard } from '$lib/server/render-social-card';
import { editionEntries, langOf } from '$lib/i18n/editions';

// Each edition's social card, rendered at build time from the same layout code as the page.
export const prerender = true;
export const entries = editionEntries;
export const GET = ({ params }) => renderSocialCard(langOf(params.lang));
