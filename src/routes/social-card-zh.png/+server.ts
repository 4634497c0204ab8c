import { renderSocialCard } from '$lib/server/render-social-card';

export const prerender = true;
export const GET = () => renderSocialCard('zh');
