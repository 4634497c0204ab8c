import { Resvg } from '@resvg/resvg-js';
import { loadStory } from './load-story';
import type { Lang } from '$lib/i18n/lang';
import { socialCardSvg } from '$lib/share/social-card';
import type { OrgChartView } from '$lib/charts/org/types';

/** The social card of an edition as a PNG response, rendered at build time. */
export function renderSocialCard(lang: Lang): Response {
	const story = loadStory(lang);
	const chart = story.charts['org:2024'] as OrgChartView;
	const svg = socialCardSvg(
		story.copy.headline,
		chart,
		story.copy.byline,
		'DejaVu Sans, Noto Sans CJK SC, WenQuanYi Zen Hei, Arial, sans-serif'
	);
	const png = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).render().asPng();
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
}
