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
}

export function graphicData(view: StoryView): StoryGraphicData {
	return {
		lang: view.copy.lang,
		steps: view.copy.steps.map(({ id, chart, highlight }) => ({ id, chart, highlight })),
		charts: view.charts
	};
}

/** The id of the <script type="application/json"> that carries the data in the story page. */
export const GRAPHIC_DATA_ID = 'story-graphic-data';

/**
 * JSON to sit inside a <script type="application/json"> element: `<` escaped so no string in
 * the data can close the element or open a comment.
 */
export function jsonForScriptElement(value: unknown): string {
	return JSON.stringify(value)
		.replace(/</g, '\\u003c')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}
