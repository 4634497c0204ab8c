import { Resvg } from '@resvg/resvg-js';
import { loadStory } from '$lib/server/load-story';
import { socialCardSvg } from '$lib/share/social-card';
import type { OrgChartView } from '$lib/view/types';

// The social card, rendered at build time from the same layout code as the page.
export const prerender = true;

export const GET = () => {
	const story = loadStory();
	const chart = story.charts['org:2024'] as OrgChartView;
	const svg = socialCardSvg(story.copy.headline, chart, `${story.copy.byline}`, 'DejaVu Sans, Noto Sans CJK SC, Arial, sans-serif');
	const png = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).render().asPng();
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
