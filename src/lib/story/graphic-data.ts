import type { Lang } from '$lib/i18n/lang';
import type { ChartView } from '$lib/charts/types';
import type { StoryView } from '$lib/view/build-story-view';

/**
 * What the scroll-driven graphic needs in the browser: the chart states and, per step, which
 * state it shows and what it highlights. The copy itself is already in the page's HTML.
 */
export interface StoryGraphicData {
	lang: Lang;
	steps: { id: string; chart: string; highlight: readonly string[] }[];
	charts: Record<string, ChartView>;
	timeline: StoryView['timeline'];
}

export function graphicData(view: StoryView): StoryGraphicData {
	return {
		lang: view.copy.lang,
		steps: view.copy.steps.map(({ id, chart, highlight }) => ({ id, chart, highlight })),
		charts: view.charts,
		timeline: view.timeline
	};
}

/** The file, beside each edition's page, that carries its graphic data (src/routes/[[lang]]/graphic.json). */
export const GRAPHIC_DATA_FILE = 'graphic.json';

/** The explorer's data, beside each edition's page (src/routes/[[lang]]/explore/data.json), relative to GRAPHIC_DATA_FILE. */
export const EXPLORER_DATA_FILE = 'explore/data.json';
