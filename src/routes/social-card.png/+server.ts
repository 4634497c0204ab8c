import { renderSocialCard } from '$lib/server/render-social-card';

// The social card, rendered at build time from the same layout code as the page.
export const prerender = true;
export const GET = () => renderSocialCard('en');
