import { loadStory } from '$lib/server/load-story';
import { embedCodes } from '$lib/embed/embed-codes';
import { slugForChart } from '$lib/embed/chart-slug';

export const load = () => {
	const story = loadStory();
	const charts = Object.values(story.charts).map((c) => ({ slug: slugForChart(c.id), title: c.title }));
	return { title: story.copy.headline, codes: embedCodes(story.copy.headline, story.copy.steps, charts) };
};
