import { loadChart, loadChartText } from '$lib/charts/drawings';

/** The chart's components, at hand before the page renders or hydrates: the one chart is the whole page. */
export const load = async ({ data }) => ({
	...data,
	Chart: await loadChart(data.chart.kind),
	Text: await loadChartText(data.chart.kind)
});
