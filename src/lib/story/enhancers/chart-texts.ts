import { mount, unmount, type Component } from 'svelte';
import type { ChartView } from '$lib/charts/types';
import { loadChartText } from '$lib/charts/drawings';
import { HOOK, hookSelector } from '../hooks';
import { listen, type Cleanup, type StoryContext } from './context';

/** The chart a text equivalent's <details> is about. */
export const chartOfText = (details: Element, story: StoryContext): ChartView | undefined =>
	story.data.charts[details.getAttribute(HOOK.chartText) ?? ''];

/** Draws a chart's text equivalent into its <details>, once. Returns how to remove it. */
export function fillChartText(details: HTMLDetailsElement, Contents: Component<{ chart: ChartView }>, story: StoryContext): Cleanup | null {
	const chart = chartOfText(details, story);
	if (!chart || details.dataset.filled) return null;
	details.dataset.filled = 'true';
	const component = mount(Contents, { target: details, props: { chart }, context: story.context });
	return () => void unmount(component);
}

/** A chart's text equivalent is drawn the first time a reader opens it. */
export function chartTexts(root: HTMLElement, story: StoryContext): Cleanup {
	const filled: Cleanup[] = [];
	const stop = listen(
		root,
		'toggle',
		(event) => {
			const details = event.target as HTMLDetailsElement;
			if (!details.open || !details.matches(hookSelector('chartText'))) return;
			const kind = chartOfText(details, story)?.kind;
			if (kind) void loadChartText(kind).then((Contents) => filled.push(fillChartText(details, Contents, story) ?? (() => {})));
		},
		true
	);
	return () => {
		stop();
		filled.forEach((undo) => undo());
	};
}
