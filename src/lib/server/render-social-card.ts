import { Resvg } from '@resvg/resvg-js';
import { loadSettings, loadStory } from './load-story';
import type { Lang } from '$lib/i18n/lang';
import { socialCardSvg } from '$lib/share/social-card';
import { STRINGS } from '$lib/i18n/strings';
import type { OrgChartView } from '$lib/charts/org/types';

/** The social card of an edition as a PNG response, rendered at build time. */
export function renderSocialCard(lang: Lang): Response {
	const story = loadStory(lang);
	const { leadChart } = loadSettings();
	// The build's data check made sure the lead chart is an org chart state.
	const chart = story.charts[leadChart.chart] as OrgChartView;
	const svg = socialCardSvg(story.copy.headline, chart, leadChart.highlight, story.copy.byline, STRINGS[lang].cardFonts);
	const png = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).render().asPng();
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
}
