import { flushSync, mount, unmount } from 'svelte';
import type { ChartKind } from '$lib/charts/types';
import { kindsIn, loadChart, loadChartText } from '$lib/charts/drawings';
import { hookSelector } from '../hooks';
import type { Cleanup, StoryContext } from './context';
import { chartOfText, fillChartText } from './chart-texts';

/** The still charts are for print only. */
export const loadStaticChart = () => import('$lib/components/StaticChart.svelte').then((module) => module.default);

/** The components of the kinds the story draws, by kind (a plain record: read once, inside one flush). */
const byKind = <T>(kinds: readonly ChartKind[], load: (kind: ChartKind) => Promise<T>) =>
	Promise.all(kinds.map(load)).then((loaded) => Object.fromEntries(kinds.map((kind, i) => [kind, loaded[i]!])));

/** Draws every step's still chart and text (hidden on screen by CSS; they stay once drawn). Resolves to how to remove them. */
export async function drawPrintCharts(root: HTMLElement, story: StoryContext): Promise<Cleanup> {
	const kinds = kindsIn(story.data.charts);
	const [StaticChart, charts, texts] = await Promise.all([loadStaticChart(), byKind(kinds, loadChart), byKind(kinds, loadChartText)]);
	const undo: Cleanup[] = [];
	flushSync(() => {
		story.steps.forEach((step, i) => {
			const chart = story.data.charts[story.data.steps[i]?.chart ?? ''];
			const slot = step.querySelector(hookSelector('staticChart', 'noscript'));
			if (!chart || !slot) return;
			const target = document.createElement('div');
			slot.before(target);
			const props = { chart, highlight: story.data.steps[i]?.highlight ?? [], Chart: charts[chart.kind] };
			const still = mount(StaticChart, { target, props, context: story.context });
			undo.push(() => void unmount(still));
		});
		root.querySelectorAll<HTMLDetailsElement>(hookSelector('chartText', 'details')).forEach((details) => {
			const kind = chartOfText(details, story)?.kind;
			const Contents = kind && texts[kind];
			const filled = Contents && fillChartText(details, Contents, story);
			if (filled) undo.push(filled);
		});
	});
	return () => undo.forEach((u) => u());
}
