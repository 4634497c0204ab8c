import type { ChartDrawing } from '../types';
import type { OrgChartView, OrgNodeView } from './types';
import { layoutOrg } from './layout';
import { focusOrgRows } from './focus';
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
	summary: (chart, compact) => (compact ? null : chart.summary),
	// Focused on the units the step highlights, as many rows as fit the room.
	fit(chart, width, height, highlight) {
		const fits = (rows: readonly OrgNodeView[]) => layoutOrg(rows, width, height).height <= height;
		return { ...chart, nodes: [...focusOrgRows(chart.nodes, highlight, fits)], fitHeight: height };
	},
	fitsHighlight: true
};
