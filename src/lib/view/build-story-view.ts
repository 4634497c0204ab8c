import type { Dataset, StoryCopy } from '$lib/data/schema';
import type { ChartView } from '$lib/charts/types';
import { chartKindOf } from '$lib/charts/registry';
import { storyTimeline, type StoryTimeline } from '$lib/timeline/timeline';

export interface StoryView {
	copy: StoryCopy;
	/** Every chart state a step refers to, by id. */
	charts: Record<string, ChartView>;
	article: Dataset['meta']['article'];
	/** Where in time each chart state sits, for the graphic's timeline strip. */
	timeline: StoryTimeline;
}

/** Everything the story page draws, resolved from the dataset at build time. */
export function buildStoryView(dataset: Dataset, copy: StoryCopy): StoryView {
	const charts: Record<string, ChartView> = {};
	for (const step of copy.steps) {
		if (charts[step.chart]) continue;
		const chart = dataset.charts.find((c) => c.id === step.chart);
		if (!chart) throw new Error(`unknown chart ${step.chart}`);
		const kind = chartKindOf(chart.kind);
		if (!kind) throw new Error(`no chart kind ${chart.kind}`);
		charts[chart.id] = kind.view(dataset, chart, copy.lang);
	}
	return { copy, charts, article: dataset.meta.article, timeline: storyTimeline(dataset, Object.keys(charts), copy.lang) };
}
