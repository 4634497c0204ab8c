import { flushSync, mount, unmount } from 'svelte';
import type { ChartKind } from '$lib/charts/types';
import { kindsIn, loadChart, loadChartText } from '$lib/charts/drawings';
import { whenIdle } from '$lib/browser/when-idle';
import { hookSelector } from '../hooks';
import { listen, type Cleanup, type StoryContext } from './context';
import { chartOfText, fillChartText } from './chart-texts';

/** The still charts are for print only: loaded when the browser is idle, or when printing. */
const loadStaticChart = () => import('$lib/components/StaticChart.svelte').then((module) => module.default);

/** The components of the kinds the story draws, by kind (a plain record: read once, inside one flush). */
const byKind = <T>(kinds: readonly ChartKind[], load: (kind: ChartKind) => Promise<T>) =>
	Promise.all(kinds.map(load)).then((loaded) => Object.fromEntries(kinds.map((kind, i) => [kind, loaded[i]!])));

/**
 * Print gets every step's still chart and text, drawn just before printing (they are hidden
 * on screen by CSS, and stay once drawn).
 */
export function printCharts(root: HTMLElement, story: StoryContext): Cleanup {
	const undo: Cleanup[] = [whenIdle(() => void loadStaticChart())];
	const kinds = kindsIn(story.data.charts);
	let printed = false;
	const onPrint = () => {
		if (printed) return;
		printed = true;
		void Promise.all([loadStaticChart(), byKind(kinds, loadChart), byKind(kinds, loadChartText)]).then(([StaticChart, charts, texts]) =>
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
			})
		);
	};
	undo.push(listen(matchMedia('print'), 'change', onPrint), listen(window, 'beforeprint', onPrint));
	return () => undo.forEach((u) => u());
}
