import { error } from '@sveltejs/kit';
import { loadStory } from '$lib/server/load-story';
import { chartForSlug, slugForChart } from '$lib/embed/chart-slug';

/** One embed page per chart state, e.g. /embed/org-2024/. */
export const entries = () => Object.keys(loadStory().charts).map((id) => ({ chart: slugForChart(id) }));

export const load = ({ params }) => {
	const story = loadStory();
	const chart = story.charts[chartForSlug(params.chart)];
	if (!chart) error(404, `No chart state ${params.chart}`);
	return { chart, charts: { [chart.id]: chart }, headline: story.copy.headline, publisher: story.article.publisher.en };
};
