import type { ChartDrawing } from '../types';
import type { OrgChartView } from './types';
import OrgTree from './OrgTree.svelte';
import OrgOutline from './OrgOutline.svelte?server-only';

/** The tree is on the story's first screen: it ships with the page. Its outline loads when asked for. */
export const drawing: ChartDrawing<OrgChartView> = {
	kind: 'org',
	Chart: OrgTree,
	loadChart: async () => OrgTree,
	Text: OrgOutline,
	loadText: async () => (await import('./OrgOutline.svelte')).default,
	stillHeight: 420,
	// Beside the text the tree's one-line summary fits; a compact graphic has the step's text for it.
	summary: (chart, compact) => (compact ? null : chart.summary)
};
