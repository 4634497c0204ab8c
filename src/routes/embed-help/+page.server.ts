import { loadSettings, loadStory } from '$lib/server/load-story';
import { embedCodes, LOADER_STYLE_TEXT, SITE_URL } from '$lib/embed/embed-codes';
import { cspHash } from '$lib/server/csp-hash';
import { slugForChart } from '$lib/embed/chart-slug';

export const load = () => {
	const story = loadStory();
	const lead = loadSettings().leadChart.chart;
	// The story's lead chart first: the single-chart code offers it.
	const charts = Object.values(story.charts)
		.sort((a, b) => Number(b.id === lead) - Number(a.id === lead))
		.map((c) => ({ slug: slugForChart(c.id), title: c.title }));
	// Prerendered with a placeholder address; the page writes its own (validated) address in when it runs.
	const styleSource = cspHash(LOADER_STYLE_TEXT);
	return {
		title: story.copy.headline,
		steps: story.copy.steps,
		charts,
		styleSource,
		codes: embedCodes(SITE_URL, story.copy.headline, story.copy.steps, charts, styleSource)
	};
};
