/**
 * Components the first screen does not need, loaded on demand so the story's first download
 * stays small: the bar chart (from the eighth step on), the still charts (print), the text
 * equivalents (when opened). Each loads once; `warmUp` fetches them when the browser is idle.
 */
import type { Component } from 'svelte';
import { whenIdle } from '$lib/browser/when-idle';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each loader's own props
type AnyComponent = Component<any>;
const cache = new Map<string, Promise<AnyComponent>>();

function once(key: string, load: () => Promise<{ default: AnyComponent }>): Promise<AnyComponent> {
	let promise = cache.get(key);
	if (!promise) {
		promise = load().then((module) => module.default);
		cache.set(key, promise);
	}
	return promise;
}

export const loadBarChart = () => once('bar-chart', () => import('./BarChart.svelte'));
export const loadStaticChart = () => once('static-chart', () => import('./StaticChart.svelte'));
export const loadChartTextContents = () => once('chart-text', () => import('./ChartTextContents.svelte'));

export function warmUp(): void {
	whenIdle(() => {
		void loadBarChart();
		void loadStaticChart();
		void loadChartTextContents();
	});
}
